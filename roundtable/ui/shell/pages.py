"""The names of the main window's pages, and where the last run left off ("last/page")."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtCore import QSettings

LIBRARY, SETUP, RUN, OVERVIEW = "library", "setup", "run", "overview"


def last_place(settings: QSettings) -> tuple[int | None, str]:
    """The session and page the last run left off in: a session's set-up or run, else
    (None, LIBRARY)."""
    session_id = settings.value("last/session", None)
    page = settings.value("last/page", LIBRARY)
    try:
        session_id = int(session_id) if session_id is not None else None
    except (TypeError, ValueError):
        session_id = None
    if session_id is None or page not in (SETUP, RUN):
        return None, LIBRARY
    return session_id, page


def opens_a_session(settings: QSettings) -> bool:
    """Whether the window will open where the last run left off rather than in the library."""
    return last_place(settings)[0] is not None


def remember_place(settings: QSettings, session_id: int | None, page: str) -> None:
    """Where the window is now, written when it changes: on the disk at once, not only on
    close, so that after a crash or a flat battery the next start opens the meeting."""
    stored = (settings.value("last/session"), settings.value("last/page"))
    if list(map(str, stored)) != list(map(str, (session_id, page))):
        settings.setValue("last/session", session_id)
        settings.setValue("last/page", page)
        settings.sync()
