"""Many sessions read at once, for the figures across sessions (the overview, `insights`,
`followup`, the report): one query per table for the whole selection. Reading 500 sessions
one by one cost five queries each, and the overview must open in a blink."""

from __future__ import annotations

import contextlib
import gc
from collections.abc import Collection, Iterator, Sequence
from datetime import datetime
from typing import NamedTuple

from roundtable.domain import rules
from roundtable.domain.model import Item, ItemKind, Sector, SessionBundle
from roundtable.errors import NotFound
from roundtable.storage import rows
from roundtable.storage.store_base import StoreBase

_PHASE_ORDER = "CASE phase WHEN 'narrative' THEN 0 WHEN 'barriers_opportunities' THEN 1 ELSE 2 END"


_KINDS = {str(k): k for k in ItemKind}


class IdeaRow(NamedTuple):
    """An idea as the ranking of ideas across sessions shows it, without the rest of it."""

    session_id: int
    uid: str
    title: str
    text: str
    votes: int | None
    status: str | None
    pinned: bool


class PersonRow(NamedTuple):
    """A participant as the participation figures count them."""

    id: int
    sector: Sector
    organisation: str


class ItemRef(NamedTuple):
    """An item as a figure across sessions counts, groups and names it: a tenth of the cost
    of reading the whole item, which the overview does only for the ones it opens."""

    id: int
    session_id: int
    kind: ItemKind
    category: str
    title: str
    text: str
    themes: list[str]


