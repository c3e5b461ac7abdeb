"""Capturing, changing, removing and reordering items."""

from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING, Any

from roundtable.domain.model import Item, ItemKind, SessionStatus
from roundtable.edits.base import NOTHING, Edit
from roundtable.edits.changes import Aspect, Changes
from roundtable.edits.fields import FieldsEdit
from roundtable.errors import InvalidValue

if TYPE_CHECKING:
    from roundtable.storage import SessionStore

_STORE_KEPT = {"id", "session_id", "position", "uid"}  # the store's to set, not an edit's


def _answers(store: SessionStore, barrier_id: int) -> dict[int, list[int]]:
    """The ideas that answer a barrier, each with all the barriers it answers, in order."""
    return {i: store.get_item(i).barrier_ids for i in store.ideas_addressing(barrier_id)}


def _relink(store: SessionStore, answers: dict[int, list[int]]) -> None:
    for idea_id, barrier_ids in answers.items():
        if store.get_item(idea_id).barrier_ids != barrier_ids:
            store.update_item(idea_id, barrier_ids=barrier_ids)


def _place(store: SessionStore, item: Item) -> int:
    """The item's index among its phase's items."""
    assert item.session_id is not None
    return [i.id for i in store.items(item.session_id, item.phase)].index(item.id)


def _items_changed(session_id: int | None) -> Changes:
    # The library counts items and finds sessions by their text.
    return Changes.of(session_id, Aspect.ITEMS, Aspect.LIBRARY)


class AddItem(Edit):
    def __init__(self, session_id: int, item: Item, text: str = "") -> None:
        self.session_id, self.item = session_id, item
        self.text = text
        self.added: Item | None = None  # as stored, once applied

    def _apply(self, store: SessionStore) -> Changes:
        if self.added is None:
            if store.get_session(self.session_id).status is SessionStatus.COMPLETED:
                raise InvalidValue(
                    "The session is completed: reopen it before capturing more in it."
                )
            self.added = store.add_item(self.session_id, self.item)
            assert self.added.id is not None
            added = frozenset({self.added.id})  # a list of many items reads only this one
            return dataclasses.replace(_items_changed(self.session_id), items=added)
        # The same item under the same id and place
        store.restore_item(self.added)
        return self._this_item()

    def _undo(self, store: SessionStore) -> Changes:
        assert self.added is not None and self.added.id is not None, "undo before apply"
        store.delete_item(self.added.id)
        return self._this_item()

    def _this_item(self) -> Changes:
        # Which item: the run page selects it when a redo brings it back.
        assert self.added is not None and self.added.id is not None
        return dataclasses.replace(
            _items_changed(self.session_id), items=frozenset({self.added.id})
        )


class UpdateItem(FieldsEdit):
    def __init__(self, item_id: int, values: dict[str, Any], text: str = "") -> None:
        super().__init__(values, text)
        self.item_id = item_id
        self._place = 0
        self._answers: dict[int, list[int]] = {}

    def _read(self, store: SessionStore) -> Item:
        return store.get_item(self.item_id)

    def _write(self, store: SessionStore, values: dict[str, Any]) -> None:
        store.update_item(self.item_id, **values)

    def _changes_of(self, current: Item) -> Changes:
        return _items_changed(current.session_id)

    def _kept(self, current: Item) -> list[str]:
        # Another kind clears the fields the new kind has no use for (an idea's votes).
        return [f.name for f in dataclasses.fields(current) if f.name not in _STORE_KEPT]

    def _remember(self, store: SessionStore, current: Item) -> None:
        # Another phase takes the item to its end, and a barrier that becomes something else
        # loses the ideas answering it: undo puts back both.
        self._place = _place(store, current)
        if current.kind is ItemKind.BARRIER:
            self._answers = _answers(store, self.item_id)

    def _undo(self, store: SessionStore) -> Changes:
        changes = super()._undo(store)
        if "phase" in self.values:
            store.move_item(self.item_id, self._place)
        _relink(store, self._answers)
        return changes


class DeleteItem(Edit):
    """Undo puts the item back in its place, with the ideas that answered it (a barrier)."""

    def __init__(self, item_id: int, text: str = "") -> None:
        self.item_id = item_id
        self.text = text
        self._before: Item | None = None
        self._answers: dict[int, list[int]] = {}  # idea id -> the barriers it answered

    def _apply(self, store: SessionStore) -> Changes:
        if self._before is None:
            self._before = store.get_item(self.item_id)
            self._answers = _answers(store, self.item_id)
        store.delete_item(self.item_id)
        return _items_changed(self._before.session_id)

    def _undo(self, store: SessionStore) -> Changes:
        assert self._before is not None, "undo before apply"
        store.restore_item(self._before, list(self._answers))
        _relink(store, self._answers)  # the restored link came last
        return _items_changed(self._before.session_id)


class MoveItem(Edit):
    """To `index` within its phase."""

    def __init__(self, item_id: int, index: int, text: str = "") -> None:
        self.item_id, self.index = item_id, index
        self.text = text
        self._before: int | None = None
        self._session_id: int | None = None

    def _apply(self, store: SessionStore) -> Changes:
        if self._before is None:
            item = store.get_item(self.item_id)
            siblings = [i.id for i in store.items(item.session_id, item.phase)]
            before = siblings.index(self.item_id)
            if before == self.index:
                return NOTHING
            self._before, self._session_id = before, item.session_id
        store.move_item(self.item_id, self.index)
        return _items_changed(self._session_id)

    def _undo(self, store: SessionStore) -> Changes:
        assert self._before is not None, "undo before apply"
        store.move_item(self.item_id, self._before)
        return _items_changed(self._session_id)
