"""A session's theme is written as a heading ("Ældreplejens arbejdskraft"); inside a sentence
of the minutes or the report it reads as words of that sentence, unless it opens with an
acronym."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from typing import Any

import docx
import pytest

from roundtable.domain.model import Language
from roundtable.minutes.content import build_minutes
from roundtable.minutes.prose import mid_sentence
from roundtable.report.synthesis import write_report
from roundtable.sessionfile import parse_session_document


def opening(doc: dict[str, Any], language: str = "da") -> str:
    minutes = build_minutes(
        parse_session_document(doc).bundle,
        chatham_house=False,
        language=Language(language),
        now=datetime(2024, 5, 3, tzinfo=UTC),
    )
    return next(b.text for b in minutes.blocks if "Vestby Kommune " in getattr(b, "text", ""))


@pytest.mark.parametrize(
    ("theme", "language", "reads"),
    [
        ("Ældreplejens arbejdskraft", "da", "om ældreplejens arbejdskraft."),
        ("Labour shortage in eldercare", "en", "on labour shortage in eldercare."),
        ("AI i ældreplejen", "da", "om AI i ældreplejen."),
        ("IT-sikkerhed i kommunerne", "da", "om IT-sikkerhed i kommunerne."),
        ("eHealth for the elderly", "en", "on eHealth for the elderly."),
    ],
)
def test_the_minutes_opening_names_the_theme_as_part_of_its_sentence(
    example_doc, theme, language, reads
):
    example_doc["session"]["theme"] = theme
    assert opening(example_doc, language).split(". ")[0] + "." == (
        "Vestby Kommune var vært for rundbordssamtalen " + reads
        if language == "da"
        else "Vestby Kommune hosted the roundtable " + reads
    )


def test_the_title_block_keeps_the_theme_as_written(example_doc):
    example_doc["session"]["theme"] = "Ældreplejens arbejdskraft"
    minutes = build_minutes(
        parse_session_document(example_doc).bundle, chatham_house=False, language=Language.DA
    )
    assert "Tema: Ældreplejens arbejdskraft" in minutes.blocks[2].text
    assert minutes.properties.subject == "Ældreplejens arbejdskraft"


def test_the_reports_opening_names_the_themes_as_part_of_its_sentence(example_doc, tmp_path):
    bundles = []
    for n, theme in enumerate(["Ældreplejens arbejdskraft", "AI i ældreplejen"], start=1):
        doc = json.loads(json.dumps(example_doc))
        doc["session"]["theme"] = theme
        doc["session"]["title"] += f" {n}"
        bundle = parse_session_document(doc).bundle
        bundle.session.id = n
        bundles.append(bundle)
    target = tmp_path / "syntese.docx"
    write_report(bundles, target, series="Ældrepleje 2025", language=None)
    texts = [p.text for p in docx.Document(str(target)).paragraphs]
    first = next(t for t in texts if t.startswith("2 rundbordssamtaler"))
    assert ", om ældreplejens arbejdskraft og AI i ældreplejen." in first


@pytest.mark.parametrize(
    ("theme", "reads"),
    [
        ("Ø-samfundenes fremtid", "ø-samfundenes fremtid"),
        ("Covid-19 og hjemmeplejen", "covid-19 og hjemmeplejen"),
        ("A new deal", "A new deal"),  # one capital letter: taken as an acronym
        ("NemID og digital post", "NemID og digital post"),
        ("3D-print i hjælpemidler", "3D-print i hjælpemidler"),
        ("[organisation]s data", "[organisation]s data"),
        ("", ""),
    ],
)
def test_only_a_first_word_written_as_a_sentence_opens_it_loses_its_capital(theme, reads):
    assert mid_sentence(theme) == reads


@pytest.mark.parametrize(
    ("theme", "names", "reads"),
    [
        ("Københavns ældrepleje", ["Københavns Kommune"], "Københavns ældrepleje"),
        ("Vestbys hjemmepleje", ["Vestby Kommune"], "Vestbys hjemmepleje"),
        ("Region Midtjyllands data", ["", "Region Midtjylland"], "Region Midtjyllands data"),
        ("Mangel på arbejdskraft", ["Vestby Kommune", "Mangeltech"], "mangel på arbejdskraft"),
    ],
)
def test_a_theme_opening_with_a_name_at_the_table_keeps_its_capital(theme, names, reads):
    assert mid_sentence(theme, names) == reads


def test_the_minutes_keep_the_capital_of_a_place_the_host_is_named_after(example_doc):
    example_doc["session"]["theme"] = "Vestbys hjemmepleje"
    assert "rundbordssamtalen om Vestbys hjemmepleje." in opening(example_doc)
