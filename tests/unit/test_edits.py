"""Every user change as an edit: apply, undo and redo, each one transaction, and what changed.

An undo puts the store back as it was (the same rows, the same ids); a redo puts back what
the apply made. The sessions' `updated_at` is left out of the comparison: an undo is a change
too, and is stamped as one.
"""

from __future__ import annotations

import subprocess
import sys
from datetime import UTC, datetime, timedelta

import pytest

from roundtable.domain import (
    Item,
    ItemKind,
    Participant,
    Phase,
    Sector,
    Session,
    SessionStatus,
    SpeakingTurn,
)
from roundtable.edits import (
    AddItem,
    AddParticipants,
    Aspect,
    Changes,
    Combined,
    CreateSession,
    DeleteItem,
    DeleteParticipant,
    DeleteSession,
    DuplicateSession,
    Finish,
    ImportSession,
    MoveItem,
    MoveToPhase,
    NextSpeaker,
    ReopenSession,
    SetPlannedMinutes,
    SetQueue,
    UpdateItem,
    UpdateParticipant,
    UpdateSession,
)
from roundtable.errors import InvalidValue
from roundtable.storage import SessionStore

T0 = datetime(2024, 5, 9, 9, 0, tzinfo=UTC)
ALL = (Aspect.SESSION, Aspect.PARTICIPANTS, Aspect.ITEMS, Aspect.TURNS, Aspect.QUEUE)


def snapshot(store: SessionStore) -> dict:
    """Everything the store holds, session by session, with the store's ids and the queue."""
    found = {}
    for summary in store.list_sessions():
        bundle = store.export_bundle(summary.id)
        bundle.session.updated_at = bundle.session.revised_at = None  # clocks, not content
        found[summary.id] = (bundle, store.raised_hands(summary.id))
    return found


class Transactions:
    """The transactions a block of store calls committed, from SQLite's own trace."""

    def __init__(self, store: SessionStore) -> None:
        self.store, self.statements = store, []

    def __enter__(self) -> Transactions:
        self.store.db.conn.set_trace_callback(self.statements.append)
        return self

    def __exit__(self, *exc: object) -> None:
        self.store.db.conn.set_trace_callback(None)

    @property
    def begun(self) -> int:
        return sum(s.lstrip().upper().startswith("BEGIN") for s in self.statements)

    @property
    def committed(self) -> int:
        return sum(s.strip().upper() == "COMMIT" for s in self.statements)


def round_trip(store: SessionStore, edit, *aspects: Aspect, session_id: int) -> None:
    """Apply, undo, redo: each one transaction that says what changed, and undo restores."""
    expected = Changes.of(session_id, *aspects)
    before = snapshot(store)
    for step, state in ((edit.apply, None), (edit.undo, before), (edit.apply, "after")):
        with Transactions(store) as done:
            changes = step(store)
        assert (done.begun, done.committed) == (1, 1), step
        assert changes == expected, step
        if state is None:
            after = snapshot(store)
            assert after != before, "the edit changed something"
        else:
            assert snapshot(store) == (before if state is before else after), step


@pytest.fixture
def table(store):
    """A running session: three people, a note, two barriers, an idea answering both, an
    action, a finished turn, a running one and two hands up."""
    session = store.create_session(Session("Ældrepleje", host="Vestby Kommune"))
    sid = session.id
    people = {
        name: store.add_participant(sid, Participant(name, org, sector=sector)).id
        for name, org, sector in (
            ("Lise", "Vestby Kommune", Sector.MUNICIPAL),
            ("Tarek", "CareTech", Sector.PRIVATE),
            ("Pia", "Ældresagen", Sector.OTHER),
        )
    }
    store.update_phase(sid, Phase.NARRATIVE, started_at=T0)
    store.update_session(sid, status=SessionStatus.RUNNING)
    add = store.add_item
    note = add(sid, Item(Phase.NARRATIVE, ItemKind.NOTE, "Få hænder", by_id=people["Lise"]))
    law = add(sid, Item(Phase.BARRIERS_OPPORTUNITIES, ItemKind.BARRIER, "Loven"))
    data = add(sid, Item(Phase.BARRIERS_OPPORTUNITIES, ItemKind.BARRIER, "Data mangler"))
    idea = add(
        sid,
        Item(Phase.IDEAS, ItemKind.IDEA, "Del data", barrier_ids=[data.id, law.id], votes=3),
    )
    action = add(sid, Item(Phase.IDEAS, ItemKind.ACTION, "Ring", owner_id=people["Lise"]))
    store.add_speaking_turn(sid, SpeakingTurn(people["Lise"], T0, T0 + timedelta(minutes=2)))
    store.add_speaking_turn(sid, SpeakingTurn(people["Lise"], T0 + timedelta(minutes=2)))
    store.set_raised_hands(sid, [people["Tarek"], people["Pia"]])
    ids = {"note": note.id, "law": law.id, "data": data.id, "idea": idea.id, "action": action.id}
    return sid, people, ids


