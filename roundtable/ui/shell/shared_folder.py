"""The *Shared folder* setting and the syncs that keep it in step, off the UI thread.

A sync runs on start, when a session is finished, every five minutes while the app is open
and when the folder changes. It runs in a worker with its own store connection to the same
data folder, so capture never waits for it; when it is done, the views re-read.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QFileSystemWatcher,
    QObject,
    QRunnable,
    QSettings,
    QThreadPool,
    QTimer,
    Signal,
)
from PySide6.QtWidgets import QFileDialog, QWidget

from roundtable.ui.file_places import documents
from roundtable.ui.workspace import Workspace

if TYPE_CHECKING:
    from roundtable.sessionfile.sync import SyncReport

SETTING = "sync/folder"
EVERY_MS = 5 * 60 * 1000
SETTLE_MS = 2000  # a sync client writes a file in several steps: wait for it to settle


class _Done(QObject):
    finished = Signal(object)  # a SyncReport, or the message of a RoundtableError


class _SyncJob(QRunnable):
    def __init__(self, data_dir: Path, folder: Path, done: _Done) -> None:
        super().__init__()
        self.data_dir, self.folder, self.done = data_dir, folder, done

    def run(self) -> None:
        from roundtable.errors import RoundtableError
        from roundtable.sessionfile.sync import sync_folder
        from roundtable.storage import SessionStore

        try:
            with SessionStore.open(self.data_dir, automatic_backup=False) as store:
                result: object = sync_folder(store, self.folder)
        except RoundtableError as exc:
            result = str(exc)
        except Exception as exc:
            result = f"{type(exc).__name__}: {exc}"
        self.done.finished.emit(result)


class SharedFolder(QObject):
    """Keeps the chosen folder in step with the store; says what moved in `message`."""

    message = Signal(str)

    def __init__(self, workspace: Workspace, settings: QSettings, parent=None) -> None:
        super().__init__(parent)
        self.workspace, self.settings = workspace, settings
        self.data_dir: Path | None = workspace.store.data_dir
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._running = False
        self._again = False
        self._done = _Done(self)
        self._done.finished.connect(self._finished)
        self._watcher = QFileSystemWatcher(self)
        self._settle = QTimer(self, singleShot=True, interval=SETTLE_MS)
        self._settle.timeout.connect(self.sync_now)
        self._watcher.directoryChanged.connect(lambda _path: self._settle.start())
        self._timer = QTimer(self, interval=EVERY_MS)
        self._timer.timeout.connect(self.sync_now)
        self._timer.start()
        workspace.session_finished.connect(lambda _sid: self.sync_now())
        self._watch()
        QTimer.singleShot(0, self.sync_now)  # on start, once the window is up

    def folder(self) -> Path | None:
        value = self.settings.value(SETTING, "")
        return Path(value) if value else None

    def choose(self, parent: QWidget) -> None:
        current = self.folder()
        if current is None or not current.is_dir():
            current = documents()  # as the other file dialogs, not the working directory
        chosen = QFileDialog.getExistingDirectory(parent, self.tr("Shared folder"), str(current))
        if chosen:
            self.set_folder(Path(chosen))

    def set_folder(self, folder: Path | None) -> None:
        self.settings.setValue(SETTING, "" if folder is None else str(folder))
        self._watch()
        self.sync_now()

    def _watch(self) -> None:
        if self._watcher.directories():
            self._watcher.removePaths(self._watcher.directories())
        folder = self.folder()
        if folder is not None and folder.is_dir():
            self._watcher.addPath(str(folder))

    def sync_now(self) -> None:
        folder = self.folder()
        if folder is None or self.data_dir is None:
            return
        if self._running:
            self._again = True  # once this one is done
            return
        self._running = True
        self._pool.start(_SyncJob(self.data_dir, folder, self._done))

    def wait(self, msecs: int = 10_000) -> bool:
        """Let a running sync finish (before closing)."""
        return self._pool.waitForDone(msecs)

    def _finished(self, result: object) -> None:
        self._running = False
        if isinstance(result, str):
            self.message.emit(self.tr("The shared folder could not be synced: %s") % result)
        else:
            if result.imported:
                self.workspace.notice_other_programs()
            said = self._said(result)
            if said:
                self.message.emit(said)
        if self._again:
            self._again = False
            self.sync_now()

    def _said(self, report: SyncReport) -> str:
        if report.invalid:
            return self.tr("Skipped in the shared folder: %s") % "; ".join(report.invalid)
        lines = {
            "new": self.tr("From the shared folder: “%s” (new)."),
            "updated": self.tr("From the shared folder: “%s” (updated)."),
            "copy": self.tr("From the shared folder: “%s” (both copies had changed)."),
        }
        said = [lines[m.outcome] % m.title for m in report.imported]
        return " ".join(said)
