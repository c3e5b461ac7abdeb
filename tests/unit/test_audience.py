"""What an audience may see of a session: the one Chatham House Rule the minutes, the
presenter screen and the suggested file names follow."""

from __future__ import annotations

from typing import Any

import pytest

from roundtable.audience import Audience, words_for
from roundtable.audience.redaction import Redactor
from roundtable.domain.model import Item, ItemKind, Language, Participant, Phase, Sector, Session
from roundtable.sessionfile import parse_session_document


def audience_of(doc: dict[str, Any], chatham_house: bool, **options: Any) -> Audience:
    return Audience.for_session(parse_session_document(doc).bundle, chatham_house, **options)


def test_redactor_whole_words_any_case_any_spacing():
    redact = Redactor(["Bente", "Anne Holm"], ["Holm A/S"], "[p]", "[o]")
    said = "Bente bor på Bornholm; BENTE sagde det."
    assert redact(said) == "[p] bor på Bornholm; [p] sagde det."
    assert redact("anne\nholm fra Holm A/S") == "[p] fra [o]"
    assert Redactor([], [" "], "[p]", "[o]")("uændret") == "uændret"


def test_redactor_hides_names_in_the_genitive_and_keeps_the_ending():
    redact = Redactor(["Pia Skov", "Bo"], ["Robotik A/S"], "[p]", "[o]")
    assert redact("Pia Skovs idé og Bo's plan") == "[p]s idé og [p]'s plan"
    assert redact("Bornholm og Bosnien") == "Bornholm og Bosnien"
    assert redact("Robotik A/S’ folk") == "[o]’ folk"


def test_a_name_that_is_also_an_organisation_is_hidden_as_a_person():
    redact = Redactor(["Holm"], ["holm"], "[p]", "[o]")
    assert redact("Så sagde Holm") == "Så sagde [p]"


def test_under_the_rule_names_and_organisations_go_but_the_host_stays(example_doc):
    audience = audience_of(example_doc, True)
    said = "Lise Mørk fra Vestby Kommune og Pia Skov fra ElMaskiner A/S."
    assert audience.text(said) == "[deltager] fra Vestby Kommune og [deltager] fra [organisation]."
    english = audience_of(example_doc, True, language=Language.EN)
    assert english.text("Tarek Haddad") == "[participant]"


def test_without_the_rule_the_text_is_left_as_written(example_doc):
    audience = audience_of(example_doc, False)
    assert audience.text("Pia Skov fra ElMaskiner A/S") == "Pia Skov fra ElMaskiner A/S"
    assert audience.attribution(3) == "Pia Skov (ElMaskiner A/S)"
    assert audience.attribution(3, organisation=False) == "Pia Skov"


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        (
            Language.DA,
            ["en kommunal deltager", "en privat deltager", "en deltager fra en anden sektor"],
        ),
        (
            Language.EN,
            [
                "a municipal participant",
                "a private-sector participant",
                "a participant from another sector",
            ],
        ),
    ],
)
def test_under_the_rule_a_statement_is_attributed_to_a_sector(crowded_doc, language, expected):
    audience = audience_of(crowded_doc, True, language=language)
    assert [audience.attribution(pid) for pid in (1, 3, 5)] == expected
    assert audience.attribution(1, organisation=False) == expected[0]


@pytest.mark.parametrize(
    ("language", "anyone"), [(Language.DA, "en deltager"), (Language.EN, "a participant")]
)
def test_a_sector_of_one_at_the_table_names_no_sector_for_anyone(example_doc, language, anyone):
    # Ulla Bech is the example's one participant from another sector: "a participant from
    # another sector" would be her, and so would "a participant" beside the others' sectors.
    audience = audience_of(example_doc, True, language=language)
    assert not audience.by_sector
    assert {audience.attribution(pid) for pid in (1, 2, 3, 4, 5)} == {anyone}
    assert audience.sector_speaker(5) == anyone
    assert audience.attribution(None) == ""
    # Without the rule, names as ever.
    named = audience_of(example_doc, False).attribution(5)
    assert named == "Ulla Bech (Center for innovative indkøb)"


def test_nobody_and_a_removed_participant_are_attributed_to_no_one(example_doc):
    for rule in (False, True):
        audience = audience_of(example_doc, rule)
        assert audience.attribution(None) == ""
        assert audience.attribution(99) == ""


def test_the_words_follow_the_session_language_unless_another_is_asked_for(example_doc):
    assert audience_of(example_doc, True).words is words_for(Language.DA)
    assert audience_of(example_doc, True, language=Language.EN).words is words_for(Language.EN)
    assert words_for(Language.DA).votes(1) == "1 stemme"
    assert words_for(Language.EN).votes(3) == "3 votes"
    assert words_for(Language.DA).participants(1) == "en deltager"
    assert words_for(Language.DA).participants(3) == "3 deltagere"
    assert words_for(Language.EN).participants(2) == "2 participants"


