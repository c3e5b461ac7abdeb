"""The store API as the UI and the command line use it."""

from __future__ import annotations

import dataclasses
from datetime import UTC, date, datetime, timedelta, timezone, tzinfo

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from roundtable.domain import (
    IdeaStatus,
    Item,
    ItemKind,
    Participant,
    Phase,
    PhasePlan,
    Sector,
    Session,
    SessionStatus,
    SpeakingTurn,
)
from roundtable.errors import InvalidValue, NotFound
from roundtable.sessionfile import parse_session_document
from roundtable.storage import SessionStore

CET = timezone(timedelta(hours=1))


@pytest.fixture
def session(store):
    return store.create_session(Session(title="Ældrepleje", theme="Ældre", host="Vestby Kommune"))


@pytest.fixture
def lise(store, session):
    return store.add_participant(
        session.id, Participant("Lise Mørk", "Vestby Kommune", "Ældrechef", Sector.MUNICIPAL)
    )


def test_new_session_has_the_three_default_timeboxes(store, session):
    plans = store.phases(session.id)
    assert [(p.phase, p.planned_minutes) for p in plans] == [
        (Phase.NARRATIVE, 30),
        (Phase.BARRIERS_OPPORTUNITIES, 45),
        (Phase.IDEAS, 45),
    ]
    assert session.status is SessionStatus.PLANNED
    assert session.created_at is not None


def test_sessions_are_listed_newest_first_with_counts(store):
    older = store.create_session(Session("Older", starts_at=datetime(2023, 3, 14, 9, tzinfo=CET)))
    # Later in absolute time although the wall-clock hour is earlier: offsets count.
    newer = store.create_session(
        Session("Newer", starts_at=datetime(2023, 3, 14, 8, 30, tzinfo=UTC))
    )
    store.add_item(newer.id, Item(Phase.NARRATIVE, ItemKind.NOTE, "a point"))
    listed = store.list_sessions()
    assert [s.title for s in listed] == ["Newer", "Older"]
    assert listed[0].item_count == 1 and listed[1].item_count == 0
    assert older.id in {s.id for s in listed}


def test_update_session_is_stored_and_validated(store, session):
    updated = store.update_session(session.id, status=SessionStatus.RUNNING, chatham_house=True)
    assert store.get_session(session.id).status is SessionStatus.RUNNING
    assert updated.chatham_house
    with pytest.raises(InvalidValue, match="title"):
        store.update_session(session.id, title="")
    with pytest.raises(InvalidValue, match="title"):
        store.update_session(session.id, title="x" * 301)
    with pytest.raises(InvalidValue, match="no field named colour"):
        store.update_session(session.id, colour="red")
    assert store.get_session(session.id).title == "Ældrepleje"


def test_unknown_ids_are_refused_with_a_message(store):
    with pytest.raises(NotFound, match="no session with id 42"):
        store.get_session(42)
    with pytest.raises(NotFound, match="no session with id 42"):
        store.add_item(42, Item(Phase.NARRATIVE, ItemKind.NOTE, "x"))
    with pytest.raises(NotFound, match="no item with id 7"):
        store.update_item(7, text="y")
    with pytest.raises(NotFound, match="no participant"):
        store.delete_participant(3)


def test_phase_timing_is_recorded(store, session):
    start = datetime(2024, 5, 2, 13, 5, tzinfo=CET)
    store.update_phase(session.id, Phase.NARRATIVE, started_at=start, planned_minutes=20)
    plan = store.phases(session.id)[0]
    assert plan.started_at == start and plan.planned_minutes == 20
    with pytest.raises(InvalidValue, match="planned_minutes"):
        store.update_phase(session.id, Phase.IDEAS, planned_minutes=0)
    with pytest.raises(InvalidValue, match="before started_at"):
        store.update_phase(session.id, Phase.NARRATIVE, ended_at=start - timedelta(minutes=1))


def test_items_keep_their_order_within_a_phase_and_can_be_moved(store, session):
    ids = [
        store.add_item(session.id, Item(Phase.NARRATIVE, ItemKind.NOTE, f"point {n}")).id
        for n in range(4)
    ]
    store.add_item(session.id, Item(Phase.IDEAS, ItemKind.IDEA, "an idea"))
    store.move_item(ids[3], 0)
    texts = [i.text for i in store.items(session.id, Phase.NARRATIVE)]
    assert texts == ["point 3", "point 0", "point 1", "point 2"]
    store.move_item(ids[3], 99)  # clamped to the end
    assert store.items(session.id, Phase.NARRATIVE)[-1].id == ids[3]
    assert [i.phase for i in store.items(session.id)][-1] is Phase.IDEAS


