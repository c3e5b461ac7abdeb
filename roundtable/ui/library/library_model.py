"""The library's sessions as a table model, and the filter on top of it."""

from __future__ import annotations

from PySide6.QtCore import (
    QAbstractTableModel,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)

from roundtable.domain.model import SessionStatus, SessionSummary
from roundtable.ui import labels

_Index = QModelIndex | QPersistentModelIndex
SESSION_ID_ROLE = Qt.ItemDataRole.UserRole + 1


class SessionListModel(QAbstractTableModel):
    TITLE, THEME, HOST, DATE, STATUS, ITEMS = range(6)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: list[SessionSummary] = []

    def set_sessions(self, sessions: list[SessionSummary]) -> None:
        self.beginResetModel()
        self._rows = list(sessions)
        self.endResetModel()

    def session_at(self, row: int) -> SessionSummary:
        return self._rows[row]

    def themes(self) -> list[str]:
        return sorted({s.theme for s in self._rows if s.theme}, key=str.casefold)

    def series(self) -> list[str]:
        return sorted({s.series for s in self._rows if s.series}, key=str.casefold)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 6

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0):
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (
            self.tr("Title"),
            self.tr("Theme"),
            self.tr("Host"),
            self.tr("Date"),
            self.tr("Status"),
            self.tr("Items"),
        )[section]

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        s = self._rows[index.row()]
        column = index.column()
        if role == SESSION_ID_ROLE:
            return s.id
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.TITLE:
                return s.title
            if column == self.THEME:
                return s.theme
            if column == self.HOST:
                return s.host
            if column == self.DATE:
                if s.starts_at is None:
                    return ""
                return QLocale().toString(s.starts_at.date(), QLocale.FormatType.ShortFormat)
            if column == self.STATUS:
                return labels.status_name(s.status)
            if column == self.ITEMS:
                return s.item_count
        if role == Qt.ItemDataRole.TextAlignmentRole and column == self.ITEMS:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole and column == self.TITLE:
            return s.title if not s.series else f"{s.title}\n{self.tr('Series: %s') % s.series}"
        return None


class SessionFilter(QSortFilterProxyModel):
    """Theme, series, status and the sessions a search matched; all must agree."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._theme: str | None = None
        self._series: str | None = None
        self._status: SessionStatus | None = None
        self._matching: set[int] | None = None

    def set_theme(self, theme: str | None) -> None:
        self._refilter("_theme", theme)

    def set_series(self, series: str | None) -> None:
        self._refilter("_series", series)

    def set_status(self, status: SessionStatus | None) -> None:
        self._refilter("_status", status)

    def set_matching(self, session_ids: set[int] | None) -> None:
        self._refilter("_matching", session_ids)

    def _refilter(self, name: str, value: object) -> None:
        self.beginFilterChange()
        setattr(self, name, value)
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: _Index) -> bool:
        s = self.sourceModel().session_at(source_row)
        return (
            (self._theme is None or s.theme == self._theme)
            and (self._series is None or s.series == self._series)
            and (self._status is None or s.status == self._status)
            and (self._matching is None or s.id in self._matching)
        )
