"""`Workspace`: the one small API the widgets use to read and change sessions.

Every change goes through the undo stack as a command whose first run is the store call
itself, made before the command is pushed: a refused change raises here, where the caller can
show the message, and never leaves a half-done command on the stack. After each change a
signal in the past tense tells the views which session changed; they re-read from the store.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import datetime

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from roundtable.domain import progress
from roundtable.domain.model import (
    Item,
    Participant,
    Phase,
    PhasePlan,
    Session,
    SessionStatus,
    SessionSummary,
    SpeakingTurn,
)
from roundtable.domain.speakers import current_turn
from roundtable.domain.timebox import utc_now
from roundtable.domain.validation import as_aware
from roundtable.edits import Aspect, Changes
from roundtable.errors import RoundtableError
from roundtable.storage import SessionStore
from roundtable.storage.search import SearchResults


class _Change(QUndoCommand):
    """A change already made; undo and redo replay it through the store."""

    def __init__(self, text: str, undo: Callable[[], None], redo: Callable[[], None]) -> None:
        super().__init__(text)
        self._undo, self._redo = undo, redo
        self._first = True

    def redo(self) -> None:
        if self._first:  # done before the push
            self._first = False
            return
        self._redo()

    def undo(self) -> None:
        self._undo()


class Workspace(QObject):
    sessions_changed = Signal()  # the library's list: added, removed or renamed
    session_changed = Signal(int)  # a session's own fields or phases
    participants_changed = Signal(int)
    items_changed = Signal(int)
    speakers_changed = Signal(int)  # the queue or the speaking turns
    problem_reported = Signal(str)  # an undo or redo the store refused
    # The one signal views follow: what changed (roundtable.edits.Changes).
    changed = Signal(object)

    def __init__(self, store: SessionStore, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.undo_stack = QUndoStack(self)
        self.clock: Callable[[], datetime] = utc_now
        # Transitional: the per-aspect signals above feed the one `changed` signal.
        self.sessions_changed.connect(lambda: self.changed.emit(Changes.of(None, Aspect.LIBRARY)))
        for signal, aspect in (
            (self.session_changed, Aspect.SESSION),
            (self.participants_changed, Aspect.PARTICIPANTS),
            (self.items_changed, Aspect.ITEMS),
            (self.speakers_changed, Aspect.TURNS),
        ):
            signal.connect(lambda sid, a=aspect: self._emit_changed(sid, a))

    def _emit_changed(self, session_id: int, aspect: Aspect) -> None:
        extra = (Aspect.QUEUE,) if aspect is Aspect.TURNS else ()
        self.changed.emit(Changes.of(session_id, aspect, *extra))

    # -- reading ----------------------------------------------------------------------

    def list_sessions(self) -> list[SessionSummary]:
        return self.store.list_sessions()

    def session(self, session_id: int) -> Session:
        return self.store.get_session(session_id)

    def phases(self, session_id: int) -> list[PhasePlan]:
        return self.store.phases(session_id)

    def participants(self, session_id: int) -> list[Participant]:
        return self.store.participants(session_id)

    def items(self, session_id: int, phase: Phase | None = None) -> list[Item]:
        return self.store.items(session_id, phase)

    def item(self, item_id: int) -> Item:
        return self.store.get_item(item_id)

    def speaking_turns(self, session_id: int) -> list[SpeakingTurn]:
        return self.store.speaking_turns(session_id)

    def raised_hands(self, session_id: int) -> list[int]:
        return self.store.raised_hands(session_id)

    def search(self, text: str) -> SearchResults:
        return self.store.search(text, limit=10_000)

    # -- the undo machinery -----------------------------------------------------------

    def _push(self, text: str, undo: Callable[[], None], redo: Callable[[], None]) -> None:
        self.undo_stack.push(_Change(text, self._guarded(undo), self._guarded(redo)))

    def _guarded(self, step: Callable[[], None]) -> Callable[[], None]:
        # Undo runs inside Qt, where an exception would only be printed: report it instead.
        def run() -> None:
            try:
                step()
            except RoundtableError as exc:
                self.problem_reported.emit(str(exc))

        return run

    # -- sessions ---------------------------------------------------------------------

    def create_session(self, session: Session, phases: list[PhasePlan] | None = None) -> Session:
        # Not undoable: undoing a creation would delete, and deleting asks first.
        created = self.store.create_session(session, phases)
        self.sessions_changed.emit()
        return created

    def duplicate_session(self, session_id: int, title: str) -> Session:
        created = self.store.duplicate_session(session_id, title)
        self.sessions_changed.emit()
        return created

    def import_bundle(self, bundle) -> Session:
        created = self.store.import_bundle(bundle)
        self.sessions_changed.emit()
        return created

    def delete_session(self, session_id: int) -> None:
        # Deleting purges the session's text from disk, so it cannot be undone; the library
        # asks first, naming the session. Commands about it would now fail: drop them.
        self.store.delete_session(session_id)
        self.undo_stack.clear()
        self.sessions_changed.emit()

    def update_session(self, session_id: int, label: str, /, **changes: object) -> None:
        self._edit_fields(
            label,
            lambda: self.store.get_session(session_id),
            lambda **values: self.store.update_session(session_id, **values),
            lambda: self._session_edited(session_id),
            changes,
        )

    def _edit_fields(
        self,
        label: str,
        read: Callable[[], object],
        write: Callable[..., object],
        edited: Callable[[], None],
        changes: dict[str, object],
    ) -> None:
        """Change some fields of one thing, undoably; nothing happens if nothing changes."""
        before = read()
        old = {name: getattr(before, name) for name in changes}
        if old == changes:
            return
        write(**changes)

        def apply(values: dict[str, object]) -> Callable[[], None]:
            def run() -> None:
                write(**values)
                edited()

            return run

        self._push(label, apply(old), apply(dict(changes)))
        edited()

    def _session_edited(self, session_id: int) -> None:
        self.session_changed.emit(session_id)
        self.sessions_changed.emit()

    def set_planned_minutes(self, session_id: int, phase: Phase, minutes: int, text: str) -> None:
        old = next(p for p in self.store.phases(session_id) if p.phase == phase).planned_minutes
        if old == minutes:
            return
        self.store.update_phase(session_id, phase, planned_minutes=minutes)

        def apply(value: int) -> Callable[[], None]:
            def run() -> None:
                self.store.update_phase(session_id, phase, planned_minutes=value)
                self.session_changed.emit(session_id)

            return run

        self._push(text, apply(old), apply(minutes))
        self.session_changed.emit(session_id)

    # -- running a session ------------------------------------------------------------

    def move_to_phase(self, session_id: int, target: Phase | None, text: str) -> None:
        """Start, move on, go back, or (target None) finish: one undoable step.

        Finishing also ends the speaking turns still running, so they count in the minutes,
        and lowers the hands still raised."""
        speaking = current_turn(self.store.speaking_turns(session_id)) is not None
        waiting = bool(self.store.raised_hands(session_id))
        if target is None and (speaking or waiting):
            self.undo_stack.beginMacro(text)
            try:
                self.next_speaker(session_id, None, text)
                self.set_queue(session_id, [], text)
                self._move_to_phase(session_id, target, text)
            except RoundtableError:
                self.undo_stack.endMacro()
                self.undo_stack.undo()  # takes back the half that was done
                raise
            self.undo_stack.endMacro()
        else:
            self._move_to_phase(session_id, target, text)

    def _move_to_phase(self, session_id: int, target: Phase | None, text: str) -> None:
        before_plans = self.store.phases(session_id)
        before_status = self.store.get_session(session_id).status
        after_plans = progress.moved_to(before_plans, target, self.clock())
        after_status = SessionStatus.RUNNING if target is not None else SessionStatus.COMPLETED
        state_after = (after_plans, after_status)
        self._set_progress(session_id, *state_after)

        def apply(plans: list[PhasePlan], status: SessionStatus) -> Callable[[], None]:
            return lambda: self._set_progress(session_id, plans, status)

        self._push(text, apply(before_plans, before_status), apply(*state_after))

    def _set_progress(self, session_id: int, plans: list[PhasePlan], status: SessionStatus) -> None:
        for plan in plans:
            self.store.update_phase(
                session_id, plan.phase, started_at=plan.started_at, ended_at=plan.ended_at
            )
        if self.store.get_session(session_id).status != status:
            self.store.update_session(session_id, status=status)
            self.sessions_changed.emit()
        self.session_changed.emit(session_id)

    # -- participants -----------------------------------------------------------------

    def add_participants(self, session_id: int, people: Iterable[Participant], text: str) -> None:
        added = [self.store.add_participant(session_id, p) for p in people]
        if not added:
            return
        traces = [self.store.participant_trace(p.id) for p in added]

        def undo() -> None:
            for person in added:
                self.store.delete_participant(person.id)
            self._participants_edited(session_id)

        def redo() -> None:
            for trace in traces:
                self.store.restore_participant(trace)
            self._participants_edited(session_id)

        self._push(text, undo, redo)
        self._participants_edited(session_id)

    def update_participant(self, participant_id: int, label: str, /, **changes: object) -> None:
        session_id = self.store.get_participant(participant_id).session_id
        self._edit_fields(
            label,
            lambda: self.store.get_participant(participant_id),
            lambda **values: self.store.update_participant(participant_id, **values),
            lambda: self._participants_edited(session_id),
            changes,
        )

    def delete_participant(self, participant_id: int, text: str) -> None:
        trace = self.store.participant_trace(participant_id)
        session_id = trace.participant.session_id
        self.store.delete_participant(participant_id)

        def undo() -> None:
            self.store.restore_participant(trace)
            self._participants_edited(session_id)

        def redo() -> None:
            self.store.delete_participant(participant_id)
            self._participants_edited(session_id)

        self._push(text, undo, redo)
        self._participants_edited(session_id)

    def _participants_edited(self, session_id: int) -> None:
        self.participants_changed.emit(session_id)
        self.speakers_changed.emit(session_id)  # a deleted participant leaves the queue
        self.items_changed.emit(session_id)  # attributions show names
        self.sessions_changed.emit()

    # -- items ------------------------------------------------------------------------

    def add_item(self, session_id: int, item: Item, text: str) -> Item:
        added = self.store.add_item(session_id, item)

        def undo() -> None:
            self.store.delete_item(added.id)
            self._items_edited(session_id)

        def redo() -> None:
            self.store.restore_item(added)
            self._items_edited(session_id)

        self._push(text, undo, redo)
        self._items_edited(session_id)
        return added

    def update_item(self, item_id: int, label: str, /, **changes: object) -> None:
        session_id = self.store.get_item(item_id).session_id
        self._edit_fields(
            label,
            lambda: self.store.get_item(item_id),
            lambda **values: self.store.update_item(item_id, **values),
            lambda: self._items_edited(session_id),
            changes,
        )

    def delete_item(self, item_id: int, text: str) -> None:
        before = self.store.get_item(item_id)
        addressed_by = self.store.ideas_addressing(item_id)
        self.store.delete_item(item_id)

        def undo() -> None:
            self.store.restore_item(before, addressed_by)
            self._items_edited(before.session_id)

        def redo() -> None:
            self.store.delete_item(item_id)
            self._items_edited(before.session_id)

        self._push(text, undo, redo)
        self._items_edited(before.session_id)

    def move_item(self, item_id: int, index: int, text: str) -> None:
        before = self.store.get_item(item_id)
        siblings = [i.id for i in self.store.items(before.session_id, before.phase)]
        old_index = siblings.index(item_id)
        if old_index == index:
            return
        self.store.move_item(item_id, index)

        def apply(value: int) -> Callable[[], None]:
            def run() -> None:
                self.store.move_item(item_id, value)
                self._items_edited(before.session_id)

            return run

        self._push(text, apply(old_index), apply(index))
        self._items_edited(before.session_id)

    def _items_edited(self, session_id: int) -> None:
        self.items_changed.emit(session_id)
        self.sessions_changed.emit()  # the library counts items

    # -- speakers ---------------------------------------------------------------------

    def set_queue(self, session_id: int, queue: list[int], text: str) -> None:
        """Raise, lower or reorder hands: the whole queue as it should now be."""
        before = self.store.raised_hands(session_id)
        if before == queue:
            return
        self.store.set_raised_hands(session_id, queue)

        def apply(value: list[int]) -> Callable[[], None]:
            def run() -> None:
                self.store.set_raised_hands(session_id, value)
                self.speakers_changed.emit(session_id)

            return run

        self._push(text, apply(before), apply(list(queue)))
        self.speakers_changed.emit(session_id)

    def next_speaker(self, session_id: int, participant_id: int | None, text: str) -> None:
        """End the running turns, if any, and start `participant_id`'s, taking them off the
        queue; with None only the running turns end. One undoable step, one transaction."""
        now = self.clock()
        running = [t for t in self.store.speaking_turns(session_id) if t.ended_at is None]
        if not running and participant_id is None:
            return
        # A turn that started after now (the clock was set back, or an imported file) ends
        # as it started, never before; the next one starts when the last one ended.
        ends = {t.id: max(as_aware(now), as_aware(t.started_at)) for t in running}
        start_at = max([as_aware(now), *ends.values()])
        queue_before = self.store.raised_hands(session_id)
        queue_after = [p for p in queue_before if p != participant_id]
        started: list[SpeakingTurn] = []

        def redo() -> None:
            new = None
            with self.store.together():
                for turn_id, ended_at in ends.items():
                    self.store.end_speaking_turn(turn_id, ended_at)
                if participant_id is not None and started:
                    self.store.restore_speaking_turn(started[0])
                elif participant_id is not None:
                    new = self.store.add_speaking_turn(
                        session_id, SpeakingTurn(participant_id, start_at)
                    )
                self.store.set_raised_hands(session_id, queue_after)
            if new is not None:  # kept only once committed: redo puts back this very turn
                started.append(new)
            self.speakers_changed.emit(session_id)

        def undo() -> None:
            with self.store.together():
                if started:
                    self.store.delete_speaking_turn(started[0].id)
                for turn_id in ends:
                    self.store.end_speaking_turn(turn_id, None)
                self.store.set_raised_hands(session_id, queue_before)
            self.speakers_changed.emit(session_id)

        redo()
        self._push(text, undo, redo)
