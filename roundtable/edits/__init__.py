"""Every user change as an edit: applied in one transaction, knows its undo, and says what
changed. Qt-free: the UI's QUndoStack only wraps these."""

from roundtable.edits.base import Combined, Edit
from roundtable.edits.changes import ALL_ASPECTS, Aspect, Changes
from roundtable.edits.followup import AddTheme, SetFollowUpStatus, SetSeries
from roundtable.edits.items import AddItem, DeleteItem, MoveItem, UpdateItem
from roundtable.edits.library import CreateSession, DeleteSession, DuplicateSession, ImportSession
from roundtable.edits.participants import AddParticipants, DeleteParticipant, UpdateParticipant
from roundtable.edits.progress import Finish, MoveToPhase, ReopenSession
from roundtable.edits.session import SetPlannedMinutes, UpdateSession
from roundtable.edits.speakers import NextSpeaker, SetQueue

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
    "NextSpeaker",
    "ReopenSession",
    "SetFollowUpStatus",
    "SetPlannedMinutes",
    "SetQueue",
    "SetSeries",
    "UpdateItem",
    "UpdateParticipant",
    "UpdateSession",
]
