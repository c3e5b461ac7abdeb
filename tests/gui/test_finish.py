"""Finish finishes: it asks, shows the summary, a recap to read aloud and the exports; a
completed session captures nothing more until it is reopened (and Ctrl+Z undoes that)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from roundtable.domain.model import Item, ItemKind, Participant, Phase, Session, SessionStatus

CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


def running_meeting(start_app):
    running = start_app()
    window, ws = running.window, running.workspace
    session = ws.create_session(Session(title="Ældrepleje"))
    sid = session.id
    ws.add_participants(sid, [Participant("Ole Dahl", "Omsorg A/S")], "add")
    ole = ws.participants(sid)[0]
    ws.move_to_phase(sid, Phase.BARRIERS_OPPORTUNITIES, "start")
    ws.add_item(sid, Item(Phase.BARRIERS_OPPORTUNITIES, ItemKind.BARRIER, "Ingen data"), "c")
    ws.move_to_phase(sid, Phase.IDEAS, "start")
    ws.add_item(sid, Item(Phase.IDEAS, ItemKind.IDEA, "Fælles datasæt", votes=5), "c")
    ws.add_item(
        sid,
        Item(Phase.IDEAS, ItemKind.ACTION, "Ring til KL", owner_id=ole.id, due=date(2025, 12, 12)),
        "c",
    )
    ws.add_item(sid, Item(Phase.IDEAS, ItemKind.ACTION, "Send data", owner_text="KL"), "c")
    ws.next_speaker(sid, ole.id, "word")
    window.open_session(sid, "run")
    return running, sid


def test_finish_asks_naming_the_open_phase_and_the_speaker_and_cancel_changes_nothing(
    qtbot, start_app, dialogs
):
    running, sid = running_meeting(start_app)
    dialogs.answer = QMessageBox.StandardButton.Cancel
    qtbot.keyClick(running.window.run.capture.line, Qt.Key.Key_F, CTRL_SHIFT)
    kind, _title, text = dialogs.shown[-1]
    assert kind == "question"
    assert "Ideas and next steps" in text and "Ole Dahl" in text
    assert running.workspace.session(sid).status is SessionStatus.RUNNING
    assert running.window.run.pages.currentIndex() == 0


def test_finish_goes_to_the_summary_the_recap_and_the_exports(qtbot, start_app, dialogs):
    running, sid = running_meeting(start_app)
    run = running.window.run
    qtbot.keyClick(run.capture.line, Qt.Key.Key_F, CTRL_SHIFT)
    assert running.workspace.session(sid).status is SessionStatus.COMPLETED
    assert run.pages.currentWidget() is run.finish
    assert run.summary.hasFocus()
    recap = run.finish.recap.text()
    assert "1. Fælles datasæt (5 votes)" in recap
    assert "Ring til KL — Ole Dahl — due 12/12/2025" in recap
    assert "Send data — KL — no date" in recap, "an owner who is not a participant"
    assert "Ingen data" in recap, "the barrier no idea answers is read aloud"
    assert run.minutes_button.isVisibleTo(run) and run.session_file_button.isVisibleTo(run)


def test_a_completed_session_refuses_capture_with_a_reason_and_reopens_undoably(
    qtbot, start_app, dialogs
):
    running, sid = running_meeting(start_app)
    window, ws = running.window, running.workspace
    run = window.run
    run.go_to(None)
    run.go_to(Phase.IDEAS)  # looking back at a phase
    assert run.pages.currentIndex() == 0
    assert not run.capture.isVisibleTo(run)
    assert run.completed_note.isVisibleTo(run)
    assert "completed" in run.completed_note.reason.text()
    count = len(ws.items(sid))
    run.capture_item("For sent", ItemKind.IDEA, "", "")
    assert len(ws.items(sid)) == count
    assert run.details.votes.isEnabled() is False
    window.show_page("setup")
    assert window.setup.run_button.text() == "Look through the session →"  # not "Run"
    window.show_page("run")
    run.details.show_item(None)
    assert run.details.heading.text() == "Select an item to see its details."  # not "edit"

    qtbot.mouseClick(run.completed_note.reopen_button, Qt.MouseButton.LeftButton)
    assert ws.session(sid).status is SessionStatus.RUNNING
    run.details.show_item(None)
    assert run.details.heading.text() == "Select an item to see and edit its details."
    assert run.capture.isVisibleTo(run) and not run.completed_note.isVisibleTo(run)
    assert ws.undo_stack.undoText() == "Reopen session"
    ws.undo_stack.undo()
    assert ws.session(sid).status is SessionStatus.COMPLETED


def test_a_completed_session_captures_nothing_after_a_restart(qtbot, start_app, dialogs, data_dir):
    running, _sid = running_meeting(start_app)
    running.window.run.go_to(None)
    running.close()
    again = start_app()
    run = again.window.run
    assert again.window.current_page() == "run"
    assert run.pages.currentWidget() is run.finish
    run.go_to(Phase.NARRATIVE)
    assert not run.capture.isVisibleTo(run)
