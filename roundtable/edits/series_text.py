"""The organiser's synthesis text of a series, as typed in the overview: each burst of typing
one edit, undone like any other."""

from __future__ import annotations

from typing import TYPE_CHECKING

from roundtable.edits.base import NOTHING, Edit
from roundtable.edits.changes import Aspect, Changes

if TYPE_CHECKING:
    from roundtable.storage import SessionStore

_CHANGED = Changes.of(None, Aspect.SERIES)


class SetSeriesText(Edit):
    def __init__(self, series: str, text: str, label: str = "") -> None:
        self.series, self.new = series, text
        self.text = label
        self.old: str | None = None

    def _apply(self, store: SessionStore) -> Changes:
        if self.old is None:
            self.old = store.series_text(self.series)
        if self.old == self.new:
            return NOTHING
        store.set_series_text(self.series, self.new)
        return _CHANGED

    def _undo(self, store: SessionStore) -> Changes:
        store.set_series_text(self.series, self.old or "")
        return _CHANGED
