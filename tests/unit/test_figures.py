"""Derived figures: idea ranking, phase durations, speaking time by person and sector."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

from roundtable.domain.figures import (
    idea_caption,
    idea_name,
    phase_duration,
    place_text,
    ranked_ideas,
    shared_places,
    speaking_time,
)
from roundtable.domain.model import (
    Item,
    ItemKind,
    Participant,
    Phase,
    PhasePlan,
    Sector,
    SpeakingTurn,
)

CEST = timezone(timedelta(hours=2))
T0 = datetime(2024, 5, 2, 13, 0, tzinfo=CEST)


def idea(title: str, votes: int | None) -> Item:
    return Item(Phase.IDEAS, ItemKind.IDEA, "text", title=title, votes=votes)


def test_ideas_rank_by_votes_and_ties_keep_capture_order():
    items = [
        idea("a", 2),
        Item(Phase.IDEAS, ItemKind.ACTION, "not an idea"),
        idea("b", 5),
        idea("c", None),
        idea("d", 5),
        idea("e", 0),
    ]
    assert [i.title for i in ranked_ideas(items)] == ["b", "d", "a", "c", "e"]


def test_ideas_with_equal_votes_share_a_place_and_the_next_counts_them_all():
    ranked = ranked_ideas([idea("a", 5), idea("b", 3), idea("c", 3), idea("d", None), idea("e", 0)])
    assert shared_places(ranked) == [1, 2, 2, None, None]
    assert shared_places([]) == []


def test_before_any_vote_no_idea_has_a_place():
    ranked = ranked_ideas([idea("a", 0), idea("b", None), idea("c", 0)])
    assert shared_places(ranked) == [None, None, None]
    assert [place_text(p) for p in shared_places(ranked)] == ["–", "–", "–"]


def test_phase_duration_needs_both_ends_and_mixes_offsets():
    assert phase_duration(PhasePlan(Phase.NARRATIVE, 30)) is None
    assert phase_duration(PhasePlan(Phase.NARRATIVE, 30, started_at=T0)) is None
    utc_end = (T0 + timedelta(minutes=32)).astimezone(UTC)
    assert phase_duration(PhasePlan(Phase.NARRATIVE, 30, T0, utc_end)) == timedelta(minutes=32)


def test_speaking_time_by_participant_and_sector():
    people = [
        Participant("A", sector=Sector.MUNICIPAL, id=1),
        Participant("B", sector=Sector.MUNICIPAL, id=2),
        Participant("C", sector=Sector.PRIVATE, id=3),
    ]
    turns = [
        SpeakingTurn(1, T0, T0 + timedelta(minutes=3)),
        SpeakingTurn(3, T0, T0 + timedelta(minutes=1)),
        SpeakingTurn(1, T0, T0 + timedelta(seconds=30)),
        SpeakingTurn(2, T0),  # still running: no length yet
        SpeakingTurn(99, T0, T0 + timedelta(hours=1)),  # nobody we know
    ]
    talk = speaking_time(people, turns)
    assert talk.by_participant[1].time == timedelta(minutes=3, seconds=30)
    assert talk.by_participant[1].turns == 2
    assert talk.by_participant[2].turns == 0
    assert list(talk.by_sector) == [Sector.MUNICIPAL, Sector.PRIVATE]  # no OTHER: nobody there
    assert talk.by_sector[Sector.MUNICIPAL].time == timedelta(minutes=3, seconds=30)
    assert talk.total.time == timedelta(minutes=4, seconds=30)
    assert round(talk.share(talk.by_sector[Sector.PRIVATE]), 3) == round(1 / 4.5, 3)


def test_no_speaking_turns_share_nothing():
    talk = speaking_time([Participant("A", id=1)], [])
    assert talk.total.turns == 0
    assert talk.share(talk.by_participant[1]) == 0.0


def test_ideas_with_equal_votes_share_a_place_as_in_the_app():
    from roundtable.domain.figures import shared_places

    ranked = ranked_ideas([idea("a", 5), idea("b", 3), idea("c", 3), idea("d", 1), idea("e", None)])
    assert shared_places(ranked) == [1, 2, 2, 4, None]


def test_an_idea_falls_in_the_quadrant_the_matrix_shows():
    from roundtable.domain.figures import Quadrant, quadrant

    def scored(impact, effort):
        return Item(Phase.IDEAS, ItemKind.IDEA, "t", impact=impact, effort=effort)

    assert quadrant(scored(5, 1)) is Quadrant.QUICK_WIN
    assert quadrant(scored(5, 5)) is Quadrant.BIG_BET
    assert quadrant(scored(1, 1)) is Quadrant.FILL_IN
    assert quadrant(scored(1, 5)) is Quadrant.MONEY_PIT
    assert quadrant(scored(3, 3)) is Quadrant.QUICK_WIN
    assert quadrant(scored(None, 2)) is None


def test_an_ideas_name_is_its_title_or_its_whole_text_on_one_line():
    words = "Et to tre fire fem seks syv otte ni ti"
    untitled = Item(Phase.IDEAS, ItemKind.IDEA, text=words.replace(" fem ", "\n fem  "))
    assert idea_name(untitled) == words, "every word, where the caption stops at eight"
    assert idea_caption(untitled) == "Et to tre fire fem seks syv otte …"
    titled = Item(Phase.IDEAS, ItemKind.IDEA, text=words, title="  Fælles\tindkøb ")
    assert idea_name(titled) == idea_caption(titled) == "Fælles indkøb"
