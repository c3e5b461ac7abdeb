"""The overview's read-only tables: barriers by category and session, and the ideas of every
session ranked by their share of the votes. Both are built from `roundtable.insights`, the
figures the command line and the report print."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

from roundtable.domain.model import Item, SessionBundle
from roundtable.insights.across import CategoryRow, IdeaShare
from roundtable.insights.builds_on import Linked, earlier_in
from roundtable.ui import labels
from roundtable.ui.overview.pin_controls import pinned_text
from roundtable.ui.overview.statuses import status_text

_Index = QModelIndex | QPersistentModelIndex
_DISPLAY = Qt.ItemDataRole.DisplayRole


class BarrierGridModel(QAbstractTableModel):
    """Rows: categories, the most recurring first; columns: the sessions, then "in n of N"."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.rows: list[CategoryRow] = []
        self.sessions: list[tuple[int, str]] = []

    def show(self, rows: list[CategoryRow], sessions: Sequence[tuple[int, str]]) -> None:
        """`sessions`: the columns, as (id, title)."""
        self.beginResetModel()
        self.rows = rows
        self.sessions = list(sessions)
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.sessions) + 1

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0):
        if role not in (_DISPLAY, Qt.ItemDataRole.ToolTipRole):
            return None
        if orientation == Qt.Orientation.Vertical:
            return labels.category_name(self.rows[section].category)
        if section == len(self.sessions):
            return self.tr("Recurs")
        return self.sessions[section][1]

    def statements(self, row: int, column: int) -> list[int]:
        """The ids of the barriers and opportunities behind one cell (the whole row in the
        last column): the page reads the items it lists."""
        by_session = self.rows[row].by_session
        if column >= len(self.sessions):
            return [item for sid, _title in self.sessions for item in by_session.get(sid, [])]
        return list(by_session.get(self.sessions[column][0], []))

    def data(self, index: _Index, role: int = _DISPLAY):
        if not index.isValid():
            return None
        row, column = self.rows[index.row()], index.column()
        if column == len(self.sessions):
            if role == _DISPLAY:
                return self.tr("in %1 of %n session(s)", "", len(self.sessions)).replace(
                    "%1", str(row.sessions)
                )
            return None
        count = len(row.by_session.get(self.sessions[column][0], []))
        if role == _DISPLAY:
            return count or ""
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.BackgroundRole and count:
            # Deeper for more statements: the recurring rows read at a glance.
            return QColor(47, 111, 173, min(40 + 30 * count, 200))
        return None


class IdeaShareModel(QAbstractTableModel):
    IDEA, SESSION, SHARE, VOTES, STATUS, OWNER = range(6)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.rows: list[IdeaShare] = []
        self.titles: dict[int, str] = {}
        self.owners: dict[int, str] = {}
        self.earlier: dict[str, Linked] = {}

    def show(self, rows: list[IdeaShare], bundles: Sequence[SessionBundle]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.titles = {b.session.id: b.session.title for b in bundles}
        self.owners = {p.id: p.name for b in bundles for p in b.participants}
        self.earlier = earlier_in(bundles)
        self.endResetModel()

    def builds_on(self, idea: Item) -> str:
        """'Builds on: <title> (<session>)' when the earlier item is in the selection."""
        linked = self.earlier.get(idea.builds_on) if idea.builds_on else None
        if linked is None:
            return ""
        return (
            self.tr("Builds on: %1 (%2)")
            .replace("%1", linked.said)
            .replace("%2", linked.session_title)
        )

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def row_of(self, item_id: int) -> int:
        """The row showing the idea with this id, or -1."""
        return next((n for n, r in enumerate(self.rows) if r.idea.id == item_id), -1)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 6

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0):
        if orientation != Qt.Orientation.Horizontal or role != _DISPLAY:
            return None
        return (
            self.tr("Idea"),
            self.tr("Session"),
            self.tr("Share of votes"),
            self.tr("Votes"),
            self.tr("Status"),
            self.tr("Owner"),
        )[section]

    def data(self, index: _Index, role: int = _DISPLAY):
        if not index.isValid():
            return None
        share, column = self.rows[index.row()], index.column()
        idea = share.idea
        if role == Qt.ItemDataRole.ToolTipRole and column == self.IDEA:
            return "\n".join(t for t in (idea.text, self.builds_on(idea)) if t)
        if role == Qt.ItemDataRole.ToolTipRole and column == self.SESSION:
            return self.titles.get(share.session_id, "")  # the whole title, cut in the column
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (self.SHARE, self.VOTES):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role != _DISPLAY:
            return None
        if column == self.IDEA:
            shown = pinned_text(idea, idea.title or idea.text)
            builds_on = self.builds_on(idea)
            return f"{shown} — {builds_on}" if builds_on else shown
        if column == self.SESSION:
            return self.titles.get(share.session_id, "")
        if column == self.SHARE:
            return f"{share.share:.0%}"
        if column == self.VOTES:
            return idea.votes or 0
        if column == self.STATUS:
            return status_text(idea.status)
        return self.owners.get(idea.owner_id, "") if idea.owner_id else idea.owner_text
