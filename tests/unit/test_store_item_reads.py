"""The reads a list of many items needs: the phase's order alone, and just the items it shows."""

from __future__ import annotations

from roundtable.domain.model import Item, ItemKind, Phase, Session
from roundtable.edits import Aspect, Changes
from roundtable.storage import SessionStore


def _filled() -> tuple[SessionStore, int, list[Item]]:
    store = SessionStore.in_memory()
    session = store.create_session(Session(title="Møde"))
    assert session.id is not None
    added = [
        store.add_item(session.id, Item(Phase.NARRATIVE, ItemKind.NOTE, "note")),
        store.add_item(session.id, Item(Phase.BARRIERS_OPPORTUNITIES, ItemKind.BARRIER, "jura")),
        store.add_item(session.id, Item(Phase.NARRATIVE, ItemKind.QUOTE, "citat")),
    ]
    idea = Item(Phase.IDEAS, ItemKind.IDEA, "pilot", barrier_ids=[added[1].id])
    added.append(store.add_item(session.id, idea))
    return store, session.id, added


def test_the_order_of_a_phase_lists_ids_and_kinds_in_stored_order():
    store, session_id, (note, _barrier, quote, _idea) = _filled()
    assert store.item_order(session_id, Phase.NARRATIVE) == [(note.id, "note"), (quote.id, "quote")]


def test_items_are_read_by_id_with_the_barriers_an_idea_answers():
    store, _session_id, (note, barrier, _quote, idea) = _filled()
    found = {item.id: item for item in store.items_by_id([idea.id, note.id, 10_000])}
    assert set(found) == {idea.id, note.id}
    assert found[idea.id].barrier_ids == [barrier.id]
    assert found[note.id].text == "note"


def test_barriers_and_ideas_are_read_without_the_rest_of_the_session():
    store, session_id, (_note, barrier, _quote, idea) = _filled()
    found = store.items_of_kinds(session_id, [ItemKind.BARRIER, ItemKind.IDEA])
    assert [i.id for i in found] == [barrier.id, idea.id]
    assert found[1].barrier_ids == [barrier.id]


def test_changes_name_their_items_only_when_every_part_does():
    capture = Changes(frozenset({1}), frozenset({Aspect.ITEMS}), frozenset({7}))
    other = Changes.of(1, Aspect.ITEMS)
    assert (capture | Changes()).items == frozenset({7})
    assert (capture | capture).items == frozenset({7})
    assert (capture | other).items is None
    assert capture == other, "which items is a hint, not part of what changed"