@contextlib.contextmanager
def _no_collection() -> Iterator[None]:
    """No cyclic garbage collection while many objects are made that form no cycles: the
    collector would otherwise walk them again and again (half the time of a large read)."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def _selected(column: str, session_ids: Sequence[int] | None) -> tuple[str, list]:
    if session_ids is None:
        return "", []
    ids = rows.json_text(list(session_ids))
    return f"WHERE {column} IN (SELECT value FROM json_each(?))", [ids]


def _kinds(where: str, params: list, kinds: Collection[ItemKind] | None) -> tuple[str, list]:
    if kinds is None:
        return where, params
    joiner = " AND " if where else "WHERE "
    marks = ", ".join("?" for _ in kinds) or "NULL"  # a handful of kinds: a plain list
    return f"{where}{joiner}i.kind IN ({marks})", [*params, *(str(k) for k in kinds)]


class BundlesPart(StoreBase):
    def export_bundles(
        self,
        session_ids: Sequence[int] | None = None,
        kinds: Collection[ItemKind] | None = None,
    ) -> list[SessionBundle]:
        """The sessions `session_ids` (None: every session) as bundles, in the order asked
        (every session: by id). `kinds` leaves out the items of other kinds, for a figure
        that never reads them. Raises NotFound for an id no session has."""
        with _no_collection():
            return self._bundles(session_ids, kinds)

    def _bundles(
        self, session_ids: Sequence[int] | None, kinds: Collection[ItemKind] | None
    ) -> list[SessionBundle]:
        if session_ids is not None:
            wanted = list(dict.fromkeys(session_ids))
        where, params = _selected("{}", None if session_ids is None else wanted)
        sessions = {
            row[0]: rows.session_value(row)
            for row in self.conn.execute(
                f"SELECT {rows.SESSION_COLUMNS} FROM sessions {where.format('id')}", params
            )
        }
        if session_ids is None:
            wanted = sorted(sessions)
        for session_id in wanted:
            if session_id not in sessions:
                raise NotFound(f"There is no session with id {session_id}.")
        bundles = {sid: SessionBundle(session=sessions[sid], phases=[]) for sid in wanted}
        self._read_phases(bundles, where, params)
        self._read_people(bundles, where, params)
        self._read_items(bundles, where, params, kinds)
        return list(bundles.values())

    def _read_phases(self, bundles: dict[int, SessionBundle], where: str, params: list) -> None:
        plans: dict[int, list] = {}
        for row in self.conn.execute(
            "SELECT session_id, phase, planned_minutes, started_at, ended_at FROM phases "
            + where.format("session_id"),
            params,
        ):
            plans.setdefault(row[0], []).append(rows.phase_value(row[1:]))
        for session_id, bundle in bundles.items():
            bundle.phases = rules.phases_with_defaults(plans.get(session_id, []))

    def _read_people(self, bundles: dict[int, SessionBundle], where: str, params: list) -> None:
        for row in self.conn.execute(
            f"SELECT {rows.PARTICIPANT_COLUMNS} FROM participants "
            f"{where.format('session_id')} ORDER BY session_id, position, id",
            params,
        ):
            bundles[row[1]].participants.append(rows.participant_value(row))
        for row in self.conn.execute(
            f"SELECT {rows.TURN_COLUMNS} FROM speaking_turns "
            f"{where.format('session_id')} ORDER BY session_id, id",
            params,
        ):
            bundles[row[1]].speaking_turns.append(rows.turn_value(row))
        for bundle in bundles.values():
            # By the instant, not the stored text: turns may carry different UTC offsets.
            bundle.speaking_turns.sort(key=lambda t: t.started_at)

    def _read_items(
        self,
        bundles: dict[int, SessionBundle],
        where: str,
        params: list,
        kinds: Collection[ItemKind] | None,
    ) -> None:
        item_where, item_params = _kinds(where.format("i.session_id"), params, kinds)
        links: dict[int, list[int]] = {}
        if kinds is None or ItemKind.IDEA in kinds:
            for idea_id, barrier_id in self.conn.execute(
                "SELECT l.idea_id, l.barrier_id FROM idea_barriers l "
                f"JOIN items i ON i.id = l.idea_id {item_where} ORDER BY l.idea_id, l.position",
                item_params,
            ):
                links.setdefault(idea_id, []).append(barrier_id)
        columns = ", ".join(f"i.{c.strip()}" for c in rows.ITEM_COLUMNS.split(","))
        for row in self.conn.execute(
            f"SELECT {columns} FROM items i {item_where} "
            f"ORDER BY i.session_id, {_PHASE_ORDER}, i.position, i.id",
            item_params,
        ):
            bundles[row[1]].items.append(rows.item_value(row, links.get(row[0], [])))

    def item_refs(
        self,
        session_ids: Sequence[int] | None,
        kinds: Collection[ItemKind] | None = None,
        themed: bool = False,
    ) -> list[ItemRef]:
        """The items of `kinds` (None: all) in the sessions (None: all), lightly, by id;
        `themed`: only those in one of the organiser's themes."""
        where, params = _kinds(*_selected("i.session_id", self._narrowed(session_ids)), kinds)
        if themed:
            where += f"{' AND ' if where else 'WHERE '}i.themes != '[]'"
        import json  # here: the start imports the store, and its first paint needs no json

        loads = json.loads
        # The themed few are read from their own index and put in order here: asking SQLite
        # for them by id would have it scan every item instead.
        order = "" if themed else " ORDER BY i.id"
        with _no_collection():
            found = [
                ItemRef(id_, sid, _KINDS[kind], category, title, text,
                        [] if themes == "[]" else loads(themes))
                for id_, sid, kind, category, title, text, themes in self.conn.execute(
                    "SELECT i.id, i.session_id, i.kind, i.category, i.title, i.text, i.themes "
                    f"FROM items i {where}{order}",
                    params,
                )
            ]  # fmt: skip
        if themed:
            found.sort(key=lambda ref: ref.id)
        return found

    def category_groups(
        self, session_ids: Sequence[int] | None, kinds: Collection[ItemKind]
    ) -> list[tuple[int, ItemKind, str, list[int]]]:
        """The items of `kinds` with a category, grouped: (session id, kind, category as
        written, the items' ids ascending). What a grid of categories by session counts,
        with the ids to read a cell's items by when it is opened."""
        where, params = _kinds(*_selected("i.session_id", self._narrowed(session_ids)), kinds)
        groups: dict[tuple[int, str, str], list[int]] = {}
        for sid, kind, category, item_id in self.conn.execute(
            f"SELECT i.session_id, i.kind, i.category, i.id FROM items i {where} "
            "AND i.category != ''",
            params,
        ):
            found = groups.get(key := (sid, kind, category))
            if found is None:
                groups[key] = [item_id]
            else:
                found.append(item_id)
        return [(sid, _KINDS[kind], category, sorted(ids))
                for (sid, kind, category), ids in groups.items()]  # fmt: skip

    def category_counts(
        self, session_ids: Sequence[int] | None, kinds: Collection[ItemKind]
    ) -> list[tuple[int, ItemKind, str, int]]:
        """`category_groups` counted, without the ids: (session id, kind, category as
        written, how many), for a grid that is printed, never opened. In the order of the
        sessions asked for (None: by id), then of each group's first item: a category's
        first spelling is the one shown."""
        where, params = _kinds(*_selected("i.session_id", self._narrowed(session_ids)), kinds)
        found = self.conn.execute(
            f"SELECT i.session_id, i.kind, i.category, count(*), min(i.id) FROM items i {where} "
            "AND i.category != '' GROUP BY i.session_id, i.kind, i.category",
            params,
        ).fetchall()
        rank = {sid: n for n, sid in enumerate(session_ids or ())}
        found.sort(key=lambda row: (rank.get(row[0], row[0]), row[4]))
        return [(sid, _KINDS[kind], category, count) for sid, kind, category, count, _ in found]

    def theme_lists(self, session_ids: Sequence[int] | None) -> list[tuple[int, list[str]]]:
        """(session id, its themes) of every item in one of the organiser's themes, in no
        particular order (read from their own index, `items_themed`)."""
        import json

        where, params = _selected("session_id", self._narrowed(session_ids))
        where += f"{' AND ' if where else 'WHERE '}themes != '[]'"
        loads = json.loads
        return [
            (sid, loads(themes))
            for sid, themes in self.conn.execute(
                f"SELECT session_id, themes FROM items {where}", params
            )
        ]

    def idea_rows(self, session_ids: Sequence[int]) -> list[IdeaRow]:
        """The ideas of the sessions, lightly, each session's in its captured order."""
        where, params = _selected("session_id", self._narrowed(session_ids))
        where += f"{' AND ' if where else 'WHERE '}kind = 'idea'"
        with _no_collection():
            return [
                IdeaRow(sid, uid or "", title, text, votes, status, bool(pinned))
                for sid, uid, title, text, votes, status, pinned in self.conn.execute(
                    "SELECT session_id, uid, title, text, votes, coalesce(action_status, status), "
                    f"pinned FROM items {where} "
                    f"ORDER BY session_id, {_PHASE_ORDER}, position, id",
                    params,
                )
            ]

    def people_rows(
        self, session_ids: Sequence[int]
    ) -> tuple[dict[int, list[PersonRow]], dict[int, list[tuple[int, datetime, datetime]]]]:
        """The participants (in their order) and the finished speaking turns (who, from
        when, to when) of the sessions, by session: what the talk shares are counted from."""
        where, params = _selected("session_id", self._narrowed(session_ids))
        people: dict[int, list[PersonRow]] = {}
        turns: dict[int, list[tuple[int, datetime, datetime]]] = {}
        sectors = {str(s): s for s in Sector}
        parse = datetime.fromisoformat
        with _no_collection():
            for id_, sid, sector, organisation in self.conn.execute(
                f"SELECT id, session_id, sector, organisation FROM participants {where} "
                "ORDER BY session_id, position, id",
                params,
            ):
                people.setdefault(sid, []).append(PersonRow(id_, sectors[sector], organisation))
            for sid, by_id, started, ended in self.conn.execute(
                "SELECT session_id, participant_id, started_at, ended_at FROM speaking_turns "
                f"{where}{' AND ' if where else 'WHERE '}ended_at IS NOT NULL",
                params,
            ):
                turns.setdefault(sid, []).append((by_id, parse(started), parse(ended)))
        return people, turns

    def _narrowed(self, session_ids: Sequence[int] | None) -> Sequence[int] | None:
        """None when the sessions are every session: no filter reads faster than one that
        lets everything through."""
        if session_ids is None:
            return None
        (count,) = self._one("SELECT count(*) FROM sessions", [])
        return None if len(set(session_ids)) >= count else session_ids

    def items_by_id(self, item_ids: Sequence[int]) -> list[Item]:
        """The items with these ids, in the order given; ids no item has are left out."""
        wanted = list(dict.fromkeys(item_ids))
        where, params = _selected("i.id", wanted)
        links: dict[int, list[int]] = {}
        for idea_id, barrier_id in self.conn.execute(
            f"SELECT l.idea_id, l.barrier_id FROM idea_barriers l JOIN items i "
            f"ON i.id = l.idea_id {where} ORDER BY l.idea_id, l.position",
            params,
        ):
            links.setdefault(idea_id, []).append(barrier_id)
        columns = ", ".join(f"i.{c.strip()}" for c in rows.ITEM_COLUMNS.split(","))
        found = {
            row[0]: rows.item_value(row, links.get(row[0], []))
            for row in self.conn.execute(f"SELECT {columns} FROM items i {where}", params)
        }
        return [found[i] for i in wanted if i in found]