def test_names_are_hidden_in_an_item_before_anything_is_cut_short(example_doc):
    audience = audience_of(example_doc, True)
    idea = Item(
        Phase.IDEAS,
        ItemKind.IDEA,
        text="Tarek Haddad tester batterierne",
        title="Pia Skovs pilot",
        next_step="Ring til Ulla Bech",
    )
    hidden = audience.item(idea)
    assert (hidden.title, hidden.text, hidden.next_step) == (
        "[deltager]s pilot",
        "[deltager] tester batterierne",
        "Ring til [deltager]",
    )
    assert idea.title == "Pia Skovs pilot", "the item itself is left alone"


def test_cleaning_applies_to_the_names_so_a_cleaned_text_still_matches():
    session = Session("Møde", chatham_house=True)
    people = [Participant("Pia\x01 Skov", id=1)]
    audience = Audience(session, people, True, clean=lambda t: t.replace("\x01", ""))
    assert audience.text("Tak til Pia\x01 Skov") == "Tak til [deltager]"


def test_the_suggested_file_name_never_names_a_participant_under_the_rule(example_doc):
    example_doc["session"]["title"] = "Møde med Pia Skov og ElMaskiner A/S i Vestby Kommune"
    hidden = audience_of(example_doc, True).file_name(".docx")
    assert hidden == "Møde med _deltager_ og _organisation_ i Vestby Kommune.docx"
    shown = audience_of(example_doc, False).file_name(".roundtable.json")
    assert shown == "Møde med Pia Skov og ElMaskiner A_S i Vestby Kommune.roundtable.json"


def test_a_name_cut_by_the_length_limit_is_hidden_before_the_cut():
    long_title = "x" * 75 + " Pia Skov"
    people = [Participant("Pia Skov", sector=Sector.PRIVATE, id=1)]
    name = Audience(Session(long_title), people, True).file_name(".docx")
    assert "Pia" not in name and name.endswith(".docx")
    assert len(name) == 80 + len(".docx")


def test_a_title_with_nothing_usable_gets_a_plain_file_name():
    assert Audience(Session(""), [], False).file_name(".docx") == "session.docx"
    assert Audience(Session("   "), [], False).file_name(".docx") == "session.docx"
    assert Audience(Session("a/b: c?"), [], False).file_name(".docx") == "a_b_ c_.docx"


def test_a_first_name_that_is_an_everyday_word_is_named_to_the_facilitator():
    from roundtable.audience.terms import ambiguous_terms

    bo = Participant(id=1, name="Bo Hansen", organisation="Hansen Rådgivning")
    assert ambiguous_terms(bo) == ["Bo"]  # "Bo sagde …" opens a sentence: it stays
    assert ambiguous_terms(Participant(id=2, name="Lise Mørk", organisation="Vestby")) == []


def test_the_scan_never_flags_what_the_redaction_left():
    # The minutes are refused when the scan finds a name: the redaction must never leave one
    # it then finds. Random notes from the names' own words, capitals, dates and punctuation.
    import random

    people = ["Lise Mørk Jensen", "Anne Mette Skov", "Anders Bech", "Maj Holt", "Tarek Haddad"]
    redact = Redactor(
        [*people, "Jensen", "Skov", "Bech", "Holt", "Haddad"], ["KL", "DataBro A/S"],
        "[p]", "[o]", first_names=people,
    )  # fmt: skip
    words = "Lise lise Mørk M. Jensen Anne Mette Skov Anders Lund Bech Maj maj Holt Bo bo".split()  # noqa: SIM905
    words += "Larsen KL DataBro og sagde 2. 2025 Tarek - , . : …".split()  # noqa: SIM905
    words.append("\n")
    rng = random.Random(7)
    for _ in range(5000):
        note = " ".join(rng.choice(words) for _ in range(rng.randint(1, 7)))
        shown = redact(note)
        assert redact.find(shown) == [], (note, shown)


def test_elmaskiner_is_an_everyday_word_and_set_up_says_so():
    # The short form of ElMaskiner A/S is the word a meeting on emission-free machines
    # uses: it is hidden where written as the name, and the facilitator is told.
    from roundtable.audience.terms import ambiguous_terms
    from roundtable.domain.model import Participant

    assert ambiguous_terms(Participant("Mikkel Dam", "ElMaskiner A/S")) == ["ElMaskiner"]
    assert ambiguous_terms(Participant("Signe Løvgreen", "DataBro A/S")) == []


def test_an_organisation_named_with_the_hosts_place_is_hidden_by_its_own_word(example_doc):
    # "FOA Sydby" at Sydby Kommune: notes write "FOA", which the minutes and the synthesis
    # left for every reader, though FOA was at the table under the rule.
    example_doc["session"]["host"] = "Sydby Kommune"
    example_doc["session"]["participants"].append(
        {"id": "p9", "name": "Bo Holt", "organisation": "FOA Sydby", "sector": "other"}
    )
    audience = audience_of(example_doc, True)
    said = "Kortlægge praktikforløb med FOA; ansvarlig: FOA og Sydby Kommune."
    assert audience.text(said) == (
        "Kortlægge praktikforløb med [organisation]; ansvarlig: [organisation] og Sydby Kommune."
    )
