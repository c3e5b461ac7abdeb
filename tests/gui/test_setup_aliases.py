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
    store.add_participant(session.id, Participant("Pia Skov", organisation="ElMaskiner A/S"))
    model = ParticipantsModel(workspace)
    model.set_session(session.id)
    per, pia = model.index(0, ALIASES_COLUMN), model.index(1, ALIASES_COLUMN)
    assert "Per" in model.data(per) and "Tryg" in model.data(per)
    assert model.data(per, Qt.ItemDataRole.EditRole) == ""
    assert model.data(pia) == ""
    assert model.setData(per, "Per Holm; PH")
    assert store.participants(session.id)[0].aliases == ["Per Holm", "PH"]
    assert model.data(model.index(0, ALIASES_COLUMN)) == "Per Holm, PH"
