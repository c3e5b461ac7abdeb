"""The composition root of the GUI: application, translators, lock, store, main window."""

from __future__ import annotations

import gc
import os
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import shiboken6
from PySide6.QtCore import QLockFile, QObject, QSettings, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from roundtable import paths
from roundtable.errors import RoundtableError
from roundtable.paths import ensure_data_dir, make_private
from roundtable.storage import SessionStore
from roundtable.storage.backups import clean_interrupted_copies
from roundtable.storage.database import DamagedDatabase
from roundtable.storage.early_read import EarlyRead
from roundtable.storage.faults import DiskFull, ReadOnlyStorage
from roundtable.ui import i18n
from roundtable.ui.resources import resource
from roundtable.ui.shell.background_backup import BackgroundBackup
from roundtable.ui.shell.fault_banner import FaultBanner
from roundtable.ui.shell.integrity_check import IntegrityCheck, show_damaged_box
from roundtable.ui.shell.main_window import MainWindow
from roundtable.ui.wheel_guard import WheelGuard, install_wheel_guard
from roundtable.ui.workspace import Workspace

APP_ID = "dk.roundtable.Roundtable"
LOCK_NAME = paths.LOCK_NAME
SETTINGS_NAME = "settings.ini"
BACKUP_EVERY_MS = 10 * 60 * 1000  # a rotating backup while a session runs
BACKUP_WAIT_ON_CLOSE_S = 5
CHECK_AT_LATEST_MS = 2000  # the integrity check starts by then even if nothing was painted
# For the start-time benchmark: say when the library's rows are on screen, and quit.
EXIT_AFTER_FIRST_PAINT = "ROUNDTABLE_EXIT_AFTER_FIRST_PAINT"


def application() -> QApplication:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("Roundtable")
    app.setOrganizationName("Roundtable")
    app.setDesktopFileName(APP_ID)
    style = resource("style.qss")
    if style.exists():
        app.setStyleSheet(style.read_text(encoding="utf-8"))
    global _wheel_guard
    if _wheel_guard is None or not shiboken6.isValid(_wheel_guard):  # tests start it again
        # Kept here, not found again with findChild(): naming a Python class to Qt costs
        # about 15 ms on the way to the first paint.
        _wheel_guard = install_wheel_guard(app)
    return app


_wheel_guard: WheelGuard | None = None


def wheel_guard() -> WheelGuard | None:
    """The application's wheel guard; it is armed once the library is painted."""
    return _wheel_guard


def single_instance_lock(data_dir: Path) -> QLockFile | None:
    """The data folder's lock, or None when another Roundtable holds it.

    A lock left by a crashed process is reclaimed: QLockFile sees that its process is gone.
    A lock that cannot be written at all (a full disk, a read-only folder) is not another
    Roundtable: the lock comes back unlocked and the store says what is wrong.
    """
    lock = QLockFile(str(data_dir / LOCK_NAME))
    lock.setStaleLockTime(0)  # never stale by age: a meeting can run for hours
    if not lock.tryLock(200):
        if lock.error() == QLockFile.LockError.LockFailedError:
            return None
        return lock  # not locked: nothing else can write here either
    make_private(data_dir / LOCK_NAME)  # it names the user's machine and process
    return lock


@dataclass
class Running:
    """What a started app holds on to until it quits."""

    window: MainWindow
    workspace: Workspace
    lock: QLockFile
    backup_timer: QTimer
    backup: BackgroundBackup | None = None
    damaged_box: QMessageBox | None = None  # the warning the deferred check raised
    closed: bool = False

    @property
    def store(self) -> SessionStore:
        return self.workspace.store  # a restore from a backup replaces it

    def close(self) -> None:
        if self.closed:
            return
        self.closed = True
        self.backup_timer.stop()
        self.window.close()
        kept = self.workspace.pending.keep_on_close()
        if kept is not None:
            _refuse(
                QApplication.translate("App", "Captures kept for later"),
                QApplication.translate(
                    "App",
                    "Another program was still writing to the database, so the last captures "
                    "could not be saved in it. They are kept in %s and saved when Roundtable "
                    "starts again.",
                )
                % kept,
            )
        if self.backup is not None:
            self.backup.wait(BACKUP_WAIT_ON_CLOSE_S)  # else its copy is left for the next clean
        self.store.close()
        if self.lock.isLocked():
            self.lock.unlock()