# -- each edit: apply, undo, redo ---------------------------------------------------------


def test_updating_a_session_is_undone_and_redone(store, table):
    sid, _people, _ids = table
    edit = UpdateSession(sid, {"title": "Ældrepleje 2", "venue": "Rådhuset"}, "Rename")
    round_trip(store, edit, Aspect.SESSION, Aspect.LIBRARY, session_id=sid)
    assert store.get_session(sid).title == "Ældrepleje 2"
    assert edit.text == "Rename"


def test_setting_the_planned_minutes_is_undone_and_redone(store, table):
    sid, _people, _ids = table
    round_trip(store, SetPlannedMinutes(sid, Phase.IDEAS, 60), Aspect.SESSION, session_id=sid)
    assert store.phases(sid)[2].planned_minutes == 60


def test_moving_on_is_undone_and_redone(store, table):
    sid, _people, _ids = table
    later = T0 + timedelta(minutes=30)
    round_trip(
        store, MoveToPhase(sid, Phase.BARRIERS_OPPORTUNITIES, later), Aspect.SESSION, session_id=sid
    )
    narrative, barriers, _ = store.phases(sid)
    assert narrative.ended_at == barriers.started_at == later


def test_starting_a_planned_session_also_changes_the_library(store):
    sid = store.create_session(Session("Ny")).id
    round_trip(
        store, MoveToPhase(sid, Phase.NARRATIVE, T0), Aspect.SESSION, Aspect.LIBRARY, session_id=sid
    )
    assert store.get_session(sid).status is SessionStatus.RUNNING


def test_finishing_ends_the_phase_the_running_turn_and_the_queue_in_one_step(store, table):
    sid, _people, _ids = table
    end = T0 + timedelta(minutes=100)
    edit = Finish(sid, end, "Finish")
    round_trip(store, edit, *ALL[:1], Aspect.LIBRARY, Aspect.TURNS, Aspect.QUEUE, session_id=sid)
    assert store.get_session(sid).status is SessionStatus.COMPLETED
    assert [t.ended_at for t in store.speaking_turns(sid)][-1] == end
    assert store.raised_hands(sid) == []
    assert store.phases(sid)[0].ended_at == end


def test_finishing_with_nobody_speaking_touches_no_turns(store):
    sid = store.create_session(Session("Stille")).id
    store.update_phase(sid, Phase.IDEAS, started_at=T0)
    round_trip(
        store, Finish(sid, T0 + timedelta(hours=1)), Aspect.SESSION, Aspect.LIBRARY, session_id=sid
    )


def test_reopening_a_finished_session_resumes_its_last_phase_and_is_undone(store, table):
    sid, _people, _ids = table
    end = T0 + timedelta(minutes=100)
    Finish(sid, end).apply(store)
    round_trip(
        store,
        ReopenSession(sid, end + timedelta(minutes=5)),
        Aspect.SESSION,
        Aspect.LIBRARY,
        session_id=sid,
    )
    assert store.get_session(sid).status is SessionStatus.RUNNING
    assert store.phases(sid)[0].ended_at is None, "the phase it finished in runs again"


def test_a_reopened_sessions_phase_clock_counts_on_from_what_it_had_used(store, table):
    sid, _people, _ids = table
    end = T0 + timedelta(minutes=100)
    Finish(sid, end).apply(store)
    (plan,) = [p for p in store.phases(sid) if p.ended_at == end]
    used = end - plan.started_at
    ReopenSession(sid, end + timedelta(days=30)).apply(store)
    (again,) = [p for p in store.phases(sid) if p.phase == plan.phase]
    assert end + timedelta(days=30) - again.started_at == used


def test_reopening_a_session_that_runs_is_nothing_to_do(store, table):
    sid, _people, _ids = table
    assert not ReopenSession(sid, T0).apply(store)


def test_a_completed_session_refuses_a_capture(store, table):
    sid, _people, _ids = table
    Finish(sid, T0 + timedelta(hours=2)).apply(store)
    before = snapshot(store)
    with pytest.raises(InvalidValue, match="reopen"):
        AddItem(sid, Item(Phase.IDEAS, ItemKind.IDEA, "For sent")).apply(store)
    assert snapshot(store) == before


