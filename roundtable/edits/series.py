"""The next session of a series: planned, with what the last one had that the next needs."""

from __future__ import annotations

from typing import TYPE_CHECKING

from roundtable.domain.model import Session
from roundtable.edits.library import _AddsSession
from roundtable.errors import InvalidValue

if TYPE_CHECKING:
    from roundtable.storage import SessionStore


class NextInSeries(_AddsSession):
    """A new planned session in the same series as `session_id`: its details (host, venue,
    purpose, distribution, the rule, language), participants proposed (copied, to be
    confirmed in set-up) and timeboxes; no items, no date. Not undoable, like every new
    session: the library deletes it."""

    def __init__(self, session_id: int, title: str) -> None:
        self.session_id, self.title = session_id, title

    def _create(self, store: SessionStore) -> Session:
        if not store.get_session(self.session_id).series:
            raise InvalidValue("The session is in no series: set its series first.")
        return store.duplicate_session(self.session_id, self.title)
