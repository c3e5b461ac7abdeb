"""The capture line's text not captured yet, kept in the settings while it is typed.

A quit with a half-typed line, a crash or a flat battery would lose it: it comes back the
next time the session's run page opens. One text per session, keyed by the session's uid (a
restored backup may give a new session an old id), gone once captured or cleared.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QSettings, QTimer
from PySide6.QtWidgets import QLineEdit

DELAY_MS = 1000  # a pause in typing; the last second typed before a crash is the price


class CaptureDraft(QObject):
    def __init__(self, line: QLineEdit, settings: QSettings, delay: int = DELAY_MS) -> None:
        super().__init__(line)
        self._line, self._settings = line, settings
        self._session: str | None = None
        self._timer = QTimer(self, singleShot=True, interval=delay)
        self._timer.timeout.connect(self.flush)
        line.textChanged.connect(self._changed)

    def follow(self, session_uid: str | None) -> bool:
        """The line types for that session now; whether a kept text came back into it."""
        if session_uid == self._session:
            return False
        self.flush()
        self._session = session_uid
        kept = "" if session_uid is None else self._settings.value(_key(session_uid), "")
        self._line.setText(str(kept or ""))
        self._timer.stop()  # what was just set is what is kept
        return bool(kept)

    def _changed(self, text: str) -> None:
        # Emptied (captured, or cleared): off the disk at once, or a crash would bring back
        # a line already captured. Typing waits for a pause.
        if text.strip():
            self._timer.start()
        else:
            self.flush()

    def flush(self) -> None:
        """Keep the line's text now (or forget it when the line is empty)."""
        self._timer.stop()
        if self._session is None:
            return
        key, text = _key(self._session), self._line.text()
        if text.strip():
            if self._settings.value(key) != text:
                self._settings.setValue(key, text)
                self._settings.sync()
        elif self._settings.contains(key):
            self._settings.remove(key)
            self._settings.sync()


def forget_draft(settings: QSettings, session_uid: str) -> None:
    """A deleted session's text leaves the disk with it."""
    settings.remove(_key(session_uid))
    settings.sync()


def _key(session_uid: str) -> str:
    return f"drafts/{session_uid}"
