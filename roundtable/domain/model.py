"""The things a roundtable session is made of.

Ids are integers assigned by the store. A `SessionBundle` read from a session file uses
the same classes with ids local to the bundle (1, 2, 3 …); the store maps them to its own.
The vocabularies (vocabulary.py) and the library's row (summary.py) are modules of their own,
for a start to load alone; every name is importable from here.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

from roundtable.domain.summary import SessionSummary
from roundtable.domain.vocabulary import (
    ActionStatus,
    IdeaStatus,
    ItemKind,
    Language,
    Phase,
    Sector,
    SessionStatus,
)

__all__ = [
    "ActionStatus",
    "FollowUp",
    "IdeaStatus",
    "Item",
    "ItemKind",
    "Language",
    "Participant",
    "ParticipantTrace",
    "Phase",
    "PhasePlan",
    "Sector",
    "Session",
    "SessionBundle",
    "SessionStatus",
    "SessionSummary",
    "SpeakingTurn",
]


@dataclass
class Session:
    title: str
    theme: str = ""
    host: str = ""
    venue: str = ""
    starts_at: datetime | None = None
    language: Language = Language.DA
    facilitator: str = ""
    status: SessionStatus = SessionStatus.PLANNED
    chatham_house: bool = False
    summary: str = ""
    # Why the session is held and for whom: the minutes' opening paragraph.
    purpose: str = ""
    # The next meeting or follow-up date, who wrote the minutes and who receives them.
    next_meeting: date | None = None
    minute_taker: str = ""
    distribution: str = ""
    series: str = ""
    id: int | None = None
    created_at: datetime | None = None
    updated_at: datetime | None = None
    # Identity across installations (docs/session-format.md): kept exactly on import and
    # export. Empty until the store or a session file gives them.
    uid: str = ""
    revision: str = ""
    revisions: list[str] = field(default_factory=list)  # the lineage, oldest first
    revised_at: datetime | None = None


@dataclass
class FollowUp:
    """One dated step of an idea's or action's follow-up history."""

    at: datetime
    status: str
    note: str = ""


@dataclass
class PhasePlan:
    phase: Phase
    planned_minutes: int
    started_at: datetime | None = None
    ended_at: datetime | None = None


@dataclass
class Participant:
    name: str
    organisation: str = ""
    role: str = ""
    sector: Sector = Sector.OTHER
    id: int | None = None
    session_id: int | None = None
    # "Also written as": nicknames, initials, a short company name, hidden with the name
    # under the Chatham House Rule.
    aliases: list[str] = field(default_factory=list)


@dataclass
class Item:
    phase: Phase
    kind: ItemKind
    text: str
    title: str = ""
    by_id: int | None = None
    category: str = ""
    # Idea fields; None where they do not apply or were not given.
    votes: int | None = None
    impact: int | None = None
    effort: int | None = None
    barrier_ids: list[int] = field(default_factory=list)  # the barriers this idea answers
    next_step: str = ""
    # An idea's IdeaStatus or an action's ActionStatus.
    status: IdeaStatus | ActionStatus | None = None
    # Idea and action: a participant, or someone outside the table (not both).
    owner_id: int | None = None
    owner_text: str = ""
    outcome: str = ""
    followups: list[FollowUp] = field(default_factory=list)
    # Action.
    due: date | None = None
    # All kinds: the organiser's cross-session themes.
    themes: list[str] = field(default_factory=list)
    # Idea, barrier, opportunity: a headline of the organiser's synthesis.
    pinned: bool = False
    # The uid of an earlier item (usually another session's) this one takes further.
    builds_on: str = ""
    # All kinds: a standing item of a series, carried into the next session of it.
    standing: bool = False
    uid: str = ""
    id: int | None = None
    session_id: int | None = None
    position: int = 0


@dataclass
class SpeakingTurn:
    by_id: int
    started_at: datetime
    ended_at: datetime | None = None
    id: int | None = None
    session_id: int | None = None


@dataclass
class SessionBundle:
    """Everything one session holds: what a session file carries."""

    session: Session
    phases: list[PhasePlan]
    participants: list[Participant] = field(default_factory=list)
    items: list[Item] = field(default_factory=list)
    speaking_turns: list[SpeakingTurn] = field(default_factory=list)


@dataclass
class ParticipantTrace:
    """A participant with everything that points at them: what undoing a deletion restores."""

    participant: Participant
    position: int
    raised: list[int] = field(default_factory=list)
    owned: list[int] = field(default_factory=list)
    turns: list[SpeakingTurn] = field(default_factory=list)
    hand: int | None = None  # their place in the speaker queue, if a hand was raised
