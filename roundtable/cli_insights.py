"""`roundtable insights` and `roundtable followup`: the organiser's figures across sessions,
the same ones the overview shows (roundtable.insights)."""

from __future__ import annotations

import argparse
import contextlib
import sys
from collections.abc import Callable
from datetime import date
from typing import TypeVar

from roundtable.cli_support import open_store, print_json
from roundtable.errors import RoundtableError
from roundtable.terminal import shown

T = TypeVar("T")


def _selection(args: argparse.Namespace, store):
    from roundtable.insights.selection import select

    return select(store, series=args.series, ids=args.ids)


def _cmd_insights(args: argparse.Namespace) -> int:
    from roundtable.insights.selection import chosen, held
    from roundtable.insights.summary import read_insights

    _without_collection()
    with open_store(args, check_later=True) as store:
        document = _checked_alongside(
            store,
            lambda: read_insights(store, held(chosen(store, series=args.series, ids=args.ids))),
        )
    if args.json:
        _print_json_by_row(document)
        return 0
    count = len(document["sessions"])
    print(f"{count} session{'s' if count != 1 else ''}")
    if document["categories"]:
        print("Recurring barriers and opportunities:")
        for row in document["categories"]:
            print(
                f"  {shown(row['label'])}: in {row['sessions']} of {count} sessions "
                f"({row['barriers']} barriers, {row['opportunities']} opportunities)"
            )
    if document["themes"]:
        print("Themes:")
        for row in document["themes"]:
            print(f"  {shown(row['name'])}: {row['items']} items in {row['sessions']} sessions")
    if document["ideas"]:
        print("Ideas by their share of their session's votes:")
        for idea in document["ideas"][:20]:
            name = idea["title"] or idea["text"]
            print(f"  {idea['share']:.0%}  {shown(name)} (session {idea['session_id']})")
    return 0


def _checked_alongside(store, read: Callable[[], T]) -> T:
    """What `read` gives, read while SQLite's quick_check of the database runs on a thread
    of its own (SQLite lets go of the interpreter while it works, so on two cores the check
    costs no time); a damaged database is refused as opening refuses it, before anything
    is printed, and its message wins over whatever error reading the damage gave."""
    import threading

    def check() -> None:
        with contextlib.suppress(RoundtableError):
            store.finish_check()  # keeps the damage for the call below

    checking = threading.Thread(target=check, name="quick_check")
    checking.start()
    try:
        return read()
    finally:
        checking.join()
        store.finish_check()


def _without_collection() -> None:
    """A command that reads a library and ends: the cyclic collector would only walk the
    100,000 objects it read, again and again, and find nothing (a fifth of the time)."""
    import gc

    gc.disable()


def _print_json_by_row(document: dict) -> None:
    """The document as JSON, one row of each list to a line: a library's 12,000 ideas print
    in a blink with the json module's C encoder, which an indented dump cannot use."""
    import json

    dumped = json.JSONEncoder(ensure_ascii=False, check_circular=False).encode  # plain values

    def part(value, indent: str) -> str:
        if isinstance(value, list) and value:
            rows = f",\n{indent}  ".join(dumped(v) for v in value)
            return f"[\n{indent}  {rows}\n{indent}]"
        if isinstance(value, dict) and value:
            inner = f",\n{indent}  ".join(
                f"{dumped(k)}: {part(v, indent + '  ')}" for k, v in value.items()
            )
            return f"{{\n{indent}  {inner}\n{indent}}}"
        return dumped(value)

    sys.stdout.write(part(document, "") + "\n")


def _cmd_followup(args: argparse.Namespace) -> int:
    from roundtable.insights.followup import register

    _without_collection()
    with open_store(args) as store:
        rows = register(_selection(args, store), date.today())
    if args.overdue:
        rows = [r for r in rows if r.overdue]
    if args.json:
        print_json(
            [
                {
                    "session_id": r.session_id,
                    "session_title": r.session_title,
                    "uid": r.item.uid,
                    "kind": str(r.item.kind),
                    "title": r.item.title,
                    "text": r.item.text,
                    "status": str(r.item.status) if r.item.status else None,
                    "owner": r.owner,
                    "due": r.item.due.isoformat() if r.item.due else None,
                    "overdue": r.overdue,
                    "outcome": r.item.outcome,
                }
                for r in rows
            ]
        )
        return 0
    for r in rows:
        name = r.item.title or r.item.text
        due = f", due {r.item.due.isoformat()}" if r.item.due else ""
        late = " OVERDUE" if r.overdue else ""
        owner = f", {shown(r.owner)}" if r.owner else ""
        print(
            f"{r.session_id}\t{r.item.kind}\t{r.item.status or ''}{owner}{due}{late}\t{shown(name)}"
        )
    return 0


def add_insight_commands(
    command: Callable[[str, Callable[[argparse.Namespace], int], str], argparse.ArgumentParser],
    session_id: Callable[[str], int],
) -> None:
    """Add insights and followup through the parser's `command` helper."""
    for name, handler, summary in (
        ("insights", _cmd_insights, "what recurs across sessions: categories, themes, ideas"),
        ("followup", _cmd_followup, "the follow-up register: ideas and actions with status"),
    ):
        sub = command(name, handler, summary)
        chosen = sub.add_mutually_exclusive_group()
        chosen.add_argument("--series", metavar="NAME", help="the sessions of this series")
        chosen.add_argument(
            "ids", nargs="*", type=session_id, default=[], metavar="ID", help="these sessions"
        )
        sub.add_argument("--json", action="store_true", help="print JSON")
        if name == "followup":
            sub.add_argument("--overdue", action="store_true", help="only what is overdue")
