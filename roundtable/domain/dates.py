"""Reading a date as a facilitator types it during a meeting, in Danish or English.

Understood: "12.12.2026", "12/12/26", "2026-12-12", a day and month without the year ("12/12",
"12.12", which means the next such day from today on), an offset ("+14d", "+2u", "+3w", "+5"
days), a weekday ("fre", "fri", "fredag", "friday": the next one after today) and "i dag",
"today", "i morgen", "tomorrow". Day before month, as in Danish and British usage.
"""

from __future__ import annotations

import re
from datetime import date, datetime, time, timedelta


class DateNotUnderstood(ValueError):
    """The text is not a date this module reads; the message says what it does read."""


# Monday first, as date.weekday() counts.
_WEEKDAYS: tuple[tuple[str, ...], ...] = (
    ("mandag", "monday"),
    ("tirsdag", "tuesday"),
    ("onsdag", "wednesday"),
    ("torsdag", "thursday"),
    ("fredag", "friday"),
    ("lørdag", "loerdag", "saturday"),
    ("søndag", "soendag", "sunday"),
)
_TODAY = {"i dag", "idag", "today", "nu", "now"}
_TOMORROW = {"i morgen", "imorgen", "tomorrow"}
_OFFSET = re.compile(r"^\+\s*(\d{1,4})\s*([a-zæøå]*)$")
_UNIT_DAYS = {"": 1, "d": 1, "dag": 1, "dage": 1, "day": 1, "days": 1,
              "u": 7, "uge": 7, "uger": 7, "w": 7, "week": 7, "weeks": 7}  # fmt: skip
_ISO = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})$")
_DAY_MONTH = re.compile(r"^(\d{1,2})\s*[./-]\s*(\d{1,2})\s*(?:[./-]\s*(\d{2}|\d{4}))?\.?$")


def parse_date(text: str, today: date) -> date | None:
    """The date `text` means, counted from `today`; None when nothing is typed (no date).

    Raises DateNotUnderstood for anything else, so the caller can say so and keep the text."""
    typed = " ".join(text.strip().casefold().split())
    if not typed:
        return None
    if typed in _TODAY:
        return today
    if typed in _TOMORROW:
        return today + timedelta(days=1)
    if match := _OFFSET.match(typed):
        unit = _UNIT_DAYS.get(match.group(2))
        if unit is None:
            raise _not_understood(text)
        return today + timedelta(days=int(match.group(1)) * unit)
    if match := _ISO.match(typed):
        return _make(int(match.group(1)), int(match.group(2)), int(match.group(3)), text)
    if match := _DAY_MONTH.match(typed):
        day, month, year = int(match.group(1)), int(match.group(2)), match.group(3)
        if year is not None:
            full = int(year) + (2000 if len(year) == 2 else 0)
            return _make(full, month, day, text)
        this_year = _make(today.year, month, day, text, leap_ok=True)
        if this_year is not None and this_year >= today:
            return this_year
        return _make(today.year + 1, month, day, text)
    weekday = _weekday(typed.rstrip("."))
    if weekday is not None:
        ahead = (weekday - today.weekday() - 1) % 7 + 1  # the next one, never today
        return today + timedelta(days=ahead)
    raise _not_understood(text)


def _weekday(typed: str) -> int | None:
    """A weekday named by its first letters (at least two), in Danish or English."""
    if len(typed) < 2:
        return None
    found = {n for n, names in enumerate(_WEEKDAYS) for name in names if name.startswith(typed)}
    return found.pop() if len(found) == 1 else None


def _make(year: int, month: int, day: int, text: str, leap_ok: bool = False) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        if leap_ok and (month, day) == (2, 29):
            return None  # 29/2 in a common year: the next leap year's is not meant either
        raise _not_understood(text) from None


def _not_understood(text: str) -> DateNotUnderstood:
    return DateNotUnderstood(
        f"{text.strip()!r} is not a date: type e.g. 12.12.2026, 12/12, +14d or a weekday"
    )


# A time after the date: "09:30", "9.30", "kl. 9.30", "kl 13". A space (or a comma) before
# it, so that "15.01" stays a day and a month.
_TIME_AFTER = re.compile(r"^(.+?)(?:,?\s+)(?:kl\.?\s*)?(\d{1,2})(?:[:.](\d{2}))?$")


def parse_start(text: str, today: date, at: time = time(0, 0)) -> datetime | None:
    """When a meeting starts, as typed: a date as `parse_date` reads it, then perhaps a time
    ("14.05.2025 09:30", "2025-05-14 9.30", "fre kl. 13"); `at` when no time is typed. The
    local wall clock, naive; None when nothing is typed.

    Raises DateNotUnderstood for anything else: a date typed in Danish order into a field
    that expected the year first became another date without a word."""
    typed = " ".join(text.strip().split())
    if not typed:
        return None
    found = _TIME_AFTER.match(typed)
    if found is not None and found.group(2) is not None:
        try:
            day = parse_date(found.group(1), today)
        except DateNotUnderstood:
            day = None  # "15. 01": the last number was the date's, not a time
        if day is not None:
            hour, minute = int(found.group(2)), int(found.group(3) or 0)
            if hour > 23 or minute > 59:
                raise DateNotUnderstood(
                    f"{text.strip()!r} is not a date and time: type e.g. 14.05.2025 09:30"
                )
            return datetime.combine(day, time(hour, minute))
    day = parse_date(typed, today)
    return None if day is None else datetime.combine(day, at)
