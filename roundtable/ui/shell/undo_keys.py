"""Ctrl+Z in a line with nothing of its own to undo undoes the last change of the session.

A QLineEdit claims the undo keys whether or not it has typing to undo; after a capture the
line is empty, and the facilitator's Ctrl+Z means "take back what I just stored". The empty
capture line's Ctrl+Z is always the meeting's: text deleted there earlier came back instead
of the owner just changed, and one Enter then stored it. Its redo stays the line's while it
has one (the typing Ctrl+Z just took back).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QLineEdit


class UndoFallThrough(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ShortcutOverride and isinstance(watched, QLineEdit):
            undo = event.matches(QKeySequence.StandardKey.Undo)
            redo = event.matches(QKeySequence.StandardKey.Redo)
            own = (undo and watched.isUndoAvailable()) or (redo and watched.isRedoAvailable())
            if undo and watched.objectName() == "captureLine" and not watched.text():
                own = False
            if (undo or redo) and not own:
                return True  # left unaccepted: the window's undo shortcut runs
        return False