def test_an_item_must_fit_its_phase(store, session):
    with pytest.raises(InvalidValue, match='"barrier" does not belong in the phase "narrative"'):
        store.add_item(session.id, Item(Phase.NARRATIVE, ItemKind.BARRIER, "x"))
    with pytest.raises(InvalidValue, match="text must be 1–20,000 characters long, not 0"):
        store.add_item(session.id, Item(Phase.NARRATIVE, ItemKind.NOTE, ""))
    with pytest.raises(InvalidValue, match="impact must be 1–5, not 6"):
        store.add_item(session.id, Item(Phase.IDEAS, ItemKind.IDEA, "x", impact=6))
    # A note belongs everywhere.
    for phase in Phase:
        store.add_item(session.id, Item(phase, ItemKind.NOTE, "noted"))
    assert len(store.items(session.id)) == 3


def test_idea_defaults_and_fields_that_do_not_apply_are_cleared(store, session):
    idea = store.add_item(session.id, Item(Phase.IDEAS, ItemKind.IDEA, "Robotbibliotek"))
    assert idea.votes == 0 and idea.status is IdeaStatus.PROPOSED
    note = store.add_item(
        session.id, Item(Phase.NARRATIVE, ItemKind.NOTE, "n", votes=5, category="data")
    )
    assert note.votes is None and note.category == ""
    voted = store.update_item(idea.id, votes=idea.votes + 3, impact=4, effort=2)
    assert (voted.votes, voted.impact, voted.effort) == (3, 4, 2)


def test_ideas_link_to_barriers_of_the_same_session_only(store, session, lise):
    barrier = store.add_item(
        session.id,
        Item(
            Phase.BARRIERS_OPPORTUNITIES, ItemKind.BARRIER, "Udbudsregler", category="procurement"
        ),
    )
    opportunity = store.add_item(
        session.id, Item(Phase.BARRIERS_OPPORTUNITIES, ItemKind.OPPORTUNITY, "Data findes")
    )
    idea = store.add_item(session.id, Item(Phase.IDEAS, ItemKind.IDEA, "Markedsdialog"))
    linked = store.link_idea_to_barrier(idea.id, barrier.id)
    assert linked.barrier_ids == [barrier.id]
    assert store.link_idea_to_barrier(idea.id, barrier.id).barrier_ids == [barrier.id]
    with pytest.raises(InvalidValue, match="not a barrier"):
        store.link_idea_to_barrier(idea.id, opportunity.id)
    other = store.create_session(Session("Other"))
    foreign = store.add_item(
        other.id, Item(Phase.BARRIERS_OPPORTUNITIES, ItemKind.BARRIER, "elsewhere")
    )
    with pytest.raises(InvalidValue, match="not a barrier in this session"):
        store.link_idea_to_barrier(idea.id, foreign.id)
    assert store.unlink_idea_from_barrier(idea.id, barrier.id).barrier_ids == []
    store.link_idea_to_barrier(idea.id, barrier.id)
    store.delete_item(barrier.id)
    assert store.get_item(idea.id).barrier_ids == []


def test_a_barrier_turned_into_an_opportunity_loses_its_links(store, session):
    barrier = store.add_item(session.id, Item(Phase.BARRIERS_OPPORTUNITIES, ItemKind.BARRIER, "b"))
    idea = store.add_item(
        session.id, Item(Phase.IDEAS, ItemKind.IDEA, "i", barrier_ids=[barrier.id])
    )
    store.update_item(barrier.id, kind=ItemKind.OPPORTUNITY)
    assert store.get_item(idea.id).barrier_ids == []


def test_attribution_must_name_a_participant_of_the_session(store, session, lise):
    item = store.add_item(session.id, Item(Phase.NARRATIVE, ItemKind.QUOTE, "q", by_id=lise.id))
    assert item.by_id == lise.id
    other = store.create_session(Session("Other"))
    stranger = store.add_participant(other.id, Participant("Stranger"))
    with pytest.raises(InvalidValue, match="not in this session"):
        store.add_item(session.id, Item(Phase.NARRATIVE, ItemKind.NOTE, "n", by_id=stranger.id))
    with pytest.raises(InvalidValue, match="owner"):
        store.add_item(session.id, Item(Phase.IDEAS, ItemKind.ACTION, "a", owner_id=stranger.id))


