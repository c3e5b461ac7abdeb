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
from roundtable.insights.across import ideas_by_share, participation, recurring_categories

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
