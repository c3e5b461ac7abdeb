"""Phase 1 of a session in a series starts with *since last time*: the open actions and ideas
of the series' earlier sessions, to go through with the table, each marked from here (the
follow-up status edit: dated in the item's history, undoable)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from roundtable.domain.model import Item, ItemKind
from roundtable.edits import Aspect, Changes
from roundtable.errors import RoundtableError
from roundtable.insights.followup import FollowUpRow
from roundtable.insights.since_last_time import since_last_time
from roundtable.ui import labels
from roundtable.ui.date_field import show_date
from roundtable.ui.overview.middle_elided import MiddleElided
from roundtable.ui.overview.statuses import status_text, statuses_of
from roundtable.ui.workspace import Workspace

_ITEM = Qt.ItemDataRole.UserRole
SESSION, OWNER = 1, 2  # columns


class SinceLastTimeView(QWidget):
    message = Signal(str)
    rows_changed = Signal()  # rows came or went: the run page shows or hides the tab

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.session_id: int | None = None
        self.rows: list[FollowUpRow] = []

        self.note = QLabel(wordWrap=True)
        self.list = QTreeWidget()
        self.list.setAccessibleName(self.tr("Open since last time"))
        self.list.setRootIsDecorated(False)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setHeaderLabels(
            [self.tr("What"), self.tr("Session"), self.tr("Owner"), self.tr("Due"),
             self.tr("Status")]
        )  # fmt: skip
        header = self.list.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        # The session and the owner a set width, cut where longer (the session in its middle:
        # a series' titles differ at their end): sized to their contents, a series' long
        # titles left "What", the column read aloud from, three letters wide ("Id…").
        chars = self.fontMetrics().averageCharWidth()
        for column, width in ((SESSION, 14), (OWNER, 12)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(column, chars * width + 16)
        self.list.setItemDelegateForColumn(SESSION, MiddleElided(self.list))
        self.list.currentItemChanged.connect(lambda _c, _p: self._update_buttons())
        self.marks = {
            "done": QPushButton(self.tr("Done")),
            "in_progress": QPushButton(self.tr("In progress")),
            "dropped": QPushButton(self.tr("Dropped")),
        }
        buttons = QHBoxLayout()
        buttons.addWidget(QLabel(self.tr("Mark the selected:")))
        for status, button in self.marks.items():
            button.clicked.connect(lambda _c=False, s=status: self.mark(s))
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.note)
        layout.addWidget(self.list, 1)
        layout.addLayout(buttons)
        workspace.changed.connect(self._workspace_changed)
        self._update_buttons()

    def set_session(self, session_id: int | None) -> None:
        self.session_id = session_id
        self.reload()

    def reload(self) -> None:
        chosen = self.current_item()
        try:
            today = self.workspace.clock().date()
            found = (
                since_last_time(self.workspace.store, self.session_id, today)
                if self.session_id is not None
                else []
            )
        except RoundtableError:  # the session went meanwhile
            found = []
        had = bool(self.rows)
        self.rows = found
        self.list.clear()
        for row in found:
            item = row.item
            due = show_date(item.due)  # as the rest of the window writes dates
            kind = labels.kind_name(item.kind)
            line = QTreeWidgetItem(
                [f"{kind}: {item.title or item.text}", row.session_title, row.owner, due,
                 status_text(item.status)]
            )  # fmt: skip
            line.setData(0, _ITEM, item)
            line.setToolTip(0, item.text)
            line.setToolTip(SESSION, row.session_title)
            self.list.addTopLevelItem(line)
            if chosen is not None and item.id == chosen.id:
                self.list.setCurrentItem(line)
        self.note.setText(
            self.tr(
                "Open from the earlier sessions of the series: %1. Go through them first."
            ).replace("%1", str(len(found)))
        )
        self._update_buttons()
        if had != bool(found):
            self.rows_changed.emit()

    def current_item(self) -> Item | None:
        line = self.list.currentItem()
        return None if line is None else line.data(0, _ITEM)

    def mark(self, status: str) -> None:
        item = self.current_item()
        if item is None or item.id is None:
            return
        if item.kind is ItemKind.ACTION and status == "in_progress":
            return
        text = self.tr("Mark as %s") % status_text(status)
        try:
            self.workspace.set_followup_status(item.id, status, "", text)
        except RoundtableError as exc:
            self.message.emit(str(exc))

    def _update_buttons(self) -> None:
        item = self.current_item()
        for status, button in self.marks.items():
            fits = item is not None and (status in {str(s) for s in statuses_of(item.kind)})
            button.setEnabled(fits and item is not None and item.status != status)

    def _workspace_changed(self, changes: Changes) -> None:
        if self.session_id is None or not changes.aspects & {Aspect.ITEMS, Aspect.LIBRARY}:
            return
        # A capture in this session changes nothing here: only other sessions' items do.
        if changes.sessions is None or changes.sessions - {self.session_id}:
            self.reload()
