"""Python's cyclic garbage collector runs on the UI thread only.

The interpreter collects in whichever thread happens to allocate when its counts pass their
thresholds: the backup, the integrity check, a shared folder's sync. A Qt object freed there
(a window or a timer left in a reference cycle) is destroyed in the wrong thread: its timers
stay registered with the UI thread's event loop, which then calls the freed object, and the
app crashes (in QTimerInfoList::activateTimers; about one GUI test run in eight did). So the
automatic collector is off while the window runs, and a timer on the UI thread collects as
the interpreter would: the oldest generation whose count has passed its threshold.
"""

from __future__ import annotations

import gc
import time

from PySide6.QtCore import QObject, QTimer

INTERVAL_MS = 200  # often enough that garbage does not pile up between two captures
# A full collection walks every object; the interpreter holds them back by a heuristic of its
# own (the long-lived objects must have grown by a quarter), which Python cannot read.
FULL_AT_MOST_EVERY_S = 30


class MainThreadCollector(QObject):
    def __init__(self, parent: QObject | None = None, interval: int = INTERVAL_MS) -> None:
        super().__init__(parent)
        self._timer = QTimer(self, interval=interval)
        self._timer.timeout.connect(self.collect_due)
        self._was_enabled: bool | None = None  # the automatic collector's state before hold
        self._full_at = time.monotonic()

    def holding(self) -> bool:
        return self._was_enabled is not None

    def hold(self) -> None:
        """No automatic collection from now on, in any thread; `collect_here` starts the
        collections on this (the UI) thread. A start holds them until the library is
        painted: objects made on the way are long-lived, and walking them is time lost."""
        if self.holding():
            return
        self._was_enabled = gc.isenabled()
        gc.disable()

    def collect_here(self) -> None:
        """Collect on this thread, every INTERVAL_MS, what has come due."""
        self.hold()
        self._timer.start()

    def release(self) -> None:
        """Collect everything once more here, while Qt is whole, and give collection back
        to the interpreter as it was before `hold` (the app is closing; tests start it
        again). Left for the interpreter's last collection, Qt objects in cycles were freed
        after Qt had been taken down, and that crashed."""
        if not self.holding():
            return
        self._timer.stop()
        gc.collect()
        if self._was_enabled:
            gc.enable()
        self._was_enabled = None

    def collect_due(self) -> int:
        """Collect the oldest generation whose count has passed its threshold, as the
        interpreter does (a full collection at most every FULL_AT_MOST_EVERY_S); the number
        of unreachable objects found."""
        counts, thresholds = gc.get_count(), gc.get_threshold()
        full_due = time.monotonic() - self._full_at >= FULL_AT_MOST_EVERY_S
        for generation in (2, 1, 0):
            if counts[generation] > thresholds[generation] and (generation < 2 or full_due):
                if generation == 2:
                    self._full_at = time.monotonic()
                return gc.collect(generation)
        return 0
