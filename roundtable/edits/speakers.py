"""The speaker queue and the speaking turns."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

from roundtable.domain.model import SpeakingTurn
from roundtable.domain.validation import as_aware
from roundtable.edits.base import NOTHING, Edit
from roundtable.edits.changes import Aspect, Changes

if TYPE_CHECKING:
    from roundtable.storage import SessionStore


class SetQueue(Edit):
    """Raise, lower or reorder hands: the whole queue as it should now be."""

    def __init__(self, session_id: int, queue: list[int], text: str = "") -> None:
        self.session_id, self.queue = session_id, list(queue)
        self.text = text
        self._before: list[int] | None = None

    def _apply(self, store: SessionStore) -> Changes:
        if self._before is None:
            before = store.raised_hands(self.session_id)
            if before == self.queue:
                return NOTHING
            self._before = before
        return self._set(store, self.queue)

    def _undo(self, store: SessionStore) -> Changes:
        assert self._before is not None, "undo before apply"
        return self._set(store, self._before)

    def _set(self, store: SessionStore, queue: list[int]) -> Changes:
        store.set_raised_hands(self.session_id, queue)
        return Changes.of(self.session_id, Aspect.QUEUE)


class NextSpeaker(Edit):
    """End the running turns, if any, and start `participant_id`'s at `now`, taking them off
    the queue; with None only the running turns end."""

    def __init__(
        self, session_id: int, participant_id: int | None, now: datetime, text: str = ""
    ) -> None:
        self.session_id, self.participant_id, self.now = session_id, participant_id, now
        self.text = text
        self._ends: dict[int, datetime] | None = None  # turn id -> when it ends
        self._queue_before: list[int] = []
        self._queue_after: list[int] = []
        self.started: SpeakingTurn | None = None  # as stored, once applied
        self._changes = NOTHING

    def _apply(self, store: SessionStore) -> Changes:
        if self._ends is None and not self._plan(store):
            return NOTHING
        assert self._ends is not None
        for turn_id, ended_at in self._ends.items():
            store.end_speaking_turn(turn_id, ended_at)
        if self.started is not None:  # a redo: the very same turn
            store.restore_speaking_turn(self.started)
        elif self.participant_id is not None:
            self.started = store.add_speaking_turn(
                self.session_id, SpeakingTurn(self.participant_id, self._start_at())
            )
        if self._queue_after != self._queue_before:
            store.set_raised_hands(self.session_id, self._queue_after)
        return self._changes

    def _plan(self, store: SessionStore) -> bool:
        """Work out the change on the first apply; False when there is nothing to do."""
        running = [t for t in store.speaking_turns(self.session_id) if t.ended_at is None]
        if not running and self.participant_id is None:
            return False
        now = as_aware(self.now)
        # A turn that started after now (the clock was set back, or an imported file) ends
        # as it started, never before.
        self._ends = {t.id: max(now, as_aware(t.started_at)) for t in running}
        self._queue_before = store.raised_hands(self.session_id)
        self._queue_after = [p for p in self._queue_before if p != self.participant_id]
        queue = (Aspect.QUEUE,) if self._queue_after != self._queue_before else ()
        self._changes = Changes.of(self.session_id, Aspect.TURNS, *queue)
        return True

    def _start_at(self) -> datetime:
        # The next turn starts when the last one ended, never before.
        assert self._ends is not None
        return max([as_aware(self.now), *self._ends.values()])

    def _undo(self, store: SessionStore) -> Changes:
        assert self._ends is not None, "undo before apply"
        if self.started is not None:
            store.delete_speaking_turn(self.started.id)
        for turn_id in self._ends:
            store.end_speaking_turn(turn_id, None)
        if self._queue_after != self._queue_before:
            store.set_raised_hands(self.session_id, self._queue_before)
        return self._changes
