"""The speaker queue and talk time while the meeting runs.

Pure functions over the stored turns and queue, with the time passed in, so the order and
the sums can be tested with any clock.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Sequence
from datetime import datetime

from roundtable.domain.figures import SpeakingTime, speaking_time
from roundtable.domain.model import Participant, Sector, SpeakingTurn
from roundtable.domain.validation import as_aware


def current_turn(turns: Iterable[SpeakingTurn]) -> SpeakingTurn | None:
    """The turn still running; of several (an imported file may hold more), the latest."""
    running = [turn for turn in turns if turn.ended_at is None]
    return max(running, key=lambda turn: as_aware(turn.started_at), default=None)


def turns_until(turns: Iterable[SpeakingTurn], now: datetime) -> list[SpeakingTurn]:
    """The turns with any running one counted up to `now`, so live figures include it."""
    return [
        turn if turn.ended_at is not None else dataclasses.replace(turn, ended_at=now)
        for turn in turns
        if turn.ended_at is not None or as_aware(turn.started_at) <= as_aware(now)
    ]


def talk_so_far(
    participants: Iterable[Participant], turns: Iterable[SpeakingTurn], now: datetime
) -> SpeakingTime:
    """Speaking time by person and sector, the running turn included up to `now`."""
    return speaking_time(participants, turns_until(turns, now))


def balanced_queue(
    queue: Sequence[int],
    participants: Iterable[Participant],
    turns: Iterable[SpeakingTurn],
    now: datetime,
) -> list[int]:
    """The queue with those whose sector has spoken least so far first.

    Within a sector, and between sectors that have spoken equally long, the queue keeps its
    own order (who raised a hand first, or the facilitator's reordering).
    """
    people = list(participants)
    sector_of: dict[int, Sector] = {p.id: p.sector for p in people if p.id is not None}
    spoken = talk_so_far(people, turns, now).by_sector
    place = {participant_id: at for at, participant_id in enumerate(queue)}

    def key(participant_id: int) -> tuple[float, int]:
        sector = sector_of.get(participant_id)
        talk = spoken.get(sector) if sector is not None else None
        return (talk.time.total_seconds() if talk else 0.0, place[participant_id])

    return sorted(queue, key=key)