def test_participants_in_order_edited_and_validated(store, session, lise):
    pia = store.add_participant(session.id, Participant("Pia Skov", "ElMaskiner A/S"))
    assert [p.name for p in store.participants(session.id)] == ["Lise Mørk", "Pia Skov"]
    assert store.update_participant(pia.id, sector=Sector.PRIVATE).sector is Sector.PRIVATE
    with pytest.raises(InvalidValue, match="name must not be empty"):
        store.add_participant(session.id, Participant("  "))
    with pytest.raises(InvalidValue, match="name"):
        store.update_participant(pia.id, name="")


def test_deleting_a_participant_removes_them_everywhere(store, session, lise):
    quote = store.add_item(session.id, Item(Phase.NARRATIVE, ItemKind.QUOTE, "q", by_id=lise.id))
    action = store.add_item(
        session.id,
        Item(Phase.IDEAS, ItemKind.ACTION, "call", owner_id=lise.id, due=date(2024, 6, 1)),
    )
    store.add_speaking_turn(session.id, SpeakingTurn(lise.id, datetime.now(UTC)))
    assert store.search("Lise").sessions
    store.delete_participant(lise.id)
    assert store.participants(session.id) == []
    assert store.get_item(quote.id).by_id is None
    assert store.get_item(action.id).owner_id is None
    assert store.speaking_turns(session.id) == []
    assert store.search("Lise").sessions == []
    assert store.search("Ældrechef").sessions == []
    assert store.check() == []


def _database_bytes(store) -> bytes:
    return b"".join(
        p.read_bytes() for p in store.data_dir.iterdir() if p.name.startswith("roundtable.sqlite3")
    )


@pytest.mark.parametrize(
    ("forget", "kept"),
    [
        (lambda store, person: store.delete_participant(person.id), b"kept"),
        (
            lambda store, person: store.update_participant(person.id, name="P1", organisation=""),
            b"kept",
        ),
        (lambda store, person: store.delete_session(person.session_id), None),
    ],
    ids=["participant deleted", "participant renamed", "session deleted"],
)
def test_a_forgotten_name_is_gone_from_the_files_on_disk(disk_store, forget, kept):
    store = disk_store
    session = store.create_session(Session("Privacy"))
    name = "Zacharias Quistgaard"
    person = store.add_participant(session.id, Participant(name, "Hemmelig Rådgivning ApS"))
    store.add_item(session.id, Item(Phase.NARRATIVE, ItemKind.NOTE, "kept", by_id=person.id))
    assert b"Quistgaard" in _database_bytes(store)
    forget(store, person)
    raw = _database_bytes(store)
    for needle in ("Zacharias", "zacharias", "Quistgaard", "quistgaard", "Hemmelig", "hemmelig"):
        assert needle.encode() not in raw, needle
    if kept:
        assert kept in raw


def test_speaking_turns_are_recorded_and_ended(store, session, lise):
    start = datetime(2024, 5, 2, 13, 5, tzinfo=CET)
    turn = store.add_speaking_turn(session.id, SpeakingTurn(lise.id, start))
    ended = store.end_speaking_turn(turn.id, start + timedelta(minutes=3, seconds=30))
    assert ended.ended_at - ended.started_at == timedelta(minutes=3, seconds=30)
    with pytest.raises(InvalidValue, match="before started_at"):
        store.end_speaking_turn(turn.id, start - timedelta(seconds=1))
    assert store.get_speaking_turn(turn.id).ended_at == ended.ended_at
    store.delete_speaking_turn(turn.id)
    assert store.speaking_turns(session.id) == []


def test_an_ended_turn_can_run_again_and_a_removed_one_comes_back_with_its_id(store, session, lise):
    start = datetime(2024, 5, 2, 13, 5, tzinfo=CET)
    turn = store.add_speaking_turn(session.id, SpeakingTurn(lise.id, start))
    store.end_speaking_turn(turn.id, start + timedelta(minutes=1))
    assert store.end_speaking_turn(turn.id, None).ended_at is None
    store.delete_speaking_turn(turn.id)
    assert store.restore_speaking_turn(turn) == turn
    with pytest.raises(InvalidValue, match="already there"):
        store.restore_speaking_turn(turn)


def test_the_speaker_queue_keeps_its_order_and_refuses_strangers(store, session, lise):
    ole = store.add_participant(session.id, Participant("Ole", sector=Sector.PRIVATE))
    assert store.raised_hands(session.id) == []
    assert store.set_raised_hands(session.id, [ole.id, lise.id]) == [ole.id, lise.id]
    assert store.set_raised_hands(session.id, [lise.id, ole.id]) == [lise.id, ole.id]
    with pytest.raises(InvalidValue, match="only once"):
        store.set_raised_hands(session.id, [lise.id, lise.id])
    other = store.create_session(Session(title="Other"))
    stranger = store.add_participant(other.id, Participant("Stranger"))
    with pytest.raises(InvalidValue, match="not in this session"):
        store.set_raised_hands(session.id, [stranger.id])
    assert store.raised_hands(session.id) == [lise.id, ole.id]  # refused: nothing changed
    store.delete_participant(ole.id)
    assert store.raised_hands(session.id) == [lise.id]
    store.delete_session(session.id)
    assert store.db.execute("SELECT count(*) FROM raised_hands").fetchone() == (0,)


