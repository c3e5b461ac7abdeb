"""Salvage: every session that can still be read from a damaged database, as session files.

The damaged file is opened read-only and read row by row: a row, or a run of rows on a
damaged page, that cannot be read is skipped and counted, and the reading goes on past it.
What is written can be imported into a restored library, so captures made after the newest
backup are not lost.

A session changed since its last revision is written under a new one, as `export` does, so
that importing it into the restored library updates the session instead of finding it
"unchanged". Where some of the session could not be read, the new revision is not a
descendant of the stored one: the import makes a conflicting copy, and neither side's rows
are lost.
"""

from __future__ import annotations

import dataclasses
import sqlite3
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from roundtable.domain import lineage, validation
from roundtable.domain.model import Session, SessionBundle
from roundtable.errors import RoundtableError
from roundtable.sessionfile import write_session_file
from roundtable.storage import rows

_PHASE_ORDER = {"narrative": 0, "barriers_opportunities": 1, "ideas": 2}
_FURTHEST_JUMP = 1 << 62  # past a damaged run of rows, look this far ahead at most


@dataclass
class SalvageReport:
    written: list[Path] = field(default_factory=list)
    skipped: int = 0  # rows, runs of rows or sessions that could not be read


def _row_after(conn: sqlite3.Connection, table: str, columns: str, after: int) -> tuple | None:
    return conn.execute(
        f"SELECT {columns} FROM {table} WHERE id > ? ORDER BY id LIMIT 1", [after]
    ).fetchone()


# Columns a database from before m008 lacks, read as their defaults: such a file (damaged
# before it could be migrated) still gives up its items.
_LATER_DEFAULTS = {"pinned": "0", "builds_on": "''", "standing": "0"}


def _present(conn: sqlite3.Connection, table: str, columns: str) -> str:
    try:
        have = {r[1] for r in conn.execute(f"PRAGMA table_info({table})")}
    except sqlite3.DatabaseError:
        return columns
    wanted = [c.strip() for c in columns.split(",")]
    return ", ".join(
        c if c in have or c not in _LATER_DEFAULTS else f"{_LATER_DEFAULTS[c]} AS {c}"
        for c in wanted
    )


def _rows_by_id(
    conn: sqlite3.Connection, table: str, columns: str, report: SalvageReport
) -> Iterator[tuple]:
    """Every readable row of a table in id order, one at a time; damaged rows are skipped."""
    after = 0  # ids are 1 or more
    while True:
        try:
            row = _row_after(conn, table, columns, after)
        except sqlite3.DatabaseError:
            report.skipped += 1
            resume = _readable_again(conn, table, columns, after)
            if resume is None:
                return
            after = resume
            continue
        if row is None:
            return
        yield row
        after = row[0]


def _readable_again(conn: sqlite3.Connection, table: str, columns: str, bad: int) -> int | None:
    """The smallest id past `bad` from which reading works again; None when none does."""

    def readable(start: int) -> bool:
        try:
            _row_after(conn, table, columns, start)
            return True
        except sqlite3.DatabaseError:
            return False

    jump = 1
    while not readable(bad + jump):
        jump *= 2
        if jump > _FURTHEST_JUMP:
            return None
    low, high = bad + jump // 2, bad + jump  # low fails (or is `bad`), high works
    while high - low > 1:
        middle = (low + high) // 2
        low, high = (low, middle) if readable(middle) else (middle, high)
    return high


def _each(rows_: list[tuple], convert: Callable[[tuple], Any], report: SalvageReport) -> list:
    out = []
    for row in rows_:
        try:
            out.append(convert(row))
        except (ValueError, TypeError, KeyError):  # a value damage made unreadable
            report.skipped += 1
    return out


def _per_session(conn, sql: str, session_id: int, report: SalvageReport) -> list[tuple]:
    try:
        return conn.execute(sql, [session_id]).fetchall()
    except sqlite3.DatabaseError:
        report.skipped += 1
        return []


