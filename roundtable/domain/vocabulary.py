"""The closed vocabularies of the format: phases, kinds of item, sectors, statuses and
languages. Their values are what the session file and the database hold."""

from __future__ import annotations

from enum import StrEnum


class Phase(StrEnum):
    NARRATIVE = "narrative"
    BARRIERS_OPPORTUNITIES = "barriers_opportunities"
    IDEAS = "ideas"


class ItemKind(StrEnum):
    NOTE = "note"
    QUOTE = "quote"
    QUESTION = "question"
    BARRIER = "barrier"
    OPPORTUNITY = "opportunity"
    IDEA = "idea"
    ACTION = "action"


class Sector(StrEnum):
    MUNICIPAL = "municipal"
    PRIVATE = "private"
    OTHER = "other"


class SessionStatus(StrEnum):
    PLANNED = "planned"
    RUNNING = "running"
    COMPLETED = "completed"


class IdeaStatus(StrEnum):
    PROPOSED = "proposed"
    IN_PROGRESS = "in_progress"
    DONE = "done"
    DROPPED = "dropped"


class ActionStatus(StrEnum):
    OPEN = "open"
    DONE = "done"
    DROPPED = "dropped"


class Language(StrEnum):
    DA = "da"
    EN = "en"