def test_undoing_a_participants_deletion_restores_their_turns_ids_and_raised_hand(
    store, session, lise
):
    ole = store.add_participant(session.id, Participant("Ole", sector=Sector.PRIVATE))
    ida = store.add_participant(session.id, Participant("Ida", sector=Sector.PRIVATE))
    start = datetime(2024, 5, 2, 13, 5, tzinfo=CET)
    turn = store.add_speaking_turn(session.id, SpeakingTurn(lise.id, start, start))
    store.set_raised_hands(session.id, [ole.id, lise.id, ida.id])
    trace = store.participant_trace(lise.id)
    store.delete_participant(lise.id)
    assert store.raised_hands(session.id) == [ole.id, ida.id]
    store.restore_participant(trace)
    assert store.speaking_turns(session.id) == [turn]  # the same id: later undo steps use it
    assert store.raised_hands(session.id) == [ole.id, lise.id, ida.id]


def test_naive_times_are_taken_as_local_time(store, session, lise):
    naive = datetime(2024, 5, 2, 13, 0)
    turn = store.add_speaking_turn(session.id, SpeakingTurn(lise.id, naive))
    assert turn.started_at.tzinfo is not None
    assert turn.started_at == naive.astimezone()


def test_deleting_a_session_removes_everything_it_held(store, session, lise):
    store.add_item(session.id, Item(Phase.NARRATIVE, ItemKind.NOTE, "Ældre borgere", by_id=lise.id))
    store.delete_session(session.id)
    assert store.list_sessions() == []
    for table in ("items", "participants", "phases", "speaking_turns", "idea_barriers"):
        assert store.db.execute(f"SELECT count(*) FROM {table}").fetchone() == (0,), table
    assert store.search("ældre").items == []
    assert store.check() == []


def test_every_edit_touches_the_session(store, session):
    before = store.get_session(session.id).updated_at
    store.add_item(session.id, Item(Phase.NARRATIVE, ItemKind.NOTE, "n"))
    assert store.get_session(session.id).updated_at > before


def test_text_is_kept_exactly_as_given(store, session):
    text = "Tab\there, line\nbreak, NUL \x00, bell \x07, emoji 🧓🏽🤖, RTL مرحبا, Ææ Øø Åå"
    item = store.add_item(session.id, Item(Phase.NARRATIVE, ItemKind.NOTE, text))
    assert store.get_item(item.id).text == text
    long = "å" * 20_000
    assert store.add_item(session.id, Item(Phase.NARRATIVE, ItemKind.NOTE, long)).text == long


# -- search -----------------------------------------------------------------------------


@pytest.fixture
def searchable(store, example_doc):
    return store.import_bundle(parse_session_document(example_doc).bundle)


def test_search_finds_items_by_prefix_ignoring_accents_and_case(store, searchable):
    hits = store.search("UDBUD")
    assert {h.snippet for h in hits.items} >= {
        "Kommunen holder en åben markedsdialog om behovet, før [udbuddet] skrives."
    }
    assert all(h.session_id == searchable.id for h in hits.items)
    # "aben" finds "åben": å loses its ring under remove_diacritics.
    assert store.search("aben markedsdialog").items


def test_search_finds_sessions_by_title_theme_host_and_participants(store, searchable):
    for query in ("emissionsfrie", "grøn omstilling", "vestby", "ElMaskiner", "Tarek"):
        assert [s.id for s in store.search(query).sessions] == [searchable.id], query
    assert store.search("eldrepleje").sessions == []


def test_search_requires_every_word(store, searchable):
    assert store.search("batterierne depotet").items
    assert store.search("batterierne udbuddet").items == []


@pytest.mark.parametrize(
    "query",
    ['"', "'", "AND", "OR NOT", "NEAR(a b)", "*", "^", "a:b", "(", ")", '""*', "-", "\x00", "🤖"],
)
def test_search_never_fails_on_odd_input(store, searchable, query):
    store.search(query)  # must not raise


def test_empty_search_finds_nothing(store, searchable):
    assert store.search("   ").sessions == [] and store.search("").items == []


