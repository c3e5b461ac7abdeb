"""Running a session: the phase stepper, prompts and timer; the items; the capture line;
and the finish with the summary and the exports."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QSettings, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from roundtable.domain import progress
from roundtable.domain.model import Item, ItemKind, Phase, SessionStatus
from roundtable.domain.prompts import prompts_for
from roundtable.domain.rules import PHASE_ORDER
from roundtable.domain.speakers import current_turn
from roundtable.edits import Aspect, Changes
from roundtable.errors import RoundtableError
from roundtable.ui import labels
from roundtable.ui.run import item_actions
from roundtable.ui.run.capture_bar import CaptureBar
from roundtable.ui.run.capture_draft import CaptureDraft
from roundtable.ui.run.edit_draft import EditDraft
from roundtable.ui.run.finish_page import CompletedNote, FinishPage
from roundtable.ui.run.finish_question import finish_confirmed
from roundtable.ui.run.had_before_line import HadBeforeLine
from roundtable.ui.run.item_details import ItemDetails
from roundtable.ui.run.items_model import ItemsModel
from roundtable.ui.run.phase_stepper import PhaseStepper
from roundtable.ui.run.phase_timer import PhaseTimer
from roundtable.ui.run.phase_views import PhaseViews
from roundtable.ui.run.speaker_panel import SpeakerPanel
from roundtable.ui.run.views_and_details import ViewsAndDetails
from roundtable.ui.session_view import SessionView
from roundtable.ui.shell import shortcuts
from roundtable.ui.typed_text import TypedText, flush_typing
from roundtable.ui.workspace import Workspace


class RunPage(SessionView, QWidget):
    message = Signal(str)
    export_minutes_requested = Signal()
    export_session_requested = Signal()

    def __init__(
        self, workspace: Workspace, settings: QSettings, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.phase: Phase | None = PHASE_ORDER[0]  # None: the finish
        self._viewed: Phase | None = None  # the phase looked at in a completed session

        self.title = QLabel(objectName="sessionTitle")
        self.title.setWordWrap(True)
        self.timer = PhaseTimer(lambda: workspace.clock(), settings)
        self.stepper = PhaseStepper()
        self.stepper.step_requested.connect(self.go_to)
        self.prompts = QLabel(objectName="prompts")
        self.prompts.setWordWrap(True)

        self.model = ItemsModel(workspace, self)
        self.model.edit_refused.connect(self.message)
        self.views = PhaseViews(workspace, self.model)
        self.list, self.empty_note = self.views.list, self.views.empty_note
        self.ranking, self.matrix = self.views.ranking, self.views.matrix
        self.barriers, self.since_last_time = self.views.barriers, self.views.since_last_time
        self.list.delete_requested.connect(self.delete_item)
        self.list.vote_requested.connect(self.vote)
        self.views.typed.connect(self._type_into_capture)
        self.details = ItemDetails(workspace)
        self.details.message.connect(self.message)
        self.list.selectionModel().currentChanged.connect(lambda _c, _p: self._show_selected())
        self.model.modelReset.connect(self._show_selected)

        self.capture = CaptureBar()
        self.capture.captured.connect(self.capture_item)
        self.draft = CaptureDraft(self.capture.line, settings, lambda: str(self.capture.kind()))
        self.capture.kind_group.idToggled.connect(lambda _n, on: on and self.draft.kind_changed())
        self.edit_draft = EditDraft(settings, parent=self)
        self.list.editor_opened.connect(self.edit_draft.started)
        self.list.editor_closed.connect(self.edit_draft.stopped)
        # Up from the capture line goes to the items (F2 edits, Delete deletes): the list is
        # the one view of phases 1-2, whose hidden tab bar gives no hint of Alt+1.
        self.capture.line.installEventFilter(self)
        self.had_before = HadBeforeLine(workspace)
        self.had_before.attach(self.capture.line)
        self.capture.line.textChanged.connect(
            lambda text: self.had_before.text_changed(text, self.capture.kind())
        )

        # Made before the selection follows the view: the matrix's width first, then its item.
        self.split = ViewsAndDetails(self.views, self.details)
        self.details_scroll = self.split.details_scroll
        self.ranking.idea_selected.connect(self.details.show_item)
        self.ranking.vote_requested.connect(self.vote)
        self.matrix.idea_selected.connect(self.details.show_item)
        self.barriers.item_selected.connect(self.details.show_item)
        self.since_last_time.message.connect(self.message)
        self.since_last_time.rows_changed.connect(lambda: self.views.show_views_of(self.phase))
        self.views.currentChanged.connect(lambda _index: self._show_selected())
        for n, keys in enumerate(shortcuts.VIEWS.sequences()):
            window = Qt.ShortcutContext.WindowShortcut
            QShortcut(keys, self, lambda n=n: self.show_view(n), context=window)
            self.views.setTabToolTip(n, keys.toString(QKeySequence.SequenceFormat.NativeText))
        self.speakers = SpeakerPanel(workspace)
        self.speakers.message.connect(self.message)
        self.speakers.focus_left.connect(lambda: self.capture.line.setFocus())

        capture_area = QWidget()
        capture_layout = QVBoxLayout(capture_area)
        capture_layout.setContentsMargins(0, 0, 0, 0)
        capture_layout.addWidget(self.prompts)
        capture_layout.addWidget(self.split, 1)
        capture_layout.addWidget(self.had_before)
        capture_layout.addWidget(self.capture)
        self.completed_note = CompletedNote()
        self.completed_note.reopen_requested.connect(self.reopen)
        capture_layout.addWidget(self.completed_note)
        # Laid out for 1366×768 first: the speakers get a full-height column of their own
        # (queue and talk time need rows, not a strip under the details), which the
        # facilitator can drag shut when a meeting runs without a queue.
        side = self.side_split = QSplitter(Qt.Orientation.Horizontal)
        side.addWidget(capture_area)
        side.addWidget(self.speakers)
        side.setStretchFactor(0, 3)
        side.setStretchFactor(1, 1)
        side.setCollapsible(0, False)
        side.setSizes([1000, 340])
        capture_page = side

        finish_page = self.finish = FinishPage(workspace)
        finish_page.export_minutes_requested.connect(self.export_minutes_requested)
        finish_page.export_session_requested.connect(self.export_session_requested)
        self.summary, self.finish_note = finish_page.summary, finish_page.note
        self.minutes_button = finish_page.minutes_button
        self.session_file_button = finish_page.session_file_button
        self.summary_typing = TypedText(self.summary, self._store_summary)

        self.pages = QStackedWidget()
        self.pages.addWidget(capture_page)
        self.pages.addWidget(finish_page)

        top = QHBoxLayout()
        top.addWidget(self.title, 1)
        top.addWidget(self.timer)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.stepper)
        layout.addWidget(self.pages, 1)
        # After the items model (made above): the empty note counts its rows.
        self.follow(workspace, Aspect.SESSION, Aspect.PARTICIPANTS, Aspect.ITEMS, Aspect.TURNS)
        workspace.stepped.connect(self._after_step)

    # -- showing ----------------------------------------------------------------------

    def set_session(self, session_id: int | None) -> None:
        self._viewed = None
        self.speakers.set_session(session_id)
        self.views.set_session(session_id)
        self.summary_typing.flush()  # into the session it was typed for
        session = None if session_id is None else self.workspace.session(session_id)
        uid = session.uid or str(session.id) if session else None
        restored = self.draft.follow(uid)
        self.edit_draft.follow(uid)
        if restored and session.status is not SessionStatus.COMPLETED:  # else the line is hidden
            self.message.emit(self.tr("The line typed and not captured is back."))
        self.had_before.set_session(session_id)
        if session_id is None:
            self.summary_typing.show("")
        super().set_session(session_id)  # shows the session's stored summary

    def follow_change(self, changes: Changes) -> None:
        if changes.aspects & {Aspect.SESSION, Aspect.PARTICIPANTS}:
            self.reload()
            return
        if Aspect.TURNS in changes.aspects:
            self._show_floor()
        if Aspect.ITEMS in changes.aspects:  # capture speed matters: only what shows items
            self._items_refreshed()

    def reload(self) -> None:
        if self.session_id is None:
            return
        session = self.workspace.session(self.session_id)
        plans = self.workspace.phases(self.session_id)
        shown: Phase | None
        completed = session.status is SessionStatus.COMPLETED
        if completed:
            shown = self._viewed  # looking back changes nothing that was recorded
        else:
            shown = self._viewed = progress.current_phase(plans)
        self.timer.setVisible(not completed)
        self.speakers.set_read_only(completed)
        self.capture.setVisible(not completed)
        self.completed_note.setVisible(completed)
        self.details.set_read_only(completed)
        self.model.read_only = completed
        self.title.setText(session.title)
        self.summary_typing.show(session.summary)
        self.stepper.show_progress(plans, shown)
        self.capture.set_people(self.workspace.participants(self.session_id))
        self._show_floor()
        if shown is None:
            self.pages.setCurrentIndex(1)
            self.finish.show_recap(self.session_id)
            self.finish_note.setText(
                self.tr("The session is completed. The minutes can be exported at any time.")
            )
            last = next(p for p in plans if p.phase == PHASE_ORDER[-1])
            self.timer.show_phase(last, session.uid or str(session.id))
        else:
            self.pages.setCurrentIndex(0)
            plan = next(p for p in plans if p.phase == shown)
            self.timer.show_phase(plan, session.uid or str(session.id))
            self.prompts.setText("  ·  ".join(prompts_for(shown, session.language)))
        if shown != self.phase or self.model.session_id != self.session_id:
            self.phase = shown
            if shown is not None:
                self.capture.set_phase(shown)
                self.model.set_phase(self.session_id, shown)
                # A line kept from before a crash comes back as the kind it was typed as.
                kept, self.draft.kept_kind = self.draft.kept_kind, ""
                self.capture.choose_kind(kept)
            self.views.show_views_of(shown)
        self._items_refreshed()
        if shown is not None and not completed:
            self.capture.line.setFocus()
        if self.edit_draft.kept_item() is not None:
            self._bring_back_edit()

    def _bring_back_edit(self) -> None:
        item_id, text = self.edit_draft.kept_item(), self.edit_draft.kept_text()
        if (
            not self.model.read_only
            and self.list.edit_item(item_id)
            and self.edit_draft.bring_back()
        ):
            self.message.emit(
                self.tr(
                    "An edit of an item that was not stored is back: Enter stores it, Esc drops it."
                )
            )
        else:
            self.edit_draft.drop_kept()
            self.message.emit(
                # Its item is gone, in another phase now, or the session is completed.
                self.tr("An edit that was not stored could not be reopened: »%s«") % text
            )

    def _after_step(self, _undone: bool, _text: str) -> None:
        changes = self.workspace.stepped_changes
        if self.session_id is not None and self.session_id in (changes.sessions or ()):
            self.list.select_after_step(changes)

    def _type_into_capture(self, text: str) -> None:
        line = self.capture.line
        if line.isVisible() and line.isEnabled():
            line.setFocus()
            line.insert(text)

    def _show_floor(self) -> None:
        assert self.session_id is not None
        turn = current_turn(self.workspace.speaking_turns(self.session_id))
        names = {p.id: p.name for p in self.workspace.participants(self.session_id)}
        self.capture.set_floor("" if turn is None else names.get(turn.by_id, ""))

    def place(self) -> tuple[Phase | None, int]:
        """What is looked at: the phase (None: the finish) and the view's tab."""
        return self._viewed, self.views.currentIndex()

    def show_place(self, viewed: Phase | None, view: int) -> None:
        self._viewed = viewed
        self.reload()
        self.show_view(view)

    def _items_refreshed(self) -> None:
        self.views.update_empty_note(self.phase)
        self._show_selected()

    def selected_item_id(self) -> int | None:
        """The item selected in the view that is shown: what the details panel edits."""
        return self.views.selected_item_id()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.capture.line
            and event.type() == QEvent.Type.KeyPress
            and event.key() == Qt.Key.Key_Up
            and event.modifiers() == Qt.KeyboardModifier.NoModifier
            and self.model.rowCount() > 0
        ):
            self.show_view(0)
            # The latest capture, whatever was selected before: Up, then F2, mends what was
            # just typed. It went to an item selected long before, the first one often.
            newest = self.model.newest_id()
            if newest is not None:
                self.list.select_item(newest)
            return True
        return super().eventFilter(watched, event)

    def _show_selected(self) -> None:
        self.details.show_item(self.selected_item_id())

    def show_view(self, index: int) -> None:
        """Show one of the views of the phase (Alt+1…): the items, or in the ideas phase the
        ranking, the impact/effort matrix and the barriers no idea answers."""
        self.views.show_view(index)

    # -- actions ----------------------------------------------------------------------

    def go_to(self, step: Phase | None) -> None:
        """Move to a phase (forward or back), or to the finish."""
        if self.session_id is None:
            return
        flush_typing(self)
        if self.workspace.session(self.session_id).status is SessionStatus.COMPLETED:
            self._viewed = step
            self.reload()
            return
        if step == self.phase and self._running():
            self.stepper.show_progress(self.workspace.phases(self.session_id), self.phase)
            return
        if step is None:
            if not finish_confirmed(self, self.workspace, self.session_id):
                return
            self._viewed = None  # the finish page, not the phase the session finished in
            text = self.tr("Finish the session")
        elif self.phase is not None and step is not None and _before(step, self.phase):
            text = self.tr("Back to %s") % labels.phase_name(step)
        else:
            text = self.tr("Start %s") % labels.phase_name(step)
        try:
            self.workspace.move_to_phase(self.session_id, step, text)
        except RoundtableError as exc:
            self.message.emit(str(exc))
        if step is None:
            self.summary.setFocus()

    def reopen(self) -> None:
        """A completed session runs again in the phase it finished in (Ctrl+Z finishes it)."""
        if self.session_id is None:
            return
        self._viewed = None
        try:
            self.workspace.reopen_session(self.session_id, self.tr("Reopen session"))
        except RoundtableError as exc:
            self.message.emit(str(exc))

    def next_phase(self) -> None:
        if self.phase is None:
            return
        if not self._running():
            # The phase shown has not started (a new meeting): the first press starts it.
            # The step shown stays the same, so the press is said, or it looks ignored.
            self.go_to(self.phase)
            if self._running():
                self.message.emit(
                    self.tr("%s has started and its timer runs; Ctrl+PgDown again moves on.")
                    % labels.phase_name(self.phase)
                )
            return
        at = PHASE_ORDER.index(self.phase)
        self.go_to(PHASE_ORDER[at + 1] if at + 1 < len(PHASE_ORDER) else None)

    def previous_phase(self) -> None:
        if self.phase is None:
            self.go_to(PHASE_ORDER[-1])
        elif (at := PHASE_ORDER.index(self.phase)) > 0:
            self.go_to(PHASE_ORDER[at - 1])

    def _running(self) -> bool:
        plans = self.workspace.phases(self.session_id)
        return progress.running_phase(plans) == self.phase

    def capture_item(self, text: str, kind: ItemKind, who: str, category: str) -> Item | None:
        """Store the line as an item of the phase; None (after saying why) if it cannot."""
        return item_actions.capture(self, text, kind, who, category)

    def delete_item(self, item_id: int) -> None:
        item_actions.delete(self, item_id)

    def vote(self, item_id: int, step: int) -> None:
        item_actions.vote(self, item_id, step)

    def _store_summary(self, text: str) -> None:
        if self.session_id is None:
            return
        try:
            self.workspace.update_session(self.session_id, self.tr("Edit summary"), summary=text)
        except RoundtableError as exc:
            self.message.emit(str(exc))

    def flush(self) -> None:
        """Store what is still being typed on this page before leaving."""
        flush_typing(self)


def _before(a: Phase, b: Phase) -> bool:
    return PHASE_ORDER.index(a) < PHASE_ORDER.index(b)
