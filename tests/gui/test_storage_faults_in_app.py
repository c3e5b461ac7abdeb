"""The app on a full disk, a read-only folder, and beside another program writing."""

from __future__ import annotations

import sqlite3

from faultfs import fill, free_up, read_only, read_only_file, small_disk
from PySide6.QtCore import Qt

from roundtable.domain.model import Session
from roundtable.storage import SessionStore


def _library(folder):
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "settings.ini").write_text("[General]\nlanguage=en\n", encoding="utf-8")
    with SessionStore.open(folder) as store:
        store.create_session(Session("Ældrepleje"))


def test_a_full_disk_at_start_opens_the_library_read_only_with_a_banner(
    start_app, dialogs, tmp_path
):
    with small_disk(tmp_path / "disk") as disk:
        data = disk / "data"
        _library(data)
        fill(disk)
        running = start_app(data)
        assert running is not None, dialogs.shown
        assert not any("already" in text for _k, _t, text in dialogs.shown)
        banner = running.window.fault_banner
        assert banner.isVisible() and "disk is full" in banner.label.text()
        assert running.window.library.model.rowCount() == 1
        target = tmp_path / "out.roundtable.json"
        running.workspace.export_session_file(1, target)
        assert target.stat().st_size > 0
        running.close()


def test_a_read_only_folder_opens_read_only_and_says_so(start_app, dialogs, tmp_path):
    data = tmp_path / "data"
    _library(data)
    with read_only(data):
        running = start_app(data)
        assert running is not None, dialogs.shown
        assert "read-only" in running.window.fault_banner.label.text()
        assert running.window.library.model.rowCount() == 1
        running.close()


def test_a_capture_on_a_full_disk_keeps_the_text_names_the_fault_and_goes_through_later(
    qtbot, start_app, tmp_path
):
    with small_disk(tmp_path / "disk", size="8m") as disk:
        data = disk / "data"
        _library(data)
        running = start_app(data)
        running.window.open_session(1, "run")
        line = running.window.run.capture.line
        fill(disk)
        line.setText("Borgerne vil blive boende")
        qtbot.keyClick(line, Qt.Key.Key_Return)
        assert line.text() == "Borgerne vil blive boende"
        assert "disk is full" in running.window.fault_banner.label.text()
        assert running.window.fault_banner.isVisible()
        free_up(disk)
        qtbot.keyClick(line, Qt.Key.Key_Return)
        assert [i.text for i in running.workspace.items(1)] == ["Borgerne vil blive boende"]
        assert not running.window.fault_banner.isVisible()
        running.close()


def test_sessions_another_program_adds_show_without_a_restart(qtbot, start_app, data_dir):
    running = start_app()
    seen = running.window.library.model.rowCount()
    other = sqlite3.connect(data_dir / "roundtable.sqlite3")
    with SessionStore.open(data_dir, automatic_backup=False) as cli_store:
        cli_store.create_session(Session("Imported by the command line"))
    other.close()
    qtbot.waitUntil(lambda: running.window.library.model.rowCount() == seen + 1, timeout=5000)


def test_a_read_only_database_file_opens_read_only_with_a_banner_naming_it(
    qtbot, start_app, dialogs, tmp_path
):
    data = tmp_path / "data"
    _library(data)
    with read_only_file(data / "roundtable.sqlite3"):
        running = start_app(data)
        assert running is not None, dialogs.shown
        banner = running.window.fault_banner
        assert banner.isVisible() and "read-only" in banner.label.text()
        assert str(data) in banner.label.text()
        assert running.window.library.model.rowCount() == 1
        running.window.open_session(1, "run")
        line = running.window.run.capture.line
        line.setText("Gemmes ikke")
        qtbot.keyClick(line, Qt.Key.Key_Return)
        assert line.text() == "Gemmes ikke"  # refused out loud, the text kept
        running.close()
