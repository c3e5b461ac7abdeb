"""The synthesis report as an organiser reads it: the issue's sections in order, with the
figures of the overview, and under the Chatham House Rule no participant named anywhere."""

from __future__ import annotations

import dataclasses
import json
import zipfile
from datetime import UTC, date, datetime
from pathlib import Path

import docx
import pytest
from docx.oxml.ns import qn
from test_cli import run
from test_minutes_chatham import _letterhead

from roundtable.audience.docx_scan import docx_leaks
from roundtable.domain.model import Item, ItemKind, Phase, SessionStatus
from roundtable.report.from_store import suggested_file_name
from roundtable.report.selection_audience import selection_audience
from roundtable.report.synthesis import NameLeftInReport, write_report
from roundtable.sessionfile import parse_session_document


def _bundles(example_doc: dict, rule: bool = False) -> list:
    bundles = []
    for n, suffix in enumerate(["Ældre", "Unge", "Grøn"], start=1):
        doc = json.loads(json.dumps(example_doc))
        doc["session"]["title"] += f" {suffix}"
        doc["session"]["series"] = "DI 2023"
        doc["session"]["chatham_house"] = rule and n == 2
        bundle = parse_session_document(doc).bundle
        bundle.session.id = n
        bundles.append(bundle)
    return bundles


def _texts(path: Path) -> list[str]:
    document = docx.Document(str(path))
    found = [p.text for p in document.paragraphs]
    for table in document.tables:
        found += [cell.text for row in table.rows for cell in row.cells]
    return found


def test_the_report_has_the_issues_sections_in_order(example_doc, tmp_path):
    target = tmp_path / "syntese.docx"
    write_report(
        _bundles(example_doc),
        target,
        series="DI 2023",
        synthesis="Første afsnit.\n\nAndet afsnit.",
        today=date(2030, 1, 1),
    )
    document = docx.Document(str(target))
    headings = [
        p.text for p in document.paragraphs if p.style.name.startswith(("Heading", "Title"))
    ]
    assert headings[0] == "DI 2023"
    top = [
        h
        for h in headings
        if h
        in {
            "Sammenfatning",
            "Barrierer, der går igen",
            "De vigtigste idéer",
            "Opfølgning",
            "Møderne",
            "Deltagelse",
        }
    ]
    assert top == [
        "Sammenfatning",
        "Barrierer, der går igen",
        "De vigtigste idéer",
        "Opfølgning",
        "Møderne",
        "Deltagelse",
    ]
    text = "\n".join(_texts(target))
    # The same five people came to all three: five participants, fifteen attendances.
    assert "3 rundbordssamtaler" in text and "Deltagere i alt: 5 (" in text
    assert "I alt 15 deltagelser, da nogle deltog i flere møder." in text
    assert "Første afsnit." in text and "Andet afsnit." in text
    assert "Økonomi — i 3 af 3 møder" in text
    # The example's technology statements are opportunities: no recurring barrier.
    assert "Teknologi — i 3 af 3 møder" not in text
    assert not any("Batterierne kan lades" in t for t in _texts(target))
    assert "Overskredne frister" in text  # every open action is overdue in 2030
    assert "Barrierer efter kategori og møde" in text
    statements = [p for p in document.paragraphs if p.text.startswith("»")]
    assert 2 <= len([s for s in statements if "Elmaskiner" in s.text]) <= 3


def test_without_a_synthesis_text_the_report_has_no_section_for_it(example_doc, tmp_path):
    # Its readers were told "Arrangøren har ikke skrevet en sammenfatning."
    target = tmp_path / "syntese.docx"
    write_report(_bundles(example_doc), target, series="DI 2023", language=None)
    texts = _texts(target)
    assert "Sammenfatning" not in texts and not any("sammenfatning" in t for t in texts)
    assert not any("Chatham House" in t for t in texts), "no session under the rule"


