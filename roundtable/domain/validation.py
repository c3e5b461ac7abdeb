"""Value rules shared by the store and the session-file reader.

Each function returns (field, message) pairs; an empty list means the value is acceptable.
The session-file reader prefixes them with a JSON path, the store raises them.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime

from roundtable.domain import rules
from roundtable.domain.model import (
    IdeaStatus,
    Item,
    ItemKind,
    Participant,
    PhasePlan,
    Session,
    SpeakingTurn,
)

Problems = list[tuple[str, str]]


def _length(value: str, low: int, high: int) -> str | None:
    if not low <= len(value) <= high:
        return f"must be {low}–{high:,} characters long, not {len(value):,}"
    return None


def _order(start: datetime | None, end: datetime | None) -> str | None:
    if start is not None and end is not None and end < start:
        return "is before started_at"
    return None


def instant_problem(value: datetime) -> str | None:
    """A date-time must be expressible in UTC, which is how it is sorted."""
    try:
        value.astimezone(UTC)
    except OverflowError:
        return "is too close to the ends of the calendar (years 1 and 9999)"
    return None


def session_problems(session: Session) -> Problems:
    out: Problems = []
    if msg := _length(session.title, 1, rules.TITLE_MAX):
        out.append(("title", msg))
    if session.starts_at is not None and (msg := instant_problem(session.starts_at)):
        out.append(("starts_at", msg))
    return out


def phase_problems(plan: PhasePlan) -> Problems:
    out: Problems = []
    if not rules.MINUTES_MIN <= plan.planned_minutes <= rules.MINUTES_MAX:
        out.append(
            (
                "planned_minutes",
                f"must be {rules.MINUTES_MIN}–{rules.MINUTES_MAX}, not {plan.planned_minutes}",
            )
        )
    if msg := _order(plan.started_at, plan.ended_at):
        out.append(("ended_at", msg))
    return out


def participant_problems(participant: Participant) -> Problems:
    if not participant.name.strip():
        return [("name", "must not be empty")]
    return []


def item_problems(item: Item) -> Problems:
    out: Problems = []
    if not rules.kind_fits_phase(item.kind, item.phase):
        out.append(("kind", f'"{item.kind}" does not belong in the phase "{item.phase}"'))
    if msg := _length(item.text, 1, rules.TEXT_MAX):
        out.append(("text", msg))
    if item.votes is not None and not 0 <= item.votes <= rules.VOTES_MAX:
        out.append(("votes", f"must be 0–{rules.VOTES_MAX:,}, not {item.votes}"))
    for name in ("impact", "effort"):
        value = getattr(item, name)
        if value is not None and not rules.SCORE_MIN <= value <= rules.SCORE_MAX:
            out.append((name, f"must be {rules.SCORE_MIN}–{rules.SCORE_MAX}, not {value}"))
    return out


def turn_problems(turn: SpeakingTurn) -> Problems:
    if msg := _order(turn.started_at, turn.ended_at):
        return [("ended_at", msg)]
    return []


def normalized_item(item: Item) -> Item:
    """The item with the fields that do not apply to its kind cleared, and idea defaults set."""
    is_idea = item.kind is ItemKind.IDEA
    return replace(
        item,
        category=item.category if item.kind in rules.CATEGORY_KINDS else "",
        votes=(item.votes or 0) if is_idea else None,
        impact=item.impact if is_idea else None,
        effort=item.effort if is_idea else None,
        addresses=list(item.addresses) if is_idea else [],
        next_step=item.next_step if is_idea else "",
        status=(item.status or IdeaStatus.PROPOSED) if is_idea else None,
        owner=item.owner if item.kind in rules.OWNER_KINDS else None,
        due=item.due if item.kind in rules.DUE_KINDS else None,
    )
