"""Every user change as an edit: applied in one transaction, knows its undo, and says what
changed. Qt-free: the UI's QUndoStack only wraps these.

The edits themselves are imported on first use (PEP 562): a start paints the library before
any edit is made, and the views only need `Aspect` and `Changes`.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from roundtable.edits.base import Combined, Edit
from roundtable.edits.changes import ALL_ASPECTS, Aspect, Changes

if TYPE_CHECKING:
    from roundtable.edits.followup import AddTheme, SetFollowUpStatus, SetSeries
    from roundtable.edits.items import AddItem, DeleteItem, MoveItem, UpdateItem
    from roundtable.edits.library import (
        CreateSession,
        DeleteSession,
        DuplicateSession,
        ImportSession,
    )
    from roundtable.edits.participants import (
        AddParticipants,
        DeleteParticipant,
        UpdateParticipant,
    )
    from roundtable.edits.pins import SetBuildsOn, SetPinned, SetStanding
    from roundtable.edits.progress import Finish, MoveToPhase, ReopenSession
    from roundtable.edits.series import NextInSeries
    from roundtable.edits.session import SetPlannedMinutes, UpdateSession
    from roundtable.edits.speakers import NextSpeaker, SetQueue

_MODULE_OF = {
    **dict.fromkeys(("AddItem", "DeleteItem", "MoveItem", "UpdateItem"), "items"),
    **dict.fromkeys(
        ("CreateSession", "DeleteSession", "DuplicateSession", "ImportSession"), "library"
    ),
    **dict.fromkeys(("AddParticipants", "DeleteParticipant", "UpdateParticipant"), "participants"),
    **dict.fromkeys(("Finish", "MoveToPhase", "ReopenSession"), "progress"),
    **dict.fromkeys(("AddTheme", "SetFollowUpStatus", "SetSeries"), "followup"),
    **dict.fromkeys(("SetBuildsOn", "SetPinned", "SetStanding"), "pins"),
    **dict.fromkeys(("NextInSeries",), "series"),
    **dict.fromkeys(("SetPlannedMinutes", "UpdateSession"), "session"),
    **dict.fromkeys(("NextSpeaker", "SetQueue"), "speakers"),
}


def __getattr__(name: str) -> Any:
    module = _MODULE_OF.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f"{__name__}.{module}"), name)
    globals()[name] = value
    return value


__all__ = [
    "ALL_ASPECTS",
    "AddItem",
    "AddParticipants",
    "AddTheme",
    "Aspect",
    "Changes",
    "Combined",
    "CreateSession",
    "DeleteItem",
    "DeleteParticipant",
    "DeleteSession",
    "DuplicateSession",
    "Edit",
    "Finish",
    "ImportSession",
    "MoveItem",
    "MoveToPhase",
    "NextInSeries",
    "NextSpeaker",
    "ReopenSession",
    "SetBuildsOn",
    "SetFollowUpStatus",
    "SetPinned",
    "SetPlannedMinutes",
    "SetQueue",
    "SetSeries",
    "SetStanding",
    "UpdateItem",
    "UpdateParticipant",
    "UpdateSession",
]
