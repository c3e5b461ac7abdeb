"""The items of one phase of one session, grouped by kind, as a list model.

The store is the truth: after every change the model re-reads the phase's order (ids and
kinds, cheap) and only the items that changed, then tells the view only what changed (one
row added or removed, or rows updated), so selection and scroll position survive a capture.
A capture reads back the one item it added (`Changes.items`), not the whole phase.

A phase can hold 100,000 items (a careless import, a hostile file): the view is given them a
page at a time (`canFetchMore`/`fetchMore`, as it scrolls to the end) and only the items of
the rows it was given are read, so opening such a session measures and draws one page.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterable

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
from roundtable.edits import Aspect, Changes
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
# Rows given to the view at a time: it measures each row's wrapped text (about 0.3 ms), two
# or three times as the page settles, before it paints.
PAGE = 200


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
        self._order: list[int] = []  # every item of the phase by id, as listed
        self._kinds: dict[int, str] = {}
        self._counts: Counter[str] = Counter()
        self._items: dict[int, Item] = {}  # those read: at least the rows given to the view
        self._shown = 0  # rows given to the view
        self._people: dict[int, Participant] = {}
        self.follow(workspace, Aspect.ITEMS, Aspect.PARTICIPANTS)  # attributions show names

    # -- loading ----------------------------------------------------------------------

    def set_phase(self, session_id: int | None, phase: Phase) -> None:
        self.session_id, self.phase = session_id, phase
        self.beginResetModel()
        self._read_people()
        self._set_order(*self._read_order())
        self._items = {}
        self._shown = min(len(self._order), PAGE)
        self._load(range(self._shown))
        self.endResetModel()

    def set_session(self, session_id: int | None) -> None:
        self.set_phase(session_id, self.phase)

    def _read_people(self) -> None:
        people = [] if self.session_id is None else self.workspace.participants(self.session_id)
        self._people = {p.id: p for p in people}

    def _read_order(self) -> tuple[list[int], dict[int, str]]:
        if self.session_id is None:
            return [], {}
        found = self.workspace.item_order(self.session_id, self.phase)
        # Grouped by kind in the phase's order, each group in its stored order; a kind from
        # another phase (moved here) comes last.
        groups: dict[str, list[int]] = {str(k): [] for k in rules.KINDS_BY_PHASE[self.phase]}
        others: list[int] = []
        for item_id, kind in found:
            groups.get(kind, others).append(item_id)
        order = [item_id for group in groups.values() for item_id in group]
        return [*order, *others], dict(found)

    def _set_order(self, order: list[int], kinds: dict[int, str]) -> None:
        self._order, self._kinds = order, kinds
        self._counts = Counter(kinds.values())

    def _load(self, rows: Iterable[int]) -> None:
        missing = [self._order[r] for r in rows if self._order[r] not in self._items]
        if missing:
            self._items.update(self.workspace.items_by_id(missing))

    def canFetchMore(self, parent: _Index) -> bool:
        return not parent.isValid() and self._shown < len(self._order)

    def fetchMore(self, parent: _Index) -> None:
        self._give_rows_through(min(self._shown + PAGE, len(self._order)) - 1)

    def _give_rows_through(self, row: int) -> None:
        if row < self._shown:
            return
        self._load(range(self._shown, row + 1))
        self.beginInsertRows(QModelIndex(), self._shown, row)
        self._shown = row + 1
        self.endInsertRows()

    def follow_change(self, changes: Changes) -> None:
        if Aspect.PARTICIPANTS in changes.aspects or changes.sessions is None:
            self.reload()  # names in every attribution
        else:
            self._update(changes.items)

    def reload(self) -> None:
        """Re-read the phase and tell the view only what changed."""
        self._read_people()
        self._update(None)

    def _update(self, only: frozenset[int] | None) -> None:
        """Re-read the order and the items in `only` (None: every item read so far)."""
        old = self._order
        order, kinds = self._read_order()

        def take(shown: int) -> None:
            # Only once the view was told what is coming: it may ask for rows meanwhile.
            self._set_order(order, kinds)
            self._shown = shown
            if only is None:
                self._items = {}
            else:
                for item_id in only:
                    self._items.pop(item_id, None)
            self._load(range(self._shown))

        if order == old:
            take(self._shown)
            self._rows_changed(only)
            return
        if len(order) == len(old) + 1 and (at := _single_difference(order, old)) is not None:
            if at <= self._shown:
                self.beginInsertRows(QModelIndex(), at, at)
                take(self._shown + 1)
                self.endInsertRows()
            else:
                take(self._shown)
            self._headers_changed(at)
            self._rows_changed(None if only is None else only - {order[at]})
            return
        if len(old) == len(order) + 1 and (at := _single_difference(old, order)) is not None:
            if at < self._shown:
                self.beginRemoveRows(QModelIndex(), at, at)
                take(self._shown - 1)
                self.endRemoveRows()
            else:
                take(self._shown)
            self._headers_changed(at)
            self._rows_changed(only)
            return
        if set(old) == set(order) and self._shown == len(order):
            # Reordered: keep the selection on the same items.
            self.layoutAboutToBeChanged.emit()
            moved = {item_id: row for row, item_id in enumerate(order)}
            for index in self.persistentIndexList():
                self.changePersistentIndex(index, self.index(moved[old[index.row()]]))
            take(self._shown)
            self.layoutChanged.emit()
            self._headers_changed()
            self._rows_changed(only)
            return
        self.beginResetModel()
        only = None
        take(min(len(order), max(self._shown, PAGE)))
        self.endResetModel()

    def _rows_changed(self, only: frozenset[int] | None) -> None:
        if only is None:
            if self._shown:
                self.dataChanged.emit(self.index(0), self.index(self._shown - 1))
            return
        shown = set(self._order[: self._shown]) if len(only) > 8 else None
        for item_id in only:
            if (shown is None or item_id in shown) and (row := self.row_of(item_id)) is not None:
                self.dataChanged.emit(self.index(row), self.index(row))

    def _headers_changed(self, at: int | None = None) -> None:
        # Headings (with their counts) sit on each group's first row; around an insert or
        # removal at `at` a row may have gained or lost one.
        rows, start = set(), 0
        for kind in rules.KINDS_BY_PHASE[self.phase]:
            rows.add(start)
            start += self._counts.get(str(kind), 0)
        if at is not None:
            rows |= {at - 1, at, at + 1}
        for row in sorted(r for r in rows if 0 <= r < self._shown):
            self.dataChanged.emit(self.index(row), self.index(row), [HEADER_ROLE])

    # -- reading ----------------------------------------------------------------------

    def item_at(self, row: int) -> Item:
        return self._items[self._order[row]]

    def id_at(self, row: int) -> int:
        """The id of the item in a row: the list's delegate asks it for every row at each
        layout, and a Python call is a third of going through `data()` and Qt."""
        return self._order[row]

    def header_at(self, row: int) -> str:
        """The heading above the row: its kind and their count on a group's first row."""
        kind = self._kinds[self._order[row]]
        if row and self._kinds[self._order[row - 1]] == kind:
            return ""
        return f"{labels.kind_plural(ItemKind(kind))} ({self._counts[kind]})"

    def newest_id(self) -> int | None:
        """The item of the phase captured last (ids grow with each capture)."""
        return max(self._order, default=None)

    def row_of(self, item_id: int) -> int | None:
        """The row showing the item; None when it is not among the rows given to the view."""
        try:
            row = self._order.index(item_id, 0, self._shown)
        except ValueError:
            return None
        return row

    def reveal(self, item_id: int) -> int | None:
        """The item's row, giving the view the rows up to it first (the end of a long list)."""
        try:
            row = self._order.index(item_id)
        except ValueError:
            return None
        self._give_rows_through(row)
        return row

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self._shown

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row = index.row()
        item_id = self._order[row]
        if role == ITEM_ID_ROLE:
            return item_id
        item = self._items[item_id]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._shown_text(item)
        if role == Qt.ItemDataRole.EditRole:
            return item.text
        if role == KIND_ROLE:
            return item.kind
        if role == HEADER_ROLE:
            return self.header_at(row)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return f"{labels.kind_name(item.kind)}: {self._shown_text(item)}"
        return None

    def _shown_text(self, item: Item) -> str:
        head = f"{item.title} — {item.text}" if item.title else item.text
        if item.kind is ItemKind.QUOTE:
            head = self.tr("“%s”", "a quote in the list: »%s« in Danish") % head
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
        elif item.kind in rules.OWNER_KINDS and item.owner_text:
            details.append(self.tr("owner: %s") % item.owner_text)  # not a participant
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
        item = self.item_at(index.row())
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
        assert item.session_id is not None
        phase_order = [i for i, _ in self.workspace.item_order(item.session_id, item.phase)]
        same_kind = [i for i in self._order if self._kinds[i] == item.kind]
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
        kind = self._kinds.get(item_id)
        if kind is None:
            return False
        same = [i for i in self._order if self._kinds[i] == kind]
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
        ids = [self._order[i.row()] for i in indexes if i.isValid()]
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
        before = self._order[row] if 0 <= row < len(self._order) else None
        self.move_before(ids[0], before)
        # False: the view must not remove the dragged row; the re-read has moved it.
        return False


def _single_difference(longer: list[int], shorter: list[int]) -> int | None:
    """Where `longer` has its one extra element, if that is the only difference."""
    at = next((n for n, (a, b) in enumerate(zip(longer, shorter, strict=False)) if a != b), None)
    at = len(shorter) if at is None else at
    return at if longer[at + 1 :] == shorter[at:] else None
