"""The composition root of the GUI: application, translators, lock, window; the store and
what works on it are opened by app_open.py.

What a start loads before the library is painted is what every start waits for: this module
imports Qt, the window and the library, not the store (`python -X importtime`).
"""

from __future__ import annotations

import gc
import os
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QLockFile, QSettings, QTimer
from PySide6.QtWidgets import QApplication

from roundtable import paths
from roundtable.errors import RoundtableError
from roundtable.paths import ensure_data_dir, make_private
from roundtable.ui import i18n
from roundtable.ui.resources import STYLES, resource, style_sheet
from roundtable.ui.shell.main_window import MainWindow
from roundtable.ui.shell.pages import opens_a_session
from roundtable.ui.wheel_guard import WheelGuard, install_wheel_guard

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMessageBox

    from roundtable.storage import SessionStore
    from roundtable.storage.early_read import EarlyRead
    from roundtable.ui.shell.background_backup import BackgroundBackup
    from roundtable.ui.workspace import Workspace

APP_ID = "dk.roundtable.Roundtable"
LOCK_NAME = paths.LOCK_NAME
SETTINGS_NAME = "settings.ini"
BACKUP_EVERY_MS = 10 * 60 * 1000  # a rotating backup while a session runs
BACKUP_WAIT_ON_CLOSE_S = 5
CHECK_AT_LATEST_MS = 2000  # the integrity check starts by then even if nothing was painted
# For the start-time benchmark: say when the library's rows are on screen, and quit.
EXIT_AFTER_FIRST_PAINT = "ROUNDTABLE_EXIT_AFTER_FIRST_PAINT"
AT_PAINT = "at-paint"  # its value for an exit at the paint itself, the window not yet working


def application() -> QApplication:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("Roundtable")
    app.setOrganizationName("Roundtable")
    app.setDesktopFileName(APP_ID)
    global _wheel_guard
    if _wheel_guard is None or not shiboken6.isValid(_wheel_guard):  # tests start it again
        # Kept here, not found again with findChild(): naming a Python class to Qt costs
        # about 15 ms on the way to the first paint.
        _wheel_guard = install_wheel_guard(app)
    return app


_wheel_guard: WheelGuard | None = None


def apply_style(app: QApplication) -> None:
    """Give the application its style sheet (once): not before the library is painted, whose
    labels carry what they need (resources.LIBRARY_STYLE). An application-wide sheet makes
    every widget slower to build and paint, about 25 ms of a start."""
    sheet = "".join(style_sheet(name) for name in STYLES)
    if app.styleSheet() != sheet:
        app.setStyleSheet(sheet)


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


class Running:
    """What a started app holds on to until it quits.

    A start in the library paints the list before the store is open; the workspace, the
    backups and the integrity check come right after that paint (`app_open`).
    `ready` is set then, and `when_ready` callbacks run.
    """

    # A plain class: a dataclass is built by compiling its methods, about 1 ms of every start.
    def __init__(self, window: MainWindow, lock: QLockFile) -> None:
        self.window = window
        self.lock = lock
        self.workspace: Workspace | None = None
        self.backup_timer: QTimer | None = None
        self.backup: BackgroundBackup | None = None
        self.damaged_box: QMessageBox | None = None  # the warning the deferred check raised
        self.closed = False
        self.ready = False
        self.ready_at: float | None = None  # the wall's clock, beside window.rows_painted_at
        self.refused = False  # the store could not open after the paint
        self._when_ready: list[Callable[[], None]] = []

    @property
    def store(self) -> SessionStore:
        assert self.workspace is not None, "the store opens after the first paint"
        return self.workspace.store  # a restore from a backup replaces it

    def when_ready(self, callback: Callable[[], None]) -> None:
        """Call back once the store is open and the window works (at once if it is)."""
        if self.ready:
            callback()
        else:
            self._when_ready.append(callback)

    def became_ready(self) -> None:
        self.ready, self.ready_at = True, time.time()
        waiting, self._when_ready = self._when_ready, []
        for callback in waiting:
            callback()

    def close(self) -> None:
        if self.closed:
            return
        self.closed = True
        if self.backup_timer is not None:
            self.backup_timer.stop()
        self.window.close()
        if self.workspace is not None:
            self.workspace.end_turns_at_close()
            kept = self.workspace.pending.keep_on_close()
            if kept is not None:
                refuse(
                    QApplication.translate("App", "Captures kept for later"),
                    QApplication.translate(
                        "App",
                        "Another program was still writing to the database, so the last "
                        "captures could not be saved in it. They are kept in %s and saved when "
                        "Roundtable starts again.",
                    )
                    % kept,
                )
            if self.backup is not None:
                self.backup.wait(BACKUP_WAIT_ON_CLOSE_S)  # else its copy is left for the next clean
            self.workspace.close()
            self.store.close()
        if self.lock.isLocked():
            self.lock.unlock()


def start(data_dir: Path, early: EarlyRead | None = None) -> Running | None:
    """Open the data folder and show the main window; None (after saying why) if not.

    `early` is the library's list, being read while this module loaded (cli.py starts it).
    With it, and a start in the library, the window paints that list before the store opens.
    """
    try:
        running = _start(data_dir, early)
    except BaseException:
        if early is not None:
            early.discard()
        raise
    if early is not None and (running is None or running.ready):
        early.discard()  # used or refused; else the store's opening after the paint still asks
    return running


