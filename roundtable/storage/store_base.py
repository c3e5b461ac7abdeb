"""What every part of the store shares: the connection, small SQL helpers, and the checks
that turn a bad value into InvalidValue."""

from __future__ import annotations

import contextlib
import dataclasses
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from sqlite_utils import Database

from roundtable.domain import validation
from roundtable.domain.model import Item
from roundtable.errors import InvalidValue, NotFound
from roundtable.storage import rows
from roundtable.storage.database import writing

_FIXED = {"id", "session_id", "created_at", "updated_at", "position"}


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
    db: Database
    data_dir: Path | None

    @contextlib.contextmanager
    def _write(self) -> Iterator[None]:
        """One committed transaction (a savepoint when nested)."""
        with writing(self.db):
            yield

    def _one(self, sql: str, params: Iterable[Any] | dict[str, Any]) -> tuple | None:
        return self.db.execute(sql, params).fetchone()

    def _touch(self, session_id: int) -> None:
        self.db.execute(
            "UPDATE sessions SET updated_at = ? WHERE id = ?", [rows.now_text(), session_id]
        )

    def _insert(self, table: str, values: dict[str, Any], verb: str = "INSERT") -> int:
        columns = ", ".join(values)
        marks = ", ".join("?" for _ in values)
        cursor = self.db.execute(
            f"{verb} INTO {table} ({columns}) VALUES ({marks})", list(values.values())
        )
        return cursor.lastrowid

    def _update(self, table: str, row_id: int, values: dict[str, Any]) -> None:
        assignments = ", ".join(f"{name} = ?" for name in values)
        self.db.execute(
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
