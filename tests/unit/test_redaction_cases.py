"""The name corpus: every leak and every over-replacement found, in both directions
(tests/data/redaction_cases.json; add a case for each new one)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from roundtable.audience import Audience
from roundtable.audience.normalise import fold
from roundtable.domain.model import Participant, Sector, Session

_CORPUS = json.loads(
    (Path(__file__).parents[1] / "data" / "redaction_cases.json").read_text(encoding="utf-8")
)


def _audience() -> Audience:
    people = [
        Participant(
            id=n,
            name=p["name"],
            organisation=p.get("organisation", ""),
            sector=Sector(p.get("sector", "other")),
            aliases=p.get("aliases", []),
        )
        for n, p in enumerate(_CORPUS["participants"], start=1)
    ]
    return Audience(Session(title="Corpus", host=_CORPUS["host"]), people, True)


@pytest.mark.parametrize("case", _CORPUS["cases"], ids=lambda case: case["text"][:40])
def test_under_the_rule_names_go_and_ordinary_words_stay(case):
    shown = _audience().text(case["text"])
    for hidden in case.get("hide", []):
        assert fold(hidden) not in fold(f" {shown} "), shown
    for kept in case.get("keep", []):
        assert kept in shown, shown
    if "expected" in case:
        assert shown == case["expected"]
    assert _audience().leaks(shown) == []
