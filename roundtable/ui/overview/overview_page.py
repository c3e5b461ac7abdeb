"""The overview: a series, or the sessions the library shows, at once.

It reads the sessions through `roundtable.insights` (the same figures as `roundtable insights`
and `roundtable followup`), once per re-read, and hands them to its four tabs. Captures made
while it is hidden only mark it stale: it re-reads when it is shown."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from roundtable.domain.model import Item, ItemKind, SessionBundle
from roundtable.edits import Aspect, Changes
from roundtable.errors import RoundtableError
from roundtable.insights import across, followup, selection
from roundtable.report.from_store import series_of
from roundtable.ui import labels
from roundtable.ui.overview.figures_models import BarrierGridModel, IdeaShareModel
from roundtable.ui.overview.participation_view import ParticipationView
from roundtable.ui.overview.pin_controls import PinButton, pinned_text, under_a_pin_button
from roundtable.ui.overview.register_view import RegisterView
from roundtable.ui.overview.report_actions import ReportActions
from roundtable.ui.overview.synthesis_text import SynthesisText
from roundtable.ui.overview.themes_view import ThemesView
from roundtable.ui.workspace import Workspace

_ITEM = Qt.ItemDataRole.UserRole
_WATCHED = {Aspect.LIBRARY, Aspect.SESSION, Aspect.ITEMS, Aspect.PARTICIPANTS, Aspect.TURNS}


class OverviewPage(QWidget):
    message = Signal(str)

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.series: str | None = None
        self.library_ids: list[int] = []  # what the library showed when the overview opened
        self.bundles: list[SessionBundle] = []
        self._stale = False
        self._cell = (-1, -1)  # the grid cell whose statements show

        self.scope = QComboBox()
        self.scope.setAccessibleName(self.tr("Sessions in the overview"))
        self.scope.activated.connect(lambda _i: self._scope_chosen())
        self.counts = QLabel()

        self.barriers = BarrierGridModel(self)
        self.barrier_table = QTableView()
        self.barrier_table.setModel(self.barriers)
        self.barrier_table.setAccessibleName(self.tr("Barriers by category and session"))
        self.barrier_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.barrier_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.barrier_table.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents
        )
        self.barrier_table.selectionModel().currentChanged.connect(
            lambda current, _previous: self._show_statements(current)
        )
        self.statements = QListWidget()
        self.statements.setAccessibleName(self.tr("The statements behind the selected cell"))
        self.statements.setWordWrap(True)
        barriers = QSplitter(Qt.Orientation.Vertical)
        barriers.addWidget(self.barrier_table)
        self.pin_statement = PinButton(
            workspace, self._current_statement, self._reselect_statement, self.message.emit,
            self.statements,
        )  # fmt: skip
        self.statements.currentRowChanged.connect(lambda _r: self.pin_statement.follow())
        barriers.addWidget(under_a_pin_button(self.statements, self.pin_statement))
        barriers.setSizes([300, 160])

        self.ideas = IdeaShareModel(self)
        self.idea_table = QTableView()
        self.idea_table.setModel(self.ideas)
        self.idea_table.setAccessibleName(self.tr("Ideas across sessions by share of votes"))
        self.idea_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.idea_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.idea_table.verticalHeader().hide()
        self.idea_table.setWordWrap(False)
        header = self.idea_table.horizontalHeader()
        header.setSectionResizeMode(IdeaShareModel.IDEA, QHeaderView.ResizeMode.Stretch)
        chars = self.fontMetrics().averageCharWidth()
        for column, width in ((1, 26), (2, 19), (3, 8), (4, 12), (5, 20)):
            header.resizeSection(column, chars * width + 16)

        self.pin_idea = PinButton(
            workspace, self._current_idea, self._reselect_idea, self.message.emit, self.idea_table
        )
        self.idea_table.selectionModel().currentRowChanged.connect(
            lambda _c, _p: self.pin_idea.follow()
        )

        self.participation = ParticipationView()
        self.register = RegisterView(workspace)
        self.register.model.edit_refused.connect(self.message)
        self.themes = ThemesView(workspace)
        self.themes.message.connect(self.message)
        self.synthesis = SynthesisText(workspace)
        self.synthesis.message.connect(self.message)
        self.actions = ReportActions(workspace, lambda: (self.bundles, self.series))
        self.actions.message.connect(self.message)

        self.tabs = QTabWidget()
        self.tabs.addTab(barriers, self.tr("Recurring barriers"))
        self.tabs.addTab(
            under_a_pin_button(self.idea_table, self.pin_idea), self.tr("Ideas across sessions")
        )
        self.tabs.addTab(self.participation, self.tr("Participation"))
        self.tabs.addTab(self.register, self.tr("Follow-up register"))
        self.tabs.addTab(self.themes, self.tr("Themes"))
        self.tabs.addTab(self.synthesis, self.tr("Synthesis text"))

        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Overview"), objectName="pageTitle"))
        top.addWidget(self.scope, 1)
        top.addWidget(self.counts)
        top.addWidget(self.actions)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.tabs, 1)
        workspace.changed.connect(self._workspace_changed)

    # -- what it shows ----------------------------------------------------------------

    def show_scope(self, series: str | None, library_ids: list[int]) -> None:
        """A series, or (None) the sessions the library showed."""
        self.series, self.library_ids = series, list(library_ids)
        self.reload()

    def _scope_chosen(self) -> None:
        self.series = self.scope.currentData()
        self.reload()

    def _fill_scope(self) -> None:
        self.scope.blockSignals(True)
        self.scope.clear()
        self.scope.addItem(self.tr("The sessions the library shows"), None)
        for name in self.workspace.series_names():
            self.scope.addItem(self.tr("Series: %s") % name, name)
        self.scope.setCurrentIndex(max(self.scope.findData(self.series), 0))
        self.scope.blockSignals(False)

    def reload(self) -> None:
        self._stale = False
        self._fill_scope()
        try:
            if self.series is not None:
                bundles = selection.select(self.workspace.store, series=self.series)
            else:
                known = {s.id for s in self.workspace.list_sessions()}
                ids = [i for i in self.library_ids if i in known]
                bundles = selection.select(self.workspace.store, ids=ids) if ids else []
        except RoundtableError as exc:  # the series emptied meanwhile
            self.message.emit(str(exc))
            self.series = None
            bundles = []
        self.bundles = bundles
        self.counts.setText(self.tr("%1 sessions").replace("%1", str(len(bundles))))
        self.barriers.show(across.recurring_categories(bundles), bundles)
        self.statements.clear()
        self.ideas.show(across.ideas_by_share(bundles), bundles)
        self.participation.show_participation(across.participation(bundles), bundles)
        today = self.workspace.clock().date()
        self.register.show_rows(followup.register(bundles, today))
        self.themes.show_bundles(bundles)
        self.actions.show_selection(bundles)
        self.synthesis.show_series(self.series or series_of(bundles) or None)

    def _show_statements(self, index) -> None:
        self.statements.clear()
        if not index.isValid():
            return
        self._cell = (index.row(), index.column())
        for item in self.barriers.statements(index.row(), index.column()):
            kind = labels.kind_name(item.kind)
            mark = "▲" if item.kind is ItemKind.OPPORTUNITY else "■"
            self.statements.addItem(pinned_text(item, f"{mark} {kind}: {item.text}"))
            self.statements.item(self.statements.count() - 1).setData(_ITEM, item)
        self.pin_statement.follow()

    # -- pins ---------------------------------------------------------------------------

    def _current_idea(self) -> Item | None:
        row = self.idea_table.currentIndex().row()
        return self.ideas.rows[row].idea if 0 <= row < len(self.ideas.rows) else None

    def _reselect_idea(self, item_id: int) -> None:
        if (row := self.ideas.row_of(item_id)) >= 0:
            self.idea_table.selectRow(row)

    def _current_statement(self) -> Item | None:
        current = self.statements.currentItem()
        return None if current is None else current.data(_ITEM)

    def _reselect_statement(self, item_id: int) -> None:
        # The re-read emptied the grid's selection: the same cell again, by place.
        self.barrier_table.setCurrentIndex(self.barriers.index(*self._cell))
        for n in range(self.statements.count()):
            if self.statements.item(n).data(_ITEM).id == item_id:
                self.statements.setCurrentRow(n)

    # -- following changes --------------------------------------------------------------

    def _workspace_changed(self, changes: Changes) -> None:
        if not changes.aspects & _WATCHED:
            return
        shown = {b.session.id for b in self.bundles}
        elsewhere = changes.sessions is not None and not changes.sessions & shown
        if elsewhere and Aspect.LIBRARY not in changes.aspects:
            return
        if self.isVisible():
            self.reload()
        else:
            self._stale = True

    def showEvent(self, event) -> None:
        if self._stale:
            self.reload()
        super().showEvent(event)