def test_a_planned_meeting_of_the_series_is_named_not_counted_as_held(example_doc, tmp_path):
    bundles = _bundles(example_doc)
    planned = bundles[2]
    planned.session.status = SessionStatus.PLANNED
    planned.session.starts_at = datetime(2025, 6, 10, 13, 0, tzinfo=UTC)
    planned.participants, planned.items = planned.participants[:1], []
    target = tmp_path / "syntese.docx"
    write_report(bundles, target, series="DI 2023", language=None)
    texts = _texts(target)
    opening = next(t for t in texts if t.startswith("2 rundbordssamtaler"))
    assert "med Vestby Kommune som vært," in opening
    assert any("i 2 af 2" in t for t in texts) and not any(" af 3" in t for t in texts)
    assert f"Planlagt, endnu ikke holdt: {planned.session.title} (10. juni 2025)." in texts


def test_meetings_with_two_hosts_read_as_hosted_by_both(example_doc, tmp_path):
    bundles = _bundles(example_doc)
    bundles[1].session.host = "Nordby Kommune"
    target = tmp_path / "syntese.docx"
    write_report(bundles, target, series="DI 2023", language=None)
    assert any("med Vestby Kommune og Nordby Kommune som værter" in t for t in _texts(target))


def _imported_series(tmp_path: Path, example_doc: dict) -> Path:
    """A data folder holding the example as the one session of the series "DI 2023"."""
    data = tmp_path / "data"
    path = tmp_path / "s.roundtable.json"
    example_doc["session"]["series"] = "DI 2023"
    path.write_text(json.dumps(example_doc), encoding="utf-8")
    assert run("import", str(path), data=data).returncode == 0
    return data


def test_the_report_is_written_only_to_a_docx_file(tmp_path, example_doc):
    data = _imported_series(tmp_path, example_doc)
    returned = tmp_path / "returned.xlsx"
    returned.write_bytes(b"a returned workbook")
    done = run("report", "--series", "DI 2023", "-o", str(returned), data=data)
    assert done.returncode == 2 and "must end in .docx" in done.stderr
    assert returned.read_bytes() == b"a returned workbook"


def test_one_session_under_the_rule_puts_the_whole_report_under_it(crowded_doc, tmp_path):
    example_doc = crowded_doc  # every sector two or more: statements keep their sector
    bundles = _bundles(example_doc, rule=True)
    target = tmp_path / "syntese.docx"
    synthesis = "Pia Skov fra ElMaskiner A/S sagde det klart."
    write_report(bundles, target, series="DI 2023", synthesis=synthesis)
    assert docx_leaks(target, selection_audience(bundles, True, bundles[0].session.language)) == []
    with zipfile.ZipFile(target) as package:
        whole = " ".join(package.read(n).decode("utf-8", "replace") for n in package.namelist())
    for person in example_doc["session"]["participants"]:
        assert person["name"] not in whole
    # Said on the first page, under the opening, where a forwarded copy is read.
    opening = docx.Document(str(target)).paragraphs[1:4]
    assert any(p.text.startswith("Rapporten følger Chatham House-reglen") for p in opening)
    assert "en kommunal deltager" in whole


def test_a_statement_from_a_table_with_a_sector_of_one_names_no_sector(example_doc, tmp_path):
    # The example's one participant from another sector: naming sectors would name her.
    target = tmp_path / "syntese.docx"
    write_report(_bundles(example_doc), target, series="DI 2023", language=None)
    statements = [p.text for p in docx.Document(str(target)).paragraphs if p.text.startswith("»")]
    assert statements and all(" — en deltager, " in s for s in statements)
    assert not any("kommunal deltager" in s or "privat deltager" in s for s in statements)


def test_a_template_that_names_a_participant_is_refused_and_nothing_written(
    example_doc, tmp_path, monkeypatch
):
    monkeypatch.setattr("roundtable.minutes.template.hide_names", lambda document, hide: None)
    template = _letterhead(tmp_path / "brev.docx")
    target = tmp_path / "syntese.docx"
    with pytest.raises(NameLeftInReport) as refused:
        write_report(
            _bundles(example_doc), target, chatham_house=True, template=template, series="S"
        )
    assert "Pia Skov" in str(refused.value)
    assert not target.exists()


