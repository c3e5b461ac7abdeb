""" "Since last time": what the earlier sessions of a series left open, for the next one to go
through at its start (4minitz carries open action items into the next minutes)."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from roundtable.insights import selection
from roundtable.insights.followup import FollowUpRow, is_open, register

if TYPE_CHECKING:
    from roundtable.storage import SessionStore


def since_last_time(store: SessionStore, session_id: int, today: date) -> list[FollowUpRow]:
    """The open actions and ideas (neither done nor dropped) of the sessions of this one's
    series held before it, oldest session first; [] for a session in no series."""
    series = store.get_session(session_id).series
    if not series:
        return []
    bundles = selection.select(store, series=series)
    ids = [b.session.id for b in bundles]
    earlier = bundles[: ids.index(session_id)] if session_id in ids else bundles
    return [row for row in register(earlier, today) if is_open(row.item)]
