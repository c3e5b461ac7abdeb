"""The minutes under the Chatham House Rule: what a template brings is cleaned too, and
every part of the document is scanned before anything is written."""

from __future__ import annotations

import zipfile
from pathlib import Path
from typing import Any

import docx
import pytest

from roundtable.audience.docx_scan import docx_leaks
from roundtable.minutes import NameLeftInMinutes, write_minutes
from roundtable.sessionfile import parse_session_document

_CUSTOM = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties"'
    ' xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">'
    '<property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="2" name="Kontakt">'
    "<vt:lpwstr>Pia Skov, ElMaskiner A/S</vt:lpwstr></property></Properties>"
)


def _letterhead(path: Path) -> Path:
    """A template whose header names a participant across two runs, with a text box in the
    footer and a custom property naming another."""
    document = docx.Document()
    header = document.sections[0].header.paragraphs[0]
    header.add_run("ElMaskiner A/S · Pia Sk")
    header.add_run("ov")
    footer = document.sections[0].footer.paragraphs[0]
    footer.add_run("Tarek Haddad, Batteri & Co")
    document.save(str(path))
    with zipfile.ZipFile(path) as source:
        parts = {info.filename: source.read(info) for info in source.infolist()}
    parts["docProps/custom.xml"] = _CUSTOM.encode()
    parts["_rels/.rels"] = parts["_rels/.rels"].replace(
        b"</Relationships>",
        b'<Relationship Id="rIdCustom" Type="http://schemas.openxmlformats.org/officeDocument/'
        b'2006/relationships/custom-properties" Target="docProps/custom.xml"/></Relationships>',
    )
    parts["[Content_Types].xml"] = parts["[Content_Types].xml"].replace(
        b"</Types>",
        b'<Override PartName="/docProps/custom.xml" ContentType="application/'
        b'vnd.openxmlformats-officedocument.custom-properties+xml"/></Types>',
    )
    with zipfile.ZipFile(path, "w") as target:
        for name, data in parts.items():
            target.writestr(name, data)
    return path


def _all_text(path: Path) -> str:
    with zipfile.ZipFile(path) as package:
        return "\n".join(
            package.read(n).decode("utf-8") for n in package.namelist() if n.endswith(".xml")
        )


def _bundle(doc: dict[str, Any]) -> Any:
    return parse_session_document(doc).bundle


def test_a_templates_header_footer_and_properties_are_cleaned_under_the_rule(example_doc, tmp_path):
    template = _letterhead(tmp_path / "brev.docx")
    target = tmp_path / "referat.docx"
    write_minutes(_bundle(example_doc), target, chatham_house=True, template=template)
    written = _all_text(target)
    for name in ("Pia Sk", "Skov", "ElMaskiner", "Tarek", "Haddad", "Batteri &amp; Co"):
        assert name not in written
    assert "[organisation]" in written and "[deltager]" in written


def test_without_the_rule_the_templates_header_is_kept(example_doc, tmp_path):
    template = _letterhead(tmp_path / "brev.docx")
    target = tmp_path / "referat.docx"
    write_minutes(_bundle(example_doc), target, template=template)
    assert "ElMaskiner A/S · Pia Sk" in _all_text(target)


def test_a_name_left_anywhere_in_the_document_writes_nothing_and_says_which_and_where(
    example_doc, tmp_path, monkeypatch
):
    # As if cleaning the template had missed its header.
    monkeypatch.setattr("roundtable.minutes.template.hide_names", lambda document, hide: None)
    template = _letterhead(tmp_path / "brev.docx")
    target = tmp_path / "referat.docx"
    with pytest.raises(NameLeftInMinutes) as refused:
        write_minutes(_bundle(example_doc), target, chatham_house=True, template=template)
    assert "Pia Skov" in str(refused.value) and "word/header" in str(refused.value)
    assert "docProps/custom.xml" in str(refused.value)
    assert not target.exists()
    assert list(tmp_path.iterdir()) == [template]


def test_minutes_under_the_rule_name_no_one_in_any_part(example_doc, tmp_path):
    from roundtable.audience import Audience

    bundle = _bundle(example_doc)
    target = tmp_path / "referat.docx"
    write_minutes(bundle, target, chatham_house=True)
    assert docx_leaks(target, Audience.for_session(bundle, True)) == []


def test_a_first_name_that_is_a_word_or_the_facilitators_does_not_stop_the_minutes(
    example_doc, tmp_path
):
    # "Maj" is also the month on the front page ("2. maj 2024"), and the facilitator Anders
    # Lund shares his first name with a participant: neither is a participant's name there.
    people = example_doc["session"]["participants"]
    people[0]["name"], people[1]["name"] = "Maj Mørk", "Anders Bech"
    target = tmp_path / "referat.docx"
    write_minutes(_bundle(example_doc), target, chatham_house=True)
    text = "\n".join(p.text for p in docx.Document(str(target)).paragraphs)
    assert "2. maj 2024" in text and "Anders Lund" in text
    assert "Maj Mørk" not in text and "Anders Bech" not in text


def test_english_minutes_with_a_participant_called_may_are_written(example_doc, tmp_path):
    # "2 May 2024" on the front page is a date, not the participant May Lee.
    example_doc["session"]["participants"][0]["name"] = "May Lee"
    target = tmp_path / "minutes.docx"
    write_minutes(_bundle(example_doc), target, chatham_house=True, language="en")
    assert "2 May 2024" in "\n".join(p.text for p in docx.Document(str(target)).paragraphs)


def test_a_heading_cut_after_a_first_name_kept_whole_names_no_one(example_doc, tmp_path):
    # Anders Lund, the facilitator, is kept whole beside the participant Anders Bech; cut to
    # a heading after "Anders", the first name stands alone and goes.
    session = example_doc["session"]
    session["participants"][1]["name"] = "Anders Bech"
    idea = next(i for i in session["items"] if i["kind"] == "idea")
    idea["title"] = ""
    idea["text"] = "Forslaget om en fælles og åben markedsdialog med leverandørerne kom fra"
    idea["text"] += " Anders Lund og blev godt modtaget af alle ved bordet."  # cut after Anders
    target = tmp_path / "referat.docx"
    write_minutes(_bundle(example_doc), target, chatham_house=True)
    headings = [p.text for p in docx.Document(str(target)).paragraphs if p.text.endswith("…")]
    assert any(h.endswith("fra [deltager]…") for h in headings), headings
