"""In phases 1 and 2 the item list is reached by a key, so F2 and Delete need no mouse."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit

from roundtable.domain.model import Session

ALT = Qt.KeyboardModifier.AltModifier


def _captured(qtbot, start_app, texts):
    running = start_app()
    ws = running.workspace
    sid = ws.create_session(Session(title="Møde")).id
    running.window.open_session(sid, "run")
    run = running.window.run
    for text in texts:
        qtbot.keyClicks(run.capture.line, text)
        qtbot.keyClick(run.capture.line, Qt.Key.Key_Return)
    return running, sid, run


def test_alt_1_takes_the_keys_to_the_item_list_where_f2_edits_and_delete_deletes(qtbot, start_app):
    running, sid, run = _captured(qtbot, start_app, ["Første", "Anden"])
    assert run.capture.line.hasFocus()
    qtbot.keyClick(run.capture.line, Qt.Key.Key_1, ALT)
    assert run.list.hasFocus(), "the keys reach the list"
    assert run.list.current_item_id() is not None
    qtbot.keyClick(run.list, Qt.Key.Key_F2)
    editor = QApplication.focusWidget()
    assert isinstance(editor, QLineEdit) or editor.inherits("QPlainTextEdit")
    qtbot.keyClick(editor, Qt.Key.Key_Escape)
    qtbot.keyClick(run.list, Qt.Key.Key_Delete)
    assert [i.text for i in running.workspace.items(sid)] == ["Første"]


def test_up_from_the_empty_capture_line_goes_to_the_newest_item(qtbot, start_app):
    running, sid, run = _captured(qtbot, start_app, ["Første", "Anden"])
    qtbot.keyClick(run.capture.line, Qt.Key.Key_Up)
    assert run.list.hasFocus()
    newest = running.workspace.items(sid)[-1]
    assert run.list.current_item_id() == newest.id
