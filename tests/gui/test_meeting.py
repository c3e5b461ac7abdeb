"""A whole meeting driven through the widgets, by keyboard where a facilitator would type."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from roundtable.domain.model import ItemKind, Phase, Sector, Session, SessionStatus

ENTER = Qt.Key.Key_Return
CTRL = Qt.KeyboardModifier.ControlModifier


def type_line(qtbot, widget, text: str) -> None:
    widget.setFocus()
    qtbot.keyClicks(widget, text)
    qtbot.keyClick(widget, ENTER)


def capture(qtbot, window, text: str, kind_key: int = 1, who: str = "", category: str = ""):
    bar = window.run.capture
    qtbot.keyClick(bar.line, getattr(Qt.Key, f"Key_{kind_key}"), CTRL)
    if who:
        bar.who.setFocus()
        qtbot.keyClicks(bar.who, who)
    if category:
        qtbot.keyClicks(bar.category.lineEdit(), category)
    bar.line.setFocus()
    qtbot.keyClicks(bar.line, text)
    qtbot.keyClick(bar.line, ENTER)
    assert bar.line.text() == "", "the line empties once the item is stored"


def test_a_whole_meeting_survives_closing_the_window(qtbot, start_app, data_dir):
    running = start_app()
    window, ws = running.window, running.workspace

    # Set up: a new session, its details and three participants typed in.
    qtbot.keyClick(window.library.table, Qt.Key.Key_N, CTRL)
    assert window.current_page() == "setup"
    setup = window.setup
    setup.title.clear()
    type_line(qtbot, setup.title, "Rundbordsdialog om ældrepleje")
    type_line(qtbot, setup.host, "Vestby Kommune")
    for name, organisation, role, sector in (
        ("Anne Holm", "Vestby Kommune", "Ældrechef", Sector.MUNICIPAL),
        ("Bo Krag", "Omsorg A/S", "Direktør", Sector.PRIVATE),
        ("Cecilie Dahl", "Ældresagen", "Konsulent", Sector.OTHER),
    ):
        setup.new_sector.setCurrentIndex(setup.new_sector.findData(sector))
        qtbot.keyClicks(setup.new_name, name)
        qtbot.keyClicks(setup.new_organisation, organisation)
        type_line(qtbot, setup.new_role, role)
        assert setup.new_name.hasFocus() or not window.isActiveWindow()
    session_id = window.session_id
    assert [p.name for p in ws.participants(session_id)] == ["Anne Holm", "Bo Krag", "Cecilie Dahl"]
    assert ws.session(session_id).host == "Vestby Kommune"

    # Phase 1: capturing starts the phase; note, quote and question by Ctrl+1..3.
    qtbot.mouseClick(setup.run_button, Qt.MouseButton.LeftButton)
    assert window.current_page() == "run"
    capture(qtbot, window, "Hjemmeplejen mangler 40 medarbejdere", 1, who="Ann")
    capture(qtbot, window, "Vi når ikke ud til alle borgere", 2, who="Anne Holm")
    capture(qtbot, window, "Hvor mange borgere venter i dag?", 3, who="Bo")
    narrative = ws.items(session_id, Phase.NARRATIVE)
    assert [i.kind for i in narrative] == [ItemKind.NOTE, ItemKind.QUOTE, ItemKind.QUESTION]
    anne, bo, _cecilie = ws.participants(session_id)
    assert [i.by_id for i in narrative] == [anne.id, anne.id, bo.id]
    assert ws.session(session_id).status is SessionStatus.RUNNING
    assert window.run.model.rowCount() == 3

    # Phase 2 by keyboard; a barrier with a suggested category, an opportunity.
    qtbot.keyClick(window.run.capture.line, Qt.Key.Key_PageDown, CTRL)
    assert window.run.phase is Phase.BARRIERS_OPPORTUNITIES
    capture(qtbot, window, "Udbudsreglerne låser os fast", 1, who="Bo", category="Procurement")
    capture(qtbot, window, "Data kan deles på tværs", 2)
    barrier, opportunity = ws.items(session_id, Phase.BARRIERS_OPPORTUNITIES)
    assert (barrier.kind, barrier.category) == (ItemKind.BARRIER, "procurement")
    assert opportunity.kind is ItemKind.OPPORTUNITY
    plans = {p.phase: p for p in ws.phases(session_id)}
    assert plans[Phase.NARRATIVE].ended_at is not None
    assert plans[Phase.BARRIERS_OPPORTUNITIES].started_at == plans[Phase.NARRATIVE].ended_at

    # Phase 3: an idea and an action; votes with + and -, a link to the barrier.
    qtbot.keyClick(window.run.capture.line, Qt.Key.Key_PageDown, CTRL)
    capture(qtbot, window, "Fælles pilot med robotstøvsugere", 1)
    capture(qtbot, window, "Kommunen sender behovsbeskrivelse", 2)
    idea = next(i for i in ws.items(session_id, Phase.IDEAS) if i.kind is ItemKind.IDEA)
    run = window.run
    run.list.select_item(idea.id)
    run.list.setFocus()
    for key in ("+", "+", "+", "-"):
        qtbot.keyClicks(run.list, key)
    assert ws.item(idea.id).votes == 2
    assert run.details.item.id == idea.id
    entry = run.details.addresses.item(0)
    assert entry.text() == "Udbudsreglerne låser os fast"
    entry.setCheckState(Qt.CheckState.Checked)
    assert ws.item(idea.id).barrier_ids == [barrier.id]

    # Undo the link and one vote, redo the link: across the stack, by keyboard.
    line = run.capture.line
    qtbot.keyClick(line, Qt.Key.Key_Z, CTRL)
    assert ws.item(idea.id).barrier_ids == []
    qtbot.keyClick(line, Qt.Key.Key_Z, CTRL)
    assert ws.item(idea.id).votes == 3
    qtbot.keyClick(line, Qt.Key.Key_Z, CTRL | Qt.KeyboardModifier.ShiftModifier)
    qtbot.keyClick(line, Qt.Key.Key_Z, CTRL | Qt.KeyboardModifier.ShiftModifier)
    assert (ws.item(idea.id).votes, ws.item(idea.id).barrier_ids) == (2, [barrier.id])

    # Undo reaches back into phase 2: deleting and restoring the barrier keeps the link.
    run.go_to(Phase.BARRIERS_OPPORTUNITIES)
    run.list.select_item(barrier.id)
    run.list.setFocus()
    qtbot.keyClick(run.list, Qt.Key.Key_Delete)
    assert ws.item(idea.id).barrier_ids == []
    qtbot.keyClick(run.list, Qt.Key.Key_Z, CTRL)
    assert ws.item(barrier.id).text == "Udbudsreglerne låser os fast"
    assert ws.item(idea.id).barrier_ids == [barrier.id]
    run.go_to(Phase.IDEAS)

    window.close()
    running.close()

    # A new window on the same folder: same session, same phase, everything there.
    again = start_app()
    assert again.window.session_id == session_id
    assert again.window.current_page() == "run"
    assert again.window.run.phase is Phase.IDEAS
    kinds = [i.kind for i in again.workspace.items(session_id)]
    assert kinds == [
        ItemKind.NOTE, ItemKind.QUOTE, ItemKind.QUESTION,
        ItemKind.BARRIER, ItemKind.OPPORTUNITY, ItemKind.IDEA, ItemKind.ACTION,
    ]  # fmt: skip
    stored_idea = again.workspace.item(idea.id)
    assert (stored_idea.votes, stored_idea.barrier_ids) == (2, [barrier.id])
    assert again.window.run.model.rowCount() == 2
    assert "Rundbordsdialog om ældrepleje" in again.window.windowTitle()


def test_the_first_next_phase_on_a_new_meeting_starts_the_phase_shown_and_says_so(qtbot, start_app):
    running = start_app()
    window = running.window
    session = running.workspace.create_session(Session(title="Møde"))
    window.open_session(session.id, "run")
    line = window.run.capture.line
    qtbot.keyClick(line, Qt.Key.Key_PageDown, CTRL)
    assert window.run.phase is Phase.NARRATIVE
    assert running.workspace.phases(session.id)[0].started_at is not None
    assert window.statusBar().currentMessage() == (
        "Municipal narrative has started and its timer runs; Ctrl+PgDown again moves on."
    )
    qtbot.keyClick(line, Qt.Key.Key_PageDown, CTRL)
    assert window.run.phase is Phase.BARRIERS_OPPORTUNITIES


@pytest.fixture
def enter_participant(qtbot, start_app):
    """Type a participant into set-up's entry row by keys, a sector picked or not; the sector
    stored."""
    running = start_app()
    window, ws = running.window, running.workspace
    session = ws.create_session(Session(title="Unges trivsel"))
    window.open_session(session.id, "setup")
    setup = window.setup

    def enter(name: str, organisation: str, pick: Sector | None = None) -> Sector:
        setup.new_name.setFocus()
        qtbot.keyClicks(setup.new_name, name)
        qtbot.keyClick(setup.new_name, Qt.Key.Key_Tab)
        qtbot.keyClicks(setup.new_organisation, organisation)
        if pick is not None:  # chosen in the list, as with the mouse or the arrow keys
            setup.new_sector.setCurrentIndex(setup.new_sector.findData(pick))
            setup.new_sector.activated.emit(setup.new_sector.currentIndex())
        qtbot.keyClick(setup.new_organisation, Qt.Key.Key_Return)
        return ws.participants(session.id)[-1].sector

    return enter


def test_an_organisations_name_chooses_the_sector_unless_the_facilitator_did(enter_participant):
    enter = enter_participant
    assert enter("Lise Mørk", "Vestby Kommune") is Sector.MUNICIPAL
    # The row before was municipal; a company is not, whatever the list still says.
    assert enter("Pia Skov", "Trivselsdata ApS") is Sector.PRIVATE
    assert enter("Ole Dahl", "Vestby Kommune", pick=Sector.OTHER) is Sector.OTHER
    assert enter("Kim Berg", "vestby kommune") is Sector.OTHER  # as placed for Vestby just now
    assert enter("Ida Holm", "Ungdomsrådet") is Sector.OTHER  # a name that says nothing: kept


def test_a_name_that_says_nothing_keeps_the_sector_of_the_row_before(enter_participant):
    # People come in sector groups: a company without a legal form in its name, typed after
    # two companies, is one more of them, not the list's first sector (municipal).
    enter = enter_participant
    assert enter("Pia Skov", "Trivselsdata ApS") is Sector.PRIVATE
    assert enter("Ole Dahl", "CareTech A/S") is Sector.PRIVATE
    assert enter("Frederik Skov", "Nordic Welfare Solutions") is Sector.PRIVATE
