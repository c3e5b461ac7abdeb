"""When a session starts: a date and time typed as a person writes them, or picked from a
calendar; empty is "Not set".

It was a date-time box with the year first, whose digits went into its parts in turn: a
Danish "14-05-2025 09:30" became 2026-05-20 20:09 without a word, and the minutes carried
the wrong date. It now reads the whole text as the due dates are read (domain.dates), with a
time after the date ("14.05.2025 09:30", "2025-05-14 9.30", "fre kl. 13"), says what it
cannot read and keeps the text, and shows the date as the interface language writes it.
"""

from __future__ import annotations

from datetime import date, datetime, time

from PySide6.QtWidgets import QWidget

from roundtable.domain.dates import parse_start
from roundtable.ui.date_field import DateField, show_date


class StartField(DateField):
    """`committed` carries the start with the local offset, or None."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.line.setToolTip(self.tr("Type a date and a time: 14.05.2025 09:30, fri 13:00"))
        self.button.setAccessibleName(self.tr("Pick the day in a calendar"))
        self.button.setToolTip(self.button.accessibleName() + " (Alt+↓)")

    def value(self) -> datetime | None:
        return self.date()

    def set_value(self, value: datetime | None) -> None:
        """Show `value` (None: not set), without saying it was edited."""
        self.set_date(value)

    def _time_set(self) -> time:
        # A new day keeps the time already set: the day moved, not the hour.
        return self._value.time() if isinstance(self._value, datetime) else time(0, 0)

    def _parse(self, typed: str) -> datetime | None:
        start = parse_start(typed, self._today(), self._time_set())
        return None if start is None else start.astimezone()

    def _shown(self, value: datetime | None) -> str:
        if value is None:
            return ""
        return f"{show_date(value.date())} {value:%H:%M}"

    def _refusal(self, typed: str) -> str:
        return self.tr("“%s” is not a date and time: type e.g. 14.05.2025 09:30") % typed

    def _from_calendar(self, picked: date) -> datetime:
        return datetime.combine(picked, self._time_set()).astimezone()

    def _day_of(self, value: datetime | None) -> date | None:
        return None if value is None else value.date()
