"""A session's participants as an editable table model; edits go through the workspace."""

from __future__ import annotations

import re

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QPalette
from PySide6.QtWidgets import QApplication, QComboBox, QStyledItemDelegate

from roundtable.audience.terms import ambiguous_terms
from roundtable.domain.model import Participant, Sector
from roundtable.edits import Aspect
from roundtable.errors import RoundtableError
from roundtable.ui import labels
from roundtable.ui.session_view import FollowsSession
from roundtable.ui.workspace import Workspace

_Index = QModelIndex | QPersistentModelIndex
PARTICIPANT_ID_ROLE = Qt.ItemDataRole.UserRole + 1
_FIELDS = ("name", "organisation", "role", "sector", "aliases")
ALIASES_COLUMN = _FIELDS.index("aliases")
_ALIAS_SEPARATORS = re.compile(r"[,;\n]")


def aliases_from_text(text: str) -> list[str]:
    """'PS, Pia S.' -> ['PS', 'Pia S.']: the also-written-as names as typed in set-up."""
    return [part.strip() for part in _ALIAS_SEPARATORS.split(text) if part.strip()]


def parse_pasted_participants(text: str) -> list[Participant]:
    """Participants from spreadsheet lines: name, organisation, role, sector, tab-separated.

    Blank lines and a header row (Name/Navn) are skipped; a missing column is left empty.
    """
    people = []
    for number, line in enumerate(text.replace("\r\n", "\n").replace("\r", "\n").split("\n")):
        cells = [cell.strip() for cell in line.split("\t")]
        if not any(cells):
            continue
        cells += [""] * (4 - len(cells))
        if number == 0 and cells[0].casefold() in ("name", "navn"):
            continue
        people.append(
            Participant(
                name=cells[0],
                organisation=cells[1],
                role=cells[2],
                sector=labels.sector_from_text(cells[3]),
            )
        )
    return people


class ParticipantsModel(FollowsSession, QAbstractTableModel):
    edit_refused = Signal(str)

    def __init__(self, workspace: Workspace, parent=None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self._rows: list[Participant] = []
        self.follow(workspace, Aspect.PARTICIPANTS)

    def reload(self) -> None:
        rows = [] if self.session_id is None else self.workspace.participants(self.session_id)
        if rows and [p.id for p in rows] == [p.id for p in self._rows]:
            # The same people, edited: a reset here would delete the editor a cell was just
            # committed from (each edit re-reads), and the next edit typed would be lost.
            self._rows = rows
            last = self.index(len(rows) - 1, self.columnCount() - 1)
            self.dataChanged.emit(self.index(0, 0), last)
            return
        self.beginResetModel()
        self._rows = rows
        self.endResetModel()

    def participant_at(self, row: int) -> Participant:
        return self._rows[row]

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(_FIELDS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (
                self.tr("Name"),
                self.tr("Organisation"),
                self.tr("Role"),
                self.tr("Sector"),
                self.tr("Also written as"),
            )[section]
        return None

    def flags(self, index: _Index) -> Qt.ItemFlag:
        return super().flags(index) | Qt.ItemFlag.ItemIsEditable

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        person = self._rows[index.row()]
        field = _FIELDS[index.column()]
        if role == PARTICIPANT_ID_ROLE:
            return person.id
        if field == "aliases":
            return self._aliases_data(person, role)
        if role == Qt.ItemDataRole.DisplayRole:
            value = getattr(person, field)
            return labels.sector_name(value) if field == "sector" else value
        if role == Qt.ItemDataRole.EditRole:
            return getattr(person, field)
        return None

    def _aliases_data(self, person: Participant, role: int):
        """The names as typed; where there are none and a name is also an everyday word, a
        quiet note: under the Chatham House Rule it is hidden only where written as a name."""
        typed = ", ".join(person.aliases)
        if role == Qt.ItemDataRole.EditRole:
            return typed
        host = ""
        if self.session_id is not None:
            host = self.workspace.session(self.session_id).host
        ambiguous = ambiguous_terms(person, host)
        note = (
            self.tr(
                "“%1” is also an everyday word: under the Chatham House Rule it is hidden only "
                "where written with its capital, not opening a sentence. Add a fuller name here "
                "if notes use it otherwise."
            ).replace("%1", ", ".join(ambiguous))
            if ambiguous
            else ""
        )
        if role == Qt.ItemDataRole.DisplayRole:
            if typed or not ambiguous:
                return typed
            return self.tr("“%1” is also an everyday word").replace("%1", ", ".join(ambiguous))
        if role == Qt.ItemDataRole.ToolTipRole:
            return note or None
        if role == Qt.ItemDataRole.ForegroundRole and ambiguous and not typed:
            return QBrush(QApplication.palette().color(QPalette.ColorRole.PlaceholderText))
        return None

    def setData(self, index: _Index, value, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.EditRole:
            return False
        person = self._rows[index.row()]
        field = _FIELDS[index.column()]
        if field == "sector":
            value = Sector(value)
        elif field == "aliases":
            value = aliases_from_text(str(value))
        else:
            value = str(value).strip()
        try:
            self.workspace.update_participant(
                person.id, self.tr("Edit participant"), **{field: value}
            )
        except RoundtableError as exc:
            self.edit_refused.emit(str(exc))
            return False
        return True


class SectorDelegate(QStyledItemDelegate):
    """The sector column edits with a list of the three sectors."""

    def createEditor(self, parent, option, index):
        editor = QComboBox(parent)
        for sector in Sector:
            editor.addItem(labels.sector_name(sector), sector)
        return editor

    def setEditorData(self, editor: QComboBox, index) -> None:
        editor.setCurrentIndex(max(0, editor.findData(index.data(Qt.ItemDataRole.EditRole))))

    def setModelData(self, editor: QComboBox, model, index) -> None:
        model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)
