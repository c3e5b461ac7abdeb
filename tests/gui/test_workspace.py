"""The workspace wraps each edit for Qt's undo stack and says once what changed."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from roundtable.domain.model import Item, ItemKind, Participant, Phase, Session, SpeakingTurn
from roundtable.edits import Aspect, Changes, SetQueue
from roundtable.errors import InvalidValue
from roundtable.ui.workspace import Workspace

T0 = datetime(2026, 11, 23, 9, 0, tzinfo=UTC)


@pytest.fixture
def ws(qtbot, store):
    workspace = Workspace(store)
    workspace.clock = lambda: T0
    heard: list[Changes] = []
    workspace.changed.connect(heard.append)
    workspace.heard = heard
    return workspace


@pytest.fixture
def session_id(ws):
    sid = ws.create_session(Session("Ældrepleje")).id
    ws.heard.clear()
    return sid


def test_an_edit_is_one_undo_step_and_one_changed_signal(ws, session_id):
    item = ws.add_item(session_id, Item(Phase.NARRATIVE, ItemKind.NOTE, "Få hænder"), "Capture")
    assert ws.undo_stack.count() == 1 and ws.undo_stack.undoText() == "Capture"
    assert ws.heard == [Changes.of(session_id, Aspect.ITEMS, Aspect.LIBRARY)]
    ws.undo_stack.undo()
    assert ws.items(session_id) == []
    ws.undo_stack.redo()
    assert [i.id for i in ws.items(session_id)] == [item.id]
    assert len(ws.heard) == 3


def test_an_edit_that_changes_nothing_leaves_no_undo_step_and_says_nothing(ws, session_id):
    ws.update_session(session_id, "Rename", title="Ældrepleje")
    ws.set_queue(session_id, [], "Lower")
    assert ws.undo_stack.count() == 0
    assert ws.heard == []


def test_a_refused_edit_raises_for_the_caller_and_leaves_no_undo_step(ws, session_id):
    with pytest.raises(InvalidValue):
        ws.do(SetQueue(session_id, [12345], "Raise"))
    assert ws.undo_stack.count() == 0 and ws.heard == []


def test_an_undo_the_store_refuses_is_reported_not_raised(ws, session_id, qtbot):
    item = ws.add_item(session_id, Item(Phase.NARRATIVE, ItemKind.NOTE, "Få hænder"), "Capture")
    ws.store.delete_item(item.id)  # another program took it meanwhile
    stepped = []
    ws.stepped.connect(lambda undone, text: stepped.append((undone, text)))
    with qtbot.waitSignal(ws.problem_reported) as reported:
        ws.undo()
    assert str(item.id) in reported.args[0]
    assert stepped == [], "a refused undo is not said to be done"
    other = ws.add_item(session_id, Item(Phase.NARRATIVE, ItemKind.NOTE, "Mere"), "Capture")
    ws.undo()
    assert stepped == [(True, "Capture")] and other.id not in [i.id for i in ws.items(session_id)]
    ws.redo()
    assert stepped[-1] == (False, "Capture")


def test_an_undo_of_several_edits_made_as_one_step_is_said_once(ws, session_id):
    ws.add_participants(session_id, [Participant("Lise"), Participant("Pia")], "Add")
    stepped = []
    ws.stepped.connect(lambda undone, text: stepped.append((undone, text)))
    ws.undo_stack.beginMacro("Remove participants")
    for person in ws.participants(session_id):
        ws.delete_participant(person.id, "Remove participant")
    ws.undo_stack.endMacro()
    assert ws.participants(session_id) == []
    ws.undo()
    assert stepped == [(True, "Remove participants")]
    assert len(ws.participants(session_id)) == 2


def test_finishing_with_a_turn_running_is_one_undo_step(ws, session_id):
    ws.move_to_phase(session_id, Phase.IDEAS, "Start")
    ws.add_participants(session_id, [Participant("Lise")], "Add")
    lise = ws.participants(session_id)[0].id
    ws.store.add_speaking_turn(session_id, SpeakingTurn(lise, T0))
    ws.set_queue(session_id, [lise], "Raise")
    steps = ws.undo_stack.count()
    ws.move_to_phase(session_id, None, "Finish")
    assert ws.undo_stack.count() == steps + 1
    assert ws.speaking_turns(session_id)[0].ended_at == T0
    ws.undo_stack.undo()
    assert ws.speaking_turns(session_id)[0].ended_at is None
    assert ws.raised_hands(session_id) == [lise]


def test_adding_a_participant_says_once_which_session_and_aspects_changed(ws, session_id, qtbot):
    with qtbot.waitSignal(ws.changed) as caught:
        ws.add_participants(session_id, [Participant("Lise")], "Add")
    changes = caught.args[0]
    assert changes.sessions == {session_id}
    assert {Aspect.PARTICIPANTS, Aspect.LIBRARY} <= changes.aspects


def test_deleting_a_session_empties_the_undo_history(ws, session_id):
    ws.update_session(session_id, "Rename", title="Nyt navn")
    ws.delete_session(session_id)
    assert ws.undo_stack.count() == 0
    assert ws.list_sessions() == []
    assert ws.heard[-1] == Changes.of(session_id, Aspect.LIBRARY)


def test_after_a_restore_quitting_ends_no_turn_of_the_restored_database(ws, session_id, tmp_path):
    from roundtable.storage import SessionStore

    lise = ws.store.add_participant(session_id, Participant("Lise Mørk", "Vestby Kommune"))
    ws.next_speaker(session_id, lise.id, "Lise")
    restored = SessionStore.in_memory()  # its session 1 is someone else's
    other = restored.create_session(Session("Skolevej"))
    kim = restored.add_participant(other.id, Participant("Kim Berg", "Sydby Kommune"))
    restored.add_speaking_turn(other.id, SpeakingTurn(kim.id, T0))
    assert other.id == session_id
    ws.replace_store(restored)
    assert ws.end_turns_at_close() == []
    assert ws.speaking_turns(other.id)[0].ended_at is None
    restored.close()
