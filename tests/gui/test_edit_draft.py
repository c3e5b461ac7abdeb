"""An item's text being edited in place survives a crash, and goes once stored or dropped."""

from __future__ import annotations

import os
import subprocess
import sys

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication, QLineEdit

from roundtable.domain.model import Item, ItemKind, Phase, Session

# A start that opens the meeting, edits the first item in place and dies before Enter, as a
# flat battery would: no close, no flush, nothing but what was already on the disk.
CRASH_WHILE_EDITING = """
import os, sys, time
from pathlib import Path
from PySide6.QtCore import QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLineEdit
from roundtable import app

running = app.start(Path(sys.argv[1]))
window = running.window
window.open_session(int(sys.argv[2]), "run")
window.show()
run = window.run
assert run.list.edit_item(int(sys.argv[3]))
editor = run.list.findChild(QLineEdit)
editor.selectAll()
QTest.keyClicks(editor, "Mentorordning for nye SOSU-elever")
deadline = time.monotonic() + 5
while run.edit_draft._timer.isActive() and time.monotonic() < deadline:
    QApplication.processEvents()
    time.sleep(0.01)
os._exit(9)
"""


def _meeting_with_an_idea(data_dir):
    from roundtable.storage import SessionStore

    with SessionStore.open(data_dir, automatic_backup=False) as store:
        session = store.create_session(Session(title="Møde"))
        item = store.add_item(session.id, Item(Phase.NARRATIVE, ItemKind.NOTE, "Mentor"))
        return session, item


def _settings_on_disk(data_dir) -> QSettings:
    return QSettings(str(data_dir / "settings.ini"), QSettings.Format.IniFormat)


def _crash_while_editing(data_dir, session_id: int, item_id: int) -> None:
    done = subprocess.run(
        [sys.executable, "-c", CRASH_WHILE_EDITING, str(data_dir), str(session_id), str(item_id)],
        capture_output=True,
        encoding="utf-8",
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        timeout=60,
    )
    assert done.returncode == 9, done.stderr


def test_an_edit_in_place_typed_before_a_crash_comes_back_in_its_editor(qtbot, start_app, data_dir):
    session, item = _meeting_with_an_idea(data_dir)
    _crash_while_editing(data_dir, session.id, item.id)
    running = start_app()
    assert running.window.current_page() == "run", "the meeting opens where it was left"
    run = running.window.run
    editor = run.list.findChild(QLineEdit)
    assert editor is not None and editor.isVisible(), "the item's editor is open again"
    assert QApplication.focusWidget() is editor
    assert editor.text() == "Mentorordning for nye SOSU-elever"
    # Typing goes on at the end: with all of it selected, the next key would replace it.
    assert not editor.hasSelectedText() and editor.cursorPosition() == len(editor.text())
    assert "Enter stores it" in running.window.statusBar().currentMessage()
    assert running.workspace.item(item.id).text == "Mentor", "nothing stored without Enter"
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    stored = "Mentorordning for nye SOSU-elever"
    qtbot.waitUntil(lambda: running.workspace.item(item.id).text == stored, timeout=2000)
    assert not _settings_on_disk(data_dir).contains(f"editing/{session.uid}")


def test_esc_drops_the_edit_and_takes_it_off_the_disk(qtbot, start_app, data_dir):
    session, item = _meeting_with_an_idea(data_dir)
    running = start_app()
    running.window.open_session(session.id, "run")
    run = running.window.run
    assert run.list.edit_item(item.id)
    editor = run.list.findChild(QLineEdit)
    qtbot.keyClicks(editor, " og praktik")
    key = f"editing/{session.uid}"
    qtbot.waitUntil(lambda: _settings_on_disk(data_dir).contains(key), timeout=3000)
    qtbot.keyClick(editor, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not _settings_on_disk(data_dir).contains(key), timeout=2000)
    assert running.workspace.item(item.id).text == "Mentor"


def test_an_edit_whose_item_is_gone_is_shown_not_lost(qtbot, start_app, data_dir):
    session, item = _meeting_with_an_idea(data_dir)
    _crash_while_editing(data_dir, session.id, item.id)
    from roundtable.storage import SessionStore

    with SessionStore.open(data_dir, automatic_backup=False) as store:
        store.delete_item(item.id)  # another window, a restore: the item went meanwhile
    running = start_app()
    assert running.window.current_page() == "run"
    message = running.window.statusBar().currentMessage()
    assert "»Mentorordning for nye SOSU-elever«" in message
    assert QApplication.focusWidget() is running.window.run.capture.line
    assert not _settings_on_disk(data_dir).contains(f"editing/{session.uid}")


def test_deleting_a_session_takes_its_kept_edit_off_the_disk(qtbot, start_app, data_dir, dialogs):
    from PySide6.QtWidgets import QMessageBox

    session, item = _meeting_with_an_idea(data_dir)
    _crash_while_editing(data_dir, session.id, item.id)
    on_disk = _settings_on_disk(data_dir)
    on_disk.remove("last")  # the next start shows the library: the edit waits on the disk
    on_disk.sync()
    running = start_app()
    assert running.window.current_page() == "library"
    assert _settings_on_disk(data_dir).contains(f"editing/{session.uid}")
    dialogs.answer = QMessageBox.StandardButton.Yes
    running.window.delete_session(session.id)
    assert not _settings_on_disk(data_dir).contains(f"editing/{session.uid}")