def test_search_index_follows_edits(store, searchable):
    item = store.items(searchable.id, Phase.NARRATIVE)[0]
    store.update_item(item.id, text="Hjemmeplejen mangler hænder")
    assert [h.item_id for h in store.search("hjemmeplejen").items] == [item.id]
    assert not [h for h in store.search("dieselmaskiner").items if h.item_id == item.id]
    store.update_session(searchable.id, title="Robotter i ældreplejen")
    assert store.search("robotter").sessions
    assert store.check() == []


def test_import_bundle_maps_local_ids_and_keeps_phases(store, example_doc):
    bundle = parse_session_document(example_doc).bundle
    session = store.import_bundle(bundle)
    ideas = [i for i in store.items(session.id) if i.kind is ItemKind.IDEA]
    barriers = {i.id: i.text for i in store.items(session.id) if i.kind is ItemKind.BARRIER}
    assert [barriers[b] for b in ideas[0].barrier_ids] == [
        "Rammeaftalerne har ingen krav om emissionsfrihed."
    ]
    owners = {p.id: p.name for p in store.participants(session.id)}
    assert owners[ideas[0].owner_id] == "Lise Mørk"
    plans = store.phases(session.id)
    assert plans[2].started_at == datetime.fromisoformat("2024-05-02T14:35:00+02:00")
    assert len(store.speaking_turns(session.id)) == 3


def test_import_bundle_with_a_bad_part_writes_nothing(store, example_doc):
    bundle = parse_session_document(example_doc).bundle
    bundle.items[-1].text = ""  # slipped past a reader: the store still refuses it
    with pytest.raises(InvalidValue):
        store.import_bundle(bundle)
    assert store.list_sessions() == []
    assert store.db.execute("SELECT count(*) FROM items").fetchone() == (0,)


def test_custom_phase_plans_on_create(store):
    s = store.create_session(Session("Kort møde"), [PhasePlan(Phase.IDEAS, 20)])
    assert [p.planned_minutes for p in store.phases(s.id)] == [30, 45, 20]
    with pytest.raises(InvalidValue, match="planned_minutes must be 1–600, not 601"):
        store.create_session(Session("x"), [PhasePlan(Phase.IDEAS, 601)])
    assert len(store.list_sessions()) == 1


@settings(
    max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(query=st.text(max_size=40))
def test_search_never_fails_on_any_text(store, searchable, query):
    results = store.search(query)
    assert all(hit.session_id == searchable.id for hit in results.items)


def test_item_hits_come_most_recently_captured_first(store, session):
    first = store.add_item(session.id, Item(Phase.NARRATIVE, ItemKind.NOTE, "udbud før"))
    second = store.add_item(session.id, Item(Phase.NARRATIVE, ItemKind.NOTE, "udbud efter"))
    assert [h.item_id for h in store.search("udb").items] == [second.id, first.id]
    assert [h.item_id for h in store.search("u", limit=1).items] == [second.id]


def test_a_start_at_the_edge_of_the_calendar_is_refused(store):
    edge = datetime(1, 1, 1, tzinfo=timezone(timedelta(hours=1)))  # year 0 in UTC
    with pytest.raises(InvalidValue, match="starts_at is too close to the ends of the calendar"):
        store.create_session(Session("Early", starts_at=edge))
    assert store.list_sessions() == []


def test_a_due_date_given_as_a_date_time_is_refused_and_the_session_stays_readable(store, session):
    action = Item(Phase.IDEAS, ItemKind.ACTION, "Ring til KL", due=datetime(2024, 6, 1, 9, 0))
    with pytest.raises(InvalidValue, match="due must be a date, not datetime"):
        store.add_item(session.id, action)
    stored = store.add_item(
        session.id, Item(Phase.IDEAS, ItemKind.ACTION, "Ring", due=date(2024, 6, 1))
    )
    with pytest.raises(InvalidValue, match="due must be a date"):
        store.update_item(stored.id, due=datetime(2024, 6, 2, 9, 0))
    assert store.get_item(stored.id).due == date(2024, 6, 1)
    assert store.export_bundle(session.id).items[0].due == date(2024, 6, 1)


def test_a_naive_end_is_compared_with_an_aware_start(store, session, lise):
    start = datetime(2024, 5, 2, 13, 5, tzinfo=UTC)
    turn = store.add_speaking_turn(session.id, SpeakingTurn(lise.id, start))
    with pytest.raises(InvalidValue, match="before started_at"):
        store.end_speaking_turn(turn.id, datetime(2024, 5, 1, 12, 0))
    ended = store.end_speaking_turn(turn.id, datetime(2024, 5, 3, 12, 0))
    assert ended.ended_at == datetime(2024, 5, 3, 12, 0).astimezone()
    store.update_phase(session.id, Phase.NARRATIVE, started_at=start)
    with pytest.raises(InvalidValue, match="ended_at is before started_at"):
        store.update_phase(session.id, Phase.NARRATIVE, ended_at=datetime(2024, 5, 1, 12, 0))


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"votes": 2.5}, "votes must be a whole number, not float"),
        ({"votes": True}, "votes must be a whole number, not bool"),
        ({"impact": "3"}, "impact must be a whole number, not str"),
        ({"status": "bogus"}, 'status must be one of "proposed"'),
        ({"kind": "bogus"}, 'kind must be one of "note"'),
        ({"text": "broken \ud800 text"}, "text holds a character that is not valid Unicode"),
        ({"title": None}, "title is missing"),
        ({"barrier_ids": ["1"]}, "barrier_ids must be a list of item ids"),
    ],
)
def test_an_item_value_that_could_not_be_read_back_is_refused(store, session, changes, message):
    idea = store.add_item(session.id, Item(Phase.IDEAS, ItemKind.IDEA, "Fælles vikarpulje"))
    with pytest.raises(InvalidValue, match=message):
        store.update_item(idea.id, **changes)
    fresh = dataclasses.replace(Item(Phase.IDEAS, ItemKind.IDEA, "Ny idé"), **changes)
    with pytest.raises(InvalidValue, match=message):
        store.add_item(session.id, fresh)
    assert store.items(session.id) == [idea]
    assert store.check() == []


