"""Finding the participant a facilitator means by the name or the first letters typed."""

from __future__ import annotations

from roundtable.domain.model import Participant, Sector
from roundtable.domain.people import find_participant, participants_matching

PEOPLE = [
    Participant(id=1, name="Anne Holm", sector=Sector.MUNICIPAL),
    Participant(id=2, name="Anders Berg", sector=Sector.PRIVATE),
    Participant(id=3, name="Ann", sector=Sector.PRIVATE),
]


def test_a_whole_name_finds_its_participant_in_any_case_and_spacing():
    assert find_participant("  anne holm ", PEOPLE).id == 1


def test_the_first_letters_find_the_only_participant_they_start():
    assert find_participant("And", PEOPLE).id == 2


def test_an_exact_name_wins_over_longer_names_it_starts():
    assert find_participant("ann", PEOPLE).id == 3


def test_letters_that_start_several_names_or_none_find_no_one():
    assert find_participant("An", PEOPLE) is None
    assert find_participant("Bo", PEOPLE) is None
    assert find_participant("   ", PEOPLE) is None


def test_a_surname_or_an_organisation_finds_the_one_participant_it_starts():
    people = [
        Participant("Ole Dahl", "Omsorg A/S", id=1),
        Participant("Pia Skov", "Vestby Kommune", id=2),
        Participant("Per Holm", "Vestby Kommune", id=3),
    ]
    assert find_participant("Dah", people).id == 1
    assert find_participant("omsorg", people).id == 1
    assert find_participant("Vestby", people) is None, "two work there"
    assert find_participant("P", people) is None


def test_while_typing_a_surname_or_organisation_offers_everyone_it_may_mean():
    people = [
        Participant("Ole Dahl", "Omsorg A/S", id=1),
        Participant("Pia Skov", "Skanderborg Kommune", id=2),
        Participant("Dahlia Berg", "Vestby Kommune", id=3),
    ]
    assert [p.id for p in participants_matching("dah", people)] == [3, 1]  # name starts first
    assert [p.id for p in participants_matching("skand", people)] == [2]
    assert [p.id for p in participants_matching("kommune", people)] == [2, 3]
    assert participants_matching("zz", people) == []


def test_an_owner_names_a_participant_only_whole_whatever_its_case_and_spacing():
    from roundtable.domain.model import Participant
    from roundtable.domain.people import participant_named

    people = [Participant("Mette Holm", "KL"), Participant("Ole Dahl", "DI")]
    assert participant_named(" mette  HOLM ", people) is people[0]
    assert participant_named("KL", people) is None  # an organisation stays text
    assert participant_named("Mette", people) is None and participant_named("", people) is None
