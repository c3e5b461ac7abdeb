"""The running app's automatic backup does not hold up the window."""

from __future__ import annotations

import threading
import time

from PySide6.QtCore import Qt

from roundtable.domain.model import Session
from roundtable.storage import SessionStore, backups


def test_the_backup_after_the_check_runs_beside_the_window_and_captures_go_on(
    qtbot, start_app, data_dir, monkeypatch
):
    data_dir.mkdir(parents=True)
    (data_dir / "settings.ini").write_text("[General]\nlanguage=en\n", encoding="utf-8")
    with SessionStore.open(data_dir, automatic_backup=False) as store:
        store.create_session(Session("Ældrepleje"))
    threads, real = [], backups.take_automatic_backup

    def slow_backup(source, folder, now=None):
        threads.append(threading.current_thread())
        time.sleep(1.5)  # as a 500 MB database takes
        return real(source, folder, now)

    monkeypatch.setattr(backups, "take_automatic_backup", slow_backup)
    running = start_app(data_dir)
    running.window.open_session(1, "run")
    qtbot.waitUntil(lambda: bool(threads), timeout=5000)
    line = running.window.run.capture.line
    line.setText("Skrevet under backuppen")
    started = time.perf_counter()
    qtbot.keyClick(line, Qt.Key.Key_Return)
    assert time.perf_counter() - started < 0.5
    assert [i.text for i in running.workspace.items(1)] == ["Skrevet under backuppen"]
    assert threads[0] is not threading.main_thread()
    qtbot.waitUntil(lambda: bool(backups.automatic_backups(data_dir / "backups")), timeout=5000)
