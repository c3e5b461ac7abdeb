"""A phase's timebox: how much is left, whether to warn, how far over; with pauses.

Pure logic with the clock passed in, so the states can be tested without waiting.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from enum import StrEnum

WARN_FRACTION = 0.2  # amber when a fifth of the timebox is left


class TimeboxState(StrEnum):
    IDLE = "idle"  # the phase has not started
    RUNNING = "running"
    WARNING = "warning"
    OVER = "over"


def utc_now() -> datetime:
    return datetime.now(UTC)


@dataclass
class Timebox:
    """Counts down `planned_minutes` from `started_at`; paused time does not count."""

    planned_minutes: int
    started_at: datetime | None = None
    ended_at: datetime | None = None
    clock: Callable[[], datetime] = utc_now
    paused_for: timedelta = timedelta()  # the pauses that have ended
    paused_since: datetime | None = None  # the pause going on

    @property
    def paused(self) -> bool:
        return self.paused_since is not None

    def pause(self) -> None:
        if self.started_at is not None and self.paused_since is None:
            self.paused_since = self.clock()

    def resume(self) -> None:
        if self.paused_since is not None:
            self.paused_for += self.clock() - self.paused_since
            self.paused_since = None

    def elapsed(self) -> timedelta:
        if self.started_at is None:
            return timedelta()
        end = self.paused_since or self.ended_at or self.clock()
        return max(timedelta(), end - self.started_at - self.paused_for)

    def remaining(self) -> timedelta:
        """Negative once the timebox is over."""
        return timedelta(minutes=self.planned_minutes) - self.elapsed()

    def state(self) -> TimeboxState:
        if self.started_at is None:
            return TimeboxState.IDLE
        left = self.remaining()
        if left < timedelta():
            return TimeboxState.OVER
        if left <= timedelta(minutes=self.planned_minutes) * WARN_FRACTION:
            return TimeboxState.WARNING
        return TimeboxState.RUNNING

    def display(self) -> str:
        """mm:ss left, or +mm:ss over (hours folded into minutes: a phase is never days)."""
        left = self.remaining()
        sign = "+" if left < timedelta() else ""
        seconds = int(abs(left).total_seconds())
        return f"{sign}{seconds // 60:02d}:{seconds % 60:02d}"
