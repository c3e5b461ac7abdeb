"""Opening the SQLite database: checks before touching it, pragmas, migrations.

Opening reads with the standard library's sqlite3 alone: sqlite-utils (and what it imports,
about 100 ms) is loaded only when a migration is due.
"""

from __future__ import annotations

import contextlib
import itertools
import os
import sqlite3
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from roundtable.errors import RoundtableError
from roundtable.storage import backups
from roundtable.storage.faults import Damaged, TooNew
from roundtable.storage.schema import MIGRATION_SET, STEPS, Step, build_migrations, step_names

if TYPE_CHECKING:
    from sqlite_utils import Database

_savepoints = itertools.count()


class DatabaseRefused(RoundtableError):
    """The database cannot be used as it is; it has not been changed."""


class NewerDatabase(DatabaseRefused, TooNew):
    pass


class DamagedDatabase(DatabaseRefused, Damaged):
    def __init__(self, message: str, backup: Path | None) -> None:
        super().__init__(message)
        self.backup = backup


def _damaged(path: Path, why: str, backup_dir: Path | None) -> DamagedDatabase:
    backup = backups.newest_good_backup(backup_dir) if backup_dir else None
    salvage = "'roundtable salvage -o FOLDER' saves every session that can still be read."
    if backup:
        advice = (
            f"The newest good backup is {backup}. 'roundtable restore {backup}' (or File > "
            "Restore from backup in the app) puts it in place and keeps the damaged files "
            f"aside. {salvage}"
        )
    else:
        advice = f"No good backup was found. {salvage}"
    return DamagedDatabase(
        f"The database {path} is damaged ({why}). It has not been changed. {advice}", backup
    )


def read_only(path: Path) -> sqlite3.Connection:
    """A connection that cannot write: closing it never merges the -wal into the database
    or deletes it, as closing the last read-write connection does. Diagnosis uses it."""
    try:
        return sqlite3.connect(f"{Path(path).resolve().as_uri()}?mode=ro", uri=True, timeout=5)
    except sqlite3.Error as exc:
        raise DatabaseRefused(f"Cannot open the database {path}: {exc}.") from exc


def quick_check(path: Path, backup_dir: Path | None) -> None:
    """Refuse a damaged database: SQLite's quick_check on a read-only connection of its own,
    so it may run on another thread while the store reads, and changes nothing."""
    conn = read_only(path)
    try:
        _quick_check_on(conn, path, backup_dir)
    finally:
        conn.close()


def _quick_check_on(conn: sqlite3.Connection, path: Path, backup_dir: Path | None) -> None:
    try:
        check = conn.execute("PRAGMA quick_check").fetchall()
    except sqlite3.DatabaseError as exc:
        if _not_damage(exc):
            raise
        raise _damaged(path, str(exc), backup_dir) from exc
    if check != [("ok",)]:
        raise _damaged(path, "; ".join(str(r[0]) for r in check[:3]), backup_dir)


def _not_damage(exc: sqlite3.Error) -> bool:
    """Busy, full, read-only or I/O: a fault of the moment, not of the file."""
    code = getattr(exc, "sqlite_errorcode", 0) & 0xFF
    return code in (
        sqlite3.SQLITE_BUSY,
        sqlite3.SQLITE_LOCKED,
        sqlite3.SQLITE_FULL,
        sqlite3.SQLITE_IOERR,
        sqlite3.SQLITE_CANTOPEN,
        sqlite3.SQLITE_READONLY,
    )


