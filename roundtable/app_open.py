"""The part of a start that opens the store, and everything that works on it: the
workspace, the window's commands, the fault banner, the backups and the integrity check.

A start in the library runs it right after the first paint (app.py), so that nothing here,
nor the store's modules, is loaded before the library is on screen.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QLockFile, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from roundtable import paths
from roundtable.app import (
    BACKUP_EVERY_MS,
    CHECK_AT_LATEST_MS,
    Running,
    apply_style,
    refuse,
    when_library_painted,
)
from roundtable.crash_report import record_fatal_errors
from roundtable.errors import RoundtableError
from roundtable.storage import SessionStore
from roundtable.storage.backups import clean_interrupted_copies
from roundtable.storage.database import DamagedDatabase
from roundtable.storage.early_read import EarlyRead
from roundtable.storage.faults import DiskFull, ReadOnlyStorage
from roundtable.ui import i18n
from roundtable.ui.shell.background_backup import BackgroundBackup
from roundtable.ui.shell.fault_banner import FaultBanner
from roundtable.ui.shell.integrity_check import IntegrityCheck, show_damaged_box
from roundtable.ui.shell.main_window import MainWindow
from roundtable.ui.workspace import Workspace


def open_store_or_refuse(data_dir: Path, lock: QLockFile) -> SessionStore | None:
    """The store, after the checks a start makes; None after saying why it cannot open."""
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
            return _open_store(data_dir)
        except DamagedDatabase as damaged:
            if not _restored_at_start(data_dir, str(damaged)):
                raise
            return _open_store(data_dir)
    except RoundtableError as exc:
        lock.unlock()
        refuse(QApplication.translate("App", "Roundtable cannot open its data"), str(exc))
        return None


def open_after_paint(running: Running, data_dir: Path, early: EarlyRead) -> None:
    """The rest of a start in the library: the store, then everything that works on it. Once:
    after the paint, or after a while if the window is not painted."""
    try:
        if running.closed or running.workspace is not None:
            return
        store = open_store_or_refuse(data_dir, running.lock)
        if store is None:
            running.refused = True
            running.close()  # the last window: the app quits, and run() says it failed
            return
        # Another program, or the store's own migrations, may have written since the read.
        attach(running, Workspace(store), reread=not early.unchanged())
    finally:
        early.discard()


def attach(running: Running, workspace: Workspace, reread: bool) -> None:
    apply_style(QApplication.instance())  # before any page but the library is built
    window = running.window
    running.workspace = workspace
    window.attach(workspace, reread)
    _show_faults(window, workspace)
    workspace.pending.take_over_saved()  # captures a busy database kept from the last run
    if workspace.store.data_dir is not None:
        record_fatal_errors(workspace.store.data_dir)
    running.backup_timer = QTimer(interval=BACKUP_EVERY_MS)
    running.backup = BackgroundBackup(lambda: running.store)
    running.backup.failed.connect(lambda why: _backup_failed(running, why))
    running.backup_timer.timeout.connect(lambda: _backup(running))
    running.backup_timer.start()
    window.language_change_requested.connect(lambda code: _switch_language(running, code))
    check = IntegrityCheck(workspace.store, window)
    check.finished.connect(lambda problem: _checked(running, problem))
    when_library_painted(window, check.start)
    QTimer.singleShot(CHECK_AT_LATEST_MS, check, check.start)
    running.became_ready()


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
    window = MainWindow(old.settings, running.workspace.list_sessions())
    window.attach(running.workspace)
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
