"""A closed workspace runs no timer: freed by Python's collector on a background thread, one
that still ran crashed the app's event loop (QTimerInfoList::activateTimers)."""

from __future__ import annotations

import gc
import threading

from roundtable.domain.model import Session
from roundtable.ui.workspace import Workspace


def test_a_closed_workspace_freed_on_another_thread_leaves_nothing_to_call(qtbot, store):
    workspace = Workspace(store)
    workspace.create_session(Session(title="Møde"))
    workspace.watch_timer.setInterval(10)  # it would fire within the wait below
    workspace.close()
    assert not workspace.watch_timer.isActive() and not workspace.pending.timer.isActive()
    workspace.itself = workspace  # a cycle, as its undo commands make one
    del workspace
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        collecting = threading.Thread(target=gc.collect)  # as a backup thread may
        collecting.start()
        collecting.join()
    finally:
        if was_enabled:
            gc.enable()
    qtbot.wait(100)  # the UI thread's loop runs on: a timer left behind would crash it here