def test_the_report_command_writes_the_series_with_its_synthesis_text(tmp_path, example_doc):
    data = _imported_series(tmp_path, example_doc)
    done = run("series-text", "DI 2023", "--set", "Vores konklusion.", data=data)
    assert done.returncode == 0, done.stderr
    assert run("series-text", "DI 2023", data=data).stdout.strip() == "Vores konklusion."
    # Printed as every command prints stored text: a control character escaped, not sent
    # to the terminal; its paragraphs kept.
    run("series-text", "DI 2023", "--set", "Først\n\nSå \x1b[31mrødt", data=data)
    said = run("series-text", "DI 2023", data=data).stdout
    assert "\x1b" not in said and said == "Først\n\nSå \\x1b[31mrødt\n"
    run("series-text", "DI 2023", "--set", "Vores konklusion.", data=data)
    target = tmp_path / "r.docx"
    done = run("report", "--series", "DI 2023", "-o", str(target), "--language", "en", data=data)
    assert done.returncode == 0, done.stderr
    text = _texts(target)
    assert "Vores konklusion." in text and "Recurring barriers" in text


def test_the_report_of_an_unknown_series_or_an_empty_library_writes_nothing(tmp_path, example_doc):
    target = tmp_path / "r.docx"
    done = run("report", "-o", str(target), data=tmp_path / "empty")
    assert done.returncode == 1 and "no sessions" in done.stderr and not target.exists()
    done = run("report", "--series", "Ingen", "-o", str(target), data=tmp_path / "empty")
    assert done.returncode == 1 and "Ingen" in done.stderr and not target.exists()
    done = run("series-text", "Ingen", data=tmp_path / "empty")
    assert done.returncode == 1 and "Ingen" in done.stderr


def test_statements_are_attributed_by_sector_even_without_the_rule(example_doc, tmp_path):
    target = tmp_path / "syntese.docx"
    write_report(_bundles(example_doc), target, series="DI 2023")
    statements = [t for t in _texts(target) if t.startswith("»")]
    assert statements and all("deltager" in s for s in statements)
    assert not any("Pia Skov" in s for s in statements)


def test_the_opening_counts_sectors_in_words_and_follow_up_reads_in_order_of_progress(
    example_doc, tmp_path
):
    target = tmp_path / "syntese.docx"
    write_report(_bundles(example_doc), target, series="DI 2023", today=date(2030, 1, 1))
    text = "\n".join(_texts(target))
    assert "Deltagere i alt: 5 (2 kommunale, " in text  # "kommunale", plural
    assert ") fra 4 organisationer." in text
    document = docx.Document(str(target))
    table = next(t for t in document.tables if t.rows[0].cells[0].text == "Hvad")
    kinds = [row.cells[0].text for row in table.rows[1:]]
    assert kinds == sorted(kinds, key=lambda k: k != "Idé")  # ideas first, then actions
    assert all(k[0].isupper() for k in kinds)


def test_an_idea_whose_text_is_its_title_is_not_printed_twice(example_doc, tmp_path):
    bundles = _bundles(example_doc)
    for bundle in bundles:
        for item in bundle.items:
            if item.kind.value == "idea":
                item.text = item.title or item.text
    target = tmp_path / "syntese.docx"
    write_report(bundles, target, series="DI 2023")
    paragraphs = docx.Document(str(target)).paragraphs
    headed = [
        n for n, p in enumerate(paragraphs) if p.style.name == "Heading 2" and "·" not in p.text
    ]
    ideas = {i.title for b in bundles for i in b.items if i.kind.value == "idea"}
    under = [(paragraphs[n].text, paragraphs[n + 1].text) for n in headed]
    assert any(title in ideas for title, _ in under)
    assert all(after != title for title, after in under)


