"""Views that re-read only while someone can see them.

Every capture changes the session; re-reading the ranking, the matrix and the barriers while
they sit in hidden tabs would cost the facilitator time on every Enter. A hidden view notes
that it is stale and re-reads when it is shown.
"""

from __future__ import annotations

from collections.abc import Callable


class ReadWhenShown:
    """Mix into a QWidget subclass, before it: `class V(ReadWhenShown, QListWidget)`."""

    _stale_read: Callable[[], None] | None = None

    def read_when_shown(self, read: Callable[[], None]) -> None:
        if self.isVisible():
            self._stale_read = None
            read()
        else:
            self._stale_read = read

    def showEvent(self, event) -> None:
        read, self._stale_read = self._stale_read, None
        if read is not None:
            read()
        super().showEvent(event)
