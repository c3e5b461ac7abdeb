"""The kind buttons beside the capture line: a click chooses the kind as its key does."""

from __future__ import annotations

from PySide6.QtCore import Qt

from roundtable.domain.model import ItemKind, Phase, Session


def test_clicking_a_kind_changes_the_prompt_and_the_category_box_with_it(qtbot, start_app):
    running = start_app()
    sid = running.workspace.create_session(Session(title="Møde")).id
    running.window.open_session(sid, "run")
    bar = running.window.run.capture
    bar.set_phase(Phase.BARRIERS_OPPORTUNITIES)
    assert bar.category.isVisible()
    note = next(b for b in bar.kind_buttons if b.text() == "Note")
    qtbot.mouseClick(note, Qt.MouseButton.LeftButton)
    assert bar.kind() is ItemKind.NOTE
    assert bar.line.placeholderText().startswith("Note:")
    assert not bar.category.isVisible(), "a note takes no category"
    assert bar.line.hasFocus()
    qtbot.keyClicks(bar.line, "Kantinen lukker")
    qtbot.keyClick(bar.line, Qt.Key.Key_Return)
    [item] = running.workspace.items(sid)
    assert item.kind is ItemKind.NOTE


def test_a_category_typed_in_the_sessions_language_completes_and_is_stored_as_one(qtbot, start_app):
    # An English window on a Danish session: its prompts say "udbud".
    running = start_app()
    ws = running.workspace
    sid = ws.create_session(Session(title="Møde")).id
    ws.move_to_phase(sid, Phase.BARRIERS_OPPORTUNITIES, "start")
    running.window.open_session(sid, "run")
    bar = running.window.run.capture
    qtbot.keyClicks(bar.line, "Rammeaftalerne låser os")
    bar.category.setFocus()
    qtbot.keyClicks(bar.category.lineEdit(), "Ud")
    assert bar.category.currentText().casefold() == "udbud"  # completed
    qtbot.keyClick(bar.category.lineEdit(), Qt.Key.Key_Return)
    [item] = ws.items(sid)
    assert item.category == "procurement", "one category, whichever language it was typed in"
