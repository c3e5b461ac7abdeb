"""Captures made while another program holds the database's write lock."""

from __future__ import annotations

import sqlite3
import time

from PySide6.QtCore import Qt

from roundtable.domain.model import Session
from roundtable.storage import SessionStore, pending_captures


def _library(folder):
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "settings.ini").write_text("[General]\nlanguage=en\n", encoding="utf-8")
    with SessionStore.open(folder) as store:
        store.create_session(Session("Ældrepleje"))


def _hold_write_lock(folder) -> sqlite3.Connection:
    other = sqlite3.connect(folder / "roundtable.sqlite3", isolation_level=None)
    other.execute("BEGIN IMMEDIATE")
    return other


def _capture(qtbot, running, text: str) -> float:
    line = running.window.run.capture.line
    line.setText(text)
    started = time.perf_counter()
    qtbot.keyClick(line, Qt.Key.Key_Return)
    return time.perf_counter() - started


def test_captures_made_while_another_program_writes_wait_shown_and_are_saved_in_order(
    qtbot, start_app, data_dir
):
    _library(data_dir)
    running = start_app(data_dir)
    running.window.open_session(1, "run")
    running.store.finish_check()
    other = _hold_write_lock(data_dir)
    took = [_capture(qtbot, running, text) for text in ("Første", "Anden")]
    line = running.window.run.capture.line
    assert line.text() == ""  # free for the next capture
    assert max(took) < 1.0  # the window does not wait for the lock
    banner = running.window.fault_banner
    assert banner.isVisible() and "2 captures waiting" in banner.label.text()
    assert running.workspace.items(1) == []
    other.execute("COMMIT")
    other.close()
    qtbot.waitUntil(lambda: len(running.workspace.items(1)) == 2, timeout=5000)
    assert [i.text for i in running.workspace.items(1)] == ["Første", "Anden"]
    assert not banner.isVisible()
    model = running.window.run.model
    assert [model.item_at(r).text for r in range(model.rowCount())] == ["Første", "Anden"]


def test_a_capture_after_the_lock_frees_goes_in_after_those_that_waited(qtbot, start_app, data_dir):
    _library(data_dir)
    running = start_app(data_dir)
    running.window.open_session(1, "run")
    other = _hold_write_lock(data_dir)
    _capture(qtbot, running, "Ventede")
    other.execute("COMMIT")
    other.close()
    _capture(qtbot, running, "Bagefter")
    assert [i.text for i in running.workspace.items(1)] == ["Ventede", "Bagefter"]


def test_captures_still_waiting_at_close_are_kept_and_saved_at_the_next_start(
    qtbot, start_app, data_dir, dialogs
):
    _library(data_dir)
    running = start_app(data_dir)
    running.window.open_session(1, "run")
    other = _hold_write_lock(data_dir)
    _capture(qtbot, running, "Må ikke gå tabt")
    running.close()
    assert any("kept" in title for _k, title, _t in dialogs.shown)
    assert [c.item.text for c in pending_captures.load(data_dir)] == ["Må ikke gå tabt"]
    other.execute("COMMIT")
    other.close()
    again = start_app(data_dir)
    assert [i.text for i in again.workspace.items(1)] == ["Må ikke gå tabt"]
    assert not (data_dir / pending_captures.PENDING_NAME).exists()
