"""The capture line's text not captured yet, kept in the settings while it is typed.

A quit with a half-typed line, a crash or a flat battery would lose it: it comes back the
next time the session's run page opens, with the kind it was typed as (a barrier typed back
as a note would be filed wrongly by the next Enter). One text per session, keyed by the
session's uid (a restored backup may give a new session an old id), gone once captured or
cleared.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QSettings, QTimer
from PySide6.QtWidgets import QLineEdit

DELAY_MS = 1000  # a pause in typing; the last second typed before a crash is the price


class CaptureDraft(QObject):
    def __init__(
        self,
        line: QLineEdit,
        settings: QSettings,
        kind: Callable[[], str] = lambda: "",
        delay: int = DELAY_MS,
    ) -> None:
        """`kind`: the kind the line captures as now, kept beside its text."""
        super().__init__(line)
        self._line, self._settings, self._kind = line, settings, kind
        self._session: str | None = None
        self.kept_kind = ""  # the kind a kept text came back with, until the page takes it
        self._timer = QTimer(self, singleShot=True, interval=delay)
        self._timer.timeout.connect(self.flush)
        line.textChanged.connect(self._changed)

    def follow(self, session_uid: str | None) -> bool:
        """The line types for that session now; whether a kept text came back into it."""
        if session_uid == self._session:
            return False
        self.flush()
        self._session = session_uid
        kept = None if session_uid is None else self._settings.value(_key(session_uid))
        # [text, kind]; a text alone from before kinds were kept
        text, kind = (kept, "") if isinstance(kept, str) else [*(kept or []), "", ""][:2]
        self._line.setText(str(text or ""))
        self.kept_kind = str(kind or "") if text else ""
        self._timer.stop()  # what was just set is what is kept
        return bool(text)

    def kind_changed(self) -> None:
        """The line now captures as another kind: kept with the text after a pause."""
        self._changed(self._line.text())

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
            kept = [text, self._kind()]
            if self._settings.value(key) != kept:
                self._settings.setValue(key, kept)
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
