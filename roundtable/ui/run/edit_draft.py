"""An item's text being edited in place (F2, a double click), kept in the settings while it is
typed, as the capture line's is (capture_draft.py).

The edit is stored only on Enter; a crash or a flat battery before that lost it. Now it comes
back the next time the session's run page opens: the item's editor opens again with the text
as it was typed, for Enter to store or Esc to drop. An edit stored or dropped leaves the disk
at once. One edit per session, keyed by the session's uid, as the capture line's text.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QSettings, QTimer
from PySide6.QtWidgets import QLineEdit, QWidget

from roundtable.ui.run.capture_draft import DELAY_MS


class EditDraft(QObject):
    def __init__(self, settings: QSettings, delay: int = DELAY_MS, parent=None) -> None:
        super().__init__(parent)
        self._settings = settings
        self._session: str | None = None
        self._editor: QLineEdit | None = None
        self._item_id: int | None = None
        self._kept: tuple[int, str] | None = None  # came back, waiting for its editor
        self._timer = QTimer(self, singleShot=True, interval=delay)
        self._timer.timeout.connect(self.flush)

    def follow(self, session_uid: str | None) -> tuple[int, str] | None:
        """Edits are of that session's items now; the edit kept for it, if any: the item's
        id and the text typed. It goes into the item's editor when one opens (`started`)."""
        if session_uid == self._session:
            return None
        self.flush()
        self._session, self._kept = session_uid, None
        kept = None if session_uid is None else self._settings.value(_key(session_uid))
        if isinstance(kept, list) and len(kept) == 2 and str(kept[0]).isdigit():
            self._kept = (int(kept[0]), str(kept[1]))
        return self._kept

    def kept_item(self) -> int | None:
        """The item whose edit came back and waits for its editor."""
        return None if self._kept is None else self._kept[0]

    def kept_text(self) -> str:
        return "" if self._kept is None else self._kept[1]

    def drop_kept(self) -> None:
        """The kept edit cannot come back (its item is gone): off the disk."""
        self._kept = None
        self._forget()

    def started(self, item_id: int, editor: QWidget) -> None:
        """An editor opened on the item: what is typed in it is kept after a pause."""
        if not isinstance(editor, QLineEdit):
            return
        self._editor, self._item_id = editor, item_id
        editor.textEdited.connect(lambda _text: self._timer.start())

    def bring_back(self) -> bool:
        """Put the kept text into the editor just opened on its item (after the editor was
        given the stored text); whether it went in."""
        kept, self._kept = self._kept, None
        if kept is None or self._editor is None or self._item_id != kept[0]:
            return False
        self._editor.setText(kept[1])
        self._editor.end(False)  # typing goes on where it stopped, not over the whole text
        # Once the page is shown (a start opens it after this): typing goes on in the edit.
        QTimer.singleShot(0, self._editor, self._editor.setFocus)
        return True

    def stopped(self) -> None:
        """The editor closed: its text was stored (Enter) or dropped (Esc)."""
        self._timer.stop()
        self._editor = self._item_id = None
        self._forget()

    def flush(self) -> None:
        """Keep the editor's text now."""
        self._timer.stop()
        if self._session is None or self._editor is None or self._item_id is None:
            return
        self._settings.setValue(_key(self._session), [str(self._item_id), self._editor.text()])
        self._settings.sync()

    def _forget(self) -> None:
        if self._session is not None and self._settings.contains(_key(self._session)):
            self._settings.remove(_key(self._session))
            self._settings.sync()


def forget_edit(settings: QSettings, session_uid: str) -> None:
    """A deleted session's edit leaves the disk with it."""
    settings.remove(_key(session_uid))
    settings.sync()


def _key(session_uid: str) -> str:
    return f"editing/{session_uid}"
