"""The `roundtable` commands for a database in trouble: check, repair, restore, salvage.

`restore` and `salvage` work without opening the store: the database they deal with may be
damaged or gone, and opening would refuse it (or make a new, empty one).
"""

from __future__ import annotations

import argparse
import sqlite3
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from roundtable import paths
from roundtable.cli_support import PROG, data_dir, err, open_store, print_json
from roundtable.errors import RoundtableError
from roundtable.terminal import shown

_SHOWN_TITLES = 3


def _cmd_check(args: argparse.Namespace) -> int:
    from roundtable.storage import integrity

    with open_store(args) as store:
        conn = store.conn
        problems = integrity.full_problems(conn) if args.full else integrity.quick_problems(conn)
        count = len(store.list_sessions())
        where = store.data_dir
    if problems:
        err(f"the database in {where} has {len(problems)} problem(s):")
        for problem in problems:
            print(f"  {shown(problem)}", file=sys.stderr)
        if all(p.startswith("search index") for p in problems):
            err(f"'{PROG} repair' rebuilds the search indexes.")
        else:
            err(f"'{PROG} restore --list' shows the backups; '{PROG} salvage -o FOLDER' saves "
                "what can still be read.")  # fmt: skip
        return 1
    depth = "; every page and the search indexes checked" if args.full else ""
    print(f"The database in {where} is sound ({count} sessions{depth}).")
    return 0


def _cmd_repair(args: argparse.Namespace) -> int:
    from roundtable.storage import integrity
    from roundtable.storage.database import writing

    # No backup first: a copy of damaged indexes would fail its check and not be kept.
    with open_store(args) as store:
        try:
            with writing(store.conn):
                integrity.rebuild_search_indexes(store.conn)
            problems = integrity.full_problems(store.conn)
        except sqlite3.DatabaseError as exc:
            if "locked" in str(exc):
                raise
            problems = [str(exc)]
        if problems:
            raise RoundtableError(
                f"The search indexes could not be rebuilt, or the damage is elsewhere "
                f"({'; '.join(problems[:3])}). '{PROG} restore --list' shows the backups; "
                f"'{PROG} salvage -o FOLDER' saves what can still be read."
            )
        store.take_automatic_backup()
        count = len(store.list_sessions())
        where = store.data_dir
    print(f"Rebuilt the search indexes. The database in {where} is sound ({count} sessions).")
    return 0


def _backup_json(info: Any) -> dict[str, Any]:
    return {
        "path": str(info.path),
        "taken_at": info.taken_at.isoformat(),
        "sessions": info.sessions,
        "items": info.items,
        "titles": list(info.titles),
    }


def _backup_lines(info: Any) -> list[str]:
    when = f"{info.taken_at:%Y-%m-%d %H:%M}"
    if not info.readable:
        return [f"{when}  {'unreadable':>19}  {info.path}"]
    lines = [f"{when}  {info.sessions:>8}  {info.items:>9}  {info.path}"]
    if info.titles:
        titles = " · ".join(shown(t) for t in info.titles[:_SHOWN_TITLES])
        more = len(info.titles) - _SHOWN_TITLES
        lines.append(f"{'':18}{titles}{f' … and {more} more' if more > 0 else ''}")
    return lines


def _cmd_restore(args: argparse.Namespace) -> int:
    from roundtable.storage.restore import list_backups, restore_backup

    if args.list == bool(args.backup):
        args.usage_error("give either --list or the BACKUP to restore")
    if args.json and not args.list:
        args.usage_error("--json goes with --list")
    folder = data_dir(args)
    if args.list:
        found = list_backups(folder)
        if args.json:
            print_json([_backup_json(b) for b in found])
        elif not found:
            print(f"No backups in {folder / paths.BACKUP_FOLDER}.")
        else:
            print(f"{'TAKEN (UTC)':<16}  {'SESSIONS':>8}  {'ITEMS':>9}  BACKUP")
            for info in found:
                print("\n".join(_backup_lines(info)))
        return 0
    done = restore_backup(folder, Path(args.backup))
    print(
        f"Restored {done.backup.path} (taken {done.backup.taken_at:%Y-%m-%d %H:%M} UTC: "
        f"{done.backup.sessions} sessions, {done.backup.items} items)."
    )
    if done.set_aside is not None:
        print(f"The database it replaced was moved, not deleted, to {done.set_aside}.")
    return 0


def _cmd_salvage(args: argparse.Namespace) -> int:
    from roundtable.storage.salvage import salvage

    database = data_dir(args) / paths.DATABASE_NAME
    report = salvage(database, Path(args.output))
    for path in report.written:
        print(path)
    if report.skipped:
        err(f"{report.skipped} damaged part(s) of {database} could not be read and were skipped.")
    if not report.written:
        if report.skipped:
            err(f"no session could be read from {database}.")
            return 1
        print(f"{database} holds no sessions.")
    return 0


def add_recovery_commands(
    command: Callable[[str, Callable[[argparse.Namespace], int], str], argparse.ArgumentParser],
) -> None:
    """Add check, repair, restore and salvage through the parser's `command` helper."""
    sub = command("check", _cmd_check, "check the database; exit 0 when sound")
    sub.add_argument(
        "--full",
        action="store_true",
        help="every page and the search indexes (slower; the database is only read)",
    )
    command("repair", _cmd_repair, "rebuild the search indexes from the sessions")

    sub = command("restore", _cmd_restore, "list the backups, or put one in place of the database")
    sub.set_defaults(usage_error=sub.error)
    sub.add_argument("backup", nargs="?", metavar="BACKUP", help="a backup's path, as listed")
    sub.add_argument("--list", action="store_true", help="the backups, newest first")
    sub.add_argument("--json", action="store_true", help="with --list: print a JSON list")

    sub = command("salvage", _cmd_salvage, "write every session still readable as a session file")
    sub.add_argument("-o", "--output", required=True, metavar="FOLDER")