def _pending_steps(
    conn: sqlite3.Connection, path: Path, steps: Sequence[Step], backup_dir: Path | None
) -> list[str]:
    """The steps still to apply; refuses a foreign or newer database. Reads only."""
    known = step_names(steps)
    try:
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        if not tables:
            return known
        if "_sqlite_migrations" not in tables:
            raise DatabaseRefused(
                f"{path} is an SQLite database, but not one of Roundtable's. It has not been "
                "changed. Choose another data folder with --data-dir."
            )
        applied = {
            r[0]
            for r in conn.execute(
                "SELECT name FROM _sqlite_migrations WHERE migration_set = ?", [MIGRATION_SET]
            )
        }
    except sqlite3.DatabaseError as exc:
        if _not_damage(exc):
            raise
        raise _damaged(path, str(exc), backup_dir) from exc
    if applied - set(known):
        raise NewerDatabase(
            f"The database {path} was written by a newer version of Roundtable (it has "
            f"{len(applied)} schema steps; this version knows {len(known)}). It has not "
            "been changed. Update Roundtable to open it."
        )
    return [name for name in known if name not in applied]


def _apply_pragmas(conn: sqlite3.Connection) -> None:
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = FULL")
    conn.execute("PRAGMA foreign_keys = ON")
    # Deleted personal data is overwritten, not merely unlinked.
    conn.execute("PRAGMA secure_delete = ON")
    conn.execute("PRAGMA busy_timeout = 5000")
    # As sqlite-utils sets it: triggers behave the same whether or not it was loaded.
    conn.execute("PRAGMA recursive_triggers = ON")


@dataclass
class Opened:
    conn: sqlite3.Connection
    checked: bool  # False: quick_check is still due (see open_connection's check_later)


def open_connection(
    path: Path,
    backup_dir: Path | None = None,
    steps: Sequence[Step] = STEPS,
    check_later: bool = False,
) -> Opened:
    """Open (creating if needed) and migrate the database at `path`.

    Refuses, untouched, a database that is damaged, not Roundtable's, or newer than this
    version. Before migrating a database that holds data, a backup goes to `backup_dir`.
    With `check_later`, a database that needs no writing to open (no migration due, already
    in WAL mode) is opened without its quick_check, which the caller runs before any write.
    """
    if path.exists() and path.is_dir():
        raise DatabaseRefused(f"The database path {path} is a folder.")
    holds_data = path.exists() and path.stat().st_size > 0
    checked = not holds_data
    if holds_data:
        # Diagnosis reads only: a database refused here is left exactly as it was, its -wal
        # included. The read-write connection opens once the file is accepted.
        diagnosis = read_only(path)
        try:
            if not check_later:
                _quick_check_on(diagnosis, path, backup_dir)
                checked = True
            pending = _pending_steps(diagnosis, path, steps, backup_dir)
            if not checked and (pending or _journal_mode(diagnosis, path, backup_dir) != "wal"):
                _quick_check_on(diagnosis, path, backup_dir)  # it is about to be written to
                checked = True
        finally:
            diagnosis.close()
    else:
        fd = os.open(path, os.O_CREAT | os.O_WRONLY, 0o600)
        os.close(fd)
        pending = step_names(steps)
    try:
        conn = sqlite3.connect(path, timeout=5)
    except sqlite3.Error as exc:
        raise DatabaseRefused(f"Cannot open the database {path}: {exc}.") from exc
    try:
        _apply_pragmas(conn)
        if pending:
            migrate(_wrapped(conn), steps, backup_dir)
    except BaseException:
        conn.close()
        raise
    return Opened(conn, checked)


def open_snapshot(path: Path, backup_dir: Path | None) -> sqlite3.Connection:
    """A read-only connection that needs no room and no write access in the data folder: for
    reading and exporting when the disk is full or the folder read-only.

    Without a -wal the file is read as immutable (SQLite then needs no -shm, which it could not
    create). With one, its committed changes matter: the set is read through a private copy in
    the system's temporary folder. Checked before it is used.
    """
    wal = path.with_name(path.name + "-wal")
    has_wal = wal.exists() and wal.stat().st_size > 0
    if has_wal:
        import shutil
        import tempfile

        folder = Path(tempfile.mkdtemp(prefix="roundtable-snapshot-"))
        try:
            for end in ("", "-wal"):
                shutil.copyfile(path.with_name(path.name + end), folder / (path.name + end))
            copy = sqlite3.connect(folder / path.name)
            memory = sqlite3.connect(":memory:")
            copy.backup(memory)  # the -wal's changes included
            copy.close()
        finally:
            shutil.rmtree(folder, ignore_errors=True)
        conn = memory
    else:
        uri = f"{Path(path).resolve().as_uri()}?immutable=1"
        try:
            conn = sqlite3.connect(uri, uri=True)
        except sqlite3.Error as exc:
            raise DatabaseRefused(f"Cannot open the database {path}: {exc}.") from exc
    try:
        _quick_check_on(conn, path, backup_dir)
        _pending_steps(conn, path, STEPS, backup_dir)
        conn.execute("PRAGMA query_only = ON")
    except BaseException:
        conn.close()
        raise
    return conn


