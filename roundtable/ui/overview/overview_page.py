"""The overview: a series, or the sessions the library shows, at once.

It reads the sessions through `roundtable.insights` (the same figures as `roundtable insights`
and `roundtable followup`), once per re-read, and hands them to its four tabs. Captures made
while it is hidden only mark it stale: it re-reads when it is shown."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QSettings, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from roundtable.domain.model import Item, ItemKind, SessionBundle, SessionSummary
from roundtable.edits import Aspect, Changes
from roundtable.errors import RoundtableError
from roundtable.insights import across, followup, selection
from roundtable.report.from_store import shared_series
from roundtable.ui import labels
from roundtable.ui.hinted_list import HintedList
from roundtable.ui.overview.figures_models import BarrierGridModel, IdeaShareModel
from roundtable.ui.overview.middle_elided import MiddleElided
from roundtable.ui.overview.participation_view import ParticipationView
from roundtable.ui.overview.pin_controls import PinButton, pinned_text, under_a_pin_button
from roundtable.ui.overview.register_view import RegisterView
from roundtable.ui.overview.report_actions import ReportActions
from roundtable.ui.overview.synthesis_text import SynthesisText
from roundtable.ui.overview.themes_view import GROUPED_KINDS, ThemesView
from roundtable.ui.workspace import Workspace

_ITEM = Qt.ItemDataRole.UserRole
_FOLLOWED_KINDS = (ItemKind.IDEA, ItemKind.ACTION)
_WATCHED = {Aspect.LIBRARY, Aspect.SESSION, Aspect.ITEMS, Aspect.PARTICIPANTS, Aspect.TURNS}


class OverviewPage(QWidget):
    message = Signal(str)

    def __init__(
        self, workspace: Workspace, settings: QSettings, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.series: str | None = None
        self.library_ids: list[int] = []  # what the library showed when the overview opened
        self.sessions: list[SessionSummary] = []  # oldest first
        self._followed: list[SessionBundle] | None = None
        self._filled: set[int] = set()  # the tabs filled since the last re-read
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
        self.barrier_table.selectionModel().currentChanged.connect(
            lambda current, _previous: self._show_statements(current)
        )
        self.barrier_table.viewport().installEventFilter(self)  # its width fits the columns
        self.statements = HintedList(self._no_cell_hint())
        self.statements.setAccessibleName(self.tr("The statements behind the selected cell"))
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
        self.idea_table.setItemDelegateForColumn(
            IdeaShareModel.SESSION, MiddleElided(self.idea_table)
        )
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
        self.actions = ReportActions(workspace, settings, lambda: (self.bundles, self.series))
        self.actions.message.connect(self.message)

        self.tabs = QTabWidget()
        self.tabs.addTab(barriers, self.tr("Recurring barriers and opportunities"))
        self.tabs.addTab(
            under_a_pin_button(self.idea_table, self.pin_idea), self.tr("Ideas across sessions")
        )
        self.tabs.addTab(self.participation, self.tr("Participation"))
        self.tabs.addTab(self.register, self.tr("Follow-up register"))
        self.tabs.addTab(self.themes, self.tr("Themes"))
        self.tabs.addTab(self.synthesis, self.tr("Synthesis text"))
        self._fillers = dict(
            enumerate(
                (self._fill_barriers, self._fill_ideas, self._fill_participation,
                 self._fill_register, self._fill_themes, self._fill_synthesis)
            )
        )  # fmt: skip
        self.tabs.currentChanged.connect(lambda _tab: self._fill_current_tab())

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
                sessions = selection.chosen(self.workspace.store, series=self.series)
            else:
                shown = set(self.library_ids)
                listed = [s for s in self.workspace.list_sessions() if s.id in shown]
                sessions = selection.oldest_first(listed)
        except RoundtableError as exc:  # the series emptied meanwhile
            self.message.emit(str(exc))
            self.series = None
            sessions = []
        self.sessions = sessions
        self._followed = None
        self._filled.clear()
        self.counts.setText(self.tr("%n session(s)", "", len(sessions)))
        ruled = self.workspace.store.under_the_rule([s.id for s in sessions])
        self.actions.show_selection(len(sessions), bool(ruled))
        self._fill_current_tab()

    @property
    def bundles(self) -> list[SessionBundle]:
        """The sessions whole, every item included (for a report or an export of the
        selection): read when asked, never to show a tab."""
        return self.workspace.store.export_bundles([s.id for s in self.sessions])

    @property
    def followed(self) -> list[SessionBundle]:
        """The sessions with their participants, speaking turns, ideas and actions only: what
        the ideas, participation and register tabs show, read when one is first shown."""
        if self._followed is None:
            ids = [s.id for s in self.sessions]
            self._followed = self.workspace.store.export_bundles(ids, _FOLLOWED_KINDS)
        return self._followed

    def _fill_current_tab(self) -> None:
        """Each tab reads what it shows when it is shown: 100,000 items read whole would
        take seconds, and the overview opens on its first tab."""
        tab = self.tabs.currentIndex()
        fill = self._fillers.get(tab)
        if fill is None or tab in self._filled:
            return
        self._filled.add(tab)
        fill()

    def _fill_barriers(self) -> None:
        sessions = selection.held(self.sessions)  # as the report and `insights` count them
        ids = [s.id for s in sessions]
        groups = self.workspace.store.category_groups(ids, across.CATEGORY_KINDS)
        self.barriers.show(
            across.recurring_categories_of(groups), [(s.id, s.title) for s in sessions]
        )
        self._fit_barrier_columns(len(ids))
        self.statements.clear()
        self.statements.set_hint(self._no_cell_hint())

    def _fit_barrier_columns(self, sessions: int) -> None:
        """A session's column no wider than a short title (the whole one is its tooltip), so
        that "in 3 of 3 sessions", the column that says what recurs, is in sight; it is
        fitted to its text. The cells hold small numbers: nothing else is measured."""
        table = self.barrier_table
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        # A series' titles often differ at their end ("… møde 1", "… møde 2").
        header.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        table.resizeColumnToContents(sessions)
        room = table.viewport().width() - header.sectionSize(sessions)
        least = self.fontMetrics().averageCharWidth() * 18 + 16
        cap = max(least, room // max(sessions, 1))
        for column in range(sessions):
            header.resizeSection(column, min(header.sectionSizeHint(column), cap))

    def _fill_ideas(self) -> None:
        held = selection.held(self.followed)
        self.ideas.show(across.ideas_by_share(held), held)

    def _fill_participation(self) -> None:
        held = selection.held(self.followed)
        self.participation.show_participation(across.participation(held), held)

    def _fill_register(self) -> None:
        today = self.workspace.clock().date()
        self.register.show_rows(followup.register(self.followed, today))

    def _fill_themes(self) -> None:
        ids = [s.id for s in self.sessions]
        store = self.workspace.store
        refs = store.item_refs(ids, GROUPED_KINDS)  # what suggestions are made of
        refs += [r for r in store.item_refs(ids, themed=True) if r.kind not in GROUPED_KINDS]
        self.themes.show_statements(self.sessions, refs)

    def _fill_synthesis(self) -> None:
        shared = shared_series(s.series for s in self.sessions)
        self.synthesis.show_series(self.series or shared or None)

    def _no_cell_hint(self) -> str:
        if self.barriers.rowCount() == 0:  # no cell to choose
            return self.tr("No barriers or opportunities with a category in these sessions yet.")
        return self.tr("Choose a cell above to read the statements behind it.")

    def _show_statements(self, index) -> None:
        self.statements.clear()
        if not index.isValid():
            self.statements.set_hint(self._no_cell_hint())
            return
        empty = self.tr("No barriers or opportunities in this category in this session.")
        self.statements.set_hint(empty)
        self._cell = (index.row(), index.column())
        order = {s.id: n for n, s in enumerate(self.sessions)}
        titles = {s.id: s.title for s in self.sessions}
        # The whole row spans the sessions: each statement says where it was said, as the
        # themes' statements do ("Barriere · Unges trivsel: …"); a cell is one session's.
        whole_row = index.column() >= len(self.sessions)
        items = self.workspace.store.items_by_id(
            self.barriers.statements(index.row(), index.column())
        )
        for item in sorted(items, key=lambda i: (order.get(i.session_id, 0), i.position, i.id)):
            kind = labels.kind_name(item.kind)
            if whole_row:
                kind = f"{kind} · {titles.get(item.session_id, '')}"
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
        shown = {s.id for s in self.sessions}
        elsewhere = changes.sessions is not None and not changes.sessions & shown
        if elsewhere and Aspect.LIBRARY not in changes.aspects:
            return
        if not self.isVisible():
            self._stale = True
        elif changes.sessions and not changes.aspects & {Aspect.LIBRARY, Aspect.SESSION}:
            self._reread(changes.sessions & shown)
        else:
            self.reload()

    def _reread(self, session_ids: frozenset[int]) -> None:
        """Only these sessions' contents changed (a status set in the register): re-read
        them alone, and the tabs from what is read."""
        if self._followed is not None:
            ids = [b.session.id for b in self._followed if b.session.id in session_ids]
            fresh = {
                b.session.id: b for b in self.workspace.store.export_bundles(ids, _FOLLOWED_KINDS)
            }
            self._followed = [fresh.get(b.session.id, b) for b in self._followed]
        self._filled.clear()
        self._fill_current_tab()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.barrier_table.viewport()
            and event.type() == QEvent.Type.Resize
            and event.size().width() != event.oldSize().width()
            and self.barriers.sessions
        ):
            # Filled before the page was laid out (opened from the menu), the columns had
            # the room of a table not yet shown: titles cut short beside empty space.
            self._fit_barrier_columns(len(self.barriers.sessions))
        return super().eventFilter(watched, event)

    def showEvent(self, event) -> None:
        if self._stale:
            self.reload()
        super().showEvent(event)
