"""What an edit changed: which sessions, and which aspects of them.

Views watch aspects of the session they show and re-read only when a change touches them
(Anki's `OpChanges` is the model). Qt-free, so the edits and their tests need no Qt.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum


class Aspect(StrEnum):
    LIBRARY = "library"  # the list of sessions: added, removed, renamed, counts
    SESSION = "session"  # a session's own fields, its phases and status
    PARTICIPANTS = "participants"
    ITEMS = "items"
    TURNS = "turns"  # speaking turns
    QUEUE = "queue"  # raised hands
    SERIES = "series"  # a series' own text: the organiser's synthesis


ALL_ASPECTS = frozenset(Aspect)


@dataclass(frozen=True)
class Changes:
    """`sessions` None means every session (another program changed the database)."""

    sessions: frozenset[int] | None = frozenset()
    aspects: frozenset[Aspect] = frozenset()
    # The only items added, changed or removed, when the edit knows (a capture); None: any
    # item of the sessions may have. A list of many items then reads only these again. A
    # hint, not part of what changed: two Changes that differ only here are equal.
    items: frozenset[int] | None = field(default=None, compare=False)

    @classmethod
    def of(cls, session_id: int | None, *aspects: Aspect) -> Changes:
        sessions = frozenset() if session_id is None else frozenset({session_id})
        return cls(sessions, frozenset(aspects))

    @classmethod
    def everything(cls) -> Changes:
        return cls(None, ALL_ASPECTS)

    def __or__(self, other: Changes) -> Changes:
        if self.sessions is None or other.sessions is None:
            sessions = None
        else:
            sessions = self.sessions | other.sessions
        items = None
        if self.items is not None and other.items is not None:
            items = self.items | other.items
        elif not self.aspects or not other.aspects:  # one of them changed nothing
            items = self.items if self.aspects else other.items
        return Changes(sessions, self.aspects | other.aspects, items)

    def __bool__(self) -> bool:
        return bool(self.aspects)

    def touches(self, session_id: int | None, aspects: frozenset[Aspect] | set[Aspect]) -> bool:
        """Whether a view of `session_id` that watches `aspects` must re-read."""
        if not self.aspects & set(aspects):
            return False
        if Aspect.LIBRARY in aspects and Aspect.LIBRARY in self.aspects:
            return True  # the library follows every session
        return session_id is not None and (self.sessions is None or session_id in self.sessions)
