"""Typed due dates: what a facilitator types in a hurry becomes the date they meant."""

from datetime import date

import pytest

from roundtable.domain.dates import DateNotUnderstood, parse_date

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
