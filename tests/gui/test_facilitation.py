"""The facilitation tools: the speaker queue and talk time, votes and the ranking, the
barriers no idea answers, and the presenter screen. Time comes from a clock the test moves."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from roundtable.domain.model import (
    Item,
    ItemKind,
    Participant,
    Phase,
    Sector,
    Session,
    SpeakingTurn,
)
from roundtable.domain.timebox import TimeboxState

SHIFT = Qt.KeyboardModifier.ShiftModifier
CTRL = Qt.KeyboardModifier.ControlModifier
T0 = datetime(2026, 11, 23, 9, 0, tzinfo=UTC)


class Clock:
    def __init__(self) -> None:
        self.now = T0

    def __call__(self) -> datetime:
        return self.now

    def advance(self, **length: float) -> None:
        self.now += timedelta(**length)


@pytest.fixture
def table(start_app):
    """A running meeting with two municipal and two private participants."""
    running = start_app()
    ws = running.workspace
    clock = Clock()
    ws.clock = clock
    session = ws.create_session(Session(title="Ældrepleje", host="Vestby Kommune"))
    people = [
        Participant("Lise Mørk", "Vestby Kommune", sector=Sector.MUNICIPAL),
        Participant("Karsten Ølund", "Vestby Kommune", sector=Sector.MUNICIPAL),
        Participant("Pia Skov", "Omsorg ApS", sector=Sector.PRIVATE),
        Participant("Tarek Haddad", "Robotik A/S", sector=Sector.PRIVATE),
    ]
    ws.add_participants(session.id, people, "add")
    running.window.open_session(session.id, "run")
    ids = {p.name.split()[0]: p.id for p in ws.participants(session.id)}
    return running, session.id, ids, clock


def raise_by_typing(qtbot, panel, prefix: str) -> None:
    panel.hand_line.setFocus()
    qtbot.keyClicks(panel.hand_line, prefix)
    qtbot.keyClick(panel.hand_line, Qt.Key.Key_Return)


def test_next_speaker_with_no_hands_raised_says_so(qtbot, table):
    # F9 with an empty queue and no one speaking did nothing, and said nothing.
    running, *_ = table
    window = running.window
    qtbot.keyClick(window.run.capture.line, Qt.Key.Key_F9)
    assert window.statusBar().currentMessage() == "No hands are raised: Ctrl+H raises one."


def test_hands_queue_in_order_and_next_speaker_records_turns(qtbot, table):
    running, session_id, ids, clock = table
    window, ws = running.window, running.workspace
    panel = window.run.speakers
    qtbot.keyClick(window.run.capture.line, Qt.Key.Key_H, CTRL)
    assert panel.hand_line.hasFocus()
    for prefix in ("pi", "li", "ta"):
        raise_by_typing(qtbot, panel, prefix)
    assert panel.queue() == [ids["Pia"], ids["Lise"], ids["Tarek"]]
    assert [panel.queue_view.item(r).text() for r in range(3)] == [
        "1. Pia Skov",
        "2. Lise Mørk",
        "3. Tarek Haddad",
    ]
    raise_by_typing(qtbot, panel, "pi")  # already waiting: said, not doubled
    assert panel.queue() == [ids["Pia"], ids["Lise"], ids["Tarek"]]

    qtbot.keyClick(window.run.capture.line, Qt.Key.Key_F9)  # Pia gets the word
    assert panel.current.text().endswith("Pia Skov")
    clock.advance(minutes=2, seconds=30)
    panel.refresh()
    assert panel.turn_time.text() == "2:30"
    qtbot.keyClick(window.run.capture.line, Qt.Key.Key_F9)  # Lise
    clock.advance(minutes=1)
    qtbot.keyClick(window.run.capture.line, Qt.Key.Key_F9, SHIFT)  # ends Lise's turn
    turns = ws.speaking_turns(session_id)
    assert [(t.by_id, t.started_at, t.ended_at) for t in turns] == [
        (ids["Pia"], T0, T0 + timedelta(minutes=2, seconds=30)),
        (ids["Lise"], T0 + timedelta(minutes=2, seconds=30), T0 + timedelta(minutes=3, seconds=30)),
    ]
    assert panel.queue() == [ids["Tarek"]]
    assert panel.current.text().endswith("no one")

    # One undo takes back the end; the next takes back Lise's turn and puts her hand back.
    ws.undo_stack.undo()
    assert ws.speaking_turns(session_id)[-1].ended_at is None
    ws.undo_stack.undo()
    assert [t.by_id for t in ws.speaking_turns(session_id)] == [ids["Pia"]]
    assert ws.speaking_turns(session_id)[0].ended_at is None
    assert panel.queue() == [ids["Lise"], ids["Tarek"]]
    ws.undo_stack.redo()
    assert [t.by_id for t in ws.speaking_turns(session_id)] == [ids["Pia"], ids["Lise"]]


def test_an_unknown_name_is_said_and_kept_in_the_line(qtbot, table):
    running, _session_id, _ids, _clock = table
    panel = running.window.run.speakers
    messages = []
    panel.message.connect(messages.append)
    raise_by_typing(qtbot, panel, "Zo")
    assert panel.queue() == []
    assert panel.hand_line.text() == "Zo"
    assert messages and "Zo" in messages[-1]


def test_the_queue_reorders_and_lowers_by_keyboard_and_a_roster_key_raises(qtbot, table):
    running, session_id, ids, _clock = table
    panel = running.window.run.speakers
    roster = panel.roster
    for name in ("Lise", "Pia", "Tarek"):
        row = [p.id for p in panel.talk_model.people].index(ids[name])
        roster.setCurrentIndex(panel.talk_model.index(row))
        qtbot.keyClick(roster, Qt.Key.Key_Return)
    assert panel.queue() == [ids["Lise"], ids["Pia"], ids["Tarek"]]
    view = panel.queue_view
    view.setFocus()
    view.setCurrentRow(2)
    qtbot.keyClick(view, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    assert panel.queue() == [ids["Lise"], ids["Tarek"], ids["Pia"]]
    view.setCurrentRow(0)
    qtbot.keyClick(view, Qt.Key.Key_Delete)
    assert running.workspace.raised_hands(session_id) == [ids["Tarek"], ids["Pia"]]
    view.setCurrentRow(1)
    qtbot.keyClick(view, Qt.Key.Key_Return)  # Pia gets the word out of turn
    assert panel.current.text().endswith("Pia Skov")
    assert panel.queue() == [ids["Tarek"]]


def test_balance_puts_the_quieter_sector_first(qtbot, table):
    running, _session_id, ids, clock = table
    panel = running.window.run.speakers
    ws = running.workspace
    # Lise (municipal) speaks 5 minutes; then Karsten, Tarek and Pia raise hands.
    panel.raise_hand(ids["Lise"])
    panel.next_speaker()
    clock.advance(minutes=5)
    for name in ("Karsten", "Tarek", "Pia"):
        panel.raise_hand(ids[name])
    assert panel.queue() == [ids["Karsten"], ids["Tarek"], ids["Pia"]]
    panel.balance.setChecked(True)
    assert panel.queue() == [ids["Tarek"], ids["Pia"], ids["Karsten"]]
    assert panel.queue_view.item(0).text() == "1. Tarek Haddad"
    panel.next_speaker()  # Tarek
    clock.advance(minutes=7)  # the private side has now spoken more
    panel.refresh()
    assert panel.queue() == [ids["Karsten"], ids["Pia"]]
    assert running.window.settings.value("speakers/balance", type=bool) is True
    # With the balance on, the order is not changed by hand.
    panel.move_hand(ids["Pia"], -1)
    assert ws.raised_hands(panel.session_id) == [ids["Karsten"], ids["Pia"]]
    # With it off, moved by hand: the caption must not claim the order hands went up.
    panel.balance.setChecked(False)
    panel.move_hand(ids["Pia"], -1)
    panel.refresh()
    assert panel.queue() == [ids["Pia"], ids["Karsten"]]
    assert "raised" not in panel.queue_note.text() and "reorder" in panel.queue_note.text()


def test_talk_time_by_person_and_sector_counts_the_running_turn(qtbot, table):
    running, _session_id, ids, clock = table
    panel = running.window.run.speakers
    panel.give_word(ids["Lise"])
    clock.advance(minutes=3)
    panel.give_word(ids["Pia"])
    clock.advance(minutes=1)
    panel.give_word(ids["Karsten"])
    clock.advance(minutes=2)  # Karsten still speaking
    panel.refresh()
    talk = panel.sectors.talk
    assert talk.by_participant[ids["Lise"]].time == timedelta(minutes=3)
    assert talk.by_participant[ids["Karsten"]].time == timedelta(minutes=2)
    assert talk.by_sector[Sector.MUNICIPAL].time == timedelta(minutes=5)
    assert talk.by_sector[Sector.PRIVATE].time == timedelta(minutes=1)
    assert "83 %" in panel.sectors.toolTip() and "17 %" in panel.sectors.toolTip()
    row = [p.id for p in panel.talk_model.people].index(ids["Lise"])
    assert "3:00" in panel.talk_model.index(row).data(Qt.ItemDataRole.ToolTipRole)


def test_the_turn_timebox_warns_and_goes_over(qtbot, table):
    running, _session_id, ids, clock = table
    panel = running.window.run.speakers
    panel.turn_limit.setValue(3)
    panel.give_word(ids["Tarek"])
    clock.advance(minutes=2)
    panel.refresh()
    assert panel.turn_time.text() == "2:00 / 3:00"
    assert panel.turn_time.property("state") == str(TimeboxState.RUNNING)
    clock.advance(minutes=0, seconds=25)
    panel.refresh()
    assert panel.turn_time.property("state") == str(TimeboxState.WARNING)
    clock.advance(minutes=1)
    panel.refresh()
    assert panel.turn_time.text() == "3:25 / 3:00"
    assert panel.turn_time.property("state") == str(TimeboxState.OVER)


def test_finishing_ends_the_running_turn(qtbot, table):
    running, session_id, ids, clock = table
    run = running.window.run
    run.go_to(Phase.NARRATIVE)
    run.speakers.give_word(ids["Lise"])
    clock.advance(minutes=4)
    run.go_to(None)
    turn = running.workspace.speaking_turns(session_id)[0]
    assert turn.ended_at == T0 + timedelta(minutes=4)
    running.workspace.undo_stack.undo()  # one step undoes the finish and the turn's end
    assert running.workspace.speaking_turns(session_id)[0].ended_at is None
    assert running.workspace.session(session_id).status == "running"


def test_quitting_ends_the_running_turn_so_the_hours_closed_are_not_the_speakers(
    qtbot, table, start_app
):
    running, session_id, ids, clock = table
    running.window.run.go_to(Phase.NARRATIVE)
    running.window.run.speakers.give_word(ids["Lise"])
    clock.advance(minutes=4)
    running.close()
    again = start_app()  # the next morning: the minutes must not count the night as Lise's
    again.workspace.clock = lambda: T0 + timedelta(hours=16)
    (turn,) = again.workspace.speaking_turns(session_id)
    assert turn.ended_at == T0 + timedelta(minutes=4)
    again.window.open_session(session_id, "run")
    assert again.window.run.speakers.current.text() == "Speaking: no one"


def test_quitting_leaves_a_turn_running_in_a_session_only_looked_at(qtbot, start_app, tmp_path):
    # The facilitator's laptop, mid-meeting: a turn runs, and the session file is shared.
    laptop = start_app(tmp_path / "laptop")
    store = laptop.workspace.store
    session = store.create_session(Session(title="Fra en anden bærbar"))
    lise = store.add_participant(session.id, Participant("Lise Mørk", "Vestby Kommune"))
    store.add_speaking_turn(session.id, SpeakingTurn(lise.id, T0))
    shared = laptop.workspace.export_session_file(session.id, tmp_path / "delt.roundtable.json")
    laptop.close()
    organiser = start_app(tmp_path / "organiser")  # imports it, reads it, and quits
    imported = organiser.window.import_file(shared)
    organiser.window.open_session(imported.id, "run")
    stamp = organiser.workspace.store.session_stamp(imported.id)
    organiser.close()
    again = start_app(tmp_path / "organiser").workspace
    assert again.speaking_turns(imported.id)[0].ended_at is None
    assert again.store.session_stamp(imported.id) == stamp  # nothing to sync back


def ideas_phase(running, session_id):
    ws = running.workspace
    law = ws.add_item(
        session_id, Item(Phase.BARRIERS_OPPORTUNITIES, ItemKind.BARRIER, "Loven forbyder det"), ""
    )
    data = ws.add_item(
        session_id, Item(Phase.BARRIERS_OPPORTUNITIES, ItemKind.BARRIER, "Data mangler"), ""
    )
    running.window.run.go_to(Phase.IDEAS)
    return law, data


def test_votes_rank_the_ideas_and_the_ranking_follows(qtbot, table):
    running, session_id, _ids, _clock = table
    run = running.window.run
    ideas_phase(running, session_id)
    for text in ("Pilot", "Fælles indkøb", "Datadeling"):
        qtbot.keyClicks(run.capture.line, text)
        qtbot.keyClick(run.capture.line, Qt.Key.Key_Return)
    qtbot.keyClick(run.capture.line, Qt.Key.Key_2, Qt.KeyboardModifier.AltModifier)
    assert run.views.currentWidget() is run.ranking
    ranking = run.ranking
    ranking.setCurrentIndex(ranking.model().index(2, 1))  # Datadeling
    for _ in range(3):
        qtbot.keyClick(ranking, Qt.Key.Key_Plus)
    ranking.setCurrentIndex(ranking.model().index(2, 1))  # now Fælles indkøb
    qtbot.keyClick(ranking, Qt.Key.Key_Plus)
    titles = [ranking.model().index(r, 1).data() for r in range(3)]
    votes = [ranking.model().index(r, 2).data() for r in range(3)]
    assert titles == ["Datadeling", "Fælles indkøb", "Pilot"]
    assert votes == ["3", "1", "0"]
    assert run.details.item.text == "Fælles indkøb", "the details show the voted idea"
    assert ranking.current_idea() == run.details.item.id, "the idea stays selected as it moves"
    qtbot.keyClick(ranking, Qt.Key.Key_Minus)
    qtbot.keyClick(ranking, Qt.Key.Key_Minus)  # never below zero
    assert [ranking.model().index(r, 2).data() for r in range(3)] == ["3", "0", "0"]
    running.workspace.undo_stack.undo()
    assert [ranking.model().index(r, 1).data() for r in range(2)] == ["Datadeling", "Fælles indkøb"]


def test_tabs_for_ranking_and_barriers_only_in_the_ideas_phase(qtbot, table):
    running, _session_id, _ids, _clock = table
    run = running.window.run
    run.go_to(Phase.NARRATIVE)
    assert not run.views.isTabVisible(1)
    run.show_view(1)
    assert run.views.currentIndex() == 0


def test_barriers_no_idea_answers_are_listed_until_one_does(qtbot, table):
    running, session_id, _ids, _clock = table
    ws = running.workspace
    run = running.window.run
    law, data = ideas_phase(running, session_id)
    run.show_view(3)
    assert run.barriers.unanswered_ids() == [law.id, data.id]
    idea = ws.add_item(
        session_id, Item(Phase.IDEAS, ItemKind.IDEA, "Del data", title="Datadeling"), ""
    )
    ws.update_item(idea.id, "link", barrier_ids=[data.id])
    assert run.barriers.unanswered_ids() == [law.id]
    shown = [run.barriers.item(r).text() for r in range(run.barriers.count())]
    assert any("Data mangler" in s and "Datadeling" in s for s in shown)
    ws.undo_stack.undo()
    assert run.barriers.unanswered_ids() == [law.id, data.id]


# -- the presenter screen ---------------------------------------------------------------


def test_the_presenter_follows_captures_and_the_phase(qtbot, table):
    running, _session_id, _ids, _clock = table
    window, run = running.window, running.window.run
    qtbot.keyClick(run.capture.line, Qt.Key.Key_F5)
    presenter = window.presenter
    assert presenter.isVisible()
    assert not presenter.isFullScreen(), "one screen: a normal window beside the app"
    assert window.isActiveWindow() or not presenter.isActiveWindow()
    assert "Kommunens fortælling" in presenter.phase.text()  # the session's language
    for text in ("Vi har for få hænder", "Nattevagten er alene"):
        qtbot.keyClicks(run.capture.line, text)
        qtbot.keyClick(run.capture.line, Qt.Key.Key_Return)
    assert "Nattevagten er alene" in presenter.body.text()
    assert presenter.timer.text() == run.timer.label.text()
    run.next_phase()
    assert "Barrierer og muligheder" in presenter.phase.text()
    assert "Nattevagten" not in presenter.body.text()
    running.workspace.undo_stack.undo()
    assert "Kommunens fortælling" in presenter.phase.text()
    qtbot.keyClick(run.capture.line, Qt.Key.Key_F5)
    assert not presenter.isVisible()


def test_a_click_on_the_presenter_gives_the_keys_back_to_the_capture_line(qtbot, table):
    # On one screen the presenter covers most of the main window: after a stray click on
    # it, what the facilitator typed went nowhere.
    running, session_id, _ids, _clock = table
    window, run = running.window, running.window.run
    window.activateWindow()
    run.capture.line.setFocus()
    qtbot.keyClick(run.capture.line, Qt.Key.Key_F5)
    presenter = window.presenter
    assert presenter.windowFlags() & Qt.WindowType.WindowDoesNotAcceptFocus
    presenter.activateWindow()  # as the window system does on a click, where it does
    qtbot.waitUntil(lambda: window.isActiveWindow() and not presenter.isActiveWindow())
    assert QApplication.focusWidget() is run.capture.line
    before = len(running.workspace.items(session_id))
    QTest.keyClicks(QApplication.focusWidget(), "Typed after the click")
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    assert len(running.workspace.items(session_id)) == before + 1


def test_a_dialog_of_the_main_window_comes_in_front_of_the_presenter_on_one_screen(qtbot, table):
    # In front on one screen, the presenter hid the Export and Finish dialogs while they
    # held the keys: the facilitator saw nothing happen and typed into an unseen dialog.
    running, _session_id, _ids, _clock = table
    window, run = running.window, running.window.run
    window.activateWindow()
    qtbot.keyClick(run.capture.line, Qt.Key.Key_F5)
    presenter = window.presenter.windowHandle()
    on_top = Qt.WindowType.WindowStaysOnTopHint
    assert presenter.flags() & on_top
    dialog = QMessageBox(QMessageBox.Icon.Question, "Finish", "Finish the session?", parent=window)
    dialog.open()  # modal, as the app's dialogs are, without blocking the test
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is dialog)
    qtbot.waitUntil(lambda: bool(dialog.windowHandle().flags() & on_top))
    assert presenter.flags() & on_top, "the room goes on seeing the presenter, under it"
    dialog.reject()
    # Another window of the app, not blocking: the presenter steps back while it has the
    # keys, and comes to the front again with the main window.
    other = QWidget(window, Qt.WindowType.Window)
    other.show()
    other.activateWindow()
    qtbot.waitUntil(lambda: not presenter.flags() & on_top)
    assert window.presenter.isVisible()
    other.close()
    window.activateWindow()
    qtbot.waitUntil(lambda: bool(presenter.flags() & on_top))


def test_the_presenter_ranks_ideas_with_votes(qtbot, table):
    running, session_id, _ids, _clock = table
    ws = running.workspace
    ideas_phase(running, session_id)
    a = ws.add_item(session_id, Item(Phase.IDEAS, ItemKind.IDEA, "a", title="Pilot"), "")
    b = ws.add_item(session_id, Item(Phase.IDEAS, ItemKind.IDEA, "b", title="Fælles indkøb"), "")
    running.window.toggle_presenter()
    body = running.window.presenter.body
    ws.update_item(b.id, "vote", votes=4)
    ws.update_item(a.id, "vote", votes=1)
    assert body.text().index("Fælles indkøb") < body.text().index("Pilot")
    assert "4 stemmer" in body.text() and "1 stemme<" in body.text()


def test_the_presenter_never_names_anyone_under_the_chatham_house_rule(qtbot, table):
    running, session_id, _ids, _clock = table
    ws = running.workspace
    run = running.window.run
    running.window.toggle_presenter()
    presenter = running.window.presenter
    qtbot.keyClicks(run.capture.line, "Robotik A/S har prøvet det i Odense, siger Pia Skov")
    run.capture.who.setText("Pia")
    qtbot.keyClick(run.capture.line, Qt.Key.Key_Return)
    assert "Pia Skov" in presenter.body.text()  # not under the rule: named
    ws.update_session(session_id, "rule", chatham_house=True)
    shown = presenter.body.text() + presenter.title.text()
    for person in ws.participants(session_id):
        assert person.name not in shown
        if person.organisation != "Vestby Kommune":  # the host stays, as in the minutes
            assert person.organisation not in shown
    assert "en privat deltager" in shown
    assert "[deltager]" in shown and "[organisation]" in shown
    assert "Odense" in shown


def test_the_matrix_tab_places_the_idea_the_details_show(qtbot, table):
    running, session_id, _ids, _clock = table
    ws, run = running.workspace, running.window.run
    ideas_phase(running, session_id)
    idea = ws.add_item(session_id, Item(Phase.IDEAS, ItemKind.IDEA, "x", title="Pilot"), "")
    qtbot.keyClick(run.capture.line, Qt.Key.Key_3, Qt.KeyboardModifier.AltModifier)
    assert run.views.currentWidget() is run.matrix and run.matrix.hasFocus()
    run.matrix.select_idea(idea.id)
    run.matrix.idea_selected.emit(idea.id)  # as a click on its dot does
    assert run.details.item.id == idea.id
    qtbot.keyClick(run.matrix, Qt.Key.Key_Up)  # an unplaced idea starts among the quick wins
    qtbot.keyClick(run.matrix, Qt.Key.Key_Up)
    qtbot.keyClick(run.matrix, Qt.Key.Key_Left)
    placed = ws.item(idea.id)
    assert (placed.impact, placed.effort) == (5, 1)
    assert run.details.impact.currentText().startswith("5"), "the details follow the matrix"


def test_a_dragged_queue_order_is_stored(qtbot, table):
    running, session_id, ids, _clock = table
    panel = running.window.run.speakers
    for name in ("Lise", "Pia", "Tarek"):
        panel.raise_hand(ids[name])
    view = panel.queue_view
    view.insertItem(0, view.takeItem(2))  # what an internal drag and drop leaves behind
    view.dropped.emit()
    assert running.workspace.raised_hands(session_id) == [ids["Tarek"], ids["Lise"], ids["Pia"]]
    assert view.item(0).text() == "1. Tarek Haddad"
    running.workspace.undo_stack.undo()
    assert panel.queue() == [ids["Lise"], ids["Pia"], ids["Tarek"]]


# -- found in review ------------------------------------------------------------------


def test_undo_of_turns_survives_a_participant_deleted_and_brought_back(qtbot, table):
    running, session_id, ids, clock = table
    ws, panel = running.workspace, running.window.run.speakers
    panel.raise_hand(ids["Pia"])
    panel.give_word(ids["Lise"])
    clock.advance(minutes=2)
    panel.give_word(ids["Pia"])
    ws.delete_participant(ids["Lise"], "delete")
    ws.undo_stack.undo()  # Lise is back, with her turn
    ws.undo_stack.undo()  # Pia's turn is taken back: Lise speaks again, Pia waits
    turns = ws.speaking_turns(session_id)
    assert [(t.by_id, t.ended_at) for t in turns] == [(ids["Lise"], None)]
    assert ws.raised_hands(session_id) == [ids["Pia"]]
    ws.undo_stack.redo()
    assert [t.by_id for t in ws.speaking_turns(session_id)] == [ids["Lise"], ids["Pia"]]


def test_a_turn_that_started_later_than_the_clock_still_ends_and_finishes(qtbot, table):
    running, session_id, ids, clock = table
    ws, run = running.workspace, running.window.run
    run.go_to(Phase.NARRATIVE)
    run.speakers.give_word(ids["Lise"])
    clock.advance(seconds=-5)  # the laptop's clock was set back
    run.speakers.give_word(ids["Pia"])
    first, second = ws.speaking_turns(session_id)
    assert first.ended_at == first.started_at == second.started_at
    depth = ws.undo_stack.count()
    run.go_to(None)
    assert ws.session(session_id).status == "completed"
    assert all(t.ended_at is not None for t in ws.speaking_turns(session_id))
    assert ws.undo_stack.count() == depth + 1


def test_every_running_turn_ends_and_finishing_lowers_the_hands(qtbot, table):
    running, session_id, ids, clock = table
    ws, run = running.workspace, running.window.run
    run.go_to(Phase.NARRATIVE)
    # Two turns running at once, as an imported file may hold them.
    ws.store.add_speaking_turn(session_id, SpeakingTurn(ids["Lise"], T0))
    ws.store.add_speaking_turn(session_id, SpeakingTurn(ids["Pia"], T0))
    run.speakers.reload()
    run.speakers.raise_hand(ids["Tarek"])
    clock.advance(minutes=5)
    run.go_to(None)
    ends = [t.ended_at for t in ws.speaking_turns(session_id)]
    assert ends == [T0 + timedelta(minutes=5)] * 2
    assert ws.raised_hands(session_id) == []
    messages = []
    run.speakers.message.connect(messages.append)
    qtbot.keyClick(run.capture.line, Qt.Key.Key_H, CTRL)
    assert not run.speakers.hand_line.hasFocus()
    assert messages and "completed" in messages[-1]
    ws.undo_stack.undo()
    assert ws.raised_hands(session_id) == [ids["Tarek"]]


def test_alt_1_puts_the_focus_in_the_item_list(qtbot, table):
    running, session_id, _ids, _clock = table
    run = running.window.run
    ideas_phase(running, session_id)
    qtbot.keyClick(run.capture.line, Qt.Key.Key_2, Qt.KeyboardModifier.AltModifier)
    qtbot.keyClick(run.ranking, Qt.Key.Key_1, Qt.KeyboardModifier.AltModifier)
    assert run.list.hasFocus()


def test_the_presenter_stays_on_through_a_language_switch(qtbot, table):
    running, _session_id, _ids, _clock = table
    running.window.toggle_presenter()
    running.window.language_change_requested.emit("da")
    assert running.window.presenter is not None and running.window.presenter.isVisible()


def test_the_presenter_shows_a_new_idea_beyond_the_top_eight_and_hides_cut_names(qtbot, table):
    running, session_id, _ids, _clock = table
    ws = running.workspace
    ideas_phase(running, session_id)
    for n in range(9):
        ws.add_item(
            session_id, Item(Phase.IDEAS, ItemKind.IDEA, "x", title=f"Idé {n}", votes=5), ""
        )
    running.window.toggle_presenter()
    body = running.window.presenter.body
    ws.update_session(session_id, "rule", chatham_house=True)
    ws.add_item(
        session_id,
        Item(Phase.IDEAS, ItemKind.IDEA, "Vi burde spørge plejepersonalet sammen med Pia Skov"),
        "",
    )
    assert "plejepersonalet" in body.text()
    assert "Pia" not in body.text()


def test_the_presenter_clears_when_its_session_is_deleted(qtbot, table, dialogs):
    running, session_id, _ids, _clock = table
    window = running.window
    window.toggle_presenter()
    window.delete_session(session_id)
    presenter = window.presenter
    assert presenter.title.text() == "Roundtable"
    assert presenter.timer.text() == "" and presenter.body.text() == ""
