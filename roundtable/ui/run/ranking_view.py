"""The ideas ranked by their dot votes, with + and - to vote on the selected one."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt, Signal
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from roundtable.domain.figures import idea_caption, place_text, ranked_ideas, shared_places
from roundtable.domain.model import Item, Phase
from roundtable.edits import Aspect
from roundtable.ui.session_view import SessionView
from roundtable.ui.workspace import Workspace

RANK, IDEA, VOTES, IMPACT, EFFORT = range(5)


class RankingModel(QAbstractTableModel):
    def __init__(self, workspace: Workspace, parent=None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.ideas: list[Item] = []
        self.places: list[int | None] = []

    def show_session(self, session_id: int | None) -> None:
        """Read the ideas of a session (None: none); its view decides when."""
        self.beginResetModel()
        found = [] if session_id is None else self.workspace.items(session_id, Phase.IDEAS)
        self.ideas = ranked_ideas(found)
        self.places = shared_places(self.ideas)
        self.endResetModel()

    def row_of(self, item_id: int) -> int | None:
        return next((row for row, idea in enumerate(self.ideas) if idea.id == item_id), None)

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.ideas)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 5

    def headerData(self, section: int, orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        return ["#", self.tr("Idea"), self.tr("Votes"), self.tr("Impact"), self.tr("Effort")][
            section
        ]

    def data(self, index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        idea = self.ideas[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == RANK:
                return place_text(self.places[index.row()])
            if column == IDEA:
                return idea_caption(idea)
            value = {VOTES: idea.votes or 0, IMPACT: idea.impact, EFFORT: idea.effort}[column]
            return "–" if value is None else str(value)
        if role == Qt.ItemDataRole.ToolTipRole and column == IDEA:
            return idea.text
        if role == Qt.ItemDataRole.TextAlignmentRole and column != IDEA:
            return int(Qt.AlignmentFlag.AlignCenter)
        return None


class RankingView(SessionView, QTableView):
    """Ranked ideas. + and - vote on the selected idea, and it stays selected as it moves."""

    idea_selected = Signal(int)
    vote_requested = Signal(int, int)

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ranking = RankingModel(workspace, self)
        self.setModel(self.ranking)
        self.setAccessibleName(self.tr("Ideas ranked by votes"))
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setWordWrap(False)
        self.verticalHeader().hide()
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(IDEA, QHeaderView.ResizeMode.Stretch)
        self._chosen: int | None = None
        self.ranking.modelAboutToBeReset.connect(self._remember)
        self.ranking.modelReset.connect(self._reselect)
        self.selectionModel().currentRowChanged.connect(self._row_changed)
        self.follow(workspace, Aspect.ITEMS)

    def reload(self) -> None:
        self.ranking.show_session(self.session_id)

    def current_idea(self) -> int | None:
        row = self.currentIndex().row()
        return self.ranking.ideas[row].id if 0 <= row < len(self.ranking.ideas) else None

    def select_idea(self, item_id: int | None) -> None:
        row = None if item_id is None else self.ranking.row_of(item_id)
        if row is not None:
            self.blockSignals(True)
            self.setCurrentIndex(self.ranking.index(row, IDEA))
            self.blockSignals(False)

    def _remember(self) -> None:
        self._chosen = self.current_idea()

    def _reselect(self) -> None:
        self.select_idea(self._chosen)

    def _row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid() and not self.signalsBlocked():
            self.idea_selected.emit(self.ranking.ideas[current.row()].id)

    def keyPressEvent(self, event) -> None:
        chosen = self.current_idea()
        if chosen is not None and event.text() in ("+", "-"):
            self.vote_requested.emit(chosen, 1 if event.text() == "+" else -1)
            return
        super().keyPressEvent(event)
