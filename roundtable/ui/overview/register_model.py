"""The follow-up register as a table: every idea and action of the overview's sessions with
status, owner, due date and outcome. A completed session's captured content stays locked, but
these four columns are the follow-up around it and stay editable: each change is one undoable
edit, and a new status adds a dated line to the item's history."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QComboBox, QStyledItemDelegate

from roundtable.domain.dates import DateNotUnderstood, parse_date
from roundtable.domain.people import participant_named
from roundtable.domain.rules import DUE_KINDS
from roundtable.errors import RoundtableError
from roundtable.insights.followup import FollowUpRow, is_open
from roundtable.insights.words import fold
from roundtable.ui import labels
from roundtable.ui.date_field import show_date
from roundtable.ui.overview.statuses import status_text, statuses_of
from roundtable.ui.workspace import Workspace

_Index = QModelIndex | QPersistentModelIndex
_DISPLAY = Qt.ItemDataRole.DisplayRole
_EDIT = Qt.ItemDataRole.EditRole
OVERDUE_COLOUR = QColor("#f6d5d1")


class FollowUpModel(QAbstractTableModel):
    SESSION, KIND, ITEM, STATUS, OWNER, DUE, OUTCOME = range(7)
    EDITABLE = (STATUS, OWNER, DUE, OUTCOME)

    edit_refused = Signal(str)

    def __init__(self, workspace: Workspace, parent=None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.rows: list[FollowUpRow] = []

    def show(self, rows: list[FollowUpRow]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def refresh(self, rows: list[FollowUpRow]) -> None:
        """The same items freshly read, shown in place (an open editor keeps working); other
        items wait for `show`."""
        if rows and [r.item.id for r in rows] == [r.item.id for r in self.rows]:
            self.rows = rows
            self.dataChanged.emit(self.index(0, 0), self.index(len(rows) - 1, 6))

    def row_at(self, row: int) -> FollowUpRow:
        return self.rows[row]

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 7

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0):
        if orientation != Qt.Orientation.Horizontal or role != _DISPLAY:
            return None
        return (
            self.tr("Session"),
            self.tr("Kind"),
            self.tr("Idea or action"),
            self.tr("Status"),
            self.tr("Owner"),
            self.tr("Due"),
            self.tr("Outcome"),
        )[section]

    def flags(self, index: _Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.isValid() and index.column() in self.EDITABLE and self._takes(index):
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def _takes(self, index: _Index) -> bool:
        # An idea has no due date: its cell would take a date and store nothing.
        return index.column() != self.DUE or self.rows[index.row()].item.kind in DUE_KINDS

    def data(self, index: _Index, role: int = _DISPLAY):
        if not index.isValid():
            return None
        row, column = self.rows[index.row()], index.column()
        item = row.item
        if role == Qt.ItemDataRole.BackgroundRole and row.overdue:
            return OVERDUE_COLOUR
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == self.STATUS and item.followups:
                return "\n".join(
                    f"{show_date(f.at.date())}  {status_text(f.status)}"
                    + (f" — {f.note}" if f.note else "")
                    for f in item.followups
                )
            if column == self.DUE and row.overdue:
                return self.tr("Overdue")
            if column == self.ITEM:
                return item.text
            if column in (self.SESSION, self.OWNER, self.OUTCOME):  # cut to the column's width
                return self.data(index, _DISPLAY) or None
            return None
        if role not in (_DISPLAY, _EDIT):
            return None
        if column == self.SESSION:
            return row.session_title
        if column == self.KIND:
            return labels.kind_name(item.kind)
        if column == self.ITEM:
            return item.title or item.text
        if column == self.STATUS:
            return str(item.status or "") if role == _EDIT else status_text(item.status)
        if column == self.OWNER:
            return row.owner
        if column == self.DUE:
            return show_date(item.due)  # the editor starts from the same text
        return item.outcome

    def setData(self, index: _Index, value, role: int = _EDIT) -> bool:
        if role != _EDIT or not index.isValid() or index.column() not in self.EDITABLE:
            return False
        if not self._takes(index):
            return False
        row, column = self.rows[index.row()], index.column()
        item_id = row.item.id
        text = str(value or "").strip()
        try:
            if column == self.STATUS:
                self.workspace.set_followup_status(item_id, text, "", self.tr("Change status"))
            elif column == self.OWNER:
                if text == row.owner:
                    return False
                # A participant's name links the owner to that person, as the workbook's
                # import does; anything else is kept as written ("KL", "Mette fra DI").
                named = participant_named(text, self.workspace.participants(row.session_id))
                self.workspace.update_item(
                    item_id,
                    self.tr("Change owner"),
                    owner_id=named.id if named else None,
                    owner_text="" if named else text,
                )
            elif column == self.DUE:
                if text == show_date(row.item.due):  # unchanged: what is shown is not read again
                    return False
                due = parse_date(text, self.workspace.clock().astimezone().date())
                self.workspace.update_item(item_id, self.tr("Change due date"), due=due)
            else:
                self.workspace.update_item(item_id, self.tr("Change outcome"), outcome=text)
        except DateNotUnderstood:
            # The date field's own words, and its Danish.
            refused = QCoreApplication.translate(
                "DateField", "“%s” is not a date: type e.g. 12.12.2026, 12/12, +14d or fri"
            )
            self.edit_refused.emit(refused % text)
            return False
        except RoundtableError as exc:
            self.edit_refused.emit(str(exc))
            return False
        return True


class StatusDelegate(QStyledItemDelegate):
    """The status column edits with the statuses of the row's kind."""

    def __init__(self, rows: Callable[[QModelIndex], FollowUpRow], parent=None) -> None:
        super().__init__(parent)
        self._row = rows

    def createEditor(self, parent, option, index):
        box = QComboBox(parent)
        for status in statuses_of(self._row(index).item.kind):
            box.addItem(status_text(status), str(status))
        return box

    def setEditorData(self, editor: QComboBox, index) -> None:
        editor.setCurrentIndex(max(editor.findData(index.data(_EDIT)), 0))

    def setModelData(self, editor: QComboBox, model, index) -> None:
        model.setData(index, editor.currentData(), _EDIT)


class RegisterFilter(QSortFilterProxyModel):
    """Open, overdue or all; one owner, or everyone; one organisation, or every one."""

    ALL, OPEN, OVERDUE = "all", "open", "overdue"

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.showing = self.ALL
        self.owner: str | None = None
        self.organisation: str | None = None

    def set_showing(self, showing: str) -> None:
        self.beginFilterChange()
        self.showing = showing
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def set_owner(self, owner: str | None) -> None:
        self.beginFilterChange()
        self.owner = owner
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def set_organisation(self, organisation: str | None) -> None:
        self.beginFilterChange()
        self.organisation = organisation
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: _Index) -> bool:
        row = self.sourceModel().row_at(source_row)
        if self.owner is not None and row.owner != self.owner:
            return False
        if self.organisation is not None and fold(row.organisation) != fold(self.organisation):
            return False
        if self.showing == self.OPEN:
            return is_open(row.item)
        if self.showing == self.OVERDUE:
            return row.overdue
        return True