def test_adding_participants_is_undone_and_redone_with_the_same_ids(store, table):
    sid, _people, _ids = table
    edit = AddParticipants(sid, [Participant("Ole"), Participant("Kim", sector=Sector.PRIVATE)])
    round_trip(store, edit, Aspect.PARTICIPANTS, Aspect.LIBRARY, session_id=sid)
    assert [p.id for p in edit.added] == [p.id for p in store.participants(sid)][-2:]


def test_updating_a_participant_is_undone_and_redone(store, table):
    sid, people, _ids = table
    edit = UpdateParticipant(people["Pia"], {"name": "Pia K.", "sector": Sector.MUNICIPAL})
    round_trip(store, edit, Aspect.PARTICIPANTS, Aspect.LIBRARY, session_id=sid)


def test_deleting_a_participant_is_undone_with_their_items_turns_and_hand(store, table):
    sid, people, ids = table
    store.set_raised_hands(sid, [people["Tarek"], people["Lise"], people["Pia"]])
    round_trip(store, DeleteParticipant(people["Lise"]), *ALL[1:], Aspect.LIBRARY, session_id=sid)
    assert store.get_item(ids["note"]).by_id is None
    assert store.raised_hands(sid) == [people["Tarek"], people["Pia"]]


def test_adding_an_item_is_undone_and_redone_under_the_same_id(store, table):
    sid, _people, _ids = table
    edit = AddItem(sid, Item(Phase.NARRATIVE, ItemKind.QUOTE, "Vi mangler tid"))
    round_trip(store, edit, Aspect.ITEMS, Aspect.LIBRARY, session_id=sid)
    assert edit.added is not None
    assert store.get_item(edit.added.id).text == "Vi mangler tid"


@pytest.mark.parametrize(
    ("what", "values"),
    [
        ("idea", {"votes": 5, "title": "Pilot"}),
        ("idea", {"barrier_ids": []}),
        ("idea", {"kind": ItemKind.NOTE}),  # clears votes and the barriers it answered
        ("law", {"kind": ItemKind.OPPORTUNITY}),  # the idea answering it loses the link
        ("note", {"phase": Phase.IDEAS}),  # to the end of the ideas; undo: back in place
        ("law", {"phase": Phase.NARRATIVE, "kind": ItemKind.NOTE}),
    ],
)
def test_updating_an_item_is_undone_completely(store, table, what, values):
    sid, _people, ids = table
    round_trip(store, UpdateItem(ids[what], values), Aspect.ITEMS, Aspect.LIBRARY, session_id=sid)


def test_deleting_an_answered_barrier_is_undone_with_the_ideas_answers_in_order(store, table):
    sid, _people, ids = table
    edit = DeleteItem(ids["data"])
    round_trip(store, edit, Aspect.ITEMS, Aspect.LIBRARY, session_id=sid)
    assert store.get_item(ids["idea"]).barrier_ids == [ids["law"]]
    edit.undo(store)
    assert store.get_item(ids["idea"]).barrier_ids == [ids["data"], ids["law"]]


def test_moving_an_item_is_undone_and_redone(store, table):
    sid, _people, ids = table
    round_trip(store, MoveItem(ids["data"], 0), Aspect.ITEMS, Aspect.LIBRARY, session_id=sid)
    assert store.items(sid, Phase.BARRIERS_OPPORTUNITIES)[0].id == ids["data"]


def test_setting_the_queue_is_undone_and_redone(store, table):
    sid, people, _ids = table
    queue = [people["Pia"], people["Lise"]]
    round_trip(store, SetQueue(sid, queue), Aspect.QUEUE, session_id=sid)
    assert store.raised_hands(sid) == queue


def test_giving_the_word_ends_the_running_turn_and_takes_the_hand_down(store, table):
    sid, people, _ids = table
    now = T0 + timedelta(minutes=5)
    edit = NextSpeaker(sid, people["Tarek"], now)
    round_trip(store, edit, Aspect.TURNS, Aspect.QUEUE, session_id=sid)
    turns = store.speaking_turns(sid)
    assert [(t.by_id, t.started_at, t.ended_at) for t in turns[1:]] == [
        (people["Lise"], T0 + timedelta(minutes=2), now),
        (people["Tarek"], now, None),
    ]
    assert edit.started is not None and turns[-1].id == edit.started.id, "redo: the same turn"
    assert store.raised_hands(sid) == [people["Pia"]]


def test_ending_the_turn_leaves_the_queue(store, table):
    sid, _people, _ids = table
    round_trip(
        store, NextSpeaker(sid, None, T0 + timedelta(minutes=5)), Aspect.TURNS, session_id=sid
    )


