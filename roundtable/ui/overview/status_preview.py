"""What a returned workbook would change, shown before anything is written; and, when it is
refused, every bad cell. Both are lists to read, so both are one dialog with a table."""

from __future__ import annotations

from datetime import date
from typing import Any

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

from roundtable.report.status_import import BadCell, StatusChange
from roundtable.ui.overview.statuses import status_text


class _ListDialog(QDialog):
    def __init__(self, title: str, intro: str, headers: list[str], parent: QWidget | None):
        super().__init__(parent)
        self.setWindowTitle(title)
        self.intro = QLabel(intro, wordWrap=True)
        self.table = QTreeWidget()
        self.table.setRootIsDecorated(False)
        self.table.setHeaderLabels(headers)
        self.table.setAlternatingRowColors(True)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.setAccessibleName(title)
        self.buttons = QDialogButtonBox()
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.buttons)
        # Wide enough to read a title beside its change; 1366×768 first.
        chars = self.fontMetrics().averageCharWidth()
        self.resize(min(chars * 170, 1300), 460)

    def rows(self) -> list[list[str]]:
        """The table as text, as the user reads it."""
        return [
            [self.table.topLevelItem(r).text(c) for c in range(self.table.columnCount())]
            for r in range(self.table.topLevelItemCount())
        ]


NOW = 3  # the column of what the store holds now


class StatusPreview(_ListDialog):
    """Every change the workbook asks for; Apply writes them all as one undoable step."""

    def __init__(self, changes: list[StatusChange], file_name: str, parent: QWidget | None = None):
        super().__init__(
            self.tr("Import status from a workbook"),
            self.tr(
                "%1 brings changes to %n idea(s) and action(s). Nothing is written until you "
                "apply them; Ctrl+Z takes them all back.",
                "",
                len(changes),
            ).replace("%1", file_name),
            [
                self.tr("Idea or action"),
                self.tr("Session"),
                self.tr("Field"),
                self.tr("Now"),
                self.tr("From the workbook"),
            ],
            parent,
        )
        fields = {
            "status": self.tr("Status"),
            "owner": self.tr("Owner"),
            "due": self.tr("Due"),
            "outcome": self.tr("Outcome"),
        }
        rows = []
        for change in changes:
            for n, key in enumerate(change.after):
                # The item and its session once, over the rows of its fields.
                row = QTreeWidgetItem(
                    [
                        change.name if n == 0 else "",
                        change.session_title if n == 0 else "",
                        fields[key],
                        self._shown(key, change.before[key]),
                        self._shown(key, change.after[key]),
                    ]
                )
                if key in change.since_export:
                    # Changed here after the workbook went out: the workbook's older
                    # copy would replace it, which the one applying it must see.
                    row.setText(NOW, "⚠ " + row.text(NOW))
                    was = self._shown(key, change.since_export[key])
                    row.setToolTip(
                        NOW,
                        self.tr(
                            "Changed in Roundtable since the workbook was exported, when it "
                            "was %1: the workbook's value replaces it."
                        ).replace("%1", was),
                    )
                rows.append(row)
        self.table.addTopLevelItems(rows)
        overtaken = sum(1 for c in changes if c.since_export)
        if overtaken:
            self.intro.setText(
                self.intro.text()
                + " "
                + self.tr(
                    "⚠ %n of them were also changed here since the workbook was exported: "
                    "the workbook's values replace those changes.",
                    "",
                    overtaken,
                )
            )
        header = self.table.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setStretchLastSection(False)
        for column in range(1, 5):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.apply_button = self.buttons.addButton(
            self.tr("Apply the changes"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.apply_button.setDefault(True)

    @staticmethod
    def _shown(key: str, value: Any) -> str:
        if value is None or value == "":
            return "–"
        if key == "status":
            return status_text(value)
        if isinstance(value, date):
            return value.isoformat()
        return str(value)


class RefusedPreview(_ListDialog):
    """Why a workbook was refused: every bad cell, by sheet and cell."""

    def __init__(self, cells: list[BadCell], file_name: str, parent: QWidget | None = None):
        super().__init__(
            self.tr("Workbook refused"),
            self.tr(
                "%1 was not imported and nothing changed: %n cell(s) need correcting first.",
                "",
                len(cells),
            ).replace("%1", file_name),
            [self.tr("Cell"), self.tr("What is wrong")],
            parent,
        )
        rows = [QTreeWidgetItem([cell.where, self._what(cell)]) for cell in cells]
        self.table.addTopLevelItems(rows)
        self.table.header().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self.buttons.addButton(QDialogButtonBox.StandardButton.Close)

    def _what(self, cell: BadCell) -> str:
        """What is wrong, in the window's language (the command line says it in English)."""
        said = {
            "unknown": self.tr("“%1” is no idea or action in this library"),
            "repeated": self.tr("“%1” is also in row %2"),
            "no_status": self.tr("“%1” is not a status: one of %3"),
            "idea_status": self.tr("“%1” is not a status of an idea: one of %3"),
            "action_status": self.tr("“%1” is not a status of an action: one of %3"),
            "no_date": self.tr("“%1” is not a date: write it as 15.12.2024 or 2024-12-15"),
            "far_date": self.tr(
                "%1 is no due date (a number or a time typed into the date, perhaps)"
            ),
            "idea_due": self.tr("an idea has no due date"),
            "formula": self.tr(
                "holds a formula (=%1) saved without its value: type the value, or open and "
                "save the workbook in Excel or LibreOffice"
            ),
        }.get(cell.problem)
        if said is None:
            return str(cell).partition(": ")[2]
        return (
            said.replace("%1", cell.value).replace("%2", str(cell.row)).replace("%3", cell.choices)
        )
