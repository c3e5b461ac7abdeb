"""Copies of the database: on demand, and rotating automatic ones in the data folder."""

from __future__ import annotations

import contextlib
import sqlite3
from datetime import UTC, datetime
from pathlib import Path

from roundtable.atomicfile import atomic_path
from roundtable.errors import RoundtableError

KEEP_AUTOMATIC = 10
_AUTO_PREFIX = "auto-"
_SUFFIX = ".sqlite3"


def copy_database(source: sqlite3.Connection, target: Path) -> None:
    """A consistent copy through SQLite's backup API, written atomically (owner-only)."""
    try:
        with atomic_path(target, mode=0o600) as tmp:
            dest = sqlite3.connect(tmp)
            try:
                source.backup(dest)
                # A backup is one self-contained file: no -wal or -shm beside it when read.
                dest.execute("PRAGMA journal_mode = DELETE")
            finally:
                dest.close()
    except sqlite3.Error as exc:  # a full disk, most likely; the old file is untouched
        raise RoundtableError(f"Cannot write the backup {target}: {exc}.") from exc


def fingerprint(conn: sqlite3.Connection) -> tuple | None:
    """Changes whenever any session's content changes; None for a file that is not ours."""
    try:
        return conn.execute("SELECT count(*), max(updated_at), max(id) FROM sessions").fetchone()
    except sqlite3.DatabaseError:
        return None


def _timestamp() -> str:
    return datetime.now(UTC).strftime("%Y%m%dT%H%M%S%fZ")


def automatic_backups(folder: Path) -> list[Path]:
    """Automatic backups, newest first."""
    if not folder.is_dir():
        return []
    found = [p for p in folder.glob(f"{_AUTO_PREFIX}*{_SUFFIX}") if p.is_file()]
    return sorted(found, key=lambda p: p.name, reverse=True)


def all_backups(folder: Path) -> list[Path]:
    """Every backup in the folder (automatic and before-migration), newest first."""
    if not folder.is_dir():
        return []
    found = [p for p in folder.glob(f"*{_SUFFIX}") if p.is_file()]
    return sorted(found, key=lambda p: p.stat().st_mtime_ns, reverse=True)


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


def take_automatic_backup(source: sqlite3.Connection, folder: Path) -> Path | None:
    """Back up unless the newest automatic backup already holds the same content; rotate."""
    folder.mkdir(mode=0o700, parents=True, exist_ok=True)
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
    target = folder / f"{_AUTO_PREFIX}{_timestamp()}{_SUFFIX}"
    copy_database(source, target)
    for old in automatic_backups(folder)[KEEP_AUTOMATIC:]:
        with contextlib.suppress(OSError):
            old.unlink()
    return target


def take_named_backup(source: sqlite3.Connection, folder: Path, label: str) -> Path:
    folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    target = folder / f"{label}-{_timestamp()}{_SUFFIX}"
    copy_database(source, target)
    return target
