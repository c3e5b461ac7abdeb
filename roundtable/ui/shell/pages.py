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
