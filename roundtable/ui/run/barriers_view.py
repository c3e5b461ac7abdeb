"""Which barriers no idea answers yet, and which ideas answer the others."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QPalette
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QWidget

from roundtable.domain.figures import idea_caption, unanswered_barriers
from roundtable.domain.model import ItemKind
from roundtable.edits import Aspect
from roundtable.ui import labels
from roundtable.ui.session_view import SessionView
from roundtable.ui.workspace import Workspace


class BarriersView(SessionView, QListWidget):
    """The unanswered barriers first, under a heading with their count; then the answered
    ones, greyed, each with the ideas that answer it. Selecting one shows it in details."""

    item_selected = Signal(int)

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.setAccessibleName(self.tr("Barriers that no idea answers yet"))
        self.setWordWrap(True)
        self.currentItemChanged.connect(self._current_changed)
        self.follow(workspace, Aspect.ITEMS)

    def unanswered_ids(self) -> list[int]:
        return [
            row.data(Qt.ItemDataRole.UserRole)
            for row in map(self.item, range(self.count()))
            if row.data(Qt.ItemDataRole.UserRole + 1) == "open"
        ]

    def reload(self) -> None:
        chosen = self.currentItem()
        chosen_id = None if chosen is None else chosen.data(Qt.ItemDataRole.UserRole)
        self.blockSignals(True)
        self.clear()
        items = (
            []
            if self.session_id is None
            else self.workspace.items_of_kinds(self.session_id, ItemKind.BARRIER, ItemKind.IDEA)
        )
        ideas = [i for i in items if i.kind is ItemKind.IDEA]
        barriers = [i for i in items if i.kind is ItemKind.BARRIER]
        unanswered = unanswered_barriers(items)
        answered = [b for b in barriers if b not in unanswered]
        self._heading(self.tr("Not answered by any idea yet (%d)") % len(unanswered))
        if not barriers:
            self._note(self.tr("No barriers were captured."))
        for barrier in unanswered:
            self._barrier(barrier, "open", self._category(barrier))
        if answered:
            self._heading(self.tr("Answered (%d)") % len(answered))
        for barrier in answered:
            answers = [idea_caption(i) for i in ideas if barrier.id in i.barrier_ids]
            self._barrier(barrier, "answered", self.tr("Answered by: %s") % "; ".join(answers))
        for row in map(self.item, range(self.count())):
            if chosen_id is not None and row.data(Qt.ItemDataRole.UserRole) == chosen_id:
                self.setCurrentItem(row)
        self.blockSignals(False)

    def _category(self, barrier) -> str:
        return labels.category_name(barrier.category) if barrier.category else ""

    def _heading(self, text: str) -> None:
        row = QListWidgetItem(text)
        font = QFont(self.font())
        font.setBold(True)
        row.setFont(font)
        row.setFlags(Qt.ItemFlag.NoItemFlags)
        row.setForeground(self.palette().color(QPalette.ColorRole.Text))
        self.addItem(row)

    def _note(self, text: str) -> None:
        row = QListWidgetItem(text)
        row.setFlags(Qt.ItemFlag.NoItemFlags)
        self.addItem(row)

    def _barrier(self, barrier, state: str, detail: str) -> None:
        text = barrier.text if not detail else f"{barrier.text}\n    {detail}"
        row = QListWidgetItem(text)
        row.setData(Qt.ItemDataRole.UserRole, barrier.id)
        row.setData(Qt.ItemDataRole.UserRole + 1, state)
        if state == "answered":
            row.setForeground(self.palette().color(QPalette.ColorRole.PlaceholderText))
        self.addItem(row)

    def _current_changed(self, current: QListWidgetItem | None, _previous) -> None:
        if current is not None and current.data(Qt.ItemDataRole.UserRole) is not None:
            self.item_selected.emit(current.data(Qt.ItemDataRole.UserRole))
