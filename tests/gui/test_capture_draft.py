"""A half-typed capture line survives a quit and a crash, and goes once it is captured."""

from __future__ import annotations

from PySide6.QtCore import QSettings, Qt

from roundtable.domain.model import Session


def _settings_on_disk(data_dir) -> QSettings:
    return QSettings(str(data_dir / "settings.ini"), QSettings.Format.IniFormat)


def _meeting(start_app):
    running = start_app()
    session = running.workspace.create_session(Session(title="Møde"))
    running.window.open_session(session.id, "run")
    return running, session.id


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
    qtbot.waitUntil(
        lambda: _settings_on_disk(data_dir).value(f"drafts/{sid}") == "Vi mangler data",
        timeout=3000,
    )  # what a crash now would leave for the next start


def test_a_captured_line_is_not_kept_and_each_session_has_its_own(qtbot, start_app, data_dir):
    running, sid = _meeting(start_app)
    line = running.window.run.capture.line
    qtbot.keyClicks(line, "Første")
    qtbot.keyClick(line, Qt.Key.Key_Return)
    other = running.workspace.create_session(Session(title="Andet møde")).id
    running.window.open_session(other, "run")
    assert line.text() == ""
    qtbot.keyClicks(line, "Til det andet møde")
    running.window.open_session(sid, "run")
    assert line.text() == ""
    running.window.open_session(other, "run")
    assert line.text() == "Til det andet møde"
    running.window.close()
    kept = _settings_on_disk(data_dir)
    assert kept.value(f"drafts/{other}") == "Til det andet møde"
    assert not kept.contains(f"drafts/{sid}")


def test_deleting_a_session_takes_its_kept_line_off_the_disk(qtbot, start_app, data_dir, dialogs):
    from PySide6.QtWidgets import QMessageBox

    running, sid = _meeting(start_app)
    qtbot.keyClicks(running.window.run.capture.line, "Fortroligt")
    running.window.save_place()
    assert _settings_on_disk(data_dir).contains(f"drafts/{sid}")
    dialogs.answer = QMessageBox.StandardButton.Yes
    running.window.delete_session(sid)
    assert not _settings_on_disk(data_dir).contains(f"drafts/{sid}")
