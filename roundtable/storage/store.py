"""`SessionStore`: the one API through which the command line and the UI read and write.

Every public method that changes something is one committed transaction by the time it
returns; nothing is buffered. The parts (sessions, participants, items, speakers) live in
their own modules; this one opens and closes the store and guards its files.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
from collections.abc import Iterator
from pathlib import Path

from roundtable import paths
from roundtable.errors import InvalidValue
from roundtable.storage import backups, faults
from roundtable.storage.database import (
    open_connection,
    open_memory_database,
    open_snapshot,
    read_only,
)
from roundtable.storage.search import SearchResults, search
from roundtable.storage.store_bundles import BundlesPart
from roundtable.storage.store_imports import ImportsPart
from roundtable.storage.store_items import ItemsPart
from roundtable.storage.store_participants import ParticipantsPart
from roundtable.storage.store_sessions import SessionsPart
from roundtable.storage.store_speakers import SpeakersPart


class SessionStore(
    SessionsPart, BundlesPart, ImportsPart, ParticipantsPart, ItemsPart, SpeakersPart
):
    # -- opening and closing -----------------------------------------------------------

    @classmethod
    def open(
        cls, data_dir: Path, automatic_backup: bool = True, check_later: bool = False
    ) -> SessionStore:
        """Open the store in `data_dir`, creating and migrating it as needed.

        `check_later` leaves SQLite's quick_check (most of the time it takes to open a large
        database) to `finish_check`, which runs by itself before the first write.
        """
        paths.ensure_data_dir(data_dir)
        backup_dir = data_dir / paths.BACKUP_FOLDER
        _refuse_read_only_file(data_dir / paths.DATABASE_NAME)
        with faults.boundary(data_dir):
            opened = open_connection(
                data_dir / paths.DATABASE_NAME, backup_dir, check_later=check_later
            )
        store = cls(opened.conn, data_dir, checked=opened.checked)
        if automatic_backup:
            try:
                store.take_automatic_backup()
            except BaseException:
                store.close()
                raise
        return store

    @classmethod
    def open_read_only(cls, data_dir: Path, reason: faults.StorageFault) -> SessionStore:
        """The store for reading and exporting only, when `reason` (a full disk, a read-only
        folder) keeps it from opening normally; every change is refused with `reason`."""
        with faults.boundary(data_dir):
            conn = open_snapshot(data_dir / paths.DATABASE_NAME, data_dir / paths.BACKUP_FOLDER)
        store = cls(conn, data_dir)
        store.read_only_reason = reason
        return store

    @classmethod
    def in_memory(cls) -> SessionStore:
        return cls(open_memory_database())

    def close(self) -> None:
        if self._damage is None or self.data_dir is None or self.read_only_reason:
            self.conn.close()
            return
        # Closing the last read-write connection would merge the -wal into the damaged
        # file and delete it; while a read-only one stays open, SQLite leaves both alone.
        keeper = read_only(self.data_dir / paths.DATABASE_NAME)
        try:
            keeper.execute("BEGIN")
            keeper.execute("SELECT count(*) FROM sqlite_master").fetchone()  # holds a read lock
            self.conn.close()
        finally:
            keeper.close()

    def __enter__(self) -> SessionStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @property
    def backup_dir(self) -> Path | None:
        return self._backup_folder()

    @contextlib.contextmanager
    def transaction(self) -> Iterator[None]:
        """The store calls made inside commit together, or none of them does (an edit)."""
        outermost = not self.conn.in_transaction
        with faults.boundary(self.data_dir), self._write():
            yield
        if outermost and self._checkpoint_due:
            self._checkpoint_due = False
            self._checkpoint()

    # -- search -----------------------------------------------------------------------

    def search(self, text: str, limit: int = 50) -> SearchResults:
        """Sessions (by title, theme, host or participant) and items (by title or text)
        matching every word of `text` as a prefix, accents ignored; newest first."""
        return search(self.conn, text, limit)

    # -- safety -----------------------------------------------------------------------

    def database_files(self) -> list[Path]:
        """The live database and its companion files; nothing may be written over them."""
        if self.data_dir is None:
            return []
        main = self.data_dir / paths.DATABASE_NAME
        return [main] + [main.with_name(main.name + end) for end in ("-wal", "-shm", "-journal")]

    def refuse_own_file(self, target: Path) -> None:
        """Refuse `target` when it is (or links to) one of the live database's files."""
        target = Path(target)
        for own in self.database_files():
            same = os.path.samefile(own, target) if own.exists() and target.exists() else False
            if same or own.resolve() == target.resolve():
                raise InvalidValue(
                    f"{target} is Roundtable's own database; writing there would destroy it. "
                    "Choose another file name."
                )

    def backup_to(self, target: Path) -> None:
        """A consistent copy of the whole database, written atomically."""
        self.refuse_own_file(Path(target))
        backups.copy_database(self.conn, Path(target))

    def take_automatic_backup(self, own_connection: bool = False) -> Path | None:
        """A rotating backup in the data folder, skipped when nothing changed since the last.

        With `own_connection` the copy reads through a connection of its own, so it may run
        on another thread while this store's connection goes on writing (in WAL mode the
        copy's read holds up no writer)."""
        if self.backup_dir is None or self.read_only_reason is not None:
            return None
        database = self.data_dir / paths.DATABASE_NAME
        free = faults.free_bytes(self.data_dir)
        if free is not None and free < 2 * database.stat().st_size + faults.LOW_SPACE_BYTES:
            return None  # a backup now would fill the disk the captures need
        self.finish_check()  # a damaged database is not copied over good backups
        if not own_connection:
            return backups.take_automatic_backup(self.conn, self.backup_dir)
        source = sqlite3.connect(database, timeout=5)
        try:
            source.execute("PRAGMA query_only = ON")
            return backups.take_automatic_backup(source, self.backup_dir)
        finally:
            source.close()

    def check(self) -> list[str]:
        """Problems found by SQLite's integrity, foreign-key and full-text checks; [] if sound."""
        problems = [str(r[0]) for r in self.conn.execute("PRAGMA integrity_check") if r[0] != "ok"]
        problems += [
            f"{table} row {rowid} refers to a missing {parent}"
            for table, rowid, parent, _ in self.conn.execute("PRAGMA foreign_key_check")
        ]
        for fts in ("sessions_fts", "items_fts", "participants_fts"):
            try:
                self.conn.execute(f"INSERT INTO {fts} ({fts}, rank) VALUES ('integrity-check', 1)")
            except sqlite3.DatabaseError as exc:
                if "locked" in str(exc):
                    raise  # busy, not damaged: the caller says so
                problems.append(f"search index {fts}: {exc}")
        return problems


def _refuse_read_only_file(database: Path) -> None:
    # SQLite opens a file it cannot write read-only without a word, and each write then fails
    # on its own; named at the start, the app opens for reading and says why.
    if database.exists() and not os.access(database, os.W_OK):
        raise faults.ReadOnlyStorage(
            f"The database file {database} is read-only. Make it writable (its folder is), "
            "or choose another folder with --data-dir; reading and exporting still work."
        )


# The one error boundary: every public call's SQLite and OS errors become known faults.
faults.guard_public_methods(SessionStore, skip=frozenset({"transaction"}))
