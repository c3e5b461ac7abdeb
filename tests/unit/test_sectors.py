"""The sector set-up suggests from an organisation's name."""

import pytest

from roundtable.domain.sectors import likely_sector
from roundtable.domain.vocabulary import Sector


@pytest.mark.parametrize(
    ("organisation", "sector"),
    [
        ("Trivselsdata ApS", Sector.PRIVATE),
        ("CareTech Nordic ApS", Sector.PRIVATE),
        ("DataBro A/S", Sector.PRIVATE),
        ("Robotto I/S", Sector.PRIVATE),
        ("Acme Ltd.", Sector.PRIVATE),
        ("Vestby Kommune", Sector.MUNICIPAL),
        ("Københavns Kommune, Sundheds- og Omsorgsforvaltningen", Sector.MUNICIPAL),
        ("Aarhus Municipality", Sector.MUNICIPAL),
        ("Region Midtjylland", None),  # public, not a municipality: the facilitator decides
        ("KL", None),
        ("Velfærdsteknologisk Videnscenter", None),
        ("Apsis", None),  # a word that begins like a company form is not one
        ("  ", None),
    ],
)
def test_a_name_that_says_its_kind_suggests_a_sector(organisation, sector):
    assert likely_sector(organisation) is sector


def test_an_organisation_already_placed_keeps_the_facilitators_choice():
    known = {"vestby kommune": Sector.OTHER, "ole's firma": Sector.PRIVATE}
    assert likely_sector("Vestby  Kommune", known) is Sector.OTHER
    assert likely_sector("Ole's Firma", known) is Sector.PRIVATE
