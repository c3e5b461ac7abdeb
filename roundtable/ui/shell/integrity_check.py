"""The database's deferred integrity check at start, and the warning when it finds damage."""

from __future__ import annotations

import contextlib
import threading
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QApplication, QMessageBox

from roundtable.errors import RoundtableError
from roundtable.storage import SessionStore

if TYPE_CHECKING:
    from roundtable.ui.shell.main_window import MainWindow


class IntegrityCheck(QObject):
    """The quick_check the store deferred, on a thread of its own: at 500 MB it takes about a
    second, which the first paint does not wait for and the UI thread does not feel."""

    finished = Signal(str)  # "" when the database is sound, else why it is refused

    def __init__(self, store: SessionStore, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.started = False

    def start(self) -> None:
        if self.started:
            return
        self.started = True
        threading.Thread(target=self._run, name="roundtable-check", daemon=True).start()

    def _run(self) -> None:
        try:
            self.store.finish_check()
            problem = ""
        except RoundtableError as exc:
            problem = str(exc)
        # The window may have closed meanwhile (PySide: "Signal source has been deleted"):
        # then there is no one left to tell.
        with contextlib.suppress(RuntimeError):
            self.finished.emit(problem)  # queued to the UI thread


def show_damaged_box(window: MainWindow, problem: str) -> QMessageBox:
    """Why the database is refused, with a way to restore it, shown beside the window."""
    # Not modal: reading and exporting go on; every change is refused with this reason.
    box = QMessageBox(
        QMessageBox.Icon.Warning,
        QApplication.translate("App", "The database is damaged"),
        QApplication.translate(
            "App",
            "%s\n\nRoundtable will not change it: you can read and export sessions, but "
            "new changes are refused until it is restored.",
        )
        % problem,
        parent=window,
    )
    restore = box.addButton(
        QApplication.translate("App", "Restore from backup…"), QMessageBox.ButtonRole.ActionRole
    )
    restore.clicked.connect(lambda: window.restore_from_backup())
    box.setModal(False)
    box.show()
    return box
