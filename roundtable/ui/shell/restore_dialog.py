"""File ▸ Restore from backup: the backups by date with their sessions and items, and the
chosen one put in place by the same code as `roundtable restore` (the current database, -wal
and -shm moved aside as one unit, never deleted; the backup copied in and checked)."""

from __future__ import annotations

import contextlib
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from roundtable.errors import RoundtableError
from roundtable.storage import SessionStore
from roundtable.storage.restore import BackupInfo, Restored, list_backups, restore_backup

if TYPE_CHECKING:
    from roundtable.ui.shell.main_window import MainWindow

_PATH = Qt.ItemDataRole.UserRole


class RestoreDialog(QDialog):
    def __init__(self, data_dir: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Restore from backup"))
        self.backups = list_backups(data_dir)
        intro = QLabel(
            self.tr(
                "Choose the backup to put in place of the database. The current database is "
                "moved aside into %s, not deleted."
            )
            % (data_dir / "set-aside"),
            wordWrap=True,
        )
        self.table = QTreeWidget(rootIsDecorated=False, uniformRowHeights=True)
        self.table.setHeaderLabels([self.tr("Taken"), self.tr("Sessions"), self.tr("Items")])
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        for info in self.backups:
            self.table.addTopLevelItem(self._row(info))
        header = self.table.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.titles = QLabel(wordWrap=True, textFormat=Qt.TextFormat.PlainText)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.restore_button = self.buttons.addButton(
            self.tr("&Restore"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.table.currentItemChanged.connect(lambda *_: self._show_chosen())
        self.table.itemDoubleClicked.connect(lambda *_: self.accept())
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        if not self.backups:
            none = self.tr("There are no backups in %s.") % (data_dir / "backups")
            layout.addWidget(QLabel(none))
        layout.addWidget(self.table)
        layout.addWidget(self.titles)
        layout.addWidget(self.buttons)
        self.resize(560, 380)
        first = next((n for n, b in enumerate(self.backups) if b.readable), None)
        if first is not None:
            self.table.setCurrentItem(self.table.topLevelItem(first))
        self._show_chosen()

    def _row(self, info: BackupInfo) -> QTreeWidgetItem:
        taken = info.taken_at.astimezone().strftime("%Y-%m-%d %H:%M")
        unknown = self.tr("cannot be read")
        row = QTreeWidgetItem(
            [
                taken,
                unknown if info.sessions is None else str(info.sessions),
                "" if info.items is None else str(info.items),
            ]
        )
        row.setData(0, _PATH, str(info.path))
        row.setToolTip(0, str(info.path))
        for column in (1, 2):
            row.setTextAlignment(column, Qt.AlignmentFlag.AlignRight)
        if not info.readable:
            row.setFlags(row.flags() & ~Qt.ItemFlag.ItemIsEnabled)
        return row

    def chosen(self) -> BackupInfo | None:
        row = self.table.currentItem()
        if row is None:
            return None
        path = row.data(0, _PATH)
        return next((b for b in self.backups if str(b.path) == path and b.readable), None)

    def choose(self, path: Path) -> None:
        """Select the backup at `path` (as a person would click its row)."""
        for n, info in enumerate(self.backups):
            if info.path == Path(path):
                self.table.setCurrentItem(self.table.topLevelItem(n))

    def _show_chosen(self) -> None:
        info = self.chosen()
        self.restore_button.setEnabled(info is not None)
        if info is None:
            self.titles.clear()
            return
        shown = list(info.titles[:8]) + (["…"] if len(info.titles) > 8 else [])
        self.titles.setText("\n".join(title[:200] for title in shown))


def choose_backup(data_dir: Path, parent: QWidget | None = None) -> Path | None:
    """The backup the user chose to restore, or None."""
    dialog = RestoreDialog(data_dir, parent)
    try:
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        info = dialog.chosen()
        return None if info is None else info.path
    finally:
        dialog.deleteLater()


def restore_in_window(window: MainWindow) -> Restored | None:
    """Offer the backups; put the chosen one in place and show what it holds."""
    from PySide6.QtWidgets import QMessageBox

    workspace = window.workspace
    data_dir = workspace.store.data_dir
    if data_dir is None:
        return None
    window.save_place()  # what is typed is stored, and the window's place kept
    if workspace.pending:
        QMessageBox.warning(
            window,
            QCoreApplication.translate("RestoreDialog", "Restore from backup"),
            QCoreApplication.translate(
                "RestoreDialog",
                "Captures are still waiting for the database; restore once they are saved.",
            ),
        )
        return None
    backup = choose_backup(data_dir, window)
    if backup is None:
        return None
    window.show_library_afresh()  # the open session may not be in the backup
    workspace.store.close()
    done: Restored | None = None
    try:
        done = restore_backup(data_dir, backup, by_the_app=True)
    except RoundtableError as exc:
        QMessageBox.warning(
            window, QCoreApplication.translate("RestoreDialog", "Restore from backup"), str(exc)
        )
    # When the restore failed, the database put back may be the damaged one: it opens as at
    # the start, and its check refuses every change.
    store = SessionStore.open(data_dir, automatic_backup=False, check_later=done is None)
    if done is None:
        with contextlib.suppress(RoundtableError):
            store.finish_check()
    workspace.replace_store(store)
    if done is not None:
        taken = done.backup.taken_at.astimezone().strftime("%Y-%m-%d %H:%M")
        counts = (taken, done.backup.sessions or 0, done.backup.items or 0)
        window.show_message(
            QCoreApplication.translate(
                "RestoreDialog", "Restored the backup taken %s: %d sessions, %d items."
            )
            % counts
        )
    return done
