"""Copies of the database: on demand, and automatic ones in the data folder, kept by age.

One policy for every automatic backup (the command line's and the running app's): one per
10 minutes for the last hour, one per hour for the last day, one per day for 30 days. The
newest backup is always kept, whatever its age: when the database later turns out damaged,
it is the last copy known to be good. A copy is checked before it is kept, so a database
with quiet damage never pushes good backups out of rotation.
"""

from __future__ import annotations

import contextlib
import re
import sqlite3
import time
from collections.abc import Iterable, Sequence
from datetime import UTC, datetime, timedelta
from pathlib import Path

from roundtable.atomicfile import atomic_path
from roundtable.errors import RoundtableError
from roundtable.storage import integrity

AUTO_PREFIX = "auto-"
SUFFIX = ".sqlite3"
# (up to this age, keep one backup per step), youngest first.
AGE_TIERS: tuple[tuple[timedelta, timedelta], ...] = (
    (timedelta(hours=1), timedelta(minutes=10)),
    (timedelta(days=1), timedelta(hours=1)),
    (timedelta(days=30), timedelta(days=1)),
)
# A hidden temporary copy younger than this may still be being written by another process.
INTERRUPTED_AFTER = timedelta(minutes=5)
_STAMP = "%Y%m%dT%H%M%S%fZ"
_STAMP_IN_NAME = re.compile(r"(\d{8}T\d{12}Z)")


class UnverifiedBackup(RoundtableError):
    """The copy failed its check and was not kept: the database itself may be damaged."""


def ensure_backup_folder(folder: Path) -> Path:
    """The backups folder, created owner-only if needed; a clear refusal when it cannot be."""
    if folder.exists() and not folder.is_dir():
        raise RoundtableError(
            f"{folder} is a file, but Roundtable keeps its backups in a folder of that name. "
            "Move the file aside (or rename it); no backup was taken."
        )
    try:
        folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    except OSError as exc:
        raise RoundtableError(
            f"Cannot create the backups folder {folder}: {exc.strerror or exc}."
        ) from exc
    return folder


def copy_database(source: sqlite3.Connection, target: Path, verify: bool = False) -> None:
    """A consistent copy through SQLite's backup API, written atomically (owner-only).

    With `verify`, the copy must pass quick_check and the search indexes' own check before
    it replaces `target`; otherwise nothing is written and UnverifiedBackup says why.
    """
    try:
        with atomic_path(target, mode=0o600) as tmp:
            dest = sqlite3.connect(tmp)
            try:
                source.backup(dest)
                # A backup is one self-contained file: no -wal or -shm beside it when read.
                dest.execute("PRAGMA journal_mode = DELETE")
                problems = integrity.copy_problems(dest) if verify else []
            finally:
                dest.close()
            if problems:
                raise UnverifiedBackup(
                    f"The backup was not kept: its copy failed the check "
                    f"({'; '.join(problems[:3])}). The database may be damaged; "
                    "'roundtable check --full' tells more."
                )
    except sqlite3.Error as exc:  # a full disk, most likely; the old file is untouched
        raise RoundtableError(f"Cannot write the backup {target}: {exc}.") from exc


def fingerprint(conn: sqlite3.Connection) -> tuple | None:
    """Changes whenever any session's content changes; None for a file that is not ours."""
    try:
        return conn.execute("SELECT count(*), max(updated_at), max(id) FROM sessions").fetchone()
    except sqlite3.DatabaseError:
        return None


def _name_stamp(moment: datetime) -> str:
    return moment.astimezone(UTC).strftime(_STAMP)


def taken_at(path: Path) -> datetime:
    """When the backup was taken: from its name, else the file's modification time."""
    found = _STAMP_IN_NAME.search(path.name)
    if found:
        with contextlib.suppress(ValueError):
            return datetime.strptime(found.group(1), _STAMP).replace(tzinfo=UTC)
    return datetime.fromtimestamp(path.stat().st_mtime, UTC)


