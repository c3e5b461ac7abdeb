"""The library's sessions as a table model that also filters them.

The model filters in Python over its own list: a QSortFilterProxyModel would call a Python
`filterAcceptsRow` (and `rowCount`) once per session on every reset, 2,000 calls with a
thousand sessions before the first paint.

The library is what a start paints first, so nothing here touches Qt's `Qt` namespace: its
first use builds all of its ~90 enums (20-25 ms), and a Python `headerData()` would receive
a `Qt.Orientation`. The roles are Qt's numbers written out (a test holds them to Qt's), and
the column titles live in a model of Qt's own (`column_titles`).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import (
    QAbstractTableModel,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
)
from PySide6.QtGui import QStandardItemModel

from roundtable.domain.summary import SessionSummary
from roundtable.domain.vocabulary import SessionStatus
from roundtable.ui import labels

_Index = QModelIndex | QPersistentModelIndex
# Qt.ItemDataRole's DisplayRole, ToolTipRole, TextAlignmentRole and UserRole + 1.
DISPLAY_ROLE, TOOL_TIP_ROLE, TEXT_ALIGNMENT_ROLE, SESSION_ID_ROLE = 0, 3, 7, 0x0100 + 1
ALIGN_RIGHT_CENTRED = 0x0002 | 0x0080  # Qt.AlignmentFlag.AlignRight | AlignVCenter


class SessionListModel(QAbstractTableModel):
    """Every session, and the rows that pass the filters: theme, series, status and the
    sessions a search matched (None: any); all must agree."""

    TITLE, THEME, HOST, DATE, STATUS, ITEMS = range(6)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._all: list[SessionSummary] = []
        self._rows: list[SessionSummary] = []
        self._theme: str | None = None
        self._series: str | None = None
        self._status: SessionStatus | None = None
        self._matching: set[int] | None = None

    def set_sessions(self, sessions: list[SessionSummary]) -> None:
        self.beginResetModel()
        self._all = list(sessions)
        self._rows = self._passing()
        self.endResetModel()

    def set_theme(self, theme: str | None) -> None:
        self._refilter("_theme", theme)

    def set_series(self, series: str | None) -> None:
        self._refilter("_series", series)

    def set_status(self, status: SessionStatus | None) -> None:
        self._refilter("_status", status)

    def set_matching(self, session_ids: set[int] | None) -> None:
        self._refilter("_matching", session_ids)

    def _refilter(self, name: str, value: object) -> None:
        if getattr(self, name) == value:
            return
        setattr(self, name, value)
        self.beginResetModel()
        self._rows = self._passing()
        self.endResetModel()

    def _passing(self) -> list[SessionSummary]:
        theme, series, status, matching = self._theme, self._series, self._status, self._matching
        return [
            s
            for s in self._all
            if (theme is None or s.theme == theme)
            and (series is None or s.series == series)
            and (status is None or s.status == status)
            and (matching is None or s.id in matching)
        ]

    def session_count(self) -> int:
        """All sessions, shown or filtered out."""
        return len(self._all)

    def session_at(self, row: int) -> SessionSummary:
        return self._rows[row]

    def row_of(self, session_id: int) -> int | None:
        """The row showing the session, None when it is filtered out or gone."""
        return next((n for n, s in enumerate(self._rows) if s.id == session_id), None)

    def themes(self) -> list[str]:
        return sorted({s.theme for s in self._all if s.theme}, key=str.casefold)

    def series(self) -> list[str]:
        return sorted({s.series for s in self._all if s.series}, key=str.casefold)

    def widest_in(self, column: int, width: Callable[[str], int]) -> int | None:
        """The row whose text in `column` is widest by `width`, None with no rows. Fitting a
        column measures each distinct text once, not every cell through `data()` (a thousand
        sessions made that 200 ms of the start)."""
        rows = self._rows
        if not rows:
            return None
        if column == self.ITEMS:  # no smaller number is wider
            return max(range(len(rows)), key=lambda n: rows[n].item_count)
        value = _VALUE_OF[column]
        distinct = {value(s) for s in rows}
        locale = QLocale()
        text = {v: self._text_of(column, v, locale) for v in distinct}
        widest = max(distinct, key=lambda v: width(text[v]))
        return next(n for n, s in enumerate(rows) if value(s) == widest)

    def _text(self, s: SessionSummary, column: int) -> str:
        """What a cell of any column but the count shows."""
        return self._text_of(column, _VALUE_OF[column](s), QLocale())

    def _text_of(self, column: int, value, locale: QLocale) -> str:
        if column == self.DATE:
            return "" if value is None else locale.toString(value, QLocale.FormatType.ShortFormat)
        if column == self.STATUS:
            return labels.status_name(value)
        return value

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 6

    def column_titles(self, parent: QObject) -> QStandardItemModel:
        """The titles of the columns, for the table's header to show."""
        titles = QStandardItemModel(0, 6, parent)
        titles.setHorizontalHeaderLabels(
            [
                self.tr("Title"),
                self.tr("Theme"),
                self.tr("Host"),
                self.tr("Date"),
                self.tr("Status"),
                self.tr("Items"),
            ]
        )
        return titles

    def data(self, index: _Index, role: int = DISPLAY_ROLE):
        # A paint asks each cell for a dozen roles; the ones shown here are answered, the rest
        # return at once.
        if role not in _ANSWERED or not index.isValid():
            return None
        s = self._rows[index.row()]
        column = index.column()
        if role == SESSION_ID_ROLE:
            return s.id
        if role == DISPLAY_ROLE:
            return s.item_count if column == self.ITEMS else self._text(s, column)
        if role == TEXT_ALIGNMENT_ROLE and column == self.ITEMS:
            return ALIGN_RIGHT_CENTRED
        if role == TOOL_TIP_ROLE and column == self.TITLE:
            return s.title if not s.series else f"{s.title}\n{self.tr('Series: %s') % s.series}"
        return None


_ANSWERED = frozenset((DISPLAY_ROLE, TOOL_TIP_ROLE, TEXT_ALIGNMENT_ROLE, SESSION_ID_ROLE))


# What a text cell is made from: the value that is measured, then shown.
_VALUE_OF: dict[int, Callable[[SessionSummary], object]] = {
    SessionListModel.TITLE: lambda s: s.title,
    SessionListModel.THEME: lambda s: s.theme,
    SessionListModel.HOST: lambda s: s.host,
    SessionListModel.DATE: lambda s: None if s.starts_at is None else s.starts_at.date(),
    SessionListModel.STATUS: lambda s: s.status,
}
