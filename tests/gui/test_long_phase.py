"""A phase with more items than a meeting makes (a careless import, a hostile file) opens with
one page of them; the rest come as the list is scrolled to its end, and a capture still shows."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from roundtable.domain.model import Item, ItemKind, Phase, Session
from roundtable.ui.run import items_model

PAGE = 20


@pytest.fixture
def long_phase(start_app, monkeypatch):
    """A running session whose narrative holds 50 notes and 3 quotes, pages of 20 rows."""
    monkeypatch.setattr(items_model, "PAGE", PAGE)
    running = start_app()
    ws = running.workspace
    session = ws.create_session(Session(title="Import"))
    for n in range(50):
        ws.store.add_item(session.id, Item(Phase.NARRATIVE, ItemKind.NOTE, f"Punkt {n}"))
    for n in range(3):
        ws.store.add_item(session.id, Item(Phase.NARRATIVE, ItemKind.QUOTE, f"Citat {n}"))
    running.window.open_session(session.id, "run")
    return running, session.id


def test_a_long_phase_opens_with_one_page_and_the_heading_counts_them_all(long_phase):
    running, _session_id = long_phase
    model = running.window.run.model
    assert model.rowCount() == PAGE
    assert model.item_at(0).text == "Punkt 0"
    assert model.index(0).data(items_model.HEADER_ROLE) == "Notes (50)"


def test_scrolling_to_the_end_of_a_long_phase_shows_the_rest(qtbot, long_phase):
    running, _session_id = long_phase
    run = running.window.run
    for _ in range(5):
        run.list.scrollToBottom()
        QApplication.processEvents()
    qtbot.waitUntil(lambda: run.model.rowCount() == 53)
    shown = [run.model.item_at(r).text for r in range(run.model.rowCount())]
    assert shown[49:] == ["Punkt 49", "Citat 0", "Citat 1", "Citat 2"]


def test_a_capture_in_a_long_phase_is_shown_and_selected(qtbot, long_phase):
    running, session_id = long_phase
    run = running.window.run
    line = run.capture.line
    run.capture.line.setFocus()
    qtbot.keyClicks(line, "Ny note")
    qtbot.keyClick(line, Qt.Key.Key_Return)
    added = next(i for i in running.workspace.items(session_id) if i.text == "Ny note")
    assert run.list.current_item_id() == added.id
    assert run.model.item_at(run.model.row_of(added.id)).text == "Ny note"
    assert run.model.index(0).data(items_model.HEADER_ROLE) == "Notes (51)"


def test_a_capture_reads_back_only_the_item_it_added(qtbot, long_phase):
    running, session_id = long_phase
    run = running.window.run
    run.list.select_item(running.workspace.items(session_id)[-1].id)  # every row given
    asked: list[list[int]] = []
    reads = running.workspace.items_by_id
    running.workspace.items_by_id = lambda ids: asked.append(list(ids)) or reads(ids)
    added = run.capture_item("Endnu en", ItemKind.QUOTE, "", "")
    assert asked == [[added.id]]
    assert run.list.current_item_id() == added.id