def start(data_dir: Path, early: EarlyRead | None = None) -> Running | None:
    """Open the data folder and show the main window; None (after saying why) if not.

    `early` is the library's list, being read while this module loaded (cli.py starts it).
    """
    try:
        return _start(data_dir, early)
    finally:
        if early is not None:
            early.discard()  # taken, or refused: its connection goes either way


def _start(data_dir: Path, early: EarlyRead | None) -> Running | None:
    app = application()
    try:
        ensure_data_dir(data_dir)
    except RoundtableError as exc:
        _refuse(app.translate("App", "Roundtable cannot open its data"), str(exc))
        return None
    make_private(data_dir / SETTINGS_NAME)  # QSettings keeps the mode of an existing file
    settings = QSettings(str(data_dir / SETTINGS_NAME), QSettings.Format.IniFormat)
    i18n.install(str(settings.value("language", i18n.SYSTEM)))
    lock = single_instance_lock(data_dir)
    if lock is None:
        _refuse(
            app.translate("App", "Roundtable is already running"),
            app.translate(
                "App",
                "Roundtable is already open with the data folder %s. Switch to that window; "
                "two windows on one folder could overwrite each other's work.",
            )
            % data_dir,
        )
        return None
    try:
        clean_interrupted_copies([data_dir, data_dir / paths.BACKUP_FOLDER])
        if not _holds_data(data_dir / paths.DATABASE_NAME):
            from roundtable.storage.restore import LostDatabase, refuse_lost_database

            try:
                refuse_lost_database(data_dir)
            except LostDatabase as lost:
                if not _restored_at_start(data_dir, str(lost)):
                    raise
        # The integrity check and the backup come once the library is on screen: the
        # facilitator should not wait for them. The store writes nothing before the check.
        try:
            store = _open_store(data_dir)
        except DamagedDatabase as damaged:
            if not _restored_at_start(data_dir, str(damaged)):
                raise
            store = _open_store(data_dir)
    except RoundtableError as exc:
        lock.unlock()
        _refuse(app.translate("App", "Roundtable cannot open its data"), str(exc))
        return None
    workspace = Workspace(store, first_list=early.take() if early is not None else None)
    window = MainWindow(workspace, settings)
    _show_faults(window, workspace)
    workspace.pending.take_over_saved()  # captures a busy database kept from the last run
    backup_timer = QTimer(interval=BACKUP_EVERY_MS)
    running = Running(window, workspace, lock, backup_timer)
    running.backup = BackgroundBackup(lambda: running.store)
    running.backup.failed.connect(lambda why: _backup_failed(running, why))
    backup_timer.timeout.connect(lambda: _backup(running))
    backup_timer.start()
    window.language_change_requested.connect(lambda code: _switch_language(running, code))
    check = IntegrityCheck(store, window)
    check.finished.connect(lambda problem: _checked(running, problem))
    _when_library_painted(window, check.start)
    QTimer.singleShot(CHECK_AT_LATEST_MS, check, check.start)
    # The icon after the paint too: reading the SVG loads Qt's SVG plugin (about 5 ms), and the
    # window manager takes a window's icon whenever it is set.
    _when_library_painted(window, lambda: QTimer.singleShot(0, _set_window_icon))
    QTimer.singleShot(CHECK_AT_LATEST_MS, _set_window_icon)
    guard = _wheel_guard
    if guard is not None:
        # Just after the paint, not on its way.
        _when_library_painted(window, lambda: QTimer.singleShot(0, guard, guard.arm))
        QTimer.singleShot(CHECK_AT_LATEST_MS, guard, guard.arm)
    window.show_placed()
    return running


def _set_window_icon() -> None:
    app = QApplication.instance()
    if app is not None and app.windowIcon().isNull():
        app.setWindowIcon(QIcon(str(resource("icons", "roundtable.svg"))))


def _open_store(data_dir: Path) -> SessionStore:
    try:
        return SessionStore.open(data_dir, automatic_backup=False, check_later=True)
    except (DiskFull, ReadOnlyStorage) as fault:
        # The library still opens, to read and export; every change says why it cannot.
        return SessionStore.open_read_only(data_dir, fault)


def _restored_at_start(data_dir: Path, why: str) -> bool:
    """Offer the backups when the database is damaged or lost; whether one was restored."""
    from roundtable.storage.restore import restore_backup
    from roundtable.ui.shell.restore_dialog import choose_backup

    answer = QMessageBox.question(
        None,
        QApplication.translate("App", "Roundtable cannot open its data"),
        why + "\n\n" + QApplication.translate("App", "Choose a backup to restore now?"),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.Yes,
    )
    if answer != QMessageBox.StandardButton.Yes:
        return False
    backup = choose_backup(data_dir)
    if backup is None:
        return False
    restore_backup(data_dir, backup, by_the_app=True)  # this app holds the lock
    return True