def test_enum_values_may_be_given_as_their_text(store, session):
    idea = store.add_item(session.id, Item("ideas", "idea", "Vikarpulje", status="in_progress"))
    assert idea.kind is ItemKind.IDEA and idea.status is IdeaStatus.IN_PROGRESS
    barrier = store.add_item(session.id, Item(Phase.BARRIERS_OPPORTUNITIES, ItemKind.BARRIER, "b"))
    linked = store.update_item(idea.id, barrier_ids=[barrier.id])
    store.update_item(barrier.id, kind="barrier", text="b2")
    assert store.get_item(linked.id).barrier_ids == [barrier.id]


@pytest.mark.parametrize(
    ("make", "message"),
    [
        (lambda s, p: s.update_session(p.session_id, status="bogus"), "status must be one of"),
        (lambda s, p: s.update_session(p.session_id, language="de"), "language must be one of"),
        (lambda s, p: s.update_session(p.session_id, chatham_house=1), "chatham_house must be"),
        (lambda s, p: s.update_participant(p.id, sector="bogus"), "sector must be one of"),
        (lambda s, p: s.update_participant(p.id, name="\udcff"), "name holds a character"),
        (
            lambda s, p: s.update_phase(p.session_id, Phase.IDEAS, planned_minutes="30"),
            "planned_minutes must be a whole number",
        ),
        (
            lambda s, p: s.update_phase(
                p.session_id, Phase.IDEAS, started_at=datetime(1, 1, 1, tzinfo=CET)
            ),
            "started_at is too close to the ends of the calendar",
        ),
        (
            lambda s, p: s.add_speaking_turn(
                p.session_id,
                SpeakingTurn(
                    p.id, datetime(9999, 12, 31, 23, tzinfo=timezone(-timedelta(hours=2)))
                ),
            ),
            "started_at is too close to the ends of the calendar",
        ),
    ],
)
def test_session_participant_phase_and_turn_values_are_checked(store, lise, make, message):
    before = store.export_bundle(lise.session_id)
    with pytest.raises(InvalidValue, match=message):
        make(store, lise)
    assert store.export_bundle(lise.session_id) == before


def test_a_write_waits_for_another_writer_instead_of_failing(disk_store):
    import sqlite3
    import threading

    store = disk_store
    session = store.create_session(Session("Two windows"))
    other = sqlite3.connect(
        store.data_dir / "roundtable.sqlite3", isolation_level=None, check_same_thread=False
    )
    other.execute("BEGIN IMMEDIATE")
    other.execute("UPDATE sessions SET summary = 'from the other window'")

    def finish_later() -> None:
        threading.Event().wait(0.3)
        other.execute("COMMIT")

    thread = threading.Thread(target=finish_later)
    thread.start()
    # The other writer commits while this write waits: a deferred transaction would have
    # read the older snapshot and failed with "database is locked".
    item = store.add_item(session.id, Item(Phase.NARRATIVE, ItemKind.NOTE, "waited"))
    thread.join()
    other.close()
    assert store.get_item(item.id).text == "waited"
    assert store.get_session(session.id).summary == "from the other window"


