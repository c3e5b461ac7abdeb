"""The items of one phase of one session, grouped by kind, as a list model.

The store is the truth: after every change the model re-reads the phase and tells the view
only what changed (one row added or removed, or rows updated), so selection and scroll
position survive a capture.
"""

from __future__ import annotations

import json

from PySide6.QtCore import (
    QAbstractListModel,
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from roundtable.domain import rules
from roundtable.domain.model import Item, ItemKind, Participant, Phase
from roundtable.edits import Aspect
from roundtable.errors import RoundtableError
from roundtable.ui import labels
from roundtable.ui.date_field import show_date
from roundtable.ui.session_view import FollowsSession
from roundtable.ui.workspace import Workspace

_Index = QModelIndex | QPersistentModelIndex
ITEM_ID_ROLE = Qt.ItemDataRole.UserRole + 1
KIND_ROLE = Qt.ItemDataRole.UserRole + 2
HEADER_ROLE = Qt.ItemDataRole.UserRole + 3  # the group's heading on its first row, else ""
_MIME = "application/x-roundtable-item-ids"


def attribution(person: Participant | None) -> str:
    if person is None:
        return ""
    return f"{person.name} ({person.organisation})" if person.organisation else person.name


class ItemsModel(FollowsSession, QAbstractListModel):
    edit_refused = Signal(str)
    read_only = False

    def __init__(self, workspace: Workspace, parent=None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.phase: Phase = Phase.NARRATIVE
        self._rows: list[Item] = []
        self._people: dict[int, Participant] = {}
        self.follow(workspace, Aspect.ITEMS, Aspect.PARTICIPANTS)  # attributions show names

    # -- loading ----------------------------------------------------------------------

    def set_phase(self, session_id: int | None, phase: Phase) -> None:
        self.session_id, self.phase = session_id, phase
        self.beginResetModel()
        self._rows = self._read()
        self.endResetModel()

    def _read(self) -> list[Item]:
        if self.session_id is None:
            return []
        self._people = {p.id: p for p in self.workspace.participants(self.session_id)}
        order = {kind: n for n, kind in enumerate(rules.KINDS_BY_PHASE[self.phase])}
        found = self.workspace.items(self.session_id, self.phase)
        return sorted(found, key=lambda i: order.get(i.kind, len(order)))  # stable: positions

    def set_session(self, session_id: int | None) -> None:
        self.set_phase(session_id, self.phase)

    def reload(self) -> None:
        """Re-read the phase and tell the view only what changed."""
        new = self._read()
        old_ids = [i.id for i in self._rows]
        new_ids = [i.id for i in new]
        if old_ids == new_ids:
            self._rows = new
            if new:
                self.dataChanged.emit(self.index(0), self.index(len(new) - 1))
            return
        if len(new_ids) == len(old_ids) + 1:
            at = _single_difference(new_ids, old_ids)
            if at is not None:
                self.beginInsertRows(QModelIndex(), at, at)
                self._rows = new
                self.endInsertRows()
                self._headers_changed(at)
                return
        if len(old_ids) == len(new_ids) + 1:
            at = _single_difference(old_ids, new_ids)
            if at is not None:
                self.beginRemoveRows(QModelIndex(), at, at)
                self._rows = new
                self.endRemoveRows()
                self._headers_changed(at)
                return
        if set(old_ids) == set(new_ids):  # reordered: keep selection on the same items
            self.layoutAboutToBeChanged.emit()
            moved = {item_id: row for row, item_id in enumerate(new_ids)}
            for index in self.persistentIndexList():
                row = moved[old_ids[index.row()]]
                self.changePersistentIndex(index, self.index(row))
            self._rows = new
            self.layoutChanged.emit()
            self._headers_changed()
            return
        self.beginResetModel()
        self._rows = new
        self.endResetModel()

    def _headers_changed(self, at: int | None = None) -> None:
        # Headings (with their counts) sit on each group's first row; around an insert or
        # removal at `at` a row may have gained or lost one.
        rows = {
            r for r, item in enumerate(self._rows) if r == 0 or self._rows[r - 1].kind != item.kind
        }
        if at is not None:
            rows |= {at - 1, at, at + 1}
        for row in sorted(r for r in rows if 0 <= r < len(self._rows)):
            self.dataChanged.emit(self.index(row), self.index(row), [HEADER_ROLE])

    # -- reading ----------------------------------------------------------------------

    def item_at(self, row: int) -> Item:
        return self._rows[row]

    def row_of(self, item_id: int) -> int | None:
        for row, item in enumerate(self._rows):
            if item.id == item_id:
                return row
        return None

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        item = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._shown(item)
        if role == Qt.ItemDataRole.EditRole:
            return item.text
        if role == ITEM_ID_ROLE:
            return item.id
        if role == KIND_ROLE:
            return item.kind
        if role == HEADER_ROLE:
            row = index.row()
            if row == 0 or self._rows[row - 1].kind != item.kind:
                count = sum(1 for i in self._rows if i.kind == item.kind)
                return f"{labels.kind_plural(item.kind)} ({count})"
            return ""
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return f"{labels.kind_name(item.kind)}: {self._shown(item)}"
        return None

    def _shown(self, item: Item) -> str:
        head = f"{item.title} — {item.text}" if item.title else item.text
        if item.kind is ItemKind.QUOTE:
            head = f"“{head}”"
        details = []
        if who := attribution(self._people.get(item.by_id)):
            details.append(who)
        if item.category:
            details.append(labels.category_name(item.category))
        if item.kind is ItemKind.IDEA:
            details.append(self.tr("%n vote(s)", "", item.votes or 0))
            if item.barrier_ids:
                details.append(self.tr("answers %n barrier(s)", "", len(item.barrier_ids)))
        if item.kind in rules.OWNER_KINDS and item.owner_id in self._people:
            details.append(self.tr("owner: %s") % self._people[item.owner_id].name)
        if item.kind is ItemKind.ACTION and item.due is not None:
            details.append(self.tr("due %s") % show_date(item.due))
        return head + ("\n" + " · ".join(details) if details else "")

    # -- editing in place -------------------------------------------------------------

    def flags(self, index: _Index) -> Qt.ItemFlag:
        base = super().flags(index)
        if self.read_only:  # a completed session: its record is kept as it is
            return base
        if not index.isValid():
            return base | Qt.ItemFlag.ItemIsDropEnabled
        return base | Qt.ItemFlag.ItemIsEditable | Qt.ItemFlag.ItemIsDragEnabled

    def setData(self, index: _Index, value, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.EditRole:
            return False
        text = str(value).strip()
        item = self._rows[index.row()]
        if text == item.text:
            return False
        try:
            self.workspace.update_item(item.id, self.tr("Edit text"), text=text)
        except RoundtableError as exc:
            self.edit_refused.emit(str(exc))
            return False
        return True

    # -- reordering -------------------------------------------------------------------

    def move_before(self, item_id: int, before_id: int | None) -> bool:
        """Move an item before another of its kind (None: to the end of its kind)."""
        if self.read_only:
            return False
        item = self.workspace.item(item_id)
        phase_order = [i.id for i in self.workspace.items(item.session_id, item.phase)]
        same_kind = [i.id for i in self._rows if i.kind == item.kind]
        phase_order.remove(item_id)
        if before_id is not None and before_id in same_kind and before_id != item_id:
            index = phase_order.index(before_id)
        else:
            others = [i for i in same_kind if i != item_id]
            index = phase_order.index(others[-1]) + 1 if others else len(phase_order)
        try:
            self.workspace.move_item(item_id, index, self.tr("Move item"))
        except RoundtableError as exc:
            self.edit_refused.emit(str(exc))
            return False
        return True

    def move_by(self, item_id: int, step: int) -> bool:
        """One place up (-1) or down (+1) among the items of its kind."""
        row = self.row_of(item_id)
        if row is None:
            return False
        kind = self._rows[row].kind
        same = [i.id for i in self._rows if i.kind == kind]
        at = same.index(item_id)
        target = at + step
        if not 0 <= target < len(same):
            return False
        if step < 0:
            return self.move_before(item_id, same[target])
        after = same[target + 1] if target + 1 < len(same) else None
        return self.move_before(item_id, after)

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        return [_MIME]

    def mimeData(self, indexes) -> QMimeData:
        mime = QMimeData()
        ids = [self._rows[i.row()].id for i in indexes if i.isValid()]
        mime.setData(_MIME, json.dumps(ids).encode())
        return mime

    def dropMimeData(self, data: QMimeData, action, row: int, column: int, parent) -> bool:
        if not data.hasFormat(_MIME):
            return False
        ids = json.loads(bytes(data.data(_MIME)).decode())
        if len(ids) != 1:
            return False
        if parent.isValid():  # dropped onto an item: before it
            row = parent.row()
        before = self._rows[row].id if 0 <= row < len(self._rows) else None
        self.move_before(ids[0], before)
        # False: the view must not remove the dragged row; the re-read has moved it.
        return False


def _single_difference(longer: list[int], shorter: list[int]) -> int | None:
    """Where `longer` has its one extra element, if that is the only difference."""
    at = next((n for n, (a, b) in enumerate(zip(longer, shorter, strict=False)) if a != b), None)
    at = len(shorter) if at is None else at
    return at if longer[at + 1 :] == shorter[at:] else None
