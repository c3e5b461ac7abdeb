"""Figures across sessions read many sessions at once: the bulk read gives what reading them
one by one gives, and the light reads give the same figures as whole items."""

import dataclasses
import json
from pathlib import Path

import pytest

from roundtable.domain.model import ItemKind
from roundtable.errors import NotFound
from roundtable.insights.across import CATEGORY_KINDS, recurring_categories, recurring_categories_of
from roundtable.insights.selection import chosen, select
from roundtable.insights.summary import insights_document, read_insights
from roundtable.sessionfile import parse_session_document
from roundtable.storage import SessionStore

SAMPLE = Path(__file__).parents[2] / "resources" / "sample" / "sample.roundtable.json"


@pytest.fixture
def store():
    base = parse_session_document(json.loads(SAMPLE.read_text(encoding="utf-8"))).bundle
    store = SessionStore.in_memory()
    for n in range(3):
        items = [
            dataclasses.replace(item, uid="", themes=["Tillid"] if k % 4 == n else [])
            for k, item in enumerate(base.items)
        ]
        session = dataclasses.replace(base.session, uid="", title=f"Runde {n}", series="DI")
        store.import_session(dataclasses.replace(base, session=session, items=items), as_new=True)
    yield store
    store.close()


def test_sessions_read_together_hold_what_they_hold_read_one_by_one(store):
    ids = [s.id for s in store.list_sessions()]
    assert store.export_bundles(ids) == [store.export_bundle(i) for i in ids]
    assert any(i.barrier_ids for b in store.export_bundles(ids) for i in b.items)


def test_a_bulk_read_of_some_kinds_leaves_the_other_items_out(store):
    (bundle, *_rest) = store.export_bundles(None, (ItemKind.IDEA,))
    assert bundle.items and {i.kind for i in bundle.items} == {ItemKind.IDEA}
    assert bundle.participants and bundle.speaking_turns


def test_a_session_that_is_not_there_is_named(store):
    with pytest.raises(NotFound, match="999"):
        store.export_bundles([999])
    with pytest.raises(NotFound, match="999"):
        chosen(store, ids=[999])


def test_the_category_grid_from_grouped_ids_counts_what_whole_items_count(store):
    bundles = select(store)
    whole = recurring_categories(bundles)
    light = recurring_categories_of(store.category_groups(None, CATEGORY_KINDS))
    assert [(r.category, r.sessions, r.barriers, r.opportunities) for r in light] == [
        (r.category, r.sessions, r.barriers, r.opportunities) for r in whole
    ]
    first = light[0].by_session
    sid = next(iter(first))
    assert [i.id for i in store.items_by_id(first[sid])] == sorted(first[sid])


def test_insights_read_lightly_are_the_insights_of_the_whole_sessions(store):
    sessions = chosen(store, series="DI")
    whole = insights_document(select(store, series="DI"))
    assert read_insights(store, sessions) == whole
    assert whole["themes"] and whole["categories"] and whole["ideas"]


def test_items_by_id_come_in_the_order_asked_and_skip_unknown_ids(store):
    ids = [i.id for i in store.items(store.list_sessions()[0].id)][:3]
    assert [i.id for i in store.items_by_id([ids[2], 12345, ids[0]])] == [ids[2], ids[0]]


def test_talk_shares_read_lightly_count_local_times_and_leave_a_running_turn_out(store):
    from datetime import datetime

    from roundtable.domain.model import SpeakingTurn

    session_id = store.list_sessions()[0].id
    first, second = store.participants(session_id)[:2]
    naive = datetime(2024, 5, 2, 15, 0)  # a laptop clock without an offset
    store.add_speaking_turn(session_id, SpeakingTurn(first.id, naive, naive.replace(minute=7)))
    store.add_speaking_turn(session_id, SpeakingTurn(second.id, naive.replace(minute=8)))
    sessions = chosen(store, series="DI")
    document = read_insights(store, sessions)
    assert document == insights_document(select(store, series="DI"))
    talk = next(s for s in document["sectors"]["by_session"] if s["session_id"] == session_id)
    assert abs(sum(talk["talk_share"].values()) - 1) < 1e-3