def test_speaking_turns_come_in_the_order_they_happened_whatever_their_offset(store, session, lise):
    later = store.add_speaking_turn(
        session.id, SpeakingTurn(lise.id, datetime(2024, 5, 2, 12, 30, tzinfo=UTC))
    )
    earlier = store.add_speaking_turn(
        session.id,
        SpeakingTurn(lise.id, datetime(2024, 5, 2, 13, 0, tzinfo=timezone(timedelta(hours=2)))),
    )
    assert [t.id for t in store.speaking_turns(session.id)] == [earlier.id, later.id]


@pytest.mark.parametrize(
    ("item", "message"),
    [
        (Item(Phase.IDEAS, ItemKind.IDEA, "x", barrier_ids=None), "barrier_ids is missing"),
        (Item(Phase.IDEAS, ["idea"], "x"), "kind must be one of"),
        (Item(Phase.NARRATIVE, ItemKind.NOTE, "x", by_id=2**64), "by_id is too large"),
        (Item(Phase.IDEAS, ItemKind.IDEA, "x", owner_id=2**64), "owner_id is too large"),
        (Item(Phase.IDEAS, ItemKind.IDEA, "x", barrier_ids=[2**64]), "barrier_ids must be a list"),
        (Item(Phase.IDEAS, ItemKind.IDEA, "x", votes=False), "votes must be a whole number"),
        (Item(Phase.IDEAS, ItemKind.IDEA, "x", votes=0.0), "votes must be a whole number"),
        (Item(Phase.IDEAS, ItemKind.IDEA, "x", votes=""), "votes must be a whole number"),
        (Item(Phase.IDEAS, ItemKind.IDEA, "x", status=""), "status must be one of"),
    ],
)
def test_odd_item_values_are_refused_not_crashed_on_or_quietly_changed(
    store, session, item, message
):
    with pytest.raises(InvalidValue, match=message):
        store.add_item(session.id, item)
    assert store.items(session.id) == []


def test_a_huge_participant_id_on_a_turn_is_refused(store, session):
    with pytest.raises(InvalidValue, match="by_id is too large"):
        store.add_speaking_turn(session.id, SpeakingTurn(2**64, datetime.now(UTC)))


def test_a_time_zone_without_an_offset_is_taken_as_local_time(store, session, lise):
    class Floating(tzinfo):
        def utcoffset(self, dt):
            return None

        def dst(self, dt):
            return None

    store.add_speaking_turn(session.id, SpeakingTurn(lise.id, datetime(2024, 5, 2, 12, tzinfo=UTC)))
    turn = store.add_speaking_turn(
        session.id, SpeakingTurn(lise.id, datetime(2024, 5, 2, 13, tzinfo=Floating()))
    )
    assert turn.started_at == datetime(2024, 5, 2, 13).astimezone()
    assert turn.started_at.utcoffset() is not None
    assert len(store.export_bundle(session.id).speaking_turns) == 2


def test_an_unknown_phase_is_refused(store, session):
    with pytest.raises(InvalidValue, match="no phase called 'idea'"):
        store.update_phase(session.id, "idea", planned_minutes=5)
    with pytest.raises(InvalidValue, match="position is a whole number"):
        store.move_item(
            store.add_item(session.id, Item(Phase.NARRATIVE, ItemKind.NOTE, "n")).id, "2"
        )


def test_a_delete_that_cannot_get_the_lock_changes_nothing_and_can_be_retried(disk_store):
    import sqlite3

    from roundtable.storage.faults import Busy

    store = disk_store
    session = store.create_session(Session("Trukket tilbage"))
    store.add_participant(session.id, Participant("Quistgaard"))
    store.db.execute("PRAGMA busy_timeout = 100")
    other = sqlite3.connect(store.data_dir / "roundtable.sqlite3", isolation_level=None)
    other.execute("BEGIN IMMEDIATE")
    with pytest.raises(Busy, match="busy"):
        store.delete_session(session.id)
    other.execute("ROLLBACK")
    other.close()
    assert not store.db.conn.in_transaction
    assert store.get_session(session.id).title == "Trukket tilbage"
    store.delete_session(session.id)
    assert store.search("Quistgaard").sessions == []
    assert b"Quistgaard" not in _database_bytes(store)


# -- what undo needs: restoring with the same ids -----------------------------------------


