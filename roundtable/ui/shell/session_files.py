"""Session files in and out of the main window: import, export, and the Word minutes."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QFileDialog, QMessageBox

from roundtable.domain.model import Session
from roundtable.errors import RoundtableError
from roundtable.exports import minutes_available
from roundtable.ui import file_places
from roundtable.ui.file_places import MINUTES, SESSION_FILES

if TYPE_CHECKING:
    from roundtable.ui.shell.main_window import MainWindow


class SessionFiles(QObject):
    """The file dialogs and what they report, for the window's open session."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.workspace = window.workspace

    def import_file(self, path: Path) -> Session | None:
        from roundtable.sessionfile import read_session_file

        try:
            result = read_session_file(path)
            created, outcome = self.workspace.import_session(result.bundle)
        except RoundtableError as exc:
            QMessageBox.warning(self.window, self.tr("Import refused"), str(exc))
            return None
        said = {
            "new": self.tr("Imported “%s” as a new session."),
            "updated": self.tr("Updated “%s” from the file."),
            "unchanged": self.tr("“%s” is already up to date."),
            "copy": self.tr("Imported “%s”: both copies had changed, so it is kept beside it."),
        }
        self.window.show_message(said[outcome] % created.title)
        return created

    def import_session_file(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self.window,
            self.tr("Import session file"),
            str(file_places.folder(self.window.settings, SESSION_FILES)),
            self.tr("Roundtable session (*.roundtable.json *.json)"),
        )
        if name:
            file_places.remember(self.window.settings, SESSION_FILES, name)
            created = self.import_file(Path(name))
            if created is not None:
                self.window.open_session(created.id)

    def export_session_file(self, session_id: int | None) -> None:
        if session_id is None:
            return
        name, _ = QFileDialog.getSaveFileName(
            self.window,
            self.tr("Export session file"),
            self._proposed(SESSION_FILES, session_id, ".roundtable.json"),
            self.tr("Roundtable session (*.roundtable.json *.json)"),
        )
        if not name:
            return
        try:
            self.workspace.export_session_file(session_id, name)
        except (RoundtableError, OSError) as exc:
            QMessageBox.warning(self.window, self.tr("Export failed"), str(exc))
            return
        file_places.remember(self.window.settings, SESSION_FILES, name)
        self.window.show_message(self.tr("Exported to %s") % name)

    def export_minutes(self, session_id: int | None) -> None:
        if session_id is None or not minutes_available():
            return
        name, _ = QFileDialog.getSaveFileName(
            self.window,
            self.tr("Export minutes"),
            self._proposed(MINUTES, session_id, ".docx"),
            self.tr("Word document (*.docx)"),
        )
        if not name:
            return
        try:
            self.workspace.export_minutes(session_id, name)
        except (RoundtableError, OSError) as exc:
            QMessageBox.warning(self.window, self.tr("Export failed"), str(exc))
            return
        file_places.remember(self.window.settings, MINUTES, name)
        self.window.show_message(self.tr("Minutes written to %s") % name)

    def _proposed(self, kind: str, session_id: int, suffix: str) -> str:
        name = self._suggested_file_name(session_id, suffix)
        return file_places.proposed(self.window.settings, kind, name)

    def _suggested_file_name(self, session_id: int, suffix: str) -> str:
        """From the title as the session's audience may see it: a file name is read in
        folder listings and mail by people who never open the file."""
        from roundtable.audience import Audience  # the start does without it

        session = self.workspace.session(session_id)
        people = self.workspace.participants(session_id)
        return Audience(session, people, session.chatham_house).file_name(suffix)
