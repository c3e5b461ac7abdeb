"""One row of the library. Apart from the rest of the model: a start reads and paints a
thousand of these before anything else of the domain is needed (app.py)."""

from __future__ import annotations

from datetime import datetime
from typing import NamedTuple

from roundtable.domain.vocabulary import Language, SessionStatus


class SessionSummary(NamedTuple):
    """One row of the library: a session with its counts, cheap to list by the thousand.

    A named tuple, not a dataclass: it is the one record a start needs before its first
    paint, and a dataclass costs that start the `dataclasses` module and compiling its
    methods, about 3 ms."""

    id: int
    title: str
    theme: str
    host: str
    starts_at: datetime | None
    status: SessionStatus
    language: Language
    item_count: int
    participant_count: int
    updated_at: datetime | None = None
    uid: str = ""
    revised_at: datetime | None = None
    series: str = ""
