"""Restoring a backup: what each backup holds, putting one in place, and refusing to start
an empty library where the database went missing.

The database, its -wal and its -shm are one unit. A -wal left beside a copied-in backup
would be replayed onto it and make a corrupt file, so the current set is moved aside whole
(into `set-aside/<time>/`, never deleted) before the backup is copied in with the backup API.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from roundtable import paths
from roundtable.atomicfile import atomic_path
from roundtable.errors import RoundtableError
from roundtable.storage import backups, integrity
from roundtable.storage.schema import MIGRATION_SET, STEPS, step_names

SET_ASIDE_FOLDER = "set-aside"
COMPANIONS = ("-wal", "-shm", "-journal")


@dataclass(frozen=True)
class BackupInfo:
    """One backup as offered for restoring; counts are None for a file that cannot be read."""

    path: Path
    taken_at: datetime
    sessions: int | None
    items: int | None
    titles: tuple[str, ...] = ()

    @property
    def readable(self) -> bool:
        return self.sessions is not None


@dataclass(frozen=True)
class Restored:
    backup: BackupInfo
    set_aside: Path | None  # where the replaced database went; None when there was none


def _read_only(path: Path) -> sqlite3.Connection:
    return sqlite3.connect(f"file:{path}?mode=ro", uri=True)


def describe(path: Path) -> BackupInfo:
    """What the backup at `path` holds, read without changing it."""
    when = backups.taken_at(path)
    try:
        conn = _read_only(path)
    except sqlite3.Error:
        return BackupInfo(path, when, None, None)
    try:
        (sessions,) = conn.execute("SELECT count(*) FROM sessions").fetchone()
        (items,) = conn.execute("SELECT count(*) FROM items").fetchone()
        titles = tuple(r[0] for r in conn.execute("SELECT title FROM sessions ORDER BY id"))
        return BackupInfo(path, when, sessions, items, titles)
    except sqlite3.Error:
        return BackupInfo(path, when, None, None)
    finally:
        conn.close()


def list_backups(data_dir: Path) -> list[BackupInfo]:
    """Every backup in the data folder, newest first."""
    return [describe(p) for p in backups.all_backups(data_dir / paths.BACKUP_FOLDER)]


def _database(data_dir: Path) -> Path:
    return data_dir / paths.DATABASE_NAME


def _companions(database: Path) -> list[Path]:
    return [database.with_name(database.name + end) for end in COMPANIONS]


class LostDatabase(RoundtableError):
    """The database is missing or empty while backups hold sessions."""

    def __init__(self, message: str, backup: BackupInfo) -> None:
        super().__init__(message)
        self.backup = backup


def refuse_lost_database(data_dir: Path) -> None:
    """Refuse to go on when the database is missing or 0 bytes but a backup holds sessions.

    Opening would silently make a new, empty library, which would then be backed up over the
    sessions. Costs a stat when the database is there.
    """
    database = _database(data_dir)
    with contextlib.suppress(OSError):
        if database.stat().st_size > 0:
            return
    if not (data_dir / paths.BACKUP_FOLDER).is_dir():
        return
    newest = next((b for b in list_backups(data_dir) if b.sessions), None)
    if newest is None:
        return
    state = "is empty (0 bytes)" if database.exists() else "is missing"
    raise LostDatabase(
        f"The database {database} {state}, but the backups hold sessions: the newest, "
        f"{newest.path} (taken {newest.taken_at:%Y-%m-%d %H:%M} UTC), holds {newest.sessions} "
        f"session(s) and {newest.items} item(s). Nothing was changed. To restore it: "
        f"roundtable restore {newest.path}",
        newest,
    )


def app_is_running(data_dir: Path) -> bool:
    """Whether a running Roundtable window holds the data folder's lock."""
    lock = data_dir / paths.LOCK_NAME
    try:
        first = lock.read_text(encoding="utf-8", errors="replace").split("\n", 1)[0]
    except OSError:
        return False
    if os.name != "posix":
        return True  # no safe way to probe the process; the lock is removed on closing
    try:
        os.kill(int(first), 0)
    except (ValueError, ProcessLookupError):
        return False  # a lock left by a crash
    except PermissionError:
        return True
    return True


