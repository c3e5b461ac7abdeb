"""The minutes' programme: each phase's time, planned and actual minutes. A meeting not held
yet gets its agenda: each phase's time from the planned start and the timeboxes, and no
column for what has not happened."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime, timedelta

from roundtable.domain import figures
from roundtable.domain.model import Phase, PhasePlan
from roundtable.minutes import labels as lb
from roundtable.minutes.blocks import Block, Heading, Table
from roundtable.minutes.label_fields import Labels
from roundtable.minutes.when import wall_clock


def programme_blocks(
    plans: Sequence[PhasePlan],
    starts_at: datetime | None,
    labels: Labels,
    phase_title: Callable[[Phase], str],
    *,
    held: bool,
) -> list[Block]:
    heading = Heading(labels.programme, 1)
    if not held:
        return [heading, _agenda(plans, starts_at, labels, phase_title)]
    rows = []
    for plan in plans:
        actual = figures.phase_duration(plan)
        rows.append(
            (
                phase_title(plan.phase),
                _time_span(plan, labels),
                lb.format_minutes(plan.planned_minutes, labels),
                "–"
                if actual is None
                else lb.format_minutes(round(actual.total_seconds() / 60), labels),
            )
        )
    header = (labels.phase, labels.time_of_day, labels.planned, labels.actual)
    return [heading, Table(header, tuple(rows), (5, 2, 2, 2), one_line=(2, 3))]


def _agenda(
    plans: Sequence[PhasePlan],
    clock: datetime | None,
    labels: Labels,
    phase_title: Callable[[Phase], str],
) -> Table:
    rows = []
    for plan in plans:
        span = ""
        if clock is not None:
            end = clock + timedelta(minutes=plan.planned_minutes)
            span = f"{lb.format_time(clock, labels)}–{lb.format_time(end, labels)}"
            clock = end
        rows.append(
            (phase_title(plan.phase), span, lb.format_minutes(plan.planned_minutes, labels))
        )
    header = (labels.phase, labels.time_of_day, labels.planned)
    return Table(header, tuple(rows), (5, 2, 2), one_line=(2,))


def _time_span(plan: PhasePlan, labels: Labels) -> str:
    if plan.started_at is None:
        return ""
    start = lb.format_time(plan.started_at, labels)
    if plan.ended_at is None:
        return f"{start}–"
    return f"{start}–{lb.format_time(wall_clock(plan.ended_at, plan.started_at), labels)}"
