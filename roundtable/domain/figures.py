"""Figures derived from a session: idea ranking, phase durations, speaking time.

Shared by the minutes and (later) the live views, so both count the same way.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import timedelta
from enum import StrEnum

from roundtable.domain.model import Item, ItemKind, Participant, PhasePlan, Sector, SpeakingTurn
from roundtable.domain.rules import SCORE_MAX, SCORE_MIN
from roundtable.domain.validation import as_aware

MIDDLE_SCORE = (SCORE_MIN + SCORE_MAX) // 2

CAPTION_WORDS = 8  # an idea without a title is named by the start of its text
# Where the caption has lines to wrap on (the minutes' tables, the finish page's recap): eight
# words cut "Fælles testlab for velfærdsteknologi på tværs af tre …" with room to spare.
LONG_CAPTION_WORDS = 24


def idea_name(idea: Item) -> str:
    """An idea's title, or its whole text when it has none, on one line: for a line that
    cuts it to the room it has (the presenter screen) rather than to a number of words."""
    return " ".join((idea.title if idea.title.strip() else idea.text).split())


def idea_caption(idea: Item, words: int = CAPTION_WORDS) -> str:
    """What an idea is called: its title, or the first `words` words of its text."""
    if idea.title.strip():
        return idea_name(idea)
    said = idea.text.split()
    shown = " ".join(said[:words])
    return shown + " …" if len(said) > words else shown


def ranked_ideas(items: Iterable[Item]) -> list[Item]:
    """The ideas, most votes first; ideas with equal votes keep the order they were captured in."""
    ideas = [item for item in items if item.kind is ItemKind.IDEA]
    # sorted() is stable, so ties stay in capture order.
    return sorted(ideas, key=lambda idea: -(idea.votes or 0))


def shown_with_ties(ranked: Sequence[Item], limit: int) -> int:
    """How many of the `ranked` ideas to show when `limit` are room for: every idea with as
    many votes as the last one shown comes too, or one idea of a tie is shown and its equal
    is not. Ideas without votes are no tie to extend: thirty of them would all come."""
    count = min(limit, len(ranked))
    last = (ranked[count - 1].votes or 0) if count else 0
    while last and count < len(ranked) and (ranked[count].votes or 0) == last:
        count += 1
    return count


def shared_places(ranked: Sequence[Item]) -> list[int | None]:
    """The place of each of the `ranked` ideas (as `ranked_ideas` orders them). Ideas with
    equal votes share a place, and the next place counts them all: 1, 2, 2, 4. An idea
    without a vote has no place (None): before any vote every idea read as sharing the
    first, "1. 1. 1." on the projector and in the minutes."""
    places: list[int | None] = []
    for n, idea in enumerate(ranked):
        before = ranked[n - 1] if n else None
        tied = before is not None and (before.votes or 0) == (idea.votes or 0)
        places.append(places[-1] if tied else n + 1)
    return [place if idea.votes else None for place, idea in zip(places, ranked, strict=True)]


def place_text(place: int | None) -> str:
    """A place as a ranking shows it: its number, or a dash for an idea without votes."""
    return "–" if place is None else str(place)


class Quadrant(StrEnum):
    """Where an idea falls on the impact/effort matrix, as the matrix view draws it."""

    QUICK_WIN = "quick_win"  # high impact, low effort
    BIG_BET = "big_bet"  # high impact, high effort
    FILL_IN = "fill_in"  # low impact, low effort
    MONEY_PIT = "money_pit"  # low impact, high effort


def quadrant(idea: Item) -> Quadrant | None:
    """The idea's quadrant, or None until it has both scores.

    The middle score sits on the matrix's centre line; it counts as high impact and low
    effort, so an idea is only called a money pit when both scores say so.
    """
    if idea.impact is None or idea.effort is None:
        return None
    high = idea.impact >= MIDDLE_SCORE
    low = idea.effort <= MIDDLE_SCORE
    if high:
        return Quadrant.QUICK_WIN if low else Quadrant.BIG_BET
    return Quadrant.FILL_IN if low else Quadrant.MONEY_PIT


def phase_duration(plan: PhasePlan) -> timedelta | None:
    """How long the phase actually ran, or None when it has not both started and ended."""
    if plan.started_at is None or plan.ended_at is None:
        return None
    return as_aware(plan.ended_at) - as_aware(plan.started_at)


@dataclass
class Talk:
    """Speaking time and number of finished turns."""

    time: timedelta = field(default_factory=timedelta)
    turns: int = 0

    def add(self, length: timedelta) -> None:
        self.time += length
        self.turns += 1


@dataclass
class SpeakingTime:
    by_participant: dict[int, Talk]
    by_sector: dict[Sector, Talk]
    total: Talk

    def share(self, talk: Talk) -> float:
        """`talk` as a fraction of all speaking time (0 when nobody spoke)."""
        whole = self.total.time.total_seconds()
        return talk.time.total_seconds() / whole if whole else 0.0


def speaking_time(
    participants: Iterable[Participant], turns: Iterable[SpeakingTurn]
) -> SpeakingTime:
    """Speaking time per participant and per sector, counting finished turns only.

    Every participant and every sector that has participants is present, with zero when
    they did not speak. A turn still running has no length yet and is left out.
    """
    people = list(participants)
    sector_of = {p.id: p.sector for p in people}
    by_participant = {p.id: Talk() for p in people if p.id is not None}
    by_sector = {sector: Talk() for sector in Sector if sector in sector_of.values()}
    total = Talk()
    for turn in turns:
        if turn.ended_at is None or turn.by_id not in by_participant:
            continue
        length = as_aware(turn.ended_at) - as_aware(turn.started_at)
        by_participant[turn.by_id].add(length)
        by_sector[sector_of[turn.by_id]].add(length)
        total.add(length)
    return SpeakingTime(by_participant, by_sector, total)


def unanswered_barriers(items: Iterable[Item]) -> list[Item]:
    """The barriers that no idea says it answers yet, in their captured order."""
    every = list(items)
    answered = {
        barrier for item in every if item.kind is ItemKind.IDEA for barrier in item.barrier_ids
    }
    return [item for item in every if item.kind is ItemKind.BARRIER and item.id not in answered]
