"""The domain: plain dataclasses and the rules of the format. Standard library only.

The names below come from `model` on first use (PEP 562): a start imports only the library's
row (`summary`) and the vocabularies before its first paint.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
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


def __getattr__(name: str) -> Any:
    if name not in __all__:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    from roundtable.domain import model

    value = getattr(model, name)
    globals()[name] = value
    return value
