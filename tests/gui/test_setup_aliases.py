"""Set-up: a participant's also-written-as names, and a quiet note when a name is also an
everyday word (hidden under the Chatham House Rule only where written as a name)."""

from __future__ import annotations

from PySide6.QtCore import Qt

from roundtable.domain.model import Participant, Session
from roundtable.ui.setup.participants_model import ALIASES_COLUMN, ParticipantsModel
from roundtable.ui.workspace import Workspace


def test_a_name_that_is_also_a_word_gets_a_note_and_aliases_are_stored(qtbot, store):
    workspace = Workspace(store)
    session = store.create_session(Session(title="Ældrepleje", host="Vestby Kommune"))
    store.add_participant(session.id, Participant("Per", organisation="Tryg"))
    store.add_participant(session.id, Participant("Pia Skov", organisation="CareTech A/S"))
    model = ParticipantsModel(workspace)
    model.set_session(session.id)
    per, pia = model.index(0, ALIASES_COLUMN), model.index(1, ALIASES_COLUMN)
    assert "Per" in model.data(per) and "Tryg" in model.data(per)
    assert model.data(per, Qt.ItemDataRole.EditRole) == ""
    assert model.data(pia) == ""
    assert model.setData(per, "Per Holm; PH")
    assert store.participants(session.id)[0].aliases == ["Per Holm", "PH"]
    assert model.data(model.index(0, ALIASES_COLUMN)) == "Per Holm, PH"


def test_cells_typed_into_one_after_another_in_set_up_are_all_saved(qtbot, qtlog, start_app):
    # Each edit re-reads the participants: doing so under the table's open editor lost the
    # next edit and left the view with a deleted editor.
    running = start_app()
    ws = running.workspace
    session = ws.create_session(Session(title="Ældrepleje"))
    ws.store.add_participant(session.id, Participant("Pia Skov"))
    running.window.open_session(session.id, "setup")
    table = running.window.setup.table
    for column, text in ((1, "Vestby Kommune"), (2, "Leder"), (0, "Pia Skov Holm")):
        cell = table.model().index(0, column)
        table.setCurrentIndex(cell)
        table.edit(cell)
        editor = table.focusWidget()
        assert editor is not table, "no editor opened"
        editor.selectAll()
        qtbot.keyClicks(editor, text)
        qtbot.keyClick(editor, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: table.state() == table.State.NoState)
    (person,) = ws.participants(session.id)
    assert (person.name, person.organisation, person.role) == (
        "Pia Skov Holm",
        "Vestby Kommune",
        "Leder",
    )
    assert not [m.message for m in qtlog.records if "editor" in m.message]
