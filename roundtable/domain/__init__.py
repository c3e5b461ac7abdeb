"""The domain: plain dataclasses and the rules of the format. Standard library only."""

from roundtable.domain.model import (
    ActionStatus,
    FollowUp,
    IdeaStatus,
    Item,
    ItemKind,
    Language,
    Participant,
    ParticipantTrace,
    Phase,
    PhasePlan,
    Sector,
    Session,
    SessionBundle,
    SessionStatus,
    SessionSummary,
    SpeakingTurn,
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