def _start(data_dir: Path, early: EarlyRead | None) -> Running | None:
    app = application()
    try:
        ensure_data_dir(data_dir)
    except RoundtableError as exc:
        refuse(app.translate("App", "Roundtable cannot open its data"), str(exc))
        return None
    make_private(data_dir / SETTINGS_NAME)  # QSettings keeps the mode of an existing file
    settings = QSettings(str(data_dir / SETTINGS_NAME), QSettings.Format.IniFormat)
    i18n.install(str(settings.value("language", i18n.SYSTEM)))
    lock = single_instance_lock(data_dir)
    if lock is None:
        refuse(
            app.translate("App", "Roundtable is already running"),
            app.translate(
                "App",
                "Roundtable is already open with the data folder %s. Switch to that window; "
                "two windows on one folder could overwrite each other's work.",
            )
            % data_dir,
        )
        return None
    sessions = early.take() if early is not None else None
    if early is not None and sessions is not None and not opens_a_session(settings):
        # The list as read is all the first paint shows: the store, with its modules, opens
        # right after it. A start that reopens a meeting shows that meeting at once instead.
        running = Running(MainWindow(settings, sessions), lock)

        def open_store() -> None:
            from roundtable.app_open import open_after_paint

            open_after_paint(running, data_dir, early)

        when_library_painted(running.window, open_store)
        # A window that is never painted (shown minimised, say) must still open its store.
        QTimer.singleShot(CHECK_AT_LATEST_MS, running.window, open_store)
        _after_paint_extras(running.window)
        running.window.show_placed()
        return running
    from roundtable.app_open import attach, open_store_or_refuse
    from roundtable.ui.workspace import Workspace

    store = open_store_or_refuse(data_dir, lock)
    if store is None:
        return None
    first = sessions if early is not None and early.unchanged() else None
    workspace = Workspace(store, first_list=first)
    running = Running(MainWindow(settings, workspace.list_sessions()), lock)
    attach(running, workspace, reread=False)
    _after_paint_extras(running.window)
    running.window.show_placed()
    return running


def _set_window_icon() -> None:
    app = QApplication.instance()
    if app is not None and app.windowIcon().isNull():
        from PySide6.QtGui import QIcon

        app.setWindowIcon(QIcon(str(resource("icons", "roundtable.svg"))))


def _after_paint_extras(window: MainWindow) -> None:
    # The icon after the paint too: reading the SVG loads Qt's SVG plugin (about 5 ms), and the
    # window manager takes a window's icon whenever it is set.
    when_library_painted(window, lambda: QTimer.singleShot(0, _set_window_icon))
    QTimer.singleShot(CHECK_AT_LATEST_MS, _set_window_icon)
    guard = _wheel_guard
    if guard is not None:
        # Just after the paint, not on its way.
        when_library_painted(window, lambda: QTimer.singleShot(0, guard, guard.arm))
        QTimer.singleShot(CHECK_AT_LATEST_MS, guard, guard.arm)


def refuse(title: str, text: str) -> None:
    print(f"roundtable: {text}", file=sys.stderr)
    if os.environ.get(EXIT_AFTER_FIRST_PAINT):
        return  # a start timed by the benchmark has no one to close a box: stderr says it
    from PySide6.QtWidgets import QMessageBox  # loading a Qt class builds its enums: not at start

    QMessageBox.warning(None, title, text)


def run(data_dir: Path, early: EarlyRead | None = None) -> int:
    """Start the app and run it until the window closes; the process's exit status."""
    running = start(data_dir, early)
    if running is None:
        return 1
    when_library_painted(running.window, gc.enable)  # cli.py held collections off till now
    if os.environ.get(EXIT_AFTER_FIRST_PAINT) == AT_PAINT:
        # The benchmark's count of instructions to the paint: nothing after it may count, not
        # even the store's opening that the paint calls first.
        running.window.exit_at_paint = True
    elif os.environ.get(EXIT_AFTER_FIRST_PAINT):
        window = running.window
        running.when_ready(
            lambda: when_library_painted(window, lambda: _say_painted_and_quit(running))
        )
    elif os.environ.get("ROUNDTABLE_QUIT_WHEN_SHOWN"):  # for tests that only start the app
        running.when_ready(lambda: QTimer.singleShot(0, QApplication.instance().quit))
    status = QApplication.instance().exec()
    running.close()
    return 1 if running.refused else status


def _say_painted_and_quit(running: Running) -> None:
    window = running.window
    try:
        # The benchmark's clock is the wall's: when the rows were painted, and when the
        # window worked (the store open, the menus' commands there).
        print("painted at", window.rows_painted_at, flush=True)
        print("ready at", running.ready_at, flush=True)
    finally:
        QApplication.instance().quit()  # even when no one reads the output any more


def when_library_painted(window: MainWindow, callback: Callable[[], None]) -> None:
    """Call back once the library's rows have been painted (soon, if they have been)."""
    if window.rows_painted_at is not None:
        QTimer.singleShot(0, window, callback)
    else:
        window.library_painted.connect(callback)  # said once the paint is done