def _fault_text(fault: str) -> str:
    return QApplication.translate("App", "Changes are not being saved: %s") % fault


def _show_faults(window: MainWindow, workspace: Workspace) -> None:
    window.fault_banner = FaultBanner(window)
    reason = workspace.store.read_only_reason
    if reason is not None:
        window.fault_banner.show_fault(QApplication.translate("App", "Read only: %s") % reason)
        return
    workspace.fault_reported.connect(lambda text: window.fault_banner.show_fault(_fault_text(text)))
    workspace.fault_cleared.connect(window.fault_banner.clear)
    workspace.pending.count_changed.connect(window.fault_banner.show_waiting)
    window.fault_banner.show_waiting(workspace.pending.count())


def _holds_data(database: Path) -> bool:
    """Whether the database is there with something in it: only when it is not can it have
    gone missing (storage.restore), which a start then need not load."""
    try:
        return database.stat().st_size > 0
    except OSError:
        return False


def _checked(running: Running, problem: str) -> None:
    if running.closed:
        return
    if not problem:
        _backup(running)
        return
    running.damaged_box = show_damaged_box(running.window, problem)
    running.window.show_message(
        QApplication.translate("App", "Read only: the database is damaged.")
    )


def _backup(running: Running) -> None:
    if running.closed or running.backup is None:
        return
    running.backup.start()  # off the UI thread: at 500 MB it takes seconds


def _backup_failed(running: Running, why: str) -> None:
    if not running.closed:
        running.window.show_message(
            QApplication.translate("App", "The automatic backup failed: %s") % why
        )


def _switch_language(running: Running, code: str) -> None:
    # Rebuilding the window in the new language is simpler and surer than re-labelling
    # every widget; everything it shows comes from the store and the settings.
    old = running.window
    old.settings.setValue("language", code)
    old.save_place()
    old.retire()
    i18n.install(code)
    window = MainWindow(running.workspace, old.settings)
    window.take_place_of(old)
    window.language_change_requested.connect(lambda c: _switch_language(running, c))
    _show_faults(window, running.workspace)
    running.window = window
    window.show_placed()
    projecting = old.presenter is not None and old.presenter.isVisible()
    old.hide()
    old.deleteLater()  # its presenter screen goes with it
    if projecting:
        window.toggle_presenter()  # the room's screen must not go dark mid-meeting


def _refuse(title: str, text: str) -> None:
    print(f"roundtable: {text}", file=sys.stderr)
    QMessageBox.warning(None, title, text)


def run(data_dir: Path, early: EarlyRead | None = None) -> int:
    """Start the app and run it until the window closes; the process's exit status."""
    running = start(data_dir, early)
    if running is None:
        return 1
    _when_library_painted(running.window, gc.enable)  # cli.py held collections off till now
    if os.environ.get(EXIT_AFTER_FIRST_PAINT):
        _when_library_painted(running.window, _say_painted_and_quit)
    elif os.environ.get("ROUNDTABLE_QUIT_WHEN_SHOWN"):  # for tests that only start the app
        QTimer.singleShot(0, QApplication.instance().quit)
    status = QApplication.instance().exec()
    running.close()
    return status


class _AfterRowsPainted(QObject):
    """Calls back after the first paint of the library's table that shows its rows (any paint
    when there are none): a window shown empty and filled later has not started yet."""

    def __init__(self, window: MainWindow, callback: Callable[[], None]) -> None:
        super().__init__(window)
        self.workspace = window.workspace
        self.table = window.library.table
        self.callback = callback
        # The table says when it painted: asking for its viewport from Python would make
        # PySide build every QtWidgets class to name the widget's type (10-20 ms).
        self.table.painted.connect(self._painted)

    def _painted(self) -> None:
        if self.table.model().rowCount() > 0 or not self.workspace.list_sessions():
            self.table.painted.disconnect(self._painted)
            QTimer.singleShot(0, self, self.callback)  # once this paint is done


def _say_painted_and_quit() -> None:
    try:
        print("painted at", time.time(), flush=True)  # the benchmark's clock is the wall's
    finally:
        QApplication.instance().quit()  # even when no one reads the output any more


def _when_library_painted(window: MainWindow, callback: Callable[[], None]) -> None:
    _AfterRowsPainted(window, callback)
