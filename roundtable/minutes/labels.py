"""Every word the minutes print themselves, in Danish and English (labels_for; the words
themselves are in labels_danish.py and labels_english.py), and how dates read.

The words the presenter screen shows too (phases, sectors as speakers, withheld names) come
from roundtable.audience.words, so the room and the document say the same.

Dates, times and durations are formatted here by hand rather than through the locale: the
language of the minutes is the session's, not the laptop's, and a Danish locale may not
even be installed.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta

from roundtable.domain import rules
from roundtable.domain.model import Language
from roundtable.minutes.label_fields import Labels
from roundtable.minutes.labels_danish import DA
from roundtable.minutes.labels_english import EN

__all__ = ["DA", "EN", "Labels"]  # with the functions below: what the minutes' writers read


def labels_for(language: Language) -> Labels:
    return DA if language is Language.DA else EN


def format_date(day: date, labels: Labels) -> str:
    """'2. maj 2024' / '2 May 2024'."""
    month = labels.months[day.month - 1]
    if labels.language is Language.DA:
        return f"{day.day}. {month} {day.year}"
    return f"{day.day} {month} {day.year}"


def format_time(moment: datetime, labels: Labels) -> str:
    """'13.00' in Danish, '13:00' in English."""
    separator = "." if labels.language is Language.DA else ":"
    return f"{moment.hour:02d}{separator}{moment.minute:02d}"


def format_when(start: datetime, end: datetime | None, labels: Labels) -> str:
    """'torsdag den 2. maj 2024 kl. 13.00–15.15' / 'Thursday 2 May 2024, 13:00–15:15'.

    Times are shown as the session recorded them, in its own offset: the clock on the wall
    of the meeting room, not the reader's.
    """
    weekday = labels.weekdays[start.weekday()]
    clock = format_time(start, labels)
    if end is not None and end.date() == start.date() and end > start:
        clock += "–" + format_time(end, labels)
    if labels.language is Language.DA:
        return f"{weekday} den {format_date(start.date(), labels)} kl. {clock}"
    return f"{weekday} {format_date(start.date(), labels)}, {clock}"


def format_minutes(minutes: int, labels: Labels) -> str:
    return f"{minutes} min." if labels.language is Language.DA else f"{minutes} min"


def format_duration(length: timedelta, labels: Labels) -> str:
    """'2 min. 30 sek.' / '2 min 30 s', in whole seconds as the window's talk time counts
    them (1:58 there is not '1 min. 59 sek.' here)."""
    seconds = int(length.total_seconds())
    minutes, seconds = divmod(max(seconds, 0), 60)
    da = labels.language is Language.DA
    min_unit, sec_unit = ("min.", "sek.") if da else ("min", "s")
    if minutes and seconds:
        return f"{minutes} {min_unit} {seconds} {sec_unit}"
    if minutes:
        return f"{minutes} {min_unit}"
    return f"{seconds} {sec_unit}"


def format_share(fraction: float, labels: Labels) -> str:
    """'62 %' (Danish puts a space before the sign) / '62%'."""
    percent = round(fraction * 100)
    return f"{percent} %" if labels.language is Language.DA else f"{percent}%"


def category_label(category: str, labels: Labels) -> str:
    """A suggested category in the minutes' language; the facilitator's own as written."""
    return labels.categories.get(category, category)


def canonical_category(category: str) -> str:
    """A suggested category's key when `category` is one, by key or by its Danish or English
    label in any case ('Økonomi', 'economy'); otherwise the text as written, trimmed."""
    wanted = category.strip()
    folded = wanted.casefold()
    for key in rules.SUGGESTED_CATEGORIES:
        if folded in (key, DA.categories[key].casefold(), EN.categories[key].casefold()):
            return key
    return wanted