def _verified(path: Path) -> BackupInfo:
    """The backup's description, once it has passed every check; refused otherwise."""
    try:
        conn = _read_only(path)
        try:
            known = set(step_names(STEPS))
            applied = {
                r[0]
                for r in conn.execute(
                    "SELECT name FROM _sqlite_migrations WHERE migration_set = ?",
                    [MIGRATION_SET],
                )
            }
            problems = integrity.full_problems(conn)
        finally:
            conn.close()
    except sqlite3.Error as exc:
        raise RoundtableError(
            f"{path} is damaged or not a Roundtable backup ({exc}); it cannot be restored. "
            "'roundtable restore --list' shows the other backups."
        ) from None
    if applied - known:
        raise RoundtableError(
            f"{path} was written by a newer version of Roundtable. Update Roundtable to restore it."
        )
    if problems:
        raise RoundtableError(
            f"{path} is damaged ({'; '.join(problems[:3])}); it cannot be restored. "
            "'roundtable restore --list' shows the other backups."
        )
    return describe(path)


def _set_aside(database: Path, now: datetime) -> Path | None:
    """Move the database and its companions, as one unit, into a new folder."""
    present = [p for p in [database, *_companions(database)] if p.exists()]
    if not present:
        return None
    folder = database.parent / SET_ASIDE_FOLDER / now.strftime("%Y%m%dT%H%M%S%fZ")
    folder.parent.mkdir(mode=0o700, exist_ok=True)  # private, as the data folder is
    folder.mkdir(mode=0o700)
    # Companions first: a -wal must never be left beside a database it does not belong to.
    for path in sorted(present, key=lambda p: p == database):
        os.replace(path, folder / path.name)
    return folder


def _put_back(folder: Path, database: Path) -> None:
    for path in folder.iterdir():
        os.replace(path, database.parent / path.name)
    folder.rmdir()
    with contextlib.suppress(OSError):  # not empty: earlier sets are kept there
        folder.parent.rmdir()


def _copy_in(backup: Path, database: Path) -> None:
    with atomic_path(database, mode=0o600) as tmp:
        source = _read_only(backup)
        dest = sqlite3.connect(tmp)
        try:
            source.backup(dest)
            dest.execute("PRAGMA journal_mode = WAL")
        finally:
            dest.close()
            source.close()


def _sound(database: Path) -> bool:
    try:
        conn = _read_only(database)
        try:
            return integrity.quick_problems(conn) == []
        finally:
            conn.close()
    except sqlite3.Error:
        return False


def restore_backup(
    data_dir: Path, backup: Path, now: datetime | None = None, by_the_app: bool = False
) -> Restored:
    """Put `backup` in place of the database; the current set is moved aside, not deleted.

    `by_the_app`: the running app restores, its own store closed: its lock is no refusal."""
    backup = Path(backup).absolute()
    if not backup.is_file():
        raise RoundtableError(
            f"There is no backup at {backup}. 'roundtable restore --list' shows the backups."
        )
    if not by_the_app and app_is_running(data_dir):
        raise RoundtableError(f"Roundtable is open on {data_dir}. Close its window, then restore.")
    database = _database(data_dir)
    if backup.resolve() in {p.resolve() for p in (database, *_companions(database))}:
        raise RoundtableError(
            f"{backup} is the database in use, not a backup of it. 'roundtable restore --list' "
            "shows the backups. Nothing was changed."
        )
    info = _verified(backup)
    try:
        aside = _set_aside(database, now or datetime.now(UTC))
    except OSError as exc:
        raise RoundtableError(
            f"Cannot move the current database aside: {exc.strerror or exc}. Nothing was changed."
        ) from exc
    try:
        _copy_in(backup, database)
    except (RoundtableError, sqlite3.Error, OSError) as exc:
        if aside is not None:
            _put_back(aside, database)
        raise RoundtableError(f"Cannot restore {backup}: {exc}. Nothing was changed.") from exc
    restored = describe(database)
    if (restored.sessions, restored.items) != (info.sessions, info.items) or not _sound(database):
        raise RoundtableError(
            f"The restored database at {database} does not hold what {backup} holds. The "
            f"replaced database is in {aside}."
        )
    return Restored(info, aside)