def test_the_chart_draws_its_bars_in_the_accent_colour_with_the_count_as_plain_text(
    example_doc, tmp_path
):
    target = tmp_path / "syntese.docx"
    write_report(_bundles(example_doc), target, series="DI 2023", today=date(2030, 1, 1))
    chart = docx.Document(str(target)).tables[-1]
    cell = chart.rows[1].cells[1]
    bar, count = cell.paragraphs[0].runs
    assert cell.text == bar.text + count.text and set(bar.text) == {"█"}
    assert count.text == f" {len(bar.text)}"  # read aloud and printed in black and white
    colour = bar.element.rPr.find(qn("w:color"))
    assert colour is not None and colour.get(qn("w:themeColor")) == "accent1"
    assert count.element.rPr is None


def _many(example_doc: dict, meetings: int) -> list:
    bundles = (_bundles(example_doc) * meetings)[:meetings]
    for n, bundle in enumerate(bundles, start=1):
        session = dataclasses.replace(bundle.session, id=n, title=f"Møde nummer {n}")
        bundles[n - 1] = dataclasses.replace(bundle, session=session)
    return bundles


def _page_width_in_twips(document) -> int:
    section = document.sections[0]
    return (section.page_width - section.left_margin - section.right_margin) // 635


def _table_width(table) -> int:
    widths = [int(g.get(qn("w:w"))) for g in table._tbl.tblGrid.findall(qn("w:gridCol"))]
    assert min(widths) > 0, widths
    return sum(widths)


def test_a_chart_of_more_meetings_than_categories_has_a_row_per_meeting(example_doc, tmp_path):
    target = tmp_path / "syntese.docx"
    write_report(_many(example_doc, 6), target, series="DI 2023", today=date(2030, 1, 1))
    document = docx.Document(str(target))
    chart = document.tables[-1]
    assert [c.text for c in chart.rows[0].cells] == ["", "Økonomi", "Udbud"]
    assert [r.cells[0].text for r in chart.rows[1:]] == [f"Møde nummer {n}" for n in range(1, 7)]
    assert _table_width(chart) <= _page_width_in_twips(document)


@pytest.mark.parametrize("meetings", [5, 10])
def test_a_chart_of_many_meetings_and_more_categories_numbers_its_columns(
    example_doc, tmp_path, meetings
):
    bundles = _many(example_doc, meetings)
    categories = ["legislation", "data", "economy", "organisation", "ethics_trust", "procurement"]
    for bundle in bundles:
        barrier = next(i for i in bundle.items if i.kind is ItemKind.BARRIER)
        bundle.items.extend(dataclasses.replace(barrier, category=c, uid="") for c in categories)
    target = tmp_path / "syntese.docx"
    write_report(bundles, target, series="DI 2023", today=date(2030, 1, 1))
    document = docx.Document(str(target))
    chart = document.tables[-1]
    numbers = [str(n) for n in range(1, meetings + 1)]
    assert [c.text for c in chart.rows[0].cells] == ["", *numbers]
    key = next(p for p in document.paragraphs if p.text.startswith("1\tMøde nummer 1"))
    assert key.text.splitlines()[-1] == f"{meetings}\tMøde nummer {meetings}"
    assert _table_width(chart) <= _page_width_in_twips(document)


def test_one_participant_from_one_organisation_is_counted_in_the_singular(example_doc, tmp_path):
    doc = json.loads(json.dumps(example_doc))
    session = doc["session"]
    keep = session["participants"][0]
    session["participants"] = [keep]
    session["speaking_turns"] = []
    for item in session["items"]:
        for key in ("by", "owner"):
            if key in item and item[key] != keep["id"]:
                del item[key]
    bundle = parse_session_document(doc).bundle
    bundle.session.id = 1
    target = tmp_path / "syntese.docx"
    write_report([bundle], target, series="Én", today=date(2030, 1, 1))
    text = "\n".join(_texts(target))
    assert "Deltagere i alt: 1 (1 kommunal) fra 1 organisation." in text
    assert "deltagelser" not in text  # one meeting: nothing to add


