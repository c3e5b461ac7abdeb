"""The organiser's edits: a series for several sessions at once, and a follow-up status that
adds a dated line to the item's history; each one undo step."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from roundtable.domain.model import (
    ActionStatus,
    IdeaStatus,
    Item,
    ItemKind,
    Phase,
    Session,
    SessionStatus,
)
from roundtable.edits import SetFollowUpStatus, SetSeries
from roundtable.errors import InvalidValue

T0 = datetime(2026, 12, 1, 9, 0, tzinfo=UTC)


def test_several_sessions_join_one_series_and_undo_takes_them_all_out(store):
    a = store.create_session(Session("Ældrepleje")).id
    b = store.create_session(Session("Arbejdskraft")).id
    edit = SetSeries([a, b], " Velfærdsteknologi ")
    assert edit.apply(store)
    assert [s.title for s in store.sessions_in_series("Velfærdsteknologi")] != []
    assert {store.get_session(i).series for i in (a, b)} == {"Velfærdsteknologi"}
    edit.undo(store)
    assert {store.get_session(i).series for i in (a, b)} == {""}
    edit.apply(store)
    assert store.get_session(b).series == "Velfærdsteknologi"


def test_a_status_change_adds_a_dated_entry_and_undo_removes_it(store):
    sid = store.create_session(Session("Ældrepleje", status=SessionStatus.COMPLETED)).id
    action = store.add_item(
        sid, Item(Phase.IDEAS, ItemKind.ACTION, "Kortlæg data", due=date(2026, 11, 1))
    )
    edit = SetFollowUpStatus(action.id, "done", T0, "Sendt til KL")
    edit.apply(store)
    done = store.get_item(action.id)
    assert done.status is ActionStatus.DONE
    assert [(f.status, f.note) for f in done.followups] == [("done", "Sendt til KL")]
    edit.undo(store)
    back = store.get_item(action.id)
    assert back.status is not ActionStatus.DONE and back.followups == []


def test_an_idea_takes_only_an_idea_status_and_a_note_says_no(store):
    sid = store.create_session(Session("Ældrepleje")).id
    idea = store.add_item(sid, Item(Phase.IDEAS, ItemKind.IDEA, "Robotbibliotek"))
    SetFollowUpStatus(idea.id, "in_progress", T0).apply(store)
    assert store.get_item(idea.id).status is IdeaStatus.IN_PROGRESS
    with pytest.raises(InvalidValue):
        SetFollowUpStatus(idea.id, "open", T0).apply(store)
    note = store.add_item(sid, Item(Phase.NARRATIVE, ItemKind.NOTE, "Få hænder"))
    with pytest.raises(InvalidValue):
        SetFollowUpStatus(note.id, "done", T0).apply(store)


def test_an_accepted_theme_joins_each_items_themes_once_and_undo_takes_it_away(store):
    from roundtable.edits import AddTheme

    sid = store.create_session(Session("Ældrepleje")).id
    a = store.add_item(sid, Item(Phase.BARRIERS_OPPORTUNITIES, ItemKind.BARRIER, "Udbud"))
    b = store.add_item(
        sid, Item(Phase.BARRIERS_OPPORTUNITIES, ItemKind.BARRIER, "Tillid", themes=["Udbud"])
    )
    edit = AddTheme([a.id, b.id], "Udbud")
    edit.apply(store)
    assert [store.get_item(i).themes for i in (a.id, b.id)] == [["Udbud"], ["Udbud"]]
    edit.undo(store)
    assert [store.get_item(i).themes for i in (a.id, b.id)] == [[], ["Udbud"]]
    with pytest.raises(InvalidValue):
        AddTheme([a.id], "  ").apply(store)


def test_next_in_series_is_a_planned_session_with_the_people_and_timeboxes_and_no_items(store):
    from roundtable.domain.model import Participant
    from roundtable.edits import NextInSeries

    first = store.create_session(
        Session("Dialogforum 11", series="Dialogforum", status=SessionStatus.COMPLETED,
                purpose="Fælles veje", starts_at=T0)
    ).id  # fmt: skip
    store.add_participant(first, Participant("Mette Holm", "Sydvig Kommune"))
    store.update_phase(first, Phase.IDEAS, planned_minutes=60)
    store.add_item(first, Item(Phase.IDEAS, ItemKind.ACTION, "Kortlæg data"))
    edit = NextInSeries(first, "Dialogforum 12")
    edit.apply(store)
    new = store.get_session(edit.created.id)
    assert (new.series, new.status, new.purpose, new.starts_at) == (
        "Dialogforum",
        SessionStatus.PLANNED,
        "Fælles veje",
        None,
    )
    assert [p.name for p in store.participants(new.id)] == ["Mette Holm"]
    assert {p.phase: p.planned_minutes for p in store.phases(new.id)}[Phase.IDEAS] == 60
    assert store.items(new.id) == []
    alone = store.create_session(Session("Uden serie")).id
    with pytest.raises(InvalidValue):
        NextInSeries(alone, "x").apply(store)


def test_next_in_series_is_dated_by_the_last_ones_next_meeting_and_has_none_of_its_own(store):
    # It kept the last meeting's "next meeting": its own date, as the meeting to come after.
    from datetime import date

    from roundtable.edits import NextInSeries

    first = store.create_session(
        Session("Dialogforum 11", series="Dialogforum", starts_at=T0,
                next_meeting=date(2027, 2, 3))
    ).id  # fmt: skip
    edit = NextInSeries(first, "Dialogforum 12")
    edit.apply(store)
    new = store.get_session(edit.created.id)
    assert new.next_meeting is None
    assert new.starts_at is not None
    assert (new.starts_at.date(), new.starts_at.time()) == (date(2027, 2, 3), T0.time())


def test_since_last_time_lists_what_the_earlier_sessions_left_open(store):
    from roundtable.insights.since_last_time import since_last_time

    first = store.create_session(Session("Møde 1", series="S", starts_at=T0)).id
    open_action = store.add_item(first, Item(Phase.IDEAS, ItemKind.ACTION, "Kortlæg data"))
    done = store.add_item(first, Item(Phase.IDEAS, ItemKind.ACTION, "Send notat"))
    SetFollowUpStatus(done.id, "done", T0).apply(store)
    idea = store.add_item(first, Item(Phase.IDEAS, ItemKind.IDEA, "Robotbibliotek"))
    second = store.create_session(Session("Møde 2", series="S")).id
    store.add_item(second, Item(Phase.IDEAS, ItemKind.ACTION, "Ny handling"))
    rows = since_last_time(store, second, date(2026, 12, 2))
    assert [r.item.id for r in rows] == [open_action.id, idea.id]
    assert since_last_time(store, first, date(2026, 12, 2)) == []
    assert since_last_time(store, store.create_session(Session("Alene")).id, T0.date()) == []


def test_next_in_series_carries_the_standing_items_each_building_on_the_last(store):
    from roundtable.edits import NextInSeries, SetStanding

    first = store.create_session(Session("Dialogforum 11", series="Dialogforum")).id
    point = store.add_item(
        first, Item(Phase.NARRATIVE, ItemKind.NOTE, "Status på strategien", title="Status")
    )
    store.add_item(first, Item(Phase.NARRATIVE, ItemKind.NOTE, "Engangsemne"))
    edit = SetStanding(point.id, True)
    edit.apply(store)
    assert store.get_item(point.id).standing
    edit.undo(store)
    assert not store.get_item(point.id).standing
    edit.apply(store)
    made = NextInSeries(first, "Dialogforum 12")
    made.apply(store)
    (carried,) = store.items(made.created.id)
    assert (carried.title, carried.text, carried.standing) == (
        "Status",
        "Status på strategien",
        True,
    )
    assert carried.builds_on == point.uid and carried.uid != point.uid