def test_a_turn_never_ends_before_it_started_and_the_next_starts_when_it_ended(store, table):
    sid, people, _ids = table
    set_back = T0  # the running turn started two minutes later
    NextSpeaker(sid, people["Pia"], set_back).apply(store)
    *_, ended, started = store.speaking_turns(sid)
    assert ended.ended_at == ended.started_at == T0 + timedelta(minutes=2)
    assert started.started_at == ended.ended_at


# -- nothing to do, refused, all or nothing -----------------------------------------------


@pytest.mark.parametrize(
    "make",
    [
        lambda sid, people, ids: UpdateSession(sid, {"title": "Ældrepleje"}),
        lambda sid, people, ids: SetPlannedMinutes(sid, Phase.NARRATIVE, 30),
        lambda sid, people, ids: MoveToPhase(sid, Phase.NARRATIVE, T0 + timedelta(minutes=9)),
        lambda sid, people, ids: AddParticipants(sid, []),
        lambda sid, people, ids: UpdateParticipant(people["Pia"], {"name": "Pia"}),
        lambda sid, people, ids: UpdateItem(ids["idea"], {"votes": 3}),
        lambda sid, people, ids: MoveItem(ids["law"], 0),
        lambda sid, people, ids: SetQueue(sid, [people["Tarek"], people["Pia"]]),
        lambda sid, people, ids: Combined([SetQueue(sid, [people["Tarek"], people["Pia"]])]),
    ],
)
def test_an_edit_that_changes_nothing_says_so(store, table, make):
    before = snapshot(store)
    assert make(*table).apply(store) == Changes()
    assert snapshot(store) == before


def test_nobody_speaking_and_nobody_given_the_word_is_nothing_to_do(store):
    sid = store.create_session(Session("Stille")).id
    assert NextSpeaker(sid, None, T0).apply(store) == Changes()


def test_a_refused_edit_halfway_leaves_nothing_changed(store, table):
    sid, people, _ids = table
    before = snapshot(store)
    # The running turn ends and the new one is refused (a participant of no session).
    with pytest.raises(InvalidValue):
        NextSpeaker(sid, 10_000, T0 + timedelta(minutes=5)).apply(store)
    assert snapshot(store) == before
    both = Combined(
        [
            AddItem(sid, Item(Phase.NARRATIVE, ItemKind.NOTE, "kept?")),
            UpdateParticipant(people["Pia"], {"sector": "nonsense"}),
        ]
    )
    with pytest.raises(InvalidValue):
        both.apply(store)
    assert snapshot(store) == before


def test_several_edits_as_one_step_are_undone_in_reverse(store, table):
    sid, people, _ids = table
    edit = Combined(
        [DeleteParticipant(people["Pia"]), DeleteParticipant(people["Tarek"])], "Remove two"
    )
    round_trip(store, edit, *ALL[1:], Aspect.LIBRARY, session_id=sid)


# -- whole sessions: not undoable, the same path ------------------------------------------


def test_creating_duplicating_and_importing_sessions_change_the_library(store, table):
    sid, _people, _ids = table
    for edit in (
        CreateSession(Session("Ny")),
        DuplicateSession(sid, "Kopi"),
        ImportSession(store.export_bundle(sid), as_new=True),
    ):
        with Transactions(store) as done:
            changes = edit.apply(store)
        assert (done.begun, done.committed) == (1, 1)
        assert edit.created is not None and not edit.undoable
        assert changes == Changes.of(edit.created.id, Aspect.LIBRARY)
    assert len(store.list_sessions()) == 4


def test_deleting_a_session_ends_the_undo_history(store, table):
    sid, _people, _ids = table
    edit = DeleteSession(sid)
    assert edit.apply(store) == Changes.of(sid, Aspect.LIBRARY)
    assert edit.ends_undo_history and not edit.undoable
    assert store.list_sessions() == []
    with pytest.raises(TypeError):
        edit.undo(store)


def test_a_deleted_participants_name_leaves_the_files_once_the_edit_commits(tmp_path):
    with SessionStore.open(tmp_path, automatic_backup=False) as store:
        sid = store.create_session(Session("Ældrepleje")).id
        store.add_participant(sid, Participant("Zacharias Quist"))
        person = store.participants(sid)[0]
        edit = DeleteParticipant(person.id)
        edit.apply(store)
        files = [p for p in tmp_path.iterdir() if p.name.startswith("roundtable.sqlite3")]
        assert not any(b"Zacharias" in p.read_bytes() for p in files)
        edit.undo(store)
        assert store.participants(sid)[0] == person


def test_the_edits_load_no_qt():
    code = "import sys, roundtable.edits\nprint(any(m.startswith('PySide6') for m in sys.modules))"
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert done.stdout.strip() == "False", done.stderr
