"""The running app's automatic backup, taken off the UI thread.

At 500 MB a backup takes seconds; on the UI thread the window froze meanwhile. The copy reads
through a connection of its own (SQLite's backup API; in WAL mode it holds up no capture).
"""

from __future__ import annotations

import threading
from collections.abc import Callable

from PySide6.QtCore import QObject, Signal

from roundtable.errors import RoundtableError
from roundtable.storage import SessionStore


class BackgroundBackup(QObject):
    failed = Signal(str)  # why the backup could not be taken (queued to the UI thread)
    done = Signal()

    def __init__(self, store: Callable[[], SessionStore], parent: QObject | None = None) -> None:
        """`store`: the store to back up when the backup starts (a restore replaces it)."""
        super().__init__(parent)
        self._store = store
        self._thread: threading.Thread | None = None

    def running(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    def start(self) -> bool:
        """Start a backup unless one still runs; whether one was started."""
        if self.running():
            return False
        store = self._store()
        self._thread = threading.Thread(
            target=self._run, args=(store,), name="roundtable-backup", daemon=True
        )
        self._thread.start()
        return True

    def wait(self, seconds: float | None = None) -> None:
        if self._thread is not None:
            self._thread.join(seconds)

    def _run(self, store: SessionStore) -> None:
        try:
            store.take_automatic_backup(own_connection=True)
        except (RoundtableError, OSError) as exc:
            self.failed.emit(str(exc))
        self.done.emit()
