"""Changing some fields of one thing: the shape shared by the session, participant and item
edits."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from roundtable.edits.base import NOTHING, Edit
from roundtable.edits.changes import Changes

if TYPE_CHECKING:
    from roundtable.storage import SessionStore


class FieldsEdit(Edit):
    """Set `values` on one thing; undo puts back what the fields held before."""

    def __init__(self, values: dict[str, Any], text: str = "") -> None:
        self.values = dict(values)
        self.text = text
        self._before: dict[str, Any] | None = None
        self._changes = NOTHING

    def _read(self, store: SessionStore) -> Any:
        raise NotImplementedError

    def _write(self, store: SessionStore, values: dict[str, Any]) -> None:
        raise NotImplementedError

    def _changes_of(self, current: Any) -> Changes:
        raise NotImplementedError

    def _kept(self, current: Any) -> Iterable[str]:
        """The fields undo writes back: those set, unless setting them clears others."""
        return self.values

    def _remember(self, store: SessionStore, current: Any) -> None:
        """Keep, on the first apply, what else the undo must put back."""

    def _apply(self, store: SessionStore) -> Changes:
        if self._before is None:
            current = self._read(store)
            if {name: getattr(current, name) for name in self.values} == self.values:
                return NOTHING
            self._before = {name: getattr(current, name) for name in self._kept(current)}
            self._changes = self._changes_of(current)
            self._remember(store, current)
        self._write(store, self.values)
        return self._changes

    def _undo(self, store: SessionStore) -> Changes:
        assert self._before is not None, "undo before apply"
        self._write(store, self._before)
        return self._changes
