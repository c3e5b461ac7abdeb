"""Garbage is collected on the UI thread only: a Qt object freed by a background thread's
collection was destroyed in the wrong thread, and the event loop then crashed on it."""

from __future__ import annotations

import gc
import threading
import weakref

from PySide6.QtCore import QTimer

from roundtable.ui.main_thread_gc import MainThreadCollector


class _Cycle:
    pass


def _timer_in_a_cycle() -> weakref.ref:
    holder = _Cycle()
    holder.timer = QTimer(interval=5)  # no parent: only the cyclic collector frees it
    holder.timer.timeout.connect(lambda: None)
    holder.timer.start()
    holder.itself = holder
    return weakref.ref(holder)


def test_a_background_thread_that_allocates_collects_nothing_the_ui_thread_does(qtbot):
    was_enabled = gc.isenabled()
    gc.enable()
    collector = MainThreadCollector(interval=10)
    collector.hold()
    try:
        cycle = _timer_in_a_cycle()

        def allocate() -> None:  # as the backup or the integrity check does: many objects
            for _ in range(50):
                [[n] for n in range(1000)]

        worker = threading.Thread(target=allocate)
        worker.start()
        worker.join()
        assert cycle() is not None, "collected by the background thread"
        kept = [[n] for n in range(2 * gc.get_threshold()[0])]  # the UI thread's own, alive
        collector.collect_here()
        qtbot.waitUntil(lambda: cycle() is None, timeout=5000)  # on this thread, by the timer
        qtbot.wait(30)  # the event loop runs on: nothing of the timer is left to call
        assert len(kept) > gc.get_threshold()[0]
    finally:
        collector.release()
        if was_enabled:
            gc.enable()
        else:
            gc.disable()


def test_release_gives_automatic_collection_back_as_it_was():
    was_enabled = gc.isenabled()
    gc.enable()
    collector = MainThreadCollector()
    collector.hold()
    assert not gc.isenabled()
    collector.release()
    assert gc.isenabled()
    if not was_enabled:
        gc.disable()


def test_a_started_app_collects_on_the_ui_thread_only(qtbot, start_app):
    from roundtable import app

    running = start_app()
    qtbot.waitUntil(lambda: app._collector._timer.isActive(), timeout=3000)
    assert not gc.isenabled(), "no automatic collection while the window runs"
    running.close()
    assert gc.isenabled(), "given back at close, as it was"


def test_a_refused_start_gives_collection_back(start_app, dialogs, tmp_path):
    # Held on, the collector never ran again in that process: garbage piled up, and the
    # interpreter's last collection freed Qt objects after Qt had gone (a crash at exit).
    from pathlib import Path

    from roundtable import app

    was_enabled = gc.isenabled()
    gc.enable()
    folder = tmp_path / "a-file"
    folder.write_text("not a folder")
    try:
        assert app.start(Path(folder)) is None
        assert gc.isenabled()
    finally:
        if not was_enabled:
            gc.disable()
