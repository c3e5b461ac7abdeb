"""A half-typed capture line survives a quit and a crash, and goes once it is captured."""

from __future__ import annotations

from PySide6.QtCore import QSettings, Qt

from roundtable.domain.model import Session


def _settings_on_disk(data_dir) -> QSettings:
    return QSettings(str(data_dir / "settings.ini"), QSettings.Format.IniFormat)


def _meeting(start_app, title: str = "Møde"):
    running = start_app()
    session = running.workspace.create_session(Session(title=title))
    running.window.open_session(session.id, "run")
    return running, session.id


def _key(running, session_id: int) -> str:
    return f"drafts/{running.workspace.session(session_id).uid}"


def test_a_line_typed_and_not_captured_is_back_after_a_quit(qtbot, start_app):
    running, sid = _meeting(start_app)
    qtbot.keyClicks(running.window.run.capture.line, "Halvskrevet ide om mentorordning")
    running.window.close()
    running.close()
    again = start_app()
    assert again.window.session_id == sid
    assert again.window.run.capture.line.text() == "Halvskrevet ide om mentorordning"
    assert "not captured" in again.window.statusBar().currentMessage()


def test_a_pause_in_typing_puts_the_line_on_the_disk_before_any_close(qtbot, start_app, data_dir):
    running, sid = _meeting(start_app)
    qtbot.keyClicks(running.window.run.capture.line, "Vi mangler data")
    key = _key(running, sid)
    qtbot.waitUntil(
        lambda: (_settings_on_disk(data_dir).value(key) or [""])[0] == "Vi mangler data",
        timeout=3000,
    )  # what a crash now would leave for the next start


def test_a_captured_line_leaves_the_disk_at_once(qtbot, start_app, data_dir):
    running, sid = _meeting(start_app)
    line, key = running.window.run.capture.line, _key(running, sid)
    qtbot.keyClicks(line, "Forste ide")
    qtbot.waitUntil(lambda: _settings_on_disk(data_dir).contains(key), timeout=3000)
    qtbot.keyClick(line, Qt.Key.Key_Return)
    qtbot.keyClicks(line, "A")  # typing on, with no pause: a crash now must not bring it back
    assert not _settings_on_disk(data_dir).contains(key)


def test_each_session_has_its_own_line(qtbot, start_app, data_dir):
    running, sid = _meeting(start_app)
    line = running.window.run.capture.line
    other = running.workspace.create_session(Session(title="Andet møde")).id
    running.window.open_session(other, "run")
    qtbot.keyClicks(line, "Til det andet møde")
    running.window.open_session(sid, "run")
    assert line.text() == ""
    running.window.open_session(other, "run")
    assert line.text() == "Til det andet møde"
    running.window.close()
    kept = _settings_on_disk(data_dir)
    assert kept.value(_key(running, other)) == ["Til det andet møde", "note"]
    assert not kept.contains(_key(running, sid))


def test_a_new_session_given_an_old_id_does_not_get_its_line(qtbot, start_app):
    running, sid = _meeting(start_app)
    qtbot.keyClicks(running.window.run.capture.line, "Fortroligt")
    running.window.save_place()
    running.window.show_page("library")
    running.workspace.store.delete_session(sid)  # as a restored backup without it would
    again = running.workspace.create_session(Session(title="Helt nyt møde")).id
    assert again == sid
    running.window.open_session(again, "run")
    assert running.window.run.capture.line.text() == ""


def test_a_language_switch_carries_the_line_over_without_saying_it_came_back(qtbot, start_app):
    running, _sid = _meeting(start_app)
    qtbot.keyClicks(running.window.run.capture.line, "Midt i en saetning")
    running.window.language_change_requested.emit("da")
    window = running.window
    qtbot.addWidget(window)
    assert window.run.capture.line.text() == "Midt i en saetning"
    assert "tilbage" not in window.statusBar().currentMessage()
    # The rebuilt window takes the typing on where it was.
    qtbot.waitUntil(lambda: window.focusWidget() is window.run.capture.line)
    qtbot.keyClicks(window.focusWidget(), " om borgerne")
    assert window.run.capture.line.text() == "Midt i en saetning om borgerne"


def test_deleting_a_session_takes_its_kept_line_off_the_disk(qtbot, start_app, data_dir, dialogs):
    from PySide6.QtWidgets import QMessageBox

    running, sid = _meeting(start_app)
    key = _key(running, sid)
    qtbot.keyClicks(running.window.run.capture.line, "Fortroligt")
    running.window.save_place()
    assert _settings_on_disk(data_dir).contains(key)
    dialogs.answer = QMessageBox.StandardButton.Yes
    running.window.delete_session(sid)
    assert not _settings_on_disk(data_dir).contains(key)


def test_a_kept_line_comes_back_as_the_kind_it_was_typed_as(qtbot, start_app):
    # Typed as an opportunity and brought back as a barrier, the next Enter files it wrongly.
    from roundtable.domain.model import ItemKind, Phase

    running = start_app()
    ws = running.workspace
    sid = ws.create_session(Session(title="Møde")).id
    ws.move_to_phase(sid, Phase.BARRIERS_OPPORTUNITIES, "start")
    running.window.open_session(sid, "run")
    capture = running.window.run.capture
    capture.set_kind_index(1)
    assert capture.kind() is ItemKind.OPPORTUNITY
    qtbot.keyClicks(capture.line, "Fælles indkøb kunne")
    running.window.close()
    running.close()
    again = start_app()
    capture = again.window.run.capture
    assert capture.line.text() == "Fælles indkøb kunne"
    assert capture.kind() is ItemKind.OPPORTUNITY


def test_a_line_kept_before_kinds_were_kept_still_comes_back(qtbot, tmp_path):
    from PySide6.QtWidgets import QLineEdit

    from roundtable.ui.run.capture_draft import CaptureDraft

    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    settings.setValue("drafts/abc", "Skrevet i går")  # the text alone, as once kept
    line = QLineEdit()
    qtbot.addWidget(line)
    draft = CaptureDraft(line, settings, lambda: "note")
    assert draft.follow("abc") and line.text() == "Skrevet i går" and draft.kept_kind == ""
