"""Typed due dates: what a facilitator types in a hurry becomes the date they meant."""

from datetime import date, datetime, time

import pytest

from roundtable.domain.dates import DateNotUnderstood, parse_date, parse_start

TODAY = date(2026, 12, 1)  # a Tuesday


@pytest.mark.parametrize(
    ("typed", "meant"),
    [
        ("12/12", date(2026, 12, 12)),
        ("12.12", date(2026, 12, 12)),
        ("1/3", date(2027, 3, 1)),  # a day already past this year means next year's
        ("1.12", date(2026, 12, 1)),  # today is not past
        ("12.12.2026", date(2026, 12, 12)),
        ("12/12/26", date(2026, 12, 12)),
        ("2026-12-12", date(2026, 12, 12)),
        ("+14d", date(2026, 12, 15)),
        ("+14", date(2026, 12, 15)),
        ("+2u", date(2026, 12, 15)),
        ("+2w", date(2026, 12, 15)),
        ("fre", date(2026, 12, 4)),
        ("fri", date(2026, 12, 4)),
        ("Fredag", date(2026, 12, 4)),
        ("tirsdag", date(2026, 12, 8)),  # the next Tuesday, not today
        ("lør", date(2026, 12, 5)),
        ("i dag", TODAY),
        ("i morgen", date(2026, 12, 2)),
        ("tomorrow", date(2026, 12, 2)),
    ],
)
def test_a_typed_date_means_the_day_the_facilitator_meant(typed, meant):
    assert parse_date(typed, TODAY) == meant


def test_an_empty_date_means_no_date():
    assert parse_date("  ", TODAY) is None


@pytest.mark.parametrize("typed", ["31/2", "snart", "t", "+3x", "2026-13-01", "s"])
def test_what_is_not_a_date_is_refused_with_a_reason(typed):
    with pytest.raises(DateNotUnderstood, match="is not a date"):
        parse_date(typed, TODAY)


@pytest.mark.parametrize(
    ("typed", "meant"),
    [
        ("14-05-2027 09:30", datetime(2027, 5, 14, 9, 30)),  # Danish order with dashes
        ("14.5.2027 9.30", datetime(2027, 5, 14, 9, 30)),
        ("2027-05-14 09:30", datetime(2027, 5, 14, 9, 30)),
        ("14/05/2027, kl. 13", datetime(2027, 5, 14, 13, 0)),
        ("fre kl. 13", datetime(2026, 12, 4, 13, 0)),
        ("i morgen 10:00", datetime(2026, 12, 2, 10, 0)),
        ("15.01", datetime(2027, 1, 15, 8, 0)),  # a day and month, no time: the one kept
    ],
)
def test_a_meetings_start_is_read_with_its_time_after_the_date(typed, meant):
    assert parse_start(typed, TODAY, at=time(8, 0)) == meant


@pytest.mark.parametrize("typed", ["14.05.2027 25:00", "14.05.2027 9:75", "9:30", "snart 9:30"])
def test_a_start_that_is_no_date_and_time_is_refused(typed):
    with pytest.raises(DateNotUnderstood):
        parse_start(typed, TODAY)


def test_an_empty_start_is_not_set():
    assert parse_start("  ", TODAY) is None
