"""Moving a session from phase to phase, and finishing it."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

from roundtable.domain import progress
from roundtable.domain.model import Phase, PhasePlan, SessionStatus
from roundtable.edits.base import NOTHING, Combined, Edit
from roundtable.edits.changes import Aspect, Changes
from roundtable.edits.speakers import NextSpeaker, SetQueue

if TYPE_CHECKING:
    from roundtable.storage import SessionStore

_Progress = tuple[list[PhasePlan], SessionStatus]


class MoveToPhase(Edit):
    """Start, move on or go back at `now`; `target` None ends the last phase (see Finish)."""

    def __init__(
        self, session_id: int, target: Phase | None, now: datetime, text: str = ""
    ) -> None:
        self.session_id, self.target, self.now = session_id, target, now
        self.text = text
        self._before: _Progress | None = None
        self._after: _Progress | None = None
        self._changes = NOTHING

    def _apply(self, store: SessionStore) -> Changes:
        if self._before is None:
            plans = store.phases(self.session_id)
            before = (plans, store.get_session(self.session_id).status)
            moved = self._moved(plans)
            running = SessionStatus.RUNNING if self.target is not None else SessionStatus.COMPLETED
            after = (moved, running)
            if after == before:
                return NOTHING
            self._before, self._after = before, after
            library = (Aspect.LIBRARY,) if before[1] != after[1] else ()  # it lists the status
            self._changes = Changes.of(self.session_id, Aspect.SESSION, *library)
        assert self._after is not None
        self._set(store, *self._after)
        return self._changes

    def _moved(self, plans: list[PhasePlan]) -> list[PhasePlan]:
        return progress.moved_to(plans, self.target, self.now)

    def _undo(self, store: SessionStore) -> Changes:
        assert self._before is not None, "undo before apply"
        self._set(store, *self._before)
        return self._changes

    def _set(self, store: SessionStore, plans: list[PhasePlan], status: SessionStatus) -> None:
        stored = {p.phase: p for p in store.phases(self.session_id)}
        for plan in plans:
            was = stored[plan.phase]
            if (was.started_at, was.ended_at) != (plan.started_at, plan.ended_at):
                store.update_phase(
                    self.session_id, plan.phase, started_at=plan.started_at, ended_at=plan.ended_at
                )
        if store.get_session(self.session_id).status != status:
            store.update_session(self.session_id, status=status)


class Finish(Combined):
    """End the last phase at `now`; the speaking turns still running end too, so they count
    in the minutes, and the hands still raised go down. One step, one transaction."""

    def __init__(self, session_id: int, now: datetime, text: str = "") -> None:
        super().__init__(
            [
                NextSpeaker(session_id, None, now),
                SetQueue(session_id, []),
                MoveToPhase(session_id, None, now),
            ],
            text,
        )


class ReopenSession(MoveToPhase):
    """A completed session running again in the phase it finished in, as if the finish had
    not been: the facilitator finished too early, or the table has more to add."""

    def __init__(self, session_id: int, now: datetime, text: str = "") -> None:
        super().__init__(session_id, None, now, text)

    def _apply(self, store: SessionStore) -> Changes:
        if self._before is None:
            if store.get_session(self.session_id).status is not SessionStatus.COMPLETED:
                return NOTHING
            self.target = progress.current_phase(store.phases(self.session_id))
        return super()._apply(store)

    def _moved(self, plans: list[PhasePlan]) -> list[PhasePlan]:
        # Its timer counts on from the time the phase had used, not from its first start.
        return progress.moved_to(plans, self.target, self.now, counting_on=True)
