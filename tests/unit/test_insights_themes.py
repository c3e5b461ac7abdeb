import pytest

from roundtable.insights.similarity import Cancelled, ConceptIndex, Statement
from roundtable.insights.themes import suggest
from roundtable.insights.words import related, stems


def test_the_words_every_roundtable_uses_carry_no_meaning():
    assert stems("Kommunen mangler data om borgerne") == []
    assert stems("Udbudsreglerne låser os") == ["udbudsregl", "lås"]


def test_a_compound_and_its_head_name_one_concept_and_short_words_do_not():
    assert related("udbud", "udbudsregl")
    assert not related("pil", "pilot")


def test_the_same_worry_in_three_sessions_is_suggested_as_one_theme():
    statements = [
        Statement("a", "ældre", "Udbudsreglerne gør dialogen med markedet svær."),
        Statement("b", "unge", "Vi tør ikke føre dialog, fordi udbudsreglerne er uklare."),
        Statement("c", "grøn", "Rammeaftalerne og udbudsreglerne låser dialogen fast."),
        Statement("d", "grøn", "Vintervedligeholdelsen fylder meget i januar."),
    ]
    (theme,) = suggest(statements)
    assert set(theme.keys) == {"a", "b", "c"} and theme.sessions == 3
    assert "udbudsreglerne" in theme.name


def test_alike_statements_from_one_session_alone_are_not_a_theme():
    statements = [
        Statement("a", "ældre", "Udbudsreglerne gør dialogen med markedet svær."),
        Statement("b", "ældre", "Udbudsreglerne gør dialogen svær for os."),
    ]
    assert suggest(statements) == []


def test_a_new_statement_finds_the_earlier_ones_that_say_the_same():
    index = ConceptIndex(
        [
            Statement("a", "ældre", "Robotstøvsugere i hjemmeplejen sparer tid."),
            Statement("b", "unge", "Mobilforbud i frikvartererne giver mere leg."),
        ]
    )
    assert [n for n, _score in index.nearest("En robotstøvsuger til hver borger")] == [0]


def test_suggesting_stops_when_the_caller_cancels():
    statements = [Statement(str(n), str(n % 3), f"Udbud nummer {n}") for n in range(600)]
    with pytest.raises(Cancelled):
        suggest(statements, cancelled=lambda: True)


def test_a_word_the_thesaurus_names_keeps_its_concept_however_deep_the_stemmer_cuts():
    assert "indsigt" in stems("Leverandørerne har ingen indsigt i hjemmeplejen")
    assert "budget" in stems("Gevinsten ligger i en anden forvaltnings budgettet")
    statements = [
        Statement("a", "s1", "Leverandørerne har ingen indsigt i hjemmeplejens vagtplaner."),
        Statement("b", "s2", "Virksomheder mangler indsigt i skolernes vagtplaner og hverdag."),
    ]
    assert [s.keys for s in suggest(statements)] == [("a", "b")]
