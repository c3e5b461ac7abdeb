"""The views of a phase's items, as tabs: the list (with a note while it is empty) in every
phase; in the ideas phase the ranking, the impact/effort matrix and the barriers no idea
answers; in phase 1 of a session in a series, what the earlier ones left open."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtWidgets import QLabel, QTabWidget, QVBoxLayout, QWidget

from roundtable.domain.model import Phase
from roundtable.ui.run.barriers_view import BarriersView
from roundtable.ui.run.idea_matrix import IdeaMatrix
from roundtable.ui.run.item_list import ItemList
from roundtable.ui.run.items_model import ItemsModel
from roundtable.ui.run.ranking_view import RankingView
from roundtable.ui.run.since_last_time_view import SinceLastTimeView
from roundtable.ui.workspace import Workspace


class PhaseViews(QTabWidget):
    typed = Signal(str)  # letters typed at a view: what is said, for the capture line

    def __init__(
        self, workspace: Workspace, model: ItemsModel, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent, documentMode=True)
        self.model = model
        self.list = ItemList(model)
        self.empty_note = QLabel(objectName="emptyNote", alignment=Qt.AlignmentFlag.AlignCenter)
        self.empty_note.setWordWrap(True)
        items_tab = QWidget()
        layout = QVBoxLayout(items_tab)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.empty_note)
        items_tab.setFocusProxy(self.list)  # Alt+1 lands in the list, ready for keys
        self.ranking = RankingView(workspace)
        self.matrix = IdeaMatrix(workspace)
        self.barriers = BarriersView(workspace)
        self.since_last_time = SinceLastTimeView(workspace)
        self.addTab(items_tab, self.tr("Items"))
        self.addTab(self.ranking, self.tr("Ranking"))
        self.addTab(self.matrix, self.tr("Matrix"))
        self.addTab(self.barriers, self.tr("Unanswered barriers"))
        self.addTab(self.since_last_time, self.tr("Since last time"))
        # After an edit in place, a click or Alt+2 a view has the focus, and the words typed
        # next are what is said, not a search of the view.
        for view in (self.list, self.ranking, self.matrix, self.barriers):
            view.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress:
            text = event.text()
            bare = not event.modifiers() & ~Qt.KeyboardModifier.ShiftModifier
            # + and - vote for the item chosen in the list or the ranking.
            if bare and text and text.isprintable() and text not in "+-":
                self.typed.emit(text)
                return True
        return super().eventFilter(watched, event)

    def set_session(self, session_id: int | None) -> None:
        for view in (self.ranking, self.matrix, self.barriers, self.since_last_time):
            view.set_session(session_id)

    def selected_item_id(self) -> int | None:
        """The item selected in the view that is shown."""
        shown = self.currentWidget()
        if shown is self.ranking:
            return self.ranking.current_idea()
        if shown is self.matrix:
            return self.matrix.selected_idea()
        if shown is self.barriers:
            current = self.barriers.currentItem()
            return None if current is None else current.data(Qt.ItemDataRole.UserRole)
        return self.list.current_item_id()

    def show_view(self, index: int) -> None:
        if self.isTabVisible(index):
            self.setCurrentIndex(index)
            self.currentWidget().setFocus()

    def show_views_of(self, phase: Phase | None) -> None:
        ideas = phase is Phase.IDEAS
        for n in range(1, self.count()):
            self.setTabVisible(n, ideas)
        # Phase 1 of a session in a series starts with what the earlier ones left open.
        since = phase is Phase.NARRATIVE and bool(self.since_last_time.rows)
        self.setTabVisible(self.indexOf(self.since_last_time), since)
        self.tabBar().setVisible(ideas or since)  # one tab alone is only clutter
        if since:
            self.setCurrentWidget(self.since_last_time)
        elif not ideas:
            self.setCurrentIndex(0)

    def update_empty_note(self, phase: Phase | None) -> None:
        empty = self.model.rowCount() == 0
        self.empty_note.setVisible(empty)
        if empty and phase is not None:
            self.empty_note.setText(
                self.tr("Nothing captured in this phase yet. Type below and press Enter.")
            )