def test_a_person_at_two_meetings_is_one_participant_and_newcomers_add_to_the_count(
    example_doc, tmp_path
):
    first, second = _bundles(example_doc)[:2]
    # The same person, typed differently the second time, is one; a namesake at another
    # organisation is another person.
    again = second.participants[0]
    again.name = "  " + again.name.upper().replace(" ", "  ") + " "
    second.participants[1].organisation = "Another Organisation ApS"
    for bundle in (first, second):
        bundle.session.language = bundle.session.language.EN
    target = tmp_path / "report.docx"
    write_report([first, second], target, series="Two", today=date(2030, 1, 1))
    text = "\n".join(_texts(target))
    assert "Participants in all: 6 (" in text  # 5 + the namesake elsewhere
    assert "10 attendances in all, as some came to more than one meeting." in text

    only_new = _bundles(example_doc)[:2]
    for person in only_new[1].participants:
        person.name += " Jr."
    target = tmp_path / "report-new.docx"
    write_report(only_new, target, series="Two", today=date(2030, 1, 1))
    text = "\n".join(_texts(target))
    assert "Deltagere i alt: 10 (" in text
    assert "deltagelser" not in text  # no one came twice: people and attendances agree


def test_an_ideas_owner_is_labelled_as_owner_and_an_outcome_names_its_meeting(
    example_doc, tmp_path
):
    bundles = _bundles(example_doc, rule=True)
    for bundle in bundles:
        for item in bundle.items:
            if item.kind is ItemKind.ACTION:
                item.outcome = "Eksempler sendt"
    target = tmp_path / "syntese.docx"
    write_report(bundles, target, series="DI 2023", today=date(2030, 1, 1))
    text = _texts(target)
    # Unlabelled, "· en kommunal deltager" read as the one who proposed the idea.
    facts = [t for t in text if "af mødets stemmer" in t]
    assert facts and all("Ansvarlig: " in t for t in facts), facts
    outcomes = [t for t in text if "Eksempler sendt" in t]
    assert outcomes and all(t.endswith(")") and "Rundbordsdialog" in t for t in outcomes)
    assert not any(".:" in t for t in outcomes)  # the action's own full stop, then a colon


def test_the_name_suggested_for_a_report_is_its_series_fit_for_any_file_system(example_doc):
    bundles = _bundles(example_doc)
    named = suggested_file_name(bundles, "DI Digital: velfærd / 2026", ".docx", "Rundborde")
    assert named == "DI Digital velfærd 2026.docx"  # not "DI Digital  velfærd   2026"
    assert suggested_file_name(bundles, None, ".xlsx", "Rundborde") == "DI 2023.xlsx"
    bundles[0].session.series = "Andet"  # no series shared: the fallback
    assert suggested_file_name(bundles, None, ".xlsx", "Rundborde") == "Rundborde.xlsx"


def test_under_the_rule_a_series_named_after_a_participant_is_not_suggested(example_doc):
    series = "Dialog med ElMaskiner A/S"
    ruled, free = _bundles(example_doc, rule=True), _bundles(example_doc)
    assert suggested_file_name(ruled, series, ".docx", "Rundborde") == "Rundborde.docx"
    assert suggested_file_name(ruled, "Pia Skov: opfølgning", ".xlsx", "R") == "R.xlsx"
    assert suggested_file_name(free, series, ".docx", "R") == "Dialog med ElMaskiner A S.docx"
    # The host is the subject of its sessions, named under the rule too.
    assert suggested_file_name(ruled, "Vestby Kommune 2026", ".docx", "R") == (
        "Vestby Kommune 2026.docx"
    )


def test_the_barriers_an_idea_answers_are_joined_without_doubled_stops(example_doc, tmp_path):
    bundles = _bundles(example_doc)
    items = bundles[0].items
    barriers = [i for i in items if i.kind is ItemKind.BARRIER][:2]
    for n, barrier in enumerate(barriers, start=1):
        barrier.id, barrier.title, barrier.text = 900 + n, "", f"Barriere nummer {n}."
    ideas = [i for i in items if i.kind is ItemKind.IDEA]
    top = max(ideas, key=lambda i: i.votes)
    top.barrier_ids = [b.id for b in barriers]
    target = tmp_path / "syntese.docx"
    write_report(bundles, target, series="DI 2023", language=None)
    line = next(t for t in _texts(target) if t.startswith("Imødegår:"))
    assert line == "Imødegår: Barriere nummer 1; Barriere nummer 2"


