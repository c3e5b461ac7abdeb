"""Edits of a session's own fields and of its timeboxes."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from roundtable.domain.model import Phase, PhasePlan, Session
from roundtable.edits.changes import Aspect, Changes
from roundtable.edits.fields import FieldsEdit

if TYPE_CHECKING:
    from roundtable.storage import SessionStore


class UpdateSession(FieldsEdit):
    def __init__(self, session_id: int, values: dict[str, Any], text: str = "") -> None:
        super().__init__(values, text)
        self.session_id = session_id

    def _read(self, store: SessionStore) -> Session:
        return store.get_session(self.session_id)

    def _write(self, store: SessionStore, values: dict[str, Any]) -> None:
        store.update_session(self.session_id, **values)

    def _changes_of(self, current: Session) -> Changes:
        # The library lists titles, dates and status.
        return Changes.of(self.session_id, Aspect.SESSION, Aspect.LIBRARY)


class SetPlannedMinutes(FieldsEdit):
    def __init__(self, session_id: int, phase: Phase, minutes: int, text: str = "") -> None:
        super().__init__({"planned_minutes": minutes}, text)
        self.session_id, self.phase = session_id, phase

    def _read(self, store: SessionStore) -> PhasePlan:
        return next(p for p in store.phases(self.session_id) if p.phase == self.phase)

    def _write(self, store: SessionStore, values: dict[str, Any]) -> None:
        store.update_phase(self.session_id, self.phase, **values)

    def _changes_of(self, current: PhasePlan) -> Changes:
        return Changes.of(self.session_id, Aspect.SESSION)
