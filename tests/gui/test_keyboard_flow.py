"""The keyboard flow of a live meeting: hands, the floor as the default author, names."""

from __future__ import annotations

from PySide6.QtCore import Qt

from roundtable.domain.model import Participant, Session

CTRL = Qt.KeyboardModifier.ControlModifier


def meeting(start_app):
    running = start_app()
    ws = running.workspace
    sid = ws.create_session(Session(title="Møde")).id
    ws.add_participants(
        sid,
        [Participant("Ole Dahl", "Omsorg A/S"), Participant("Pia Skov", "Vestby Kommune")],
        "add",
    )
    running.window.open_session(sid, "run")
    return running, sid


def test_raising_a_hand_and_f9_return_the_focus_to_the_capture_line(qtbot, start_app):
    running, sid = meeting(start_app)
    run = running.window.run
    line = run.capture.line
    qtbot.keyClick(line, Qt.Key.Key_H, CTRL)
    hand = run.speakers.hand_line
    assert hand.hasFocus()
    qtbot.keyClicks(hand, "Ole")
    qtbot.keyClick(hand, Qt.Key.Key_Return)
    assert line.hasFocus(), "the next note goes to the capture line"
    qtbot.keyClick(line, Qt.Key.Key_F9)
    assert line.hasFocus()
    qtbot.keyClicks(line, "Vi mangler hænder")
    qtbot.keyClick(line, Qt.Key.Key_Return)
    (item,) = running.workspace.items(sid)
    assert item.text == "Vi mangler hænder"
    assert run.speakers.hand_line.text() == ""


def test_who_has_the_floor_is_the_author_until_ctrl_d_overrides_it_for_one_item(qtbot, start_app):
    running, sid = meeting(start_app)
    ws, run = running.workspace, running.window.run
    ole, pia = ws.participants(sid)
    ws.next_speaker(sid, ole.id, "word")
    bar = run.capture
    assert bar.who.text() == "Ole Dahl"
    for text in ("Første", "Anden"):
        qtbot.keyClicks(bar.line, text)
        qtbot.keyClick(bar.line, Qt.Key.Key_Return)
        assert bar.who.text() == "Ole Dahl", "the Who field stays while Ole has the floor"
    qtbot.keyClick(bar.line, Qt.Key.Key_D, CTRL)
    assert bar.who.hasFocus()
    qtbot.keyClicks(bar.who, "Sko")  # a surname's first letters replace Ole's name
    assert bar.who.text() == "Sko"
    bar.line.setFocus()
    qtbot.keyClicks(bar.line, "Tredje")
    qtbot.keyClick(bar.line, Qt.Key.Key_Return)
    assert [i.by_id for i in ws.items(sid)] == [ole.id, ole.id, pia.id]
    assert bar.who.text() == "Ole Dahl", "the override was for one item"
    ws.next_speaker(sid, pia.id, "word")
    assert bar.who.text() == "Pia Skov"


def test_an_unmatched_who_keeps_the_item_and_the_name_and_says_so_beside_the_field(
    qtbot, start_app
):
    running, sid = meeting(start_app)
    bar = running.window.run.capture
    bar.who.setText("Zacharias")
    qtbot.keyClicks(bar.line, "Noget vigtigt")
    qtbot.keyClick(bar.line, Qt.Key.Key_Return)
    (item,) = running.workspace.items(sid)
    assert item.by_id is None
    assert bar.who.text() == "Zacharias"
    assert bar.who_note.isVisibleTo(bar) and "Zacharias" in bar.who_note.text()
    bar.who.setText("")
    qtbot.keyClicks(bar.who, "Omsorg")  # the organisation's first letters
    qtbot.keyClicks(bar.line, "Mere")
    qtbot.keyClick(bar.line, Qt.Key.Key_Return)
    assert running.workspace.items(sid)[-1].by_id == running.workspace.participants(sid)[0].id
    assert not bar.who_note.isVisibleTo(bar)


def test_typing_a_surname_or_an_organisation_in_who_names_the_people_it_may_mean(qtbot, start_app):
    running, sid = meeting(start_app)
    bar = running.window.run.capture
    bar.who.setFocus()
    qtbot.keyClicks(bar.who, "Dah")
    assert bar.who_note.isVisibleTo(bar)
    assert bar.who_note.text() == "Ole Dahl (Omsorg A/S)"
    qtbot.keyClick(bar.who, Qt.Key.Key_Return)  # Enter captures too: nothing typed, nothing
    bar.who.selectAll()
    qtbot.keyClicks(bar.who, "Vestby")
    assert bar.who_note.text() == "Pia Skov (Vestby Kommune)"
    bar.line.setFocus()
    qtbot.keyClicks(bar.line, "Vi har prøvet")
    qtbot.keyClick(bar.line, Qt.Key.Key_Return)
    (item,) = running.workspace.items(sid)
    assert item.by_id == running.workspace.participants(sid)[1].id
