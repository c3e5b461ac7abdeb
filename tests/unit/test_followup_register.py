"""The follow-up register names each owner's organisation, however the owner was entered."""

from datetime import date

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
from roundtable.insights.followup import register

ACTION = ItemKind.ACTION


def test_an_owner_typed_as_text_belongs_to_the_organisation_it_names():
    people = [
        Participant("Mette Holm", "KL", sector=Sector.OTHER, id=1),
        Participant("Lars Ravn", "Sydvig Kommune", sector=Sector.MUNICIPAL, id=2),
    ]
    items = [
        Item(Phase.IDEAS, ACTION, "Ring til ministeriet", owner_text="Mette fra KL"),
        Item(Phase.IDEAS, ACTION, "Skriv notat", owner_text="sydvig kommunes IT-afdeling"),
        Item(Phase.IDEAS, ACTION, "Kald til møde", owner_text="DI"),
        Item(Phase.IDEAS, ACTION, "Tal med Klaus", owner_text="Klaus"),
        Item(Phase.IDEAS, ACTION, "Send oplæg", owner_id=2),
    ]
    bundle = SessionBundle(Session("S", id=1), [PhasePlan(Phase.NARRATIVE, 30)], people, items)
    rows = register([bundle], date(2026, 12, 1))
    assert [(r.owner, r.organisation) for r in rows] == [
        ("Mette fra KL", "KL"),  # not an organisation of its own in the filter
        ("sydvig kommunes IT-afdeling", "sydvig kommunes IT-afdeling"),  # not whole words
        ("DI", "DI"),  # names no known organisation: the text is one
        ("Klaus", "Klaus"),
        ("Lars Ravn", "Sydvig Kommune"),
    ]
