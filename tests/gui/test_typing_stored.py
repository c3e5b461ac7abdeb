"""What is typed is in every export at once, with the cursor still in the box; one undo step
per burst of typing."""

from __future__ import annotations

from pathlib import Path

import pytest
from docx import Document
from PySide6.QtCore import Qt

from roundtable.domain.model import Item, ItemKind, Phase

CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


def exported_session_file(qtbot, window, dialogs, target: Path) -> str:
    dialogs.save_name = str(target)
    qtbot.keyClick(window.focusWidget(), Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    return target.read_text(encoding="utf-8")


def test_a_summary_typed_and_exported_at_once_is_in_the_minutes(
    qtbot, start_app, dialogs, tmp_path
):
    running = start_app()
    window = running.window
    window.open_sample()
    run = window.run
    run.go_to(None)  # the sample is completed: the finish page
    run.summary.setFocus()
    run.summary.selectAll()
    qtbot.keyClicks(run.summary, "Vi afprøver digitalt tilsyn i to plejecentre")
    dialogs.save_name = str(tmp_path / "minutes.docx")
    qtbot.keyClick(run.summary, Qt.Key.Key_E, CTRL_SHIFT)  # cursor still in the box
    text = "\n".join(p.text for p in Document(str(tmp_path / "minutes.docx")).paragraphs)
    assert "Vi afprøver digitalt tilsyn i to plejecentre" in text


SETUP_FIELDS = [
    "title",
    "theme",
    "host",
    "venue",
    "facilitator",
    "purpose",
    "minute_taker",
    "distribution",
]


@pytest.mark.parametrize("field", SETUP_FIELDS)
def test_a_set_up_field_typed_and_exported_at_once_is_in_the_session_file(
    qtbot, start_app, dialogs, tmp_path, field
):
    running = start_app()
    window = running.window
    window.new_session()
    editor = getattr(window.setup, field)
    editor.setFocus()
    editor.selectAll()
    qtbot.keyClicks(editor, "Skrevet lige nu")
    written = exported_session_file(qtbot, window, dialogs, tmp_path / "s.roundtable.json")
    assert "Skrevet lige nu" in written


@pytest.mark.parametrize("field", ["text", "title", "next_step"])
def test_an_item_field_typed_and_exported_at_once_is_in_the_session_file(
    qtbot, start_app, dialogs, tmp_path, field
):
    running = start_app()
    window, ws = running.window, running.workspace
    window.new_session()
    session_id = window.session_id
    window.show_page("run")
    ws.move_to_phase(session_id, Phase.IDEAS, "start")
    idea = ws.add_item(session_id, Item(Phase.IDEAS, ItemKind.IDEA, "Idé"), "capture")
    window.run.list.select_item(idea.id)
    editor = getattr(window.run.details, field)
    assert editor.isVisibleTo(window.run.details)
    editor.setFocus()
    editor.selectAll()
    qtbot.keyClicks(editor, "Skrevet lige nu")
    written = exported_session_file(qtbot, window, dialogs, tmp_path / "s.roundtable.json")
    assert "Skrevet lige nu" in written


def test_a_burst_of_typing_is_one_undo_step_and_stored_without_leaving_the_field(qtbot, start_app):
    running = start_app()
    window, ws = running.window, running.workspace
    window.new_session()
    steps = ws.undo_stack.count()
    window.setup.theme.setFocus()
    qtbot.keyClicks(window.setup.theme, "Ældrepleje ")
    qtbot.waitUntil(lambda: ws.session(window.session_id).theme == "Ældrepleje", timeout=2000)
    assert ws.undo_stack.count() == steps + 1
    assert window.setup.theme.text() == "Ældrepleje ", "the space just typed stays"
    assert window.setup.theme.hasFocus()


def test_recipients_on_lines_of_their_own_show_apart_and_leaving_the_field_changes_nothing(
    qtbot, start_app
):
    from roundtable.domain.model import Session

    running = start_app()
    ws = running.workspace
    stored = "Deltagerne\nÆldreudvalget, Nordhavn Kommune\nKL's kontor for ældre"  # a file's
    session = ws.store.create_session(Session(title="Møde 1", distribution=stored))
    running.window.open_session(session.id, "setup")
    field = running.window.setup.distribution
    assert field.text() == "Deltagerne; Ældreudvalget, Nordhavn Kommune; KL's kontor for ældre"
    field.setFocus()
    running.window.setup.title.setFocus()  # left without a key typed
    qtbot.keyClick(field, Qt.Key.Key_Return)
    assert ws.session(session.id).distribution == stored
    assert ws.undo_stack.count() == 0
    field.setFocus()
    field.end(False)
    qtbot.keyClicks(field, "; Sydby Kommune")
    running.window.setup.title.setFocus()
    assert ws.session(session.id).distribution == (
        "Deltagerne; Ældreudvalget, Nordhavn Kommune; KL's kontor for ældre; Sydby Kommune"
    )
