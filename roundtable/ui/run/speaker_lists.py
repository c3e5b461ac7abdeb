"""The speaker panel's lists: the queue of waiting hands and keys on it, and the height that
shows a number of whole rows."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QListView, QListWidget


class QueueList(QListWidget):
    """The waiting hands; Delete lowers one, Alt+Up/Down moves it, Enter gives it the word."""

    lower_requested = Signal(int)
    move_requested = Signal(int, int)
    speak_requested = Signal(int)
    dropped = Signal()

    def _current_id(self) -> int | None:
        item = self.currentItem()
        return None if item is None else item.data(Qt.ItemDataRole.UserRole)

    def keyPressEvent(self, event) -> None:
        chosen = self._current_id()
        alt = event.modifiers() & Qt.KeyboardModifier.AltModifier
        if chosen is not None and event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            self.lower_requested.emit(chosen)
        elif chosen is not None and alt and event.key() in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            self.move_requested.emit(chosen, -1 if event.key() == Qt.Key.Key_Up else 1)
        elif chosen is not None and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.speak_requested.emit(chosen)
        else:
            super().keyPressEvent(event)

    def dropEvent(self, event) -> None:
        super().dropEvent(event)
        self.dropped.emit()


def rows_high(view: QListView, rows: int) -> int:
    """The height that shows `rows` whole rows of the list's font (the style sheet's)."""
    row = view.fontMetrics().height() + 12
    return rows * row + 2 * view.frameWidth() + 4