def _backups(folder: Path, pattern: str) -> list[Path]:
    if not folder.is_dir():
        return []
    found = [p for p in folder.glob(pattern) if p.is_file() and not p.name.startswith(".")]
    return sorted(found, key=taken_at, reverse=True)


def automatic_backups(folder: Path) -> list[Path]:
    """Automatic backups, newest first."""
    return _backups(folder, f"{AUTO_PREFIX}*{SUFFIX}")


def all_backups(folder: Path) -> list[Path]:
    """Every backup in the folder (automatic and before-migration), newest first."""
    return _backups(folder, f"*{SUFFIX}")


def is_sound(path: Path) -> bool:
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    except sqlite3.Error:
        return False
    try:
        return conn.execute("PRAGMA quick_check").fetchone() == ("ok",)
    except sqlite3.Error:
        return False
    finally:
        conn.close()


def newest_good_backup(folder: Path) -> Path | None:
    return next((p for p in all_backups(folder) if is_sound(p)), None)


def kept_by_age(times: Sequence[datetime], now: datetime) -> set[datetime]:
    """The moments to keep: the newest of each 10-minute, hour or day slot (by age), and
    always the newest of all."""
    kept: dict[tuple[int, int], datetime] = {}
    for moment in times:
        age = max(now - moment, timedelta(0))  # a clock set back: treat as just taken
        for tier, (limit, step) in enumerate(AGE_TIERS):
            if age < limit:
                slot = (tier, int(moment.timestamp() // step.total_seconds()))
                if slot not in kept or kept[slot] < moment:
                    kept[slot] = moment
                break
    return set(kept.values()) | ({max(times)} if times else set())


def rotate(folder: Path, now: datetime | None = None) -> list[Path]:
    """Delete the automatic backups the age policy does not keep; the deleted ones."""
    now = now or datetime.now(UTC)
    found = automatic_backups(folder)
    keep = kept_by_age([taken_at(p) for p in found], now)
    dropped = [p for p in found if taken_at(p) not in keep]
    for old in dropped:
        with contextlib.suppress(OSError):
            old.unlink()
    return dropped


def clean_interrupted_copies(folders: Iterable[Path], older_than: timedelta = INTERRUPTED_AFTER):
    """Remove the hidden temporary copies an interrupted backup or export left behind.

    They hold personal data and no rotation ever sees them. A younger one may belong to a
    write still running in another process, so it stays until a later clean.
    """
    limit = time.time() - older_than.total_seconds()
    for folder in folders:
        if not folder.is_dir():
            continue
        for leftover in folder.glob(".*.tmp*"):
            with contextlib.suppress(OSError):
                if leftover.is_file() and leftover.stat().st_mtime <= limit:
                    leftover.unlink()


def take_automatic_backup(
    source: sqlite3.Connection, folder: Path, now: datetime | None = None
) -> Path | None:
    """Back up unless the newest automatic backup already holds the same content; the copy is
    checked before it is kept; then the older ones are thinned out by age."""
    ensure_backup_folder(folder)
    clean_interrupted_copies([folder])
    now = now or datetime.now(UTC)
    existing = automatic_backups(folder)
    current = fingerprint(source)
    if existing:
        newest = None
        with contextlib.suppress(sqlite3.Error):
            conn = sqlite3.connect(f"file:{existing[0]}?mode=ro", uri=True)
            try:
                newest = fingerprint(conn)
            finally:
                conn.close()
        if newest is not None and newest == current:
            return None
    target = folder / f"{AUTO_PREFIX}{_name_stamp(now)}{SUFFIX}"
    copy_database(source, target, verify=True)
    rotate(folder, now)
    clean_interrupted_copies([folder])
    return target


def take_named_backup(source: sqlite3.Connection, folder: Path, label: str) -> Path:
    ensure_backup_folder(folder)
    target = folder / f"{label}-{_name_stamp(datetime.now(UTC))}{SUFFIX}"
    copy_database(source, target)
    return target