def _journal_mode(conn: sqlite3.Connection, path: Path, backup_dir: Path | None) -> str:
    try:
        return str(conn.execute("PRAGMA journal_mode").fetchone()[0]).lower()
    except sqlite3.DatabaseError as exc:
        if _not_damage(exc):
            raise
        raise _damaged(path, str(exc), backup_dir) from exc


def _wrapped(conn: sqlite3.Connection) -> Database:
    from sqlite_utils import Database

    # No sqlite-utils plugins: whatever else is installed must not change how our
    # connection behaves, and scanning for them costs ~20 ms.
    return Database(conn, execute_plugins=False)


def open_database(
    path: Path, backup_dir: Path | None = None, steps: Sequence[Step] = STEPS
) -> Database:
    """`open_connection`, checked at once, as a sqlite-utils Database."""
    return _wrapped(open_connection(path, backup_dir, steps).conn)


def open_memory_database(steps: Sequence[Step] = STEPS) -> Database:
    from sqlite_utils import Database

    db = Database(memory=True, execute_plugins=False)
    db.execute("PRAGMA foreign_keys = ON")
    migrate(db, steps, None)
    return db


def migrate(db: Database, steps: Sequence[Step], backup_dir: Path | None) -> None:
    migrations = build_migrations(steps)
    pending = migrations.pending(db)
    if not pending:
        return
    if backup_dir is not None and migrations.applied(db):
        backups.take_named_backup(db.conn, backup_dir, "before-migration")
    # SQLite's procedure for schema changes: with foreign keys on, rebuilding a referenced
    # table (transform) would fire ON DELETE actions, and the pragma cannot change inside
    # the step's transaction. Each step checks the references itself before committing.
    was_on = db.execute("PRAGMA foreign_keys").fetchone() == (1,)
    db.execute("PRAGMA foreign_keys = OFF")
    try:
        migrations.apply(db)
    finally:
        if was_on:
            db.execute("PRAGMA foreign_keys = ON")


@contextlib.contextmanager
def writing(db: Database | sqlite3.Connection) -> Iterator[None]:
    """One transaction that takes the write lock up front.

    A deferred BEGIN that reads first and writes later cannot wait for another writer: SQLite
    answers "database is locked" at once instead of using the busy timeout. BEGIN IMMEDIATE
    waits its turn. Nested use becomes a savepoint. (Plain sqlite3, as sqlite-utils'
    `atomic()` does it: reads and writes need not load sqlite-utils.)
    """
    conn: sqlite3.Connection = getattr(db, "conn", db)
    if conn.in_transaction:
        savepoint = f"roundtable_{next(_savepoints)}"
        conn.execute(f"SAVEPOINT {savepoint}")
        try:
            yield
        except BaseException:
            # An error can have ended the whole transaction, savepoints included.
            if conn.in_transaction:
                conn.execute(f"ROLLBACK TO SAVEPOINT {savepoint}")
                conn.execute(f"RELEASE SAVEPOINT {savepoint}")
            raise
        conn.execute(f"RELEASE SAVEPOINT {savepoint}")
        return
    conn.execute("BEGIN IMMEDIATE")
    try:
        yield
        conn.execute("COMMIT")
    except BaseException:
        # Also when COMMIT itself fails (a full disk): a transaction left open would swallow
        # every later write into a savepoint that is never committed.
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        raise
