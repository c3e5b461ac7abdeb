"""Capture details, pasting participants, and the phase timer with a controllable clock."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication

from roundtable.domain.model import ItemKind, Phase, Sector, Session
from roundtable.domain.timebox import TimeboxState

CTRL = Qt.KeyboardModifier.ControlModifier


class Clock:
    def __init__(self) -> None:
        self.now = datetime(2026, 11, 23, 9, 0, tzinfo=UTC)

    def __call__(self) -> datetime:
        return self.now


@pytest.fixture
def meeting(start_app):
    running = start_app()
    ws = running.workspace
    session = ws.create_session(Session(title="Møde"))
    running.window.open_session(session.id, "run")
    return running, session.id


def test_enter_on_an_empty_line_stores_nothing_and_ctrl_z_undoes_the_last_capture(qtbot, meeting):
    running, session_id = meeting
    line = running.window.run.capture.line
    qtbot.keyClick(line, Qt.Key.Key_Return)
    assert running.workspace.items(session_id) == []
    qtbot.keyClicks(line, "Første")
    qtbot.keyClick(line, Qt.Key.Key_Return)
    qtbot.keyClicks(line, "Anden")
    qtbot.keyClick(line, Qt.Key.Key_Z, CTRL)  # undoes the typing, not the capture
    assert line.text() == "" and len(running.workspace.items(session_id)) == 1
    qtbot.keyClick(line, Qt.Key.Key_Z, CTRL)  # the line is empty: undoes the capture
    assert running.workspace.items(session_id) == []
    assert line.hasFocus()
    status = running.window.statusBar()
    assert status.currentMessage().startswith("Undone: ") and "note" in status.currentMessage()
    running.window.menus.redo_action.trigger()
    assert status.currentMessage() == "Redone: Capture note"
    assert len(running.workspace.items(session_id)) == 1


def test_ctrl_z_in_the_emptied_capture_line_undoes_the_meeting_not_old_typing(qtbot, meeting):
    # Text typed and deleted by hand came back on Ctrl+Z instead of the change just made;
    # one Enter then stored it as an item.
    running, session_id = meeting
    line = running.window.run.capture.line
    qtbot.keyClicks(line, "Første")
    qtbot.keyClick(line, Qt.Key.Key_Return)
    qtbot.keyClicks(line, "fokus test")
    qtbot.keyClick(line, Qt.Key.Key_A, CTRL)
    qtbot.keyClick(line, Qt.Key.Key_Backspace)
    assert line.text() == ""
    qtbot.keyClick(line, Qt.Key.Key_Z, CTRL)
    assert line.text() == "" and running.workspace.items(session_id) == []
    qtbot.keyClick(line, Qt.Key.Key_Z, CTRL | Qt.KeyboardModifier.ShiftModifier)
    assert line.text() == "" and len(running.workspace.items(session_id)) == 1
    qtbot.keyClicks(line, "Anden")  # a line with typing in it undoes its typing
    qtbot.keyClick(line, Qt.Key.Key_Z, CTRL)
    assert line.text() != "Anden" and len(running.workspace.items(session_id)) == 1


def test_an_unknown_speaker_keeps_the_item_and_says_so(qtbot, meeting):
    running, session_id = meeting
    bar = running.window.run.capture
    bar.who.setText("Zacharias")
    bar.line.setText("Noget vigtigt")
    qtbot.keyClick(bar.line, Qt.Key.Key_Return)
    (item,) = running.workspace.items(session_id)
    assert item.by_id is None and item.text == "Noget vigtigt"
    assert "Zacharias" in running.window.statusBar().currentMessage()


def test_a_refused_capture_keeps_the_typed_text(qtbot, meeting):
    running, session_id = meeting
    line = running.window.run.capture.line
    line.setText("x" * 20_001)  # over the limit for an item's text
    qtbot.keyClick(line, Qt.Key.Key_Return)
    assert running.workspace.items(session_id) == []
    assert line.text() == "x" * 20_001
    assert "20,000" in running.window.statusBar().currentMessage()


def test_items_reorder_by_keyboard_within_their_kind(qtbot, meeting):
    running, session_id = meeting
    run = running.window.run
    for text in ("a", "b", "c"):
        run.capture_item(text, ItemKind.NOTE, "", "")
    run.capture_item("citat", ItemKind.QUOTE, "", "")
    c = next(i for i in running.workspace.items(session_id) if i.text == "c")
    run.list.select_item(c.id)
    run.list.setFocus()
    qtbot.keyClick(run.list, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    qtbot.keyClick(run.list, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    qtbot.keyClick(run.list, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)  # already first
    shown = [run.model.item_at(r).text for r in range(run.model.rowCount())]
    assert shown == ["c", "a", "b", "citat"]
    assert run.list.current_item_id() == c.id, "the moved item stays selected"
    qtbot.keyClick(run.list, Qt.Key.Key_Z, CTRL)
    assert [i.text for i in running.workspace.items(session_id)][:3] == ["a", "c", "b"]


def test_editing_an_item_in_place(qtbot, meeting):
    running, _session_id = meeting
    run = running.window.run
    item = run.capture_item("Stavefjel", ItemKind.NOTE, "", "")
    index = run.model.index(run.model.row_of(item.id))
    assert run.model.setData(index, "Stavefejl rettet")
    assert running.workspace.item(item.id).text == "Stavefejl rettet"
    assert not run.model.setData(index, "   ")  # an empty text is refused, not stored
    assert running.workspace.item(item.id).text == "Stavefejl rettet"


def test_pasting_participants_from_a_spreadsheet(qtbot, start_app):
    running = start_app()
    window = running.window
    window.new_session()
    QGuiApplication.clipboard().setText(
        "Navn\tOrganisation\tRolle\tSektor\n"
        "Anne Holm\tVestby Kommune\tÆldrechef\tkommunal\r\n"
        "\n"
        "Bo Krag\tOmsorg A/S\tDirektør\tPrivate\n"
        "Cecilie Dahl\n"
    )
    window.setup.new_name.setFocus()
    qtbot.keyClick(window.setup.new_name, Qt.Key.Key_V, CTRL)
    people = running.workspace.participants(window.session_id)
    assert [(p.name, p.organisation, p.sector) for p in people] == [
        ("Anne Holm", "Vestby Kommune", Sector.MUNICIPAL),
        ("Bo Krag", "Omsorg A/S", Sector.PRIVATE),
        ("Cecilie Dahl", "", Sector.OTHER),
    ]
    assert window.setup.new_name.text() == ""
    qtbot.keyClick(window.setup.new_name, Qt.Key.Key_Z, CTRL)  # one paste, one undo
    assert running.workspace.participants(window.session_id) == []


def test_a_participant_without_a_name_is_refused_with_a_message(qtbot, start_app):
    running = start_app()
    window = running.window
    window.new_session()
    window.setup.new_organisation.setText("Kun en organisation")
    qtbot.keyClick(window.setup.new_organisation, Qt.Key.Key_Return)
    assert running.workspace.participants(window.session_id) == []
    assert "name" in window.statusBar().currentMessage()
    assert window.setup.new_organisation.text() == "Kun en organisation"


def test_a_participant_added_at_the_end_of_a_long_list_is_scrolled_into_sight(qtbot, start_app):
    running = start_app()
    window = running.window
    window.new_session()
    setup = window.setup
    setup.table.setFixedHeight(150)  # a few rows, as on a small screen
    for n in range(12):
        qtbot.keyClicks(setup.new_name, f"Deltager {n}")
        qtbot.keyClick(setup.new_name, Qt.Key.Key_Return)
    last = setup.table.model().index(11, 0)
    assert setup.table.viewport().rect().intersects(setup.table.visualRect(last))


def test_an_emptied_title_is_refused_and_the_stored_one_shown(qtbot, start_app):
    running = start_app()
    window = running.window
    window.new_session()
    title = window.setup.title
    title.clear()
    qtbot.keyClick(title, Qt.Key.Key_Return)
    assert running.workspace.session(window.session_id).title
    assert title.text() == running.workspace.session(window.session_id).title
    assert "title" in window.statusBar().currentMessage()


def test_the_timer_counts_down_warns_and_counts_up_when_over(qtbot, meeting):
    running, _session_id = meeting
    clock = Clock()
    running.workspace.clock = clock
    run = running.window.run
    run.timer.clock = clock
    assert run.timer.state() is TimeboxState.IDLE
    run.go_to(Phase.NARRATIVE)  # 30 minutes planned
    assert run.timer.label.text() == "30:00"
    clock.now += timedelta(minutes=23, seconds=59)
    run.timer.refresh()
    assert run.timer.state() is TimeboxState.RUNNING
    clock.now += timedelta(seconds=1)  # 6 of 30 minutes left: a fifth
    run.timer.refresh()
    assert (run.timer.label.text(), run.timer.state()) == ("06:00", TimeboxState.WARNING)
    qtbot.keyClick(run.capture.line, Qt.Key.Key_Space, CTRL | Qt.KeyboardModifier.ShiftModifier)
    clock.now += timedelta(minutes=10)  # paused: does not count
    run.timer.refresh()
    assert run.timer.label.text() == "06:00" and run.timer.timebox.paused
    run.timer.toggle_pause()
    clock.now += timedelta(minutes=8, seconds=5)
    run.timer.refresh()
    assert (run.timer.label.text(), run.timer.state()) == ("+02:05", TimeboxState.OVER)
    assert run.timer.label.property("state") == "over"
    assert run.capture.line.hasFocus(), "the timer never takes the focus"
    run.next_phase()
    assert run.timer.label.text() == "45:00"


def test_the_follow_up_details_typed_at_set_up_are_stored(qtbot, start_app):
    running = start_app()
    window = running.window
    window.new_session()
    setup = window.setup
    for edit, text in (
        (setup.purpose, "Hvordan får vi flere i job?"),
        (setup.minute_taker, "Anders Lund"),
    ):
        edit.setFocus()
        qtbot.keyClicks(edit, text)
        qtbot.keyClick(edit, Qt.Key.Key_Return)
    session = running.workspace.session(window.session_id)
    assert (session.purpose, session.minute_taker) == ("Hvordan får vi flere i job?", "Anders Lund")
    assert session.next_meeting is None  # "Not set" until a date is chosen


def test_a_next_meeting_typed_into_the_not_set_field_at_set_up_is_kept(qtbot, start_app):
    running = start_app()
    window = running.window
    window.new_session()
    line = window.setup.next_meeting.line
    assert line.text() == "" and line.placeholderText() == "Not set"
    line.setFocus()
    qtbot.keyClicks(line, "2027-01-15")
    qtbot.keyClick(line, Qt.Key.Key_Return)
    assert running.workspace.session(window.session_id).next_meeting == date(2027, 1, 15)
    assert line.text() == "15/01/2027", "in the interface language's form"


def test_the_calendar_of_an_unset_session_date_opens_at_today_not_january_2000(start_app):
    running = start_app()
    running.window.new_session()
    starts_at = running.window.setup.starts_at
    starts_at.open_calendar()
    calendar = starts_at.calendar
    today = date.today()
    assert (calendar.yearShown(), calendar.monthShown()) == (today.year, today.month)
    starts_at._menu.hide()


def test_items_edited_in_the_list_one_after_another_are_all_saved(qtbot, qtlog, meeting):
    running, _session_id = meeting
    run = running.window.run
    first = run.capture_item("Stavefjel", ItemKind.NOTE, "", "")
    second = run.capture_item("Endnu en fjel", ItemKind.NOTE, "", "")
    for item, text in ((first, "Stavefejl rettet"), (second, "Endnu en rettet")):
        index = run.model.index(run.model.row_of(item.id))
        run.list.setCurrentIndex(index)
        run.list.edit(index)
        editor = run.list.focusWidget()
        assert editor is not run.list, "no editor opened"
        editor.selectAll()
        qtbot.keyClicks(editor, text)
        qtbot.keyClick(editor, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: run.list.state() == run.list.State.NoState)
    texts = [running.workspace.item(i.id).text for i in (first, second)]
    assert texts == ["Stavefejl rettet", "Endnu en rettet"]
    assert not [m.message for m in qtlog.records if "editor" in m.message]


def test_typing_at_the_list_after_an_edit_goes_into_the_capture_line(qtbot, meeting):
    running, _session_id = meeting
    run = running.window.run
    item = run.capture_item("Stavefjel", ItemKind.NOTE, "", "")
    index = run.model.index(run.model.row_of(item.id))
    run.list.setCurrentIndex(index)
    run.list.edit(index)
    editor = run.list.focusWidget()
    editor.selectAll()
    qtbot.keyClicks(editor, "Stavefejl")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: run.list.state() == run.list.State.NoState)
    run.list.setFocus()
    qtbot.keyClicks(run.list, "Borgerne")
    assert run.capture.line.text() == "Borgerne" and run.capture.line.hasFocus()
    run.list.setFocus()
    qtbot.keyClicks(run.list, " vil")  # a space first is a space too
    assert run.capture.line.text() == "Borgerne vil"
    run.capture.line.setText("Borgerne")
    qtbot.keyClick(run.capture.line, Qt.Key.Key_Return)
    assert [i.text for i in running.workspace.items(_session_id)] == ["Stavefejl", "Borgerne"]
    # + and - on the list still vote; arrows still move.
    assert "+" not in run.capture.line.text()


def test_the_first_message_does_not_move_the_capture_line(qtbot, meeting):
    # The status bar is there from the start: appearing with the first message, it pushed
    # the capture line up under the facilitator's pointer.
    running, _session_id = meeting
    window, line = running.window, running.window.run.capture.line
    window.resize(1366, 768)
    qtbot.waitUntil(lambda: line.isVisible())
    before = line.mapTo(window, line.rect().topLeft())
    window.show_message("Gemt")
    qtbot.wait(20)
    assert line.mapTo(window, line.rect().topLeft()) == before


def test_undo_of_a_capture_selects_no_other_item_and_redo_selects_it_again(qtbot, meeting):
    running, _session_id = meeting
    run, ws = running.window.run, running.workspace
    first = run.capture_item("Borgerne vil hjem", ItemKind.NOTE, "", "")
    run.list.select_item(first.id)
    added = run.capture_item("Data mangler", ItemKind.NOTE, "", "")
    run.list.select_item(added.id)
    ws.undo()
    assert run.list.current_item_id() is None, "the neighbour was no part of the undo"
    assert run.details.item is None
    ws.redo()
    assert run.list.current_item_id() == added.id
    assert run.details.item is not None and run.details.item.id == added.id


@pytest.mark.parametrize(
    "typed", ["2027-01-15 09:30", "15-01-2027 09:30", "15.1.2027 9.30", "15/01/2027 kl. 9.30"]
)
def test_a_session_date_and_time_can_be_typed_as_a_person_writes_them(qtbot, start_app, typed):
    # The year came first in a box of parts: a Danish "14-05-2025 09:30" became 2026-05-20
    # 20:09 without a word, and the minutes said so.
    from datetime import datetime

    running = start_app()
    running.window.new_session()
    starts_at = running.window.setup.starts_at
    assert starts_at.line.placeholderText() == "Not set"
    starts_at.line.setFocus()
    qtbot.keyClicks(starts_at.line, typed)
    qtbot.keyClick(starts_at.line, Qt.Key.Key_Tab)
    stored = running.workspace.session(running.window.session_id).starts_at
    assert stored is not None
    assert stored.replace(tzinfo=None) == datetime(2027, 1, 15, 9, 30)
    assert starts_at.line.text() == "15/01/2027 09:30"  # the interface language's form


def test_a_session_date_that_cannot_be_read_is_refused_and_kept_as_typed(qtbot, start_app):
    running = start_app()
    running.window.new_session()
    starts_at = running.window.setup.starts_at
    starts_at.line.setFocus()
    qtbot.keyClicks(starts_at.line, "15.01.2027 25:00")
    qtbot.keyClick(starts_at.line, Qt.Key.Key_Tab)
    assert running.workspace.session(running.window.session_id).starts_at is None
    assert starts_at.line.text() == "15.01.2027 25:00"
    assert "is not a date and time" in running.window.statusBar().currentMessage()


def test_leaving_an_unset_session_date_untouched_keeps_it_unset(qtbot, start_app):
    running = start_app()
    running.window.new_session()
    starts_at = running.window.setup.starts_at
    starts_at.line.setFocus()
    qtbot.keyClick(starts_at.line, Qt.Key.Key_Tab)
    assert running.workspace.session(running.window.session_id).starts_at is None
    assert starts_at.line.text() == "" and starts_at.line.placeholderText() == "Not set"


def test_a_capture_while_the_ranking_is_shown_says_where_the_item_went(qtbot, meeting):
    from roundtable.domain.model import Phase

    running, session_id = meeting
    running.workspace.move_to_phase(session_id, Phase.IDEAS, "start")
    run = running.window.run
    run.show_view(1)  # the ranking: a note captured now shows nowhere on screen
    qtbot.keyClicks(run.capture.line, "Husk at invitere KL")
    run.capture.choose_kind("note")
    qtbot.keyClick(run.capture.line, Qt.Key.Key_Return)
    assert "under Items (Alt+1)" in running.window.statusBar().currentMessage()
    running.window.statusBar().clearMessage()
    run.capture.choose_kind("idea")
    qtbot.keyClicks(run.capture.line, "Mentorordning")
    qtbot.keyClick(run.capture.line, Qt.Key.Key_Return)
    assert running.window.statusBar().currentMessage() == "", "an idea shows in the ranking"
    run.show_view(0)
    running.window.statusBar().clearMessage()
    qtbot.keyClicks(run.capture.line, "Og Danske Regioner")
    qtbot.keyClick(run.capture.line, Qt.Key.Key_Return)
    assert running.window.statusBar().currentMessage() == "", "the list shows it: nothing said"


def test_typing_at_the_ranking_goes_into_the_capture_line_and_plus_still_votes(qtbot, meeting):
    from roundtable.domain.model import Phase

    running, session_id = meeting
    running.workspace.move_to_phase(session_id, Phase.IDEAS, "start")
    run = running.window.run
    idea = run.capture_item("Mentorordning", ItemKind.IDEA, "", "")
    run.show_view(1)  # Alt+2: the ranking has the focus
    ranking = run.ranking
    ranking.select_idea(idea.id)
    qtbot.keyClick(ranking, Qt.Key.Key_Plus)
    assert running.workspace.item(idea.id).votes == 1, "+ votes in the ranking"
    qtbot.keyClicks(ranking, "Praktik i kommunen")
    assert run.capture.line.text() == "Praktik i kommunen"
    assert run.capture.line.hasFocus()


def test_up_from_the_capture_line_selects_the_latest_capture_whatever_was_selected(qtbot, meeting):
    # Up went to the list's last row, the last of the last kind (an action), or to an item
    # selected long before, not to the idea just captured that the facilitator would mend.
    from roundtable.domain.model import Phase

    running, _session_id = meeting
    run = running.window.run
    run.go_to(Phase.IDEAS)
    run.capture_item("Ring til udbudsafdelingen", ItemKind.ACTION, "", "")
    run.capture_item("Fælles testlab", ItemKind.IDEA, "", "")
    run.list.setCurrentIndex(run.list.model().index(-1))  # nothing selected
    line = run.capture.line
    line.setFocus()
    qtbot.keyClick(line, Qt.Key.Key_Up)
    assert run.list.hasFocus()
    assert running.workspace.item(run.list.current_item_id()).text == "Fælles testlab"


def test_tab_from_a_typed_date_goes_on_to_the_next_field_not_the_calendar_button(qtbot, start_app):
    running = start_app()
    running.window.new_session()
    window = running.window
    window.activateWindow()
    starts_at = window.setup.starts_at
    starts_at.line.setFocus()
    qtbot.keyClicks(starts_at.line, "15.01.2027 09:30")
    qtbot.keyClick(starts_at.line, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() not in (starts_at.line, starts_at.button)
    assert QApplication.focusWidget() is not window.setup.next_meeting.button
