"""Follow-up fields of many ideas and actions changed as one step: a returned workbook."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from roundtable.edits.base import NOTHING, Edit
from roundtable.edits.changes import Aspect, Changes

if TYPE_CHECKING:
    from roundtable.storage import SessionStore


class SetFollowUps(Edit):
    """`values` per item id (status, owner, due, outcome, followups); undo puts back what
    each item held. Unlike UpdateItem it neither moves nor relinks: these fields cannot,
    and 10,000 items must not each read their whole session."""

    def __init__(self, values: dict[int, dict[str, Any]], text: str = "") -> None:
        self.values = values
        self.text = text
        self._before: dict[int, dict[str, Any]] | None = None
        self._changes = NOTHING

    def _apply(self, store: SessionStore) -> Changes:
        first = self._before is None
        before: dict[int, dict[str, Any]] = {}
        changes = NOTHING
        for item_id, values in self.values.items():
            if first:
                current = store.get_item(item_id)
                before[item_id] = {key: getattr(current, key) for key in values}
                changes |= Changes.of(current.session_id, Aspect.ITEMS, Aspect.LIBRARY)
            store.update_item(item_id, **values)
        if first:
            self._before, self._changes = before, changes
        return self._changes

    def _undo(self, store: SessionStore) -> Changes:
        assert self._before is not None, "undo before apply"
        for item_id, values in self._before.items():
            store.update_item(item_id, **values)
        return self._changes
