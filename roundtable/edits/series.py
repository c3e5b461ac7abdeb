"""The next session of a series: planned, with what the last one had that the next needs."""

from __future__ import annotations

from datetime import datetime, time
from typing import TYPE_CHECKING

from roundtable.domain.model import Item, Session
from roundtable.edits.library import _AddsSession
from roundtable.errors import InvalidValue

if TYPE_CHECKING:
    from roundtable.storage import SessionStore


class NextInSeries(_AddsSession):
    """A new planned session in the same series as `session_id`: its details (host, venue,
    purpose, distribution, the rule, language), participants proposed (copied, to be
    confirmed in set-up), timeboxes, and its standing items (each a fresh item that builds on
    the one it was copied from, still standing); nothing else captured. It is dated by the
    last one's "next meeting", at the hour the last one started, and has no next meeting of
    its own yet: it kept the last one's, the day it is itself held. Not undoable, like every
    new session: the library deletes it."""

    def __init__(self, session_id: int, title: str) -> None:
        self.session_id, self.title = session_id, title

    def _create(self, store: SessionStore) -> Session:
        if not store.get_session(self.session_id).series:
            raise InvalidValue("The session is in no series: set its series first.")
        source = store.get_session(self.session_id)
        created = store.duplicate_session(self.session_id, self.title)
        assert created.id is not None
        if source.next_meeting is not None:
            hour = source.starts_at.time() if source.starts_at is not None else time(0, 0)
            starts = datetime.combine(source.next_meeting, hour).astimezone()  # local clock
            created = store.update_session(created.id, starts_at=starts, next_meeting=None)
        for item in store.items(self.session_id):
            if item.standing:
                store.add_item(created.id, _standing_copy(item))
        return created


def _standing_copy(item: Item) -> Item:
    # Only what the item says: who said it, votes and follow-up belong to the last session.
    return Item(
        item.phase,
        item.kind,
        item.text,
        title=item.title,
        category=item.category,
        standing=True,
        builds_on=item.uid,
    )