def test_a_series_with_two_hosts_names_each_hosts_town_under_the_rule(example_doc, tmp_path):
    # Under the rule a participant from Nordby Kommune at Vestby's meeting makes 'Nordby'
    # a name to hide there; the report of both meetings still names Nordby's own venue.
    bundles = _bundles(example_doc, rule=True)
    second = bundles[1]
    second.session.host = "Nordby Kommune"
    second.session.venue = "Nordby Rådhus"
    guest = dataclasses.replace(second.participants[0], id=99, organisation="Nordby Kommune")
    bundles[0].participants.append(guest)
    target = tmp_path / "syntese.docx"
    write_report(bundles, target, series="DI 2023", language=None)
    assert any("Nordby Rådhus" in t for t in _texts(target))


def test_a_meetings_key_messages_read_as_in_its_minutes_a_list_and_a_link(example_doc, tmp_path):
    bundles = _bundles(example_doc)
    bundles[0].session.summary = (
        "Deltagerne var enige.\n- Kommunerne udarbejder et fælles udbud\n"
        "- Standarden ligger på https://www.digst.dk/standarder"
    )
    target = tmp_path / "syntese.docx"
    write_report(bundles, target, series="DI 2023", language=None)
    document = docx.Document(str(target))
    at = next(n for n, p in enumerate(document.paragraphs) if p.text.startswith("Hovedbudskaber:"))
    first, one, two = document.paragraphs[at : at + 3]
    assert first.text == "Hovedbudskaber: Deltagerne var enige."
    assert (one.text, two.text) == (
        "Kommunerne udarbejder et fælles udbud",
        "Standarden ligger på https://www.digst.dk/standarder",
    )
    assert one.style.name == two.style.name != first.style.name  # the list's own style
    assert "https://www.digst.dk/standarder" in two._p.xml and "hyperlink" in two._p.xml


def test_under_the_rule_a_templates_header_keeps_a_host_that_was_a_guest_elsewhere(
    example_doc, tmp_path
):
    bundles = _bundles(example_doc, rule=True)
    second = bundles[1]
    second.session.host = "Nordby Kommune"
    guest = dataclasses.replace(second.participants[0], id=99, organisation="Nordby Kommune")
    bundles[0].participants.append(guest)  # Nordby is a name to hide at Vestby's meeting
    letterhead = docx.Document()
    letterhead.sections[0].header.paragraphs[0].add_run("Nordby Kommune · Kontakt: Pia Skov")
    template = tmp_path / "brev.docx"
    letterhead.save(str(template))
    target = tmp_path / "syntese.docx"
    write_report(bundles, target, series="DI 2023", language=None, template=template)
    header = docx.Document(str(target)).sections[0].header.paragraphs[0].text
    assert header.startswith("Nordby Kommune · Kontakt: ")
    assert "Pia" not in header and "Skov" not in header


def test_what_came_up_at_one_meeting_only_is_not_reported_as_recurring(example_doc, tmp_path):
    # "Kompetencer — i 1 af 3 møder" stood under "Barrierer, der går igen".
    bundles = _bundles(example_doc)
    bundles[0].items.append(
        Item(Phase.BARRIERS_OPPORTUNITIES, ItemKind.BARRIER, "Ingen har tid til kurser",
             category="competences", id=998, session_id=1)
    )  # fmt: skip
    target = tmp_path / "syntese.docx"
    write_report(bundles, target, series="DI 2023")
    text = "\n".join(_texts(target))
    assert "Økonomi — i 3 af 3 møder" in text
    assert "i 1 af 3 møder" not in text and "Ingen har tid til kurser" not in text
    for bundle in bundles[1:]:  # nothing at all recurs now
        bundle.items = [i for i in bundle.items if i.kind is not ItemKind.BARRIER]
    bundles[0].items = [i for i in bundles[0].items if i.category != "economy"]
    write_report(bundles, target, series="DI 2023")
    assert any("gik igen på mere end ét møde" in t for t in _texts(target))
