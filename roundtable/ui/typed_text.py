"""What is typed is stored as it is typed: one free-text editor, stored after each burst.

Storing only when a field is left lost a summary exported with the cursor still in the box.
A burst of typing (keys with pauses shorter than `DELAY_MS`) becomes one stored, undoable
edit; `flush_typing` stores every burst still waiting before an export, the finish, a page
or session change and the close.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import QLineEdit, QPlainTextEdit

DELAY_MS = 300

TextEditor = QLineEdit | QPlainTextEdit


class TypedText(QObject):
    """Stores `editor`'s text through `store` after each burst of typing and when it is left.

    Views show what is stored through `show`, which never overwrites a burst still waiting
    (nor trims the space just typed at the end of a word). `left` says the editor was left
    (or Enter pressed in a line), its text stored: a view may now show what the store kept
    of a refused value, which it would not do mid-word."""

    left = Signal()

    def __init__(
        self, editor: TextEditor, store: Callable[[str], None], delay: int = DELAY_MS
    ) -> None:
        super().__init__(editor)
        self.editor = editor
        self._store = store
        self._showing = False
        self._timer = QTimer(self, singleShot=True, interval=delay)
        self._timer.timeout.connect(self._due)
        if isinstance(editor, QLineEdit):
            editor.textEdited.connect(self._typed)
            editor.editingFinished.connect(self._finished)
        else:
            editor.textChanged.connect(self._typed)
        editor.installEventFilter(self)

    def text(self) -> str:
        editor = self.editor
        return editor.text() if isinstance(editor, QLineEdit) else editor.toPlainText()

    def pending(self) -> bool:
        return self._timer.isActive()

    def flush(self) -> None:
        """Store the burst still waiting, if any."""
        if self._timer.isActive():
            self._timer.stop()
            self._store(self.text())

    def _due(self) -> None:
        # The pause after a burst. Not flush(): storing re-shows the item, which flushes every
        # editor again, and sender() would still say the timer there: it stored without end.
        self._store(self.text())

    def discard(self) -> None:
        """Forget a waiting burst (the editor is about to show something else)."""
        self._timer.stop()

    def show(self, stored: str) -> None:
        """Show the stored text, unless a burst is waiting or the editor already says it."""
        if self.pending() or self.text().strip() == stored.strip():
            return
        self._showing = True
        try:
            if isinstance(self.editor, QLineEdit):
                self.editor.setText(stored)
            else:
                self.editor.setPlainText(stored)
        finally:
            self._showing = False

    def _typed(self, *_args: object) -> None:
        if not self._showing:
            self._timer.start()

    def _finished(self) -> None:
        self._timer.stop()
        self._store(self.text())
        self.left.emit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.editor and event.type() == QEvent.Type.FocusOut:
            self.flush()
            self.left.emit()
        return False


def flush_typing(root: QObject) -> None:
    """Store every burst of typing still waiting in `root`'s editors."""
    for typed in root.findChildren(TypedText):
        typed.flush()
    from roundtable.ui.date_field import DateField  # a date is typed too ("+14d")

    for field in root.findChildren(DateField):
        field.flush()
