"""The store's items: captured, changed, moved, and the ideas' links to the barriers they answer."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from roundtable.domain import validation
from roundtable.domain.model import Item, ItemKind, Phase
from roundtable.errors import InvalidValue, NotFound
from roundtable.storage import rows
from roundtable.storage.store_base import StoreBase, changed, checked_item, raise_problems


class ItemsPart(StoreBase):
    def _validated_item(self, session_id: int, item: Item) -> Item:
        item = checked_item(item)
        self._check_participant(session_id, item.by_id, "by_id")
        self._check_participant(session_id, item.owner_id, "owner_id")
        return item

    def add_item(self, session_id: int, item: Item) -> Item:
        """Store a new item at the end of its phase."""
        self._require_session(session_id)
        item = self._validated_item(session_id, item)
        with self._write():
            item_id = self._insert_item(session_id, item)
            self._set_addresses(session_id, item_id, item.barrier_ids)
            self._touch(session_id)
        return self.get_item(item_id)

    def _insert_item(self, session_id: int, item: Item) -> int:
        position = self._next_position("items", session_id=session_id, phase=str(item.phase))
        values = rows.item_row(item) | {
            "session_id": session_id,
            "position": position,
            "created_at": rows.now_text(),
            "uid": item.uid or validation.new_uid(),
        }
        return self._insert("items", values)

    def _addresses(self, item_ids: list[int]) -> dict[int, list[int]]:
        if not item_ids:
            return {}
        found: dict[int, list[int]] = {}
        marks = ", ".join("?" for _ in item_ids)
        for idea_id, barrier_id in self.conn.execute(
            f"SELECT idea_id, barrier_id FROM idea_barriers WHERE idea_id IN ({marks}) "
            "ORDER BY idea_id, position",
            item_ids,
        ):
            found.setdefault(idea_id, []).append(barrier_id)
        return found

    def get_item(self, item_id: int) -> Item:
        row = self._one(f"SELECT {rows.ITEM_COLUMNS} FROM items WHERE id = ?", [item_id])
        if row is None:
            raise NotFound(f"There is no item with id {item_id}.")
        return rows.item_value(row, self._addresses([item_id]).get(item_id, []))

    def find_item_by_uid(self, uid: str) -> Item | None:
        """The item with this uid, in any session, or None (a link to an item not here)."""
        row = self._one("SELECT id FROM items WHERE uid = ?", [uid]) if uid else None
        return None if row is None else self.get_item(row[0])

    def items_building_on(self, uid: str) -> list[Item]:
        """The later items that build on the item with this uid."""
        found = self.conn.execute(
            # `!= ''` lets SQLite use the partial index on the links.
            f"SELECT {rows.ITEM_COLUMNS} FROM items WHERE builds_on = ? AND builds_on != '' "
            "ORDER BY id",
            [uid],
        ).fetchall()
        links = self._addresses([r[0] for r in found])
        return [rows.item_value(r, links.get(r[0], [])) for r in found]

    def items(self, session_id: int, phase: Phase | None = None) -> list[Item]:
        """A session's items in phase order, each phase in its own order."""
        where, params = "session_id = ?", [session_id]
        if phase is not None:
            where, params = where + " AND phase = ?", [*params, str(phase)]
        found = self.conn.execute(
            f"SELECT {rows.ITEM_COLUMNS} FROM items WHERE {where} "
            "ORDER BY CASE phase WHEN 'narrative' THEN 0 WHEN 'barriers_opportunities' THEN 1 "
            "ELSE 2 END, position, id",
            params,
        ).fetchall()
        links = self._session_links(session_id)
        return [rows.item_value(r, links.get(r[0], [])) for r in found]

    def items_of_kinds(self, session_id: int, kinds: Iterable[ItemKind]) -> list[Item]:
        """A session's items of these kinds, in phase order: the barriers and ideas without
        the 100,000 notes a session may also hold."""
        wanted = [str(kind) for kind in kinds]
        marks = ", ".join("?" for _ in wanted)
        found = self.conn.execute(
            f"SELECT {rows.ITEM_COLUMNS} FROM items WHERE session_id = ? AND kind IN ({marks}) "
            "ORDER BY CASE phase WHEN 'narrative' THEN 0 WHEN 'barriers_opportunities' THEN 1 "
            "ELSE 2 END, position, id",
            [session_id, *wanted],
        ).fetchall()
        links = self._addresses([r[0] for r in found if r[3] == ItemKind.IDEA])
        return [rows.item_value(r, links.get(r[0], [])) for r in found]

    def item_order(self, session_id: int, phase: Phase) -> list[tuple[int, str]]:
        """The ids and kinds of a phase's items in their order: what a list of 100,000 items
        needs to know before it reads the few it shows."""
        return self.conn.execute(
            "SELECT id, kind FROM items WHERE session_id = ? AND phase = ? ORDER BY position, id",
            [session_id, str(phase)],
        ).fetchall()

    def _session_links(self, session_id: int) -> dict[int, list[int]]:
        found: dict[int, list[int]] = {}
        for idea_id, barrier_id in self.conn.execute(
            "SELECT l.idea_id, l.barrier_id FROM idea_barriers l "
            "JOIN items i ON i.id = l.idea_id WHERE i.session_id = ? "
            "ORDER BY l.idea_id, l.position",
            [session_id],
        ):
            found.setdefault(idea_id, []).append(barrier_id)
        return found

    def update_item(self, item_id: int, **changes: Any) -> Item:
        with self._write():
            current = self.get_item(item_id)
            updated = self._validated_item(current.session_id, changed(current, changes, "item"))
            values = rows.item_row(updated)
            if updated.phase != current.phase:
                values["position"] = self._next_position(
                    "items", session_id=current.session_id, phase=str(updated.phase)
                )
            self._update("items", item_id, values)
            if updated.barrier_ids != current.barrier_ids:
                self._set_addresses(current.session_id, item_id, updated.barrier_ids)
            if current.kind is ItemKind.BARRIER and updated.kind is not ItemKind.BARRIER:
                self.conn.execute("DELETE FROM idea_barriers WHERE barrier_id = ?", [item_id])
            self._touch(current.session_id)
            if (updated.title, updated.text) != (current.title, current.text):
                self._purge_deleted_text("items_fts")  # the old words must not linger
        self._checkpoint()
        return self.get_item(item_id)

    def update_followups(self, items: Iterable[Item]) -> None:
        """Write the follow-up fields (status, owner, due, outcome, followups) of `items` as
        given, each validated, in one transaction; their other fields are left as stored."""
        # A returned workbook brings 10,000 of these, each otherwise as stored: only the
        # follow-up fields are checked, the owners against each session's participants read
        # once, and only these columns written (rewriting the text would make the search
        # index redo it), in one executemany.
        items = list(items)
        for item in items:
            raise_problems("item", validation.followup_problems(item))
        sessions = {item.session_id for item in items}
        people = self._participant_ids(sessions)
        for item in items:
            assert item.id is not None and item.session_id is not None
            if item.owner_id is not None and item.owner_id not in people[item.session_id]:
                self._check_participant(item.session_id, item.owner_id, "owner_id")
        assignments = ", ".join(f"{name} = ?" for name in rows.FOLLOWUP_COLUMNS)
        values = [[*rows.followup_row(item), item.id] for item in items]
        with self._write():
            self.conn.executemany(f"UPDATE items SET {assignments} WHERE id = ?", values)
            for session_id in sessions:
                self._touch(session_id)

    def _participant_ids(self, session_ids: Iterable[int]) -> dict[int, set[int]]:
        found: dict[int, set[int]] = {s: set() for s in session_ids}
        for participant_id, session_id in self.conn.execute(
            "SELECT id, session_id FROM participants"
        ):
            if session_id in found:
                found[session_id].add(participant_id)
        return found

    def delete_item(self, item_id: int) -> None:
        current = self.get_item(item_id)
        with self._write():
            self.conn.execute("DELETE FROM items WHERE id = ?", [item_id])
            self._touch(current.session_id)
            self._purge_deleted_text("items_fts")
        self._checkpoint()

    def ideas_addressing(self, barrier_id: int) -> list[int]:
        """The ideas that answer a barrier, oldest link first."""
        return [
            r[0]
            for r in self.conn.execute(
                "SELECT idea_id FROM idea_barriers WHERE barrier_id = ? ORDER BY idea_id",
                [barrier_id],
            )
        ]

    def restore_item(self, item: Item, addressed_by: Iterable[int] = ()) -> Item:
        """Put a deleted item back with its id and place, and re-link the ideas that
        answered it (undo of a delete, redo of an add)."""
        session_id = item.session_id
        self._require_session(session_id)
        checked = self._validated_item(session_id, item)
        with self._write():
            if self._one("SELECT 1 FROM items WHERE id = ?", [item.id]):
                raise InvalidValue(f"Item {item.id} is already there.")
            values = rows.item_row(checked) | {
                "id": item.id,
                "session_id": session_id,
                "position": item.position,
                "created_at": rows.now_text(),
                "uid": item.uid or validation.new_uid(),
            }
            self._insert("items", values)
            self._set_addresses(session_id, item.id, checked.barrier_ids)
            for idea_id in addressed_by:
                position = self._next_position("idea_barriers", idea_id=idea_id)
                self.conn.execute(
                    "INSERT OR IGNORE INTO idea_barriers (idea_id, barrier_id, position) "
                    "SELECT id, ?, ? FROM items WHERE id = ? AND session_id = ? AND kind = 'idea'",
                    [item.id, position, idea_id, session_id],
                )
            self._touch(session_id)
        return self.get_item(item.id)

    def move_item(self, item_id: int, index: int) -> None:
        """Move an item to `index` within its phase (clamped to the phase's bounds)."""
        if type(index) is not int:
            raise InvalidValue(f"A position is a whole number, not {type(index).__name__}.")
        with self._write():
            current = self.get_item(item_id)
            order = [
                r[0]
                for r in self.conn.execute(
                    "SELECT id FROM items WHERE session_id = ? AND phase = ? ORDER BY position, id",
                    [current.session_id, str(current.phase)],
                )
            ]
            order.remove(item_id)
            order.insert(max(0, min(index, len(order))), item_id)
            for position, moved_id in enumerate(order):
                self.conn.execute(
                    "UPDATE items SET position = ? WHERE id = ?", [position, moved_id]
                )
            self._touch(current.session_id)

    def _set_addresses(self, session_id: int, idea_id: int, barrier_ids: list[int]) -> None:
        if len(set(barrier_ids)) != len(barrier_ids):
            raise InvalidValue("Invalid item: addresses lists the same barrier twice.")
        for barrier_id in barrier_ids:
            row = self._one(
                "SELECT kind FROM items WHERE id = ? AND session_id = ?", [barrier_id, session_id]
            )
            if row is None or row[0] != ItemKind.BARRIER:
                raise InvalidValue(
                    f"Invalid item: addresses names item {barrier_id}, "
                    "which is not a barrier in this session."
                )
        self.conn.execute("DELETE FROM idea_barriers WHERE idea_id = ?", [idea_id])
        for position, barrier_id in enumerate(barrier_ids):
            self.conn.execute(
                "INSERT INTO idea_barriers (idea_id, barrier_id, position) VALUES (?, ?, ?)",
                [idea_id, barrier_id, position],
            )

    def link_idea_to_barrier(self, idea_id: int, barrier_id: int) -> Item:
        idea = self.get_item(idea_id)
        if idea.kind is not ItemKind.IDEA:
            raise InvalidValue(f"Item {idea_id} is a {idea.kind}, not an idea.")
        if barrier_id in idea.barrier_ids:
            return idea
        return self.update_item(idea_id, barrier_ids=[*idea.barrier_ids, barrier_id])

    def unlink_idea_from_barrier(self, idea_id: int, barrier_id: int) -> Item:
        idea = self.get_item(idea_id)
        return self.update_item(
            idea_id, barrier_ids=[b for b in idea.barrier_ids if b != barrier_id]
        )
