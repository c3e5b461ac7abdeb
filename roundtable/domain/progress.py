"""Where a session is: which phase runs, and what moving to another phase records."""

from __future__ import annotations

import dataclasses
from datetime import datetime, timedelta

from roundtable.domain.model import Phase, PhasePlan, SessionStatus
from roundtable.domain.rules import PHASE_ORDER
from roundtable.domain.validation import as_aware


def running_phase(plans: list[PhasePlan]) -> Phase | None:
    """The phase that has started and not ended, if any."""
    for plan in plans:
        if plan.started_at is not None and plan.ended_at is None:
            return plan.phase
    return None


def capture_starts(plans: list[PhasePlan], phase: Phase, status: SessionStatus) -> bool:
    """Whether capturing an item into `phase` first starts it: it does when the phase is not
    running, so nothing waits for a click; a completed session is never started again."""
    return status is not SessionStatus.COMPLETED and running_phase(plans) != phase


def current_phase(plans: list[PhasePlan]) -> Phase:
    """The running phase; else the last one that was started; else the first."""
    if (running := running_phase(plans)) is not None:
        return running
    started = [p for p in plans if p.started_at is not None]
    if started:
        return max(started, key=lambda p: PHASE_ORDER.index(p.phase)).phase
    return PHASE_ORDER[0]


def moved_to(
    plans: list[PhasePlan], target: Phase | None, now: datetime, counting_on: bool = False
) -> list[PhasePlan]:
    """The plans after moving to `target` (None: ending the last phase, i.e. finishing).

    The running phase ends now (or, with a clock set back, as it started). The target starts
    now, or, when it ran before (going back), resumes: its first start is kept and its end is
    cleared. With `counting_on` (reopening a finished session, perhaps days later) the
    target's clock counts on from the time it had used instead: its start moves up to now
    less that time, so the days in between are not counted as the phase's.
    """
    out = []
    for plan in plans:
        if plan.phase == target:
            started = plan.started_at or now
            if counting_on and plan.started_at is not None and plan.ended_at is not None:
                used = max(as_aware(plan.ended_at) - as_aware(plan.started_at), timedelta())
                started = as_aware(now) - used
            plan = dataclasses.replace(plan, started_at=started, ended_at=None)
        elif plan.started_at is not None and plan.ended_at is None:
            # Never before its start, even when the clock was set back meanwhile.
            ended = max(as_aware(now), as_aware(plan.started_at))
            plan = dataclasses.replace(plan, ended_at=ended)
        out.append(plan)
    return out
