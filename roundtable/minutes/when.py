"""When a meeting was, as the minutes say it: on the clock of its meeting room."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime, timedelta

from roundtable.domain.model import PhasePlan
from roundtable.domain.validation import as_aware


def wall_clock(moment: datetime, like: datetime) -> datetime:
    """`moment` on the same clock as `like`, so a start and an end read alike."""
    if like.utcoffset() is None:
        return moment.replace(tzinfo=None) if moment.utcoffset() is None else moment
    return as_aware(moment).astimezone(like.tzinfo)


# A meeting that began within this of its planned start is shown from that start, as its
# invitation read; one that began at another time (another day, a rehearsal) as it was held.
_ON_TIME = timedelta(hours=1)


def held_from_to(
    planned: datetime | None, phases: Iterable[PhasePlan]
) -> tuple[datetime, datetime | None] | None:
    """When the meeting was, for its title block: from its planned start, or from its first
    phase's start when it began at another time, to its last phase's end; None if neither
    is known. On the clock of the planned start, when there is one."""
    phases = list(phases)
    starts = [p.started_at for p in phases if p.started_at is not None]
    ends = [p.ended_at for p in phases if p.ended_at is not None]
    first = min(starts, key=as_aware) if starts else None
    like = planned or first
    if like is None:
        return None
    start = planned
    if first is not None and (
        planned is None or abs(as_aware(first) - as_aware(planned)) > _ON_TIME
    ):
        start = wall_clock(first, like)
    assert start is not None
    end = wall_clock(max(ends, key=as_aware), like) if ends else None
    return start, end
