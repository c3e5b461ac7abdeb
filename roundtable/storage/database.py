"""Opening the SQLite database: checks before touching it, pragmas, migrations."""

from __future__ import annotations

import contextlib
import os
import sqlite3
from collections.abc import Iterator, Sequence
from pathlib import Path

from sqlite_utils import Database

from roundtable.errors import RoundtableError
from roundtable.storage import backups
from roundtable.storage.schema import MIGRATION_SET, STEPS, Step, build_migrations, step_names


class DatabaseRefused(RoundtableError):
    """The database cannot be used as it is; it has not been changed."""


class NewerDatabase(DatabaseRefused):
    pass


class DamagedDatabase(DatabaseRefused):
    def __init__(self, message: str, backup: Path | None) -> None:
        super().__init__(message)
        self.backup = backup


def _damaged(path: Path, why: str, backup_dir: Path | None) -> DamagedDatabase:
    backup = backups.newest_good_backup(backup_dir) if backup_dir else None
    if backup:
        advice = (
            f"The newest good backup is {backup}. To restore it, move the damaged file "
            f"aside and copy the backup to {path}."
        )
    else:
        advice = "No good backup was found."
    return DamagedDatabase(
        f"The database {path} is damaged ({why}). It has not been changed. {advice}", backup
    )


def _preflight(path: Path, steps: Sequence[Step], backup_dir: Path | None) -> None:
    """Refuse a damaged, foreign or newer database before anything is written to it."""
    known = set(step_names(steps))
    try:
        conn = sqlite3.connect(path, timeout=5)
    except sqlite3.Error as exc:
        raise DatabaseRefused(f"Cannot open the database {path}: {exc}.") from exc
    try:
        check = conn.execute("PRAGMA quick_check").fetchall()
        if check != [("ok",)]:
            raise _damaged(path, "; ".join(str(r[0]) for r in check[:3]), backup_dir)
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        if not tables:
            return
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
        unknown = applied - known
        if unknown:
            raise NewerDatabase(
                f"The database {path} was written by a newer version of Roundtable (it has "
                f"{len(applied)} schema steps; this version knows {len(known)}). It has not "
                "been changed. Update Roundtable to open it."
            )
    except sqlite3.DatabaseError as exc:
        raise _damaged(path, str(exc), backup_dir) from exc
    finally:
        conn.close()


def _apply_pragmas(db: Database) -> None:
    db.execute("PRAGMA journal_mode = WAL")
    db.execute("PRAGMA synchronous = FULL")
    db.execute("PRAGMA foreign_keys = ON")
    # Deleted personal data is overwritten, not merely unlinked.
    db.execute("PRAGMA secure_delete = ON")
    db.execute("PRAGMA busy_timeout = 5000")


def open_database(
    path: Path, backup_dir: Path | None = None, steps: Sequence[Step] = STEPS
) -> Database:
    """Open (creating if needed) and migrate the database at `path`.

    Refuses, untouched, a database that is damaged, not Roundtable's, or newer than this
    version. Before migrating a database that holds data, a backup goes to `backup_dir`.
    """
    if path.exists() and path.is_dir():
        raise DatabaseRefused(f"The database path {path} is a folder.")
    if path.exists() and path.stat().st_size > 0:
        _preflight(path, steps, backup_dir)
    else:
        fd = os.open(path, os.O_CREAT | os.O_WRONLY, 0o600)
        os.close(fd)
    try:
        # No sqlite-utils plugins: whatever else is installed must not change how our
        # connection behaves, and scanning for them costs ~20 ms of every start.
        db = Database(sqlite3.connect(path, timeout=5), execute_plugins=False)
        _apply_pragmas(db)
        migrate(db, steps, backup_dir)
    except sqlite3.DatabaseError as exc:
        raise DatabaseRefused(f"Cannot open the database {path}: {exc}.") from exc
    return db


def open_memory_database(steps: Sequence[Step] = STEPS) -> Database:
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
def writing(db: Database) -> Iterator[Database]:
    """`db.atomic()` that takes the write lock up front.

    A deferred BEGIN that reads first and writes later cannot wait for another writer: SQLite
    answers "database is locked" at once instead of using the busy timeout. BEGIN IMMEDIATE
    waits its turn. Nested use becomes a savepoint, as `atomic()` does.
    """
    if db.conn.in_transaction:
        with db.atomic():
            yield db
        return
    db.conn.execute("BEGIN IMMEDIATE")
    try:
        with db.atomic():
            yield db
        db.conn.execute("COMMIT")
    except BaseException:
        # Also when COMMIT itself fails (a full disk): a transaction left open would swallow
        # every later write into a savepoint that is never committed.
        if db.conn.in_transaction:
            db.conn.execute("ROLLBACK")
        raise
