"""Follow-up fields of many ideas and actions changed as one step: a returned workbook."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from roundtable.domain.model import Item
from roundtable.edits.base import NOTHING, Edit
from roundtable.edits.changes import Aspect, Changes

if TYPE_CHECKING:
    from roundtable.storage import SessionStore


class SetFollowUps(Edit):
    """Items as they were (`before`, read from the store) and as they become (`after`, the
    same items with new status, owner, due, outcome and followups). Unlike UpdateItem it
    neither moves nor relinks, as these fields cannot: 10,000 items must not each read their
    whole session."""

    def __init__(self, before: Sequence[Item], after: Sequence[Item], text: str = "") -> None:
        self.before, self.after = list(before), list(after)
        self.text = text
        changes = NOTHING
        for session_id in {i.session_id for i in self.after}:
            changes |= Changes.of(session_id, Aspect.ITEMS, Aspect.LIBRARY)
        self._changes = changes

    def _apply(self, store: SessionStore) -> Changes:
        store.update_followups(self.after)
        return self._changes

    def _undo(self, store: SessionStore) -> Changes:
        store.update_followups(self.before)
        return self._changes
