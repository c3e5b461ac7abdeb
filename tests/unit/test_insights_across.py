from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

from roundtable.domain.model import (
    Item,
    ItemKind,
    Participant,
    Phase,
    PhasePlan,
    Sector,
    Session,
    SessionBundle,
)
from roundtable.insights.across import (
    distinct_people,
    ideas_by_share,
    participation,
    recurring_categories,
)

BAR, OPP, IDEA = ItemKind.BARRIER, ItemKind.OPPORTUNITY, ItemKind.IDEA
BO = Phase.BARRIERS_OPPORTUNITIES


def bundle(sid: int, items: list[Item], people: list[Participant] = ()) -> SessionBundle:
    return SessionBundle(Session(f"S{sid}", id=sid), [PhasePlan(Phase.NARRATIVE, 30)],
                         list(people), items)  # fmt: skip


def test_a_category_in_three_sessions_comes_before_one_in_a_single_session_with_more():
    bundles = [
        bundle(
            1,
            [Item(BO, BAR, "a", category="procurement")]
            + [Item(BO, BAR, f"d{n}", category="data") for n in range(5)],
        ),
        bundle(2, [Item(BO, BAR, "b", category="Udbud")]),
        bundle(3, [Item(BO, OPP, "c", category="procurement"), Item(BO, BAR, "x")]),
    ]
    rows = recurring_categories(bundles)
    assert [(r.category, r.sessions, r.barriers, r.opportunities) for r in rows] == [
        ("procurement", 3, 2, 1),
        ("data", 1, 5, 0),
    ]
    assert [i.text for i in rows[0].by_session[3]] == ["c"]


def test_ideas_rank_by_their_share_of_their_own_sessions_votes():
    bundles = [
        bundle(
            1,
            [Item(Phase.IDEAS, IDEA, "big room", votes=10), Item(Phase.IDEAS, IDEA, "b", votes=30)],
        ),
        bundle(
            2,
            [Item(Phase.IDEAS, IDEA, "small room", votes=6), Item(Phase.IDEAS, IDEA, "c", votes=2)],
        ),
        bundle(3, [Item(Phase.IDEAS, IDEA, "no votes yet")]),
    ]
    ranked = [(s.idea.text, round(s.share, 2)) for s in ideas_by_share(bundles)]
    assert ranked == [
        ("b", 0.75),  # an equal share: the one with more votes first
        ("small room", 0.75),
        ("big room", 0.25),
        ("c", 0.25),
        ("no votes yet", 0.0),
    ]


def test_organisations_that_came_back_are_counted_by_sessions_whatever_their_case():
    people1 = [Participant("A", "Vestby Kommune", sector=Sector.MUNICIPAL),
               Participant("B", "DataBro A/S", sector=Sector.PRIVATE)]  # fmt: skip
    people2 = [Participant("C", "vestby kommune", sector=Sector.MUNICIPAL)]
    seen = participation([bundle(1, [], people1), bundle(2, [], people2)])
    assert seen.returning() == [("Vestby Kommune", 2)]
    assert seen.sectors() == {Sector.MUNICIPAL: 2, Sector.PRIVATE: 1}


def _at(sid: int, when: datetime | None, people: list[Participant]) -> SessionBundle:
    b = bundle(sid, [], people)
    b.session.starts_at = when
    return b


def test_people_are_counted_once_across_sessions_with_their_latest_sector():
    anne = Participant("Anne Holm", "Vestby Kommune", sector=Sector.MUNICIPAL)
    moved = Participant("anne  holm", "vestby kommune", sector=Sector.OTHER)  # typed anew
    bo = Participant("Bo Lund", "Grøn ApS", sector=Sector.PRIVATE)
    # 10:00 at +02:00 is before 09:00 at +00:00: the later session gives the sector, though
    # its text sorts first.
    early = datetime(2025, 5, 2, 10, tzinfo=timezone(timedelta(hours=2)))
    late = datetime(2025, 5, 2, 9, tzinfo=UTC)
    people = distinct_people([_at(2, late, [moved]), _at(1, early, [anne, bo]), _at(3, None, [bo])])
    assert people.by_sector == {Sector.OTHER: 1, Sector.PRIVATE: 1}
    assert people.returning == 2  # Anne at two sessions, Bo at two (one undated)


def test_two_rows_of_one_name_in_one_session_are_two_people_and_no_one_returned():
    borger = [Participant("Borger", "", sector=Sector.OTHER) for _ in range(2)]
    people = distinct_people([bundle(1, [], borger)])
    assert people.by_sector == {Sector.OTHER: 2} and people.returning == 0
    again = distinct_people([bundle(1, [], borger), bundle(2, [], borger[:1])])
    assert again.by_sector == {Sector.OTHER: 2} and again.returning == 1
