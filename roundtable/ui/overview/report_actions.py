"""What the organiser takes from the overview and brings back to it: the synthesis report in
Word and the data as a workbook or CSV, of the sessions the overview shows (the same code as
`roundtable report` and `export-data`), and the statuses of a returned workbook, previewed
before anything is written."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QSettings, Qt, Signal
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QWidget,
)

from roundtable.domain.model import SessionBundle
from roundtable.errors import RoundtableError
from roundtable.report.from_store import suggested_file_name, under_rule
from roundtable.ui import file_places
from roundtable.ui.file_places import REPORTS
from roundtable.ui.typed_text import flush_typing
from roundtable.ui.workspace import Workspace


class ReportActions(QWidget):
    """The overview's three buttons, and the line that says the selection is under the
    Chatham House Rule. `selection` gives the sessions shown and the series (or None);
    `settings` keeps the folder the files were last put in or taken from."""

    message = Signal(str)

    def __init__(
        self,
        workspace: Workspace,
        settings: QSettings,
        selection: Callable[[], tuple[list[SessionBundle], str | None]],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.settings = settings
        self.selection = selection
        self.rule_note = QLabel(objectName="chathamNote")
        self.rule_note.setToolTip(
            self.tr(
                "A session in the overview was held under the Chatham House Rule, so the "
                "report of all of them is under it: it names no participant or organisation, "
                "only sectors. In the workbook the rows of the sessions held under the rule "
                "name no one."
            )
        )
        self.report_button = QPushButton(self.tr("Write report…"))
        self.report_button.clicked.connect(self.write_report)
        self.data_button = QPushButton(self.tr("Export data…"))
        self.data_button.clicked.connect(self.export_data)
        self.import_button = QPushButton(self.tr("Import status…"))
        self.import_button.clicked.connect(self.import_status)
        self.import_button.setToolTip(
            self.tr("Bring back the statuses, owners, due dates and outcomes of a workbook")
        )
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.rule_note)
        for button in (self.report_button, self.data_button, self.import_button):
            layout.addWidget(button)

    def show_selection(self, sessions: int, ruled: bool) -> None:
        """Say whether the selection (`sessions` many) is under the rule; nothing to write
        without sessions."""
        self.rule_note.setText(self.tr("Under the Chatham House Rule") if ruled else "")
        self.rule_note.setVisible(ruled)
        self.report_button.setEnabled(sessions > 0)
        self.data_button.setEnabled(sessions > 0)

    # -- out ----------------------------------------------------------------------------

    def _suggested(self, bundles: list[SessionBundle], series: str | None, suffix: str) -> str:
        return suggested_file_name(bundles, series, suffix, self.tr("Roundtables"))

    def _ruled_note(self, bundles: list[SessionBundle]) -> str:
        if not under_rule(bundles):
            return ""
        return self.tr(" It is under the Chatham House Rule: it names no participant.")

    def write_report(self) -> None:
        from roundtable.report.from_store import write_selection_report

        flush_typing(self.window())  # the synthesis text typed a moment ago is in it
        bundles, series = self.selection()
        if not bundles:
            return
        title = self.tr("Write report")
        if under_rule(bundles):
            title = self.tr("Write report (under the Chatham House Rule)")
        suggested = file_places.proposed(
            self.settings, REPORTS, self._suggested(bundles, series, ".docx")
        )
        word = self.tr("Word document (*.docx)")
        name, _ = QFileDialog.getSaveFileName(self, title, suggested, word)
        if not name:
            return
        if not Path(name).suffix:
            name += ".docx"
        if self._written(
            lambda: write_selection_report(self.workspace.store, bundles, name, series=series)
        ):
            file_places.remember(self.settings, REPORTS, name)
            said = self.tr("Report written to %1.").replace("%1", name)
            self.message.emit(said + self._ruled_note(bundles))

    def export_data(self) -> None:
        from roundtable.report.from_store import write_selection_data

        flush_typing(self.window())
        bundles, series = self.selection()
        if not bundles:
            return
        workbook = self.tr("Excel workbook (*.xlsx)")
        items = self.tr("Items as CSV (*.csv)")
        name, chosen = QFileDialog.getSaveFileName(
            self,
            self.tr("Export data"),
            file_places.proposed(self.settings, REPORTS, self._suggested(bundles, series, ".xlsx")),
            f"{workbook};;{items}",
        )
        if not name:
            return
        if not Path(name).suffix:
            name += ".csv" if chosen == items else ".xlsx"
        if self._written(lambda: write_selection_data(self.workspace.store, bundles, name)):
            file_places.remember(self.settings, REPORTS, name)
            said = self.tr("Data written to %1.").replace("%1", name)
            if under_rule(bundles):  # each session's rows as its own rule says
                said += self.tr(
                    " The sessions held under the Chatham House Rule name no participant in it."
                )
            self.message.emit(said)

    def _written(self, write: Callable[[], Path]) -> bool:
        """Run `write`; when it fails, a message box says why."""
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            write()
        except (RoundtableError, OSError) as exc:
            QApplication.restoreOverrideCursor()
            QMessageBox.warning(self, self.tr("Export failed"), str(exc))
            return False
        QApplication.restoreOverrideCursor()
        return True

    # -- back ---------------------------------------------------------------------------

    def import_status(self) -> None:
        from roundtable.report.status_import import RefusedWorkbook, followups_edit, read_changes
        from roundtable.ui.overview.status_preview import RefusedPreview, StatusPreview

        flush_typing(self.window())
        name, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Import status"),
            str(file_places.folder(self.settings, REPORTS)),
            self.tr("Excel workbook (*.xlsx)"),
        )
        if not name:
            return
        file_places.remember(self.settings, REPORTS, name)  # even if refused: it came from there
        path = Path(name)
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            changes = read_changes(self.workspace.store, path)
        except RefusedWorkbook as refused:
            QApplication.restoreOverrideCursor()
            RefusedPreview(refused.cells, path.name, self).exec()
            return
        except (RoundtableError, OSError) as exc:
            QApplication.restoreOverrideCursor()
            QMessageBox.warning(self, self.tr("Import refused"), str(exc))
            return
        QApplication.restoreOverrideCursor()
        if not changes:
            QMessageBox.information(
                self,
                self.tr("Import status"),
                self.tr("%1 changes nothing: every status, owner, due date and outcome in it "
                        "is already stored.").replace("%1", path.name),
            )  # fmt: skip
            return
        if StatusPreview(changes, path.name, self).exec() != QDialog.DialogCode.Accepted:
            return
        label = self.tr("Import status from %1").replace("%1", path.name)
        now = self.workspace.clock().astimezone()
        try:
            self.workspace.do(followups_edit(self.workspace.store, changes, now, label))
        except RoundtableError as exc:
            QMessageBox.warning(self, self.tr("Import refused"), str(exc))
            return
        self.message.emit(
            self.tr("Updated %n idea(s) and action(s) from %1.", "", len(changes)).replace(
                "%1", path.name
            )
        )