def test_a_deleted_barrier_comes_back_with_its_id_place_and_links(store, session, lise):
    add = store.add_item
    first = add(
        session.id, Item(Phase.BARRIERS_OPPORTUNITIES, ItemKind.BARRIER, "Udbud", by_id=lise.id)
    )
    add(session.id, Item(Phase.BARRIERS_OPPORTUNITIES, ItemKind.OPPORTUNITY, "Data"))
    idea = add(session.id, Item(Phase.IDEAS, ItemKind.IDEA, "Pilot", barrier_ids=[first.id]))
    before = store.items(session.id)
    linked = store.ideas_addressing(first.id)
    assert linked == [idea.id]
    store.delete_item(first.id)
    assert store.get_item(idea.id).barrier_ids == []
    store.restore_item(first, linked)
    assert store.items(session.id) == before
    with pytest.raises(InvalidValue, match="already there"):
        store.restore_item(first)


def test_a_deleted_participant_comes_back_with_items_turns_and_place(store, session, lise):
    other = store.add_participant(session.id, Participant("Bo Krag", "Omsorg A/S"))
    item = store.add_item(
        session.id, Item(Phase.IDEAS, ItemKind.ACTION, "Ring", by_id=lise.id, owner_id=lise.id)
    )
    turn = SpeakingTurn(lise.id, datetime(2026, 3, 1, 9, 0, tzinfo=CET))
    store.add_speaking_turn(session.id, turn)
    trace = store.participant_trace(lise.id)
    store.delete_participant(lise.id)
    assert store.get_item(item.id).by_id is None
    restored = store.restore_participant(trace)
    assert restored == lise
    assert [p.id for p in store.participants(session.id)] == [lise.id, other.id]
    assert (store.get_item(item.id).by_id, store.get_item(item.id).owner_id) == (lise.id, lise.id)
    assert [t.by_id for t in store.speaking_turns(session.id)] == [lise.id]
    assert store.search("Mørk").sessions, "the restored name is searchable again"


def test_duplicate_keeps_people_and_timeboxes_but_nothing_recorded(store, session, lise):
    store.update_phase(session.id, Phase.NARRATIVE, planned_minutes=20,
                       started_at=datetime(2026, 3, 1, 9, 0, tzinfo=CET))  # fmt: skip
    store.add_item(session.id, Item(Phase.NARRATIVE, ItemKind.NOTE, "Noget"))
    store.update_session(session.id, status=SessionStatus.COMPLETED, summary="Slut")
    copy = store.duplicate_session(session.id, "Ældrepleje (kopi)")
    assert (copy.title, copy.status, copy.summary, copy.theme) == (
        "Ældrepleje (kopi)", SessionStatus.PLANNED, "", "Ældre",
    )  # fmt: skip
    assert [p.name for p in store.participants(copy.id)] == ["Lise Mørk"]
    assert [p.planned_minutes for p in store.phases(copy.id)] == [20, 45, 45]
    assert all(p.started_at is None for p in store.phases(copy.id))
    assert store.items(copy.id) == []
    with pytest.raises(InvalidValue, match="title"):
        store.duplicate_session(session.id, "")


def test_the_follow_up_details_of_a_session_are_kept(store):
    session = store.create_session(Session(title="Ældrepleje", purpose="At lære af hinanden"))
    store.update_session(
        session.id,
        next_meeting=date(2024, 9, 3),
        minute_taker="Anders Lund",
        distribution="Deltagerne\nKL",
    )
    again = store.get_session(session.id)
    assert again.purpose == "At lære af hinanden"
    assert again.next_meeting == date(2024, 9, 3)
    assert (again.minute_taker, again.distribution) == ("Anders Lund", "Deltagerne\nKL")


@pytest.mark.parametrize(
    "forget",
    [
        lambda store, item: store.delete_item(item.id),
        lambda store, item: store.update_item(item.id, text="Omskrevet uden navne"),
    ],
    ids=["item deleted", "item edited"],
)
def test_an_item_s_old_words_are_gone_from_the_files_on_disk_after_close(tmp_path, forget):
    store = SessionStore.open(tmp_path / "data")
    session = store.create_session(Session("Privacy"))
    for n in range(30):  # the index holds other words too
        store.add_item(session.id, Item(Phase.NARRATIVE, ItemKind.NOTE, f"hjemmepleje {n}"))
    item = store.add_item(
        session.id, Item(Phase.NARRATIVE, ItemKind.NOTE, "Borgeren Xanthippe Blomqvist klagede")
    )
    assert b"blomqvist" in _database_bytes(store)
    forget(store, item)
    store.close()
    raw = b"".join(p.read_bytes() for p in (tmp_path / "data").glob("roundtable.sqlite3*"))
    for needle in ("Xanthippe", "xanthippe", "Blomqvist", "blomqvist", "klagede"):
        assert needle.encode() not in raw, needle
