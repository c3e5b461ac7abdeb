"""One row of the library. Apart from the rest of the model: a start reads and paints a
thousand of these before anything else of the domain is needed (app.py)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from roundtable.domain.vocabulary import Language, SessionStatus


@dataclass
class SessionSummary:
    """One row of the library: a session with its counts, cheap to list by the thousand."""

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
