"""`roundtable list` and `roundtable search`: the sessions in the data folder, one line or one
JSON object each, and the sessions and items that hold some words."""

from __future__ import annotations

import argparse
from typing import Any

from roundtable.cli_support import PROG, open_store, print_json
from roundtable.errors import RoundtableError
from roundtable.terminal import shown


def _summary_json(s: Any) -> dict[str, Any]:
    return {
        "id": s.id,
        "title": s.title,
        "theme": s.theme,
        "host": s.host,
        "starts_at": None if s.starts_at is None else s.starts_at.isoformat(),
        "status": str(s.status),
        "language": str(s.language),
        "items": s.item_count,
        "participants": s.participant_count,
        "uid": s.uid,
        "revised_at": None if s.revised_at is None else s.revised_at.isoformat(),
        "series": s.series,
    }


def _summary_line(s: Any) -> str:
    day = s.starts_at.date().isoformat() if s.starts_at else "-" * 10
    theme = f"  ({shown(s.theme)})" if s.theme else ""
    return f"{s.id:>5}  {day}  {s.status:<9}  {shown(s.title)}{theme}"


def cmd_list(args: argparse.Namespace) -> int:
    with open_store(args) as store:
        if args.series is None:
            sessions = store.list_sessions()
        else:
            sessions = store.sessions_in_series(args.series)
            if not sessions:
                known = sorted({s.series for s in store.list_sessions() if s.series})
                hint = f" The series are: {', '.join(known)}." if known else " No session has one."
                raise RoundtableError(f'There is no series called "{args.series}".{hint}')
    if args.json:
        print_json([_summary_json(s) for s in sessions])
    elif not sessions:
        print(f"No sessions yet. Import one with: {PROG} import FILE")
    else:
        print(f"{'ID':>5}  {'DATE':<10}  {'STATUS':<9}  TITLE")
        for s in sessions:
            print(_summary_line(s))
    return 0


def cmd_search(args: argparse.Namespace) -> int:
    query = " ".join(args.query)
    with open_store(args) as store:
        results = store.search(query, limit=args.limit)
    if args.json:
        print_json(
            {
                "sessions": [_summary_json(s) for s in results.sessions],
                "items": [
                    {
                        "session_id": hit.session_id,
                        "session_title": hit.session_title,
                        "item_id": hit.item_id,
                        "phase": str(hit.phase),
                        "kind": str(hit.kind),
                        "title": hit.title,
                        "snippet": hit.snippet,
                    }
                    for hit in results.items
                ],
            }
        )
        return 0
    if not results.sessions and not results.items:
        print(f'No matches for "{shown(query)}".')
        return 0
    if results.sessions:
        print("Sessions:")
        for s in results.sessions:
            print(_summary_line(s))
    if results.items:
        print("Items:")
        for hit in results.items:
            print(
                f"  session {hit.session_id}, item {hit.item_id} ({hit.kind}): {shown(hit.snippet)}"
            )
    return 0
