"""The organiser's edits after a session: which series sessions belong to, and the status
of an idea or action with a dated entry in its history.

A completed session's captured content is the record and stays locked; these fields are
the follow-up around it, so they stay editable whatever the session's status."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime
from typing import TYPE_CHECKING

from roundtable.domain.model import ActionStatus, FollowUp, IdeaStatus, ItemKind
from roundtable.edits.base import Combined, Edit
from roundtable.edits.changes import Changes
from roundtable.edits.items import UpdateItem
from roundtable.edits.session import UpdateSession
from roundtable.errors import InvalidValue

if TYPE_CHECKING:
    from roundtable.storage import SessionStore


class SetSeries(Combined):
    """Put several sessions in one series ("" takes them out): one undo step."""

    def __init__(self, session_ids: Iterable[int], series: str, text: str = "") -> None:
        self.series = series.strip()
        parts = [UpdateSession(sid, {"series": self.series}) for sid in session_ids]
        super().__init__(parts, text)


class SetFollowUpStatus(Edit):
    """An idea's or action's new status, with `at` and `note` appended to its followups."""

    def __init__(
        self, item_id: int, status: str, at: datetime, note: str = "", text: str = ""
    ) -> None:
        self.item_id, self.status, self.at, self.note = item_id, status, at, note.strip()
        self.text = text
        self._update: UpdateItem | None = None

    def _apply(self, store: SessionStore) -> Changes:
        if self._update is None:
            item = store.get_item(self.item_id)
            statuses = {ItemKind.IDEA: IdeaStatus, ItemKind.ACTION: ActionStatus}
            if item.kind not in statuses:
                raise InvalidValue("Only ideas and actions are followed up.")
            try:
                status = statuses[item.kind](self.status)
            except ValueError:
                raise InvalidValue(f"“{self.status}” is not a status of this item.") from None
            if status == item.status and not self.note:
                return Changes()
            history = [*item.followups, FollowUp(self.at, str(status), self.note)]
            self._update = UpdateItem(self.item_id, {"status": status, "followups": history})
        return self._update._apply(store)

    def _undo(self, store: SessionStore) -> Changes:
        assert self._update is not None, "undo before apply"
        return self._update._undo(store)


class AddTheme(Edit):
    """The organiser accepts a theme: its name joins each item's `themes`, one undo step."""

    def __init__(self, item_ids: Iterable[int], name: str, text: str = "") -> None:
        self.item_ids, self.name = list(item_ids), name.strip()
        self.text = text
        self._parts: list[UpdateItem] | None = None

    def _apply(self, store: SessionStore) -> Changes:
        if not self.name:
            raise InvalidValue("A theme needs a name.")
        if self._parts is None:
            self._parts = []
            for item_id in self.item_ids:
                themes = store.get_item(item_id).themes
                if self.name not in themes:
                    self._parts.append(UpdateItem(item_id, {"themes": [*themes, self.name]}))
        changes = Changes()
        for part in self._parts:
            changes |= part._apply(store)
        return changes

    def _undo(self, store: SessionStore) -> Changes:
        changes = Changes()
        for part in reversed(self._parts or []):
            changes |= part._undo(store)
        return changes
