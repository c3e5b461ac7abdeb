"""The phase timer's pause, kept in the settings so that it outlives the timer.

A pause (a coffee break, a fire drill) lived in the timer alone: a crash, a flat battery or
a look at another session during the break lost it, and the timer then counted the break
as the phase's time. It is kept per session (by uid, as the capture line's draft) and
phase, for the run of the phase that started when it says: a phase started again is timed
anew. A timer never paused keeps nothing.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from PySide6.QtCore import QSettings

from roundtable.domain.model import Phase


def kept_pause(
    settings: QSettings, session_uid: str, phase: Phase, started_at: datetime
) -> tuple[timedelta, datetime | None]:
    """The pauses that have ended and the one going on, for the phase run started then."""
    value = settings.value(_key(session_uid, phase))
    try:
        started, seconds, since = value
        if started != started_at.isoformat():
            return timedelta(), None
        return timedelta(seconds=float(seconds)), datetime.fromisoformat(since) if since else None
    except (TypeError, ValueError):  # nothing kept, or a value no version wrote
        return timedelta(), None


def keep_pause(
    settings: QSettings,
    session_uid: str,
    phase: Phase,
    started_at: datetime,
    paused_for: timedelta,
    paused_since: datetime | None,
) -> None:
    """On the disk at once: the pause is taken when the room gets up, the crash any time."""
    since = paused_since.isoformat() if paused_since is not None else ""
    value = [started_at.isoformat(), str(paused_for.total_seconds()), since]
    settings.setValue(_key(session_uid, phase), value)
    settings.sync()


def forget_pauses(settings: QSettings, session_uid: str) -> None:
    """A deleted session's pauses leave the disk with it."""
    settings.remove(f"timer/{session_uid}")
    settings.sync()


def _key(session_uid: str, phase: Phase) -> str:
    return f"timer/{session_uid}/{phase.value}"
