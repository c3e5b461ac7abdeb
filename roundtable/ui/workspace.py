"""`Workspace`: the one small API the widgets use to read and change sessions.

A change is an edit (roundtable.edits): `do` applies it, one transaction, before it goes on
the undo stack, so a refused change raises here, where the caller can show the message, and
never leaves a half-done command on the stack. Then one signal, `changed`, says what changed;
the views re-read from the store.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterable
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from roundtable import edits, exports
from roundtable.domain.model import (
    Item,
    ItemKind,
    Participant,
    Phase,
    PhasePlan,
    Session,
    SessionBundle,
    SessionSummary,
    SpeakingTurn,
)
from roundtable.domain.timebox import utc_now
from roundtable.edits import Changes, Edit
from roundtable.errors import RoundtableError
from roundtable.storage import SessionStore
from roundtable.storage.faults import Busy, StorageFault
from roundtable.storage.search import SearchResults
from roundtable.ui.pending_writes import PendingWrites, holdable


class _EditCommand(QUndoCommand):
    """An edit already applied; undo and redo replay it through the workspace."""

    def __init__(self, workspace: Workspace, edit: Edit) -> None:
        super().__init__(edit.text)
        self._workspace, self._edit = workspace, edit
        self._first = True

    def redo(self) -> None:
        if self._first:  # applied before the push
            self._first = False
            return
        self._workspace._replay(self._edit.apply)

    def undo(self) -> None:
        self._workspace._replay(self._edit.undo)


class Workspace(QObject):
    # The one signal views follow: what changed (roundtable.edits.Changes).
    changed = Signal(object)
    problem_reported = Signal(str)  # an undo or redo the store refused
    # An undo (True) or redo through undo()/redo() that the store took, and the step's text.
    stepped = Signal(bool, str)
    session_finished = Signal(int)  # a session was finished: a moment to share it
    fault_reported = Signal(str)  # a named fault of the storage (full disk, busy, ...)
    fault_cleared = Signal()  # a change went through again after a fault

    # Another program (the command line, a sync) may write meanwhile: PRAGMA data_version
    # changes when another connection commits, and costs next to nothing to ask.
    WATCH_EVERY_MS = 2000
    # How long a write on the UI thread waits for another program's lock before the capture
    # is held as pending instead: short enough that typing never feels it.
    BUSY_TIMEOUT_MS = 100

    def __init__(
        self,
        store: SessionStore,
        parent: QObject | None = None,
        first_list: list[SessionSummary] | None = None,
    ) -> None:
        """`first_list`: the sessions as read while the app loaded (storage.early_read), for
        the first `list_sessions` to return instead of reading them again."""
        super().__init__(parent)
        self.store = store
        self._first_list = first_list
        self.undo_stack = QUndoStack(self)
        self.clock: Callable[[], datetime] = utc_now
        self._faulted = False
        self._refused = False  # a replay the store refused during this undo or redo
        self.stepped_changes = Changes()  # what the last undo or redo changed, when stepped
        # The sessions the undo history changed, with their stamp after its last step: a
        # change made elsewhere (a sync, the command line) would make undoing it wrong.
        self._history_stamps: dict[int, str | None] = {}
        # The sessions changed here since the app started, imports aside: the ones this
        # laptop runs (undo and redo only replay edits made here).
        self._worked_on: set[int] = set()
        self.pending = PendingWrites(self)
        self._wait_briefly_for_locks()
        self._data_version = self._read_data_version()
        self.watch_timer = QTimer(self, interval=self.WATCH_EVERY_MS)
        self.watch_timer.timeout.connect(self.notice_other_programs)
        self.watch_timer.start()

    def close(self) -> None:
        """Stop its timers: the store is closing. A workspace left with a running timer and
        freed by Python's collector on another thread (a backup, a search) left that timer
        registered with the UI thread's loop, which then called the freed object: a crash
        in QTimerInfoList::activateTimers."""
        self.watch_timer.stop()
        self.pending.timer.stop()

    def _wait_briefly_for_locks(self) -> None:
        # A closed or failing connection: the next write says why.
        with contextlib.suppress(Exception):
            self.store.conn.execute(f"PRAGMA busy_timeout = {self.BUSY_TIMEOUT_MS}")

    def replace_store(self, store: SessionStore) -> None:
        """Go on with `store` (a restored database, the old store already closed): nothing
        from before can be undone, and every view re-reads."""
        self.store = store
        self._first_list = None
        self.undo_stack.clear()
        self._history_stamps.clear()
        self._worked_on.clear()  # its ids were the old database's
        self._wait_briefly_for_locks()
        self._data_version = self._read_data_version()
        self._announce(Changes.everything())

    def _read_data_version(self) -> int | None:
        try:
            return self.store.conn.execute("PRAGMA data_version").fetchone()[0]
        except Exception:  # a closed or failing connection: the next write says why
            return None

    def notice_other_programs(self) -> None:
        """Re-read every view when another program changed the database since last asked."""
        version = self._read_data_version()
        if version is not None and version != self._data_version:
            self._data_version = version
            self._end_history_if_overtaken()
            self._announce(Changes.everything())

    def _remember_stamps(self, changes: Changes) -> None:
        for session_id in changes.sessions or ():
            try:
                self._history_stamps[session_id] = self.store.session_stamp(session_id)
            except Exception:  # the edit went through; a failing read only ends the history
                self._history_stamps[session_id] = None

    def _stamp_now(self, session_id: int) -> str | None:
        try:
            return self.store.session_stamp(session_id)
        except Exception:  # unreadable now: treat as changed
            return None

    def _end_history_if_overtaken(self, among: frozenset[int] | None = None) -> None:
        if self.undo_stack.count() == 0:
            self._history_stamps.clear()
            return
        overtaken = [
            sid
            for sid, stamp in self._history_stamps.items()
            if (among is None or sid in among) and self._stamp_now(sid) != stamp
        ]
        if overtaken:
            self.undo_stack.clear()
            self._history_stamps.clear()
            self.problem_reported.emit(
                self.tr(
                    "The session was changed elsewhere (the shared folder or the command "
                    "line), so what came before cannot be undone."
                )
            )

    # -- changing ---------------------------------------------------------------------

    def do(self, edit: Edit) -> Changes:
        """Apply `edit` and keep it for undo; what it changed (empty: nothing to do).

        A RoundtableError (a refused change) reaches the caller, with nothing changed. A
        capture the busy database cannot take now waits in `pending` (empty Changes), and so
        does every capture after it, to keep their order."""
        if self.pending and not self.pending.commit() and holdable(edit):
            self.pending.hold(edit)
            return Changes()
        try:
            return self._commit(edit)
        except StorageFault as fault:
            if isinstance(fault, Busy) and holdable(edit):
                self.pending.hold(edit)
                return Changes()
            self._faulted = True
            self.fault_reported.emit(str(fault))
            raise

    def _commit(self, edit: Edit) -> Changes:
        """Apply `edit` now, keep it for undo and say what changed."""
        changes = edit.apply(self.store)
        if not isinstance(edit, edits.ImportSession):  # a copy from elsewhere is looked at
            self._worked_on |= changes.sessions or set()
        if self._faulted:
            self._faulted = False
            self.fault_cleared.emit()
        if not changes:
            return changes
        if edit.ends_undo_history:
            self.undo_stack.clear()
        elif edit.undoable:
            self.undo_stack.push(_EditCommand(self, edit))
            self._remember_stamps(changes)
        else:  # e.g. an import that updated a session the history changed
            self._end_history_if_overtaken(changes.sessions)
        self._announce(changes)
        return changes

    def undo(self) -> None:
        """Undo the last step (a macro as one), and say so once if the store took all of it."""
        self._step(True)

    def redo(self) -> None:
        self._step(False)

    def _step(self, undo: bool) -> None:
        stack = self.undo_stack
        text = stack.undoText() if undo else stack.redoText()
        if not (stack.canUndo() if undo else stack.canRedo()):
            return
        self._refused = False
        self.stepped_changes = Changes()
        stack.undo() if undo else stack.redo()
        if not self._refused:
            self.stepped.emit(undo, text)

    def _replay(self, step: Callable[[SessionStore], Changes]) -> None:
        # Undo and redo run inside Qt, where an exception would only be printed: say it.
        try:
            changes = step(self.store)
        except RoundtableError as exc:
            self._refused = True
            self.problem_reported.emit(str(exc))
            return
        self._remember_stamps(changes)
        self.stepped_changes |= changes
        self._announce(changes)

    def _announce(self, changes: Changes) -> None:
        self._first_list = None  # read before this change
        self.changed.emit(changes)

    # -- reading ----------------------------------------------------------------------

    def list_sessions(self) -> list[SessionSummary]:
        first, self._first_list = self._first_list, None
        return first if first is not None else self.store.list_sessions()

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

    def items_of_kinds(self, session_id: int, *kinds: ItemKind) -> list[Item]:
        return self.store.items_of_kinds(session_id, kinds)

    def item_order(self, session_id: int, phase: Phase) -> list[tuple[int, str]]:
        return self.store.item_order(session_id, phase)

    def items_by_id(self, item_ids: list[int]) -> dict[int, Item]:
        return {item.id: item for item in self.store.items_by_id(item_ids)}

    def speaking_turns(self, session_id: int) -> list[SpeakingTurn]:
        return self.store.speaking_turns(session_id)

    def raised_hands(self, session_id: int) -> list[int]:
        return self.store.raised_hands(session_id)

    def search(self, text: str) -> SearchResults:
        return self.store.search(text, limit=10_000)

    def export_bundle(self, session_id: int) -> SessionBundle:
        return self.store.export_bundle(session_id)

    # -- writing files (the same sequence as the command line's) -----------------------

    def export_minutes(self, session_id: int, target: Path) -> Path:
        return exports.export_minutes(self.store, session_id, target)

    def export_session_file(self, session_id: int, target: Path) -> Path:
        return exports.export_session_file(self.store, session_id, target)

    # -- sessions (not undoable: undoing a creation would delete, and deleting asks) ----

    def create_session(self, session: Session, phases: list[PhasePlan] | None = None) -> Session:
        return self._created(edits.CreateSession(session, phases))

    def duplicate_session(self, session_id: int, title: str) -> Session:
        return self._created(edits.DuplicateSession(session_id, title))

    def import_bundle(self, bundle: SessionBundle) -> Session:
        return self.import_session(bundle)[0]

    def import_session(self, bundle: SessionBundle) -> tuple[Session, str]:
        """Import by the rules of uid and lineage: the session, and new/updated/unchanged/copy."""
        edit = edits.ImportSession(bundle)
        session = self._created(edit)
        return session, str(edit.outcome)

    def _created(
        self, edit: edits.CreateSession | edits.DuplicateSession | edits.ImportSession
    ) -> Session:
        self.do(edit)
        assert edit.created is not None
        return edit.created

    def delete_session(self, session_id: int) -> None:
        # Purges the session's text from disk; the edits about it go from the undo stack.
        self.do(edits.DeleteSession(session_id))

    def update_session(self, session_id: int, label: str, /, **changes: object) -> None:
        self.do(edits.UpdateSession(session_id, changes, label))

    def set_planned_minutes(self, session_id: int, phase: Phase, minutes: int, text: str) -> None:
        self.do(edits.SetPlannedMinutes(session_id, phase, minutes, text))

    # -- running a session ------------------------------------------------------------

    def move_to_phase(self, session_id: int, target: Phase | None, text: str) -> None:
        """Start, move on, go back, or (target None) finish: one undoable step."""
        if target is None:
            if self.do(edits.Finish(session_id, self.clock(), text)):
                self.session_finished.emit(session_id)
        else:
            self.do(edits.MoveToPhase(session_id, target, self.clock(), text))

    def reopen_session(self, session_id: int, text: str) -> None:
        """A completed session runs again in the phase it finished in; undoable."""
        self.do(edits.ReopenSession(session_id, self.clock(), text))

    # -- participants -----------------------------------------------------------------

    def add_participants(self, session_id: int, people: Iterable[Participant], text: str) -> None:
        self.do(edits.AddParticipants(session_id, people, text))

    def update_participant(self, participant_id: int, label: str, /, **changes: object) -> None:
        self.do(edits.UpdateParticipant(participant_id, changes, label))

    def delete_participant(self, participant_id: int, text: str) -> None:
        self.do(edits.DeleteParticipant(participant_id, text))

    # -- items ------------------------------------------------------------------------

    def add_item(self, session_id: int, item: Item, text: str) -> Item:
        """The item as stored; or, while it waits for a busy database, as typed (no id)."""
        edit = edits.AddItem(session_id, item, text)
        self.do(edit)
        return edit.added if edit.added is not None else item

    def update_item(self, item_id: int, label: str, /, **changes: object) -> None:
        self.do(edits.UpdateItem(item_id, changes, label))

    def delete_item(self, item_id: int, text: str) -> None:
        self.do(edits.DeleteItem(item_id, text))

    def move_item(self, item_id: int, index: int, text: str) -> None:
        self.do(edits.MoveItem(item_id, index, text))

    # -- speakers ---------------------------------------------------------------------

    def set_queue(self, session_id: int, queue: list[int], text: str) -> None:
        """Raise, lower or reorder hands: the whole queue as it should now be."""
        self.do(edits.SetQueue(session_id, queue, text))

    def next_speaker(self, session_id: int, participant_id: int | None, text: str) -> None:
        """End the running turns, if any, and start `participant_id`'s, taking them off the
        queue; with None only the running turns end. One undoable step."""
        self.do(edits.NextSpeaker(session_id, participant_id, self.clock(), text))

    def end_turns_at_close(self) -> list[int]:
        """End, now, the speaking turns still running in the sessions changed since the app
        started; the sessions whose turns ended.

        A turn cannot go on while no one is at the keys: left running, it counted the hours
        the app was closed as the speaker's, and so did the minutes. A session only looked at
        (an import from another laptop, say) is left as it is: its own facilitator ends it.
        """
        ended = []
        for session_id in sorted(self._worked_on):
            try:
                if any(t.ended_at is None for t in self.speaking_turns(session_id)):
                    self.do(edits.NextSpeaker(session_id, None, self.clock(), ""))
                    ended.append(session_id)
            except RoundtableError:  # deleted meanwhile, or a store that cannot write now
                continue
        return ended

    # -- the organiser's follow-up ----------------------------------------------------

    def set_series(self, session_ids: Iterable[int], series: str, text: str) -> None:
        """Put the sessions in one series ("" takes them out): one undoable step."""
        self.do(edits.SetSeries(session_ids, series, text))

    def set_followup_status(self, item_id: int, status: str, note: str, text: str) -> None:
        """An idea's or action's new status, dated now in its history: one undoable step."""
        self.do(edits.SetFollowUpStatus(item_id, status, self.clock(), note, text))

    def add_theme(self, item_ids: Iterable[int], name: str, text: str) -> None:
        """Accept a theme: its name joins each item's themes, one undoable step."""
        self.do(edits.AddTheme(item_ids, name, text))

    def series_names(self) -> list[str]:
        return sorted({s.series for s in self.store.list_sessions() if s.series}, key=str.casefold)
