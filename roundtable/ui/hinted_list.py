"""A list that says what belongs in it while it is empty, and wraps its lines.

A blank pane beside a table or a list gives no clue that choosing something there fills it;
the hint, in the placeholder colour, does (as QLineEdit's placeholder text does)."""

from __future__ import annotations

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QPainter, QPalette
from PySide6.QtWidgets import QListWidget, QWidget


class HintedList(QListWidget):
    MARGIN = 12

    def __init__(self, hint: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._hint = hint
        # Whole lines, wrapped to the pane's width: a cut name needs the scrollbar to read.
        self.setWordWrap(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

    def hint(self) -> str:
        return self._hint

    def set_hint(self, hint: str) -> None:
        if hint != self._hint:
            self._hint = hint
            self.viewport().update()

    def paintEvent(self, event) -> None:
        super().paintEvent(event)
        if self.count() or not self._hint:
            return
        painter = QPainter(self.viewport())
        painter.setPen(self.palette().color(QPalette.ColorRole.PlaceholderText))
        area = self.viewport().rect().adjusted(self.MARGIN, self.MARGIN, -self.MARGIN, 0)
        painter.drawText(
            QRect(area),
            Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap,
            self._hint,
        )
