"""What every part of the store shares: the connection, small SQL helpers, and the checks
that turn a bad value into InvalidValue."""

from __future__ import annotations

import contextlib
import dataclasses
import sqlite3
import threading
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

from roundtable import paths
from roundtable.domain import validation
from roundtable.domain.model import Item
from roundtable.errors import InvalidValue, NotFound, RoundtableError
from roundtable.storage import rows
from roundtable.storage.database import quick_check, writing

if TYPE_CHECKING:
    from sqlite_utils import Database

# Set by the store alone: identity travels with the session file, never by an edit.
_FIXED = {
    "id", "session_id", "created_at", "updated_at", "position",
    "uid", "revision", "revisions", "revised_at",
}  # fmt: skip


def raise_problems(what: str, problems: validation.Problems) -> None:
    if problems:
        detail = "; ".join(f"{name} {message}" for name, message in problems)
        raise InvalidValue(f"Invalid {what}: {detail}.")


def checked_item(item: Item) -> Item:
    """The item normalised for its kind, or InvalidValue naming what is wrong with it."""
    item = validation.normalized_item(item)
    raise_problems("item", validation.item_problems(item))
    return item


def changed(obj: Any, changes: dict[str, Any], what: str) -> Any:
    allowed = {f.name for f in dataclasses.fields(obj)} - _FIXED
    unknown = sorted(set(changes) - allowed)
    if unknown:
        raise InvalidValue(f"A {what} has no field named {', '.join(unknown)}.")
    return dataclasses.replace(obj, **changes)


class StoreBase:
    """Reads go to a plain sqlite3 connection; sqlite-utils is loaded only if asked for."""

    def __init__(
        self, db: Database | sqlite3.Connection, data_dir: Path | None = None, checked: bool = True
    ) -> None:
        self.conn: sqlite3.Connection = getattr(db, "conn", db)
        self._db = None if db is self.conn else db
        self._memory = bool(getattr(db, "memory", False))
        self.data_dir = data_dir
        self._unchecked = not checked and data_dir is not None
        self._damage: RoundtableError | None = None
        self._check_lock = threading.Lock()
        self._checkpoint_due = False
        # Set when opened for reading only (a full disk, a read-only folder): why writes fail.
        self.read_only_reason: RoundtableError | None = None

    @property
    def db(self) -> Database:
        """The connection as a sqlite-utils Database, built on first use."""
        if self._db is None:
            from sqlite_utils import Database

            self._db = Database(self.conn, execute_plugins=False)
        return self._db

    # -- the integrity check opening may defer -----------------------------------------

    @property
    def check_pending(self) -> bool:
        """True while the quick_check that opening deferred has not run."""
        return self._unchecked

    @property
    def damage(self) -> RoundtableError | None:
        """Why the database is refused for writing, once the deferred check found damage."""
        return self._damage

    def finish_check(self) -> None:
        """Run the integrity check that opening deferred; a damaged database raises
        DamagedDatabase here and on every later write, and stays untouched. Safe to call
        from another thread (the check has a connection of its own) and more than once."""
        with self._check_lock:
            if self._unchecked:
                try:
                    quick_check(self.data_dir / paths.DATABASE_NAME, self._backup_folder())
                except RoundtableError as exc:
                    self._damage = exc
                finally:
                    self._unchecked = False
            if self._damage is not None:
                raise self._damage

    def _backup_folder(self) -> Path | None:
        return None if self.data_dir is None else self.data_dir / paths.BACKUP_FOLDER

    @contextlib.contextmanager
    def _write(self) -> Iterator[None]:
        """One committed transaction (a savepoint when nested), never before the check."""
        if self.read_only_reason is not None:
            raise self.read_only_reason
        if self._unchecked or self._damage is not None:
            self.finish_check()
        with writing(self.conn):
            yield

    def _purge_deleted_text(self, *fts_tables: str) -> None:
        # Inside the deleting transaction, so a deletion never stands without its purge. An
        # FTS5 'delete' only marks tokens deleted; 'optimize' rewrites the index without
        # them, and secure_delete zeroes the freed pages.
        for fts in fts_tables:
            self.conn.execute(f"INSERT INTO {fts} ({fts}) VALUES ('optimize')")

    def _checkpoint(self) -> None:
        # Empties the WAL, where the deleted text still sits; best effort, as a reader in
        # another window can hold it back until its own next checkpoint.
        if self.conn.in_transaction:
            self._checkpoint_due = True  # impossible before the commit: transaction() does it
        elif not self._memory:
            with contextlib.suppress(sqlite3.OperationalError):
                self.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")

    def _one(self, sql: str, params: Iterable[Any] | dict[str, Any]) -> tuple | None:
        return self.conn.execute(sql, params).fetchone()

    def _touch(self, session_id: int) -> None:
        # Changed since its last revision: the next one is minted when it is written or
        # compared (SessionsPart.current_revision), not on every keystroke.
        now = rows.now_text()
        self.conn.execute(
            "UPDATE sessions SET updated_at = ?, revised_at = ?, changed = 1 WHERE id = ?",
            [now, now, session_id],
        )

    def _insert(self, table: str, values: dict[str, Any], verb: str = "INSERT") -> int:
        columns = ", ".join(values)
        marks = ", ".join("?" for _ in values)
        cursor = self.conn.execute(
            f"{verb} INTO {table} ({columns}) VALUES ({marks})", list(values.values())
        )
        return cursor.lastrowid

    def _update(self, table: str, row_id: int, values: dict[str, Any]) -> None:
        assignments = ", ".join(f"{name} = ?" for name in values)
        self.conn.execute(
            f"UPDATE {table} SET {assignments} WHERE id = ?", [*values.values(), row_id]
        )

    def _next_position(self, table: str, **where: Any) -> int:
        """The position after the last row of `table` matching `where` (0 when none)."""
        condition = " AND ".join(f"{name} = ?" for name in where)
        (position,) = self._one(
            f"SELECT coalesce(max(position) + 1, 0) FROM {table} WHERE {condition}",
            list(where.values()),
        )
        return position

    def _require_session(self, session_id: int) -> None:
        if self._one("SELECT 1 FROM sessions WHERE id = ?", [session_id]) is None:
            raise NotFound(f"There is no session with id {session_id}.")

    def _check_participant(
        self, session_id: int, participant_id: int | None, field: str, what: str = "item"
    ) -> None:
        if participant_id is None:
            return
        row = self._one(
            "SELECT 1 FROM participants WHERE id = ? AND session_id = ?",
            [participant_id, session_id],
        )
        if row is None:
            raise InvalidValue(
                f"Invalid {what}: {field} names participant {participant_id}, "
                "who is not in this session."
            )