def _bundles(conn: sqlite3.Connection, report: SalvageReport) -> Iterator[SessionBundle]:
    sessions = _each(
        list(_rows_by_id(conn, "sessions", rows.SESSION_COLUMNS, report)),
        rows.session_value,
        report,
    )
    people: dict[int, list] = {}
    for p in _each(
        list(_rows_by_id(conn, "participants", rows.PARTICIPANT_COLUMNS, report)),
        rows.participant_value,
        report,
    ):
        people.setdefault(p.session_id, []).append(p)
    item_rows = list(_rows_by_id(conn, "items", _present(conn, "items", rows.ITEM_COLUMNS), report))
    turn_rows = list(_rows_by_id(conn, "speaking_turns", rows.TURN_COLUMNS, report))
    changed = _changed(conn)
    whole = report.skipped == 0  # a row skipped so far may have been any session's
    for session in sessions:
        skipped_before = report.skipped
        phases = _each(
            _per_session(
                conn,
                "SELECT phase, planned_minutes, started_at, ended_at FROM phases "
                "WHERE session_id = ?",
                session.id,
                report,
            ),
            rows.phase_value,
            report,
        )
        links: dict[int, list[int]] = {}
        for idea_id, barrier_id in _per_session(
            conn,
            "SELECT l.idea_id, l.barrier_id FROM idea_barriers l JOIN items i "
            "ON i.id = l.idea_id WHERE i.session_id = ? ORDER BY l.idea_id, l.position",
            session.id,
            report,
        ):
            links.setdefault(idea_id, []).append(barrier_id)
        mine = sorted(
            (r for r in item_rows if r[1] == session.id),
            key=lambda r: (_PHASE_ORDER.get(r[2], 3), r[4], r[0]),
        )
        items = _each(mine, lambda r, links=links: rows.item_value(r, links.get(r[0], [])), report)
        participants = people.get(session.id, [])
        present = {p.id for p in participants}
        kept_ids = {i.id for i in items}
        items = [
            dataclasses.replace(
                i,
                by_id=i.by_id if i.by_id in present else None,
                owner_id=i.owner_id if i.owner_id in present else None,
                barrier_ids=[b for b in i.barrier_ids if b in kept_ids],
            )
            for i in items
        ]
        turns = _each(
            [r for r in turn_rows if r[1] == session.id and r[2] in present],
            rows.turn_value,
            report,
        )
        if changed.get(session.id, True):
            complete = whole and report.skipped == skipped_before
            session = _revised(session, complete)
        yield SessionBundle(session, phases, participants, items, turns)


def _changed(conn: sqlite3.Connection) -> dict[int, bool]:
    """Which sessions changed since their last revision; a session not found here (the
    column unreadable, or a database from before it) counts as changed."""
    try:
        return {i: bool(c) for i, c in conn.execute("SELECT id, changed FROM sessions")}
    except sqlite3.DatabaseError:
        return {}


def _revised(session: Session, complete: bool) -> Session:
    revision = validation.new_uid()
    # Whole, it grew from the stored revision: the import updates the session. Perhaps
    # missing rows the backup has: a copy beside it, not an update of it.
    revisions = lineage.extended(session.revisions, revision) if complete else [revision]
    return dataclasses.replace(session, revision=revision, revisions=revisions)


def _open_read_only(database: Path) -> sqlite3.Connection:
    try:
        conn = sqlite3.connect(f"file:{database}?mode=ro", uri=True)
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlite3.DatabaseError as exc:
        raise RoundtableError(
            f"Nothing can be salvaged from {database}: SQLite cannot read it ({exc})."
        ) from exc
    return conn


def salvage(database: Path, folder: Path) -> SalvageReport:
    """Write each readable session in `database` as `session-<id>.roundtable.json` in
    `folder`; the database is only read."""
    if not database.is_file():
        raise RoundtableError(f"There is no database at {database} to salvage from.")
    if database.stat().st_size == 0:  # not "4 damaged parts": there is nothing in it at all
        raise RoundtableError(
            f"{database} is empty: there is nothing to salvage. 'roundtable restore --list' "
            "shows the backups."
        )
    if folder.exists() and not folder.is_dir():
        raise RoundtableError(f"{folder} is a file; salvage writes into a folder.")
    conn = _open_read_only(database)
    report = SalvageReport()
    try:
        folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    except OSError as exc:
        conn.close()
        raise RoundtableError(f"Cannot create {folder}: {exc.strerror or exc}.") from exc
    try:
        for bundle in _bundles(conn, report):
            target = folder / f"session-{bundle.session.id}.roundtable.json"
            write_session_file(bundle, target)
            report.written.append(target)
    finally:
        conn.close()
    return report
