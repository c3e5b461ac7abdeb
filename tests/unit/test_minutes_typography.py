"""How the Word minutes read and open: Word's settings, links and lists, what keeps together,
column widths, and page breaks on a real render where LibreOffice is installed."""

from __future__ import annotations

import random
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path
from typing import Any

import docx
import pytest
from docx.oxml.ns import qn
from docx.shared import Pt

from roundtable.domain.model import Language
from roundtable.minutes import write_minutes
from roundtable.minutes.blocks import Table
from roundtable.minutes.body_xml import column_widths
from roundtable.minutes.content import build_minutes
from roundtable.minutes.table_text import HOUSE
from roundtable.minutes.text import word_safe
from roundtable.sessionfile import parse_session_document


def bundle_of(doc: dict[str, Any]):
    return parse_session_document(doc).bundle


def written(doc: dict[str, Any], tmp_path: Path, **options: Any) -> Path:
    out = tmp_path / "referat.docx"
    write_minutes(bundle_of(doc), out, **options)
    return out


def part(path: Path, name: str) -> str:
    with zipfile.ZipFile(path) as package:
        return package.read(name).decode("utf-8")


def test_word_opens_the_minutes_in_its_current_mode_and_checks_their_spelling(
    example_doc, tmp_path
):
    settings = part(written(example_doc, tmp_path), "word/settings.xml")
    assert 'w:val="15"' in settings and 'w:val="14"' not in settings
    assert "proofState" not in settings


def test_the_default_look_is_one_sans_serif_family(example_doc, tmp_path):
    theme = part(written(example_doc, tmp_path), "word/theme/theme1.xml")
    assert "Cambria" not in theme.split("<a:majorFont>")[1].split("</a:majorFont>")[0]
    assert '<a:latin typeface="Calibri"' in theme


def test_summary_lines_starting_with_a_dash_become_a_list_and_addresses_links(
    example_doc, tmp_path
):
    example_doc["session"]["summary"] = (
        "Vi aftalte tre ting:\n- at mødes igen\n- at dele data\nSe mere på https://kl.dk/dialog."
    )
    out = written(example_doc, tmp_path)
    document = docx.Document(str(out))
    bullets = [p.text for p in document.paragraphs if p.style.name == "List Bullet"]
    assert bullets[:2] == ["at mødes igen", "at dele data"]
    body = part(out, "word/document.xml")
    assert "<w:hyperlink" in body
    assert "https://kl.dk/dialog" in part(out, "word/_rels/document.xml.rels")


def test_the_parts_of_an_idea_keep_together_on_one_page(example_doc, tmp_path):
    document = docx.Document(str(written(example_doc, tmp_path)))
    paras = document.paragraphs
    heading = next(n for n, p in enumerate(paras) if p.text == "Markedsdialog før udbud")
    assert paras[heading].style.name == "Heading 2"
    text, facts = paras[heading + 1], paras[heading + 2]
    assert text.paragraph_format.keep_with_next and text.paragraph_format.keep_together
    assert facts.text.startswith("Stemmer: 6")


def test_a_block_of_facts_is_not_split_over_two_pages(example_doc, tmp_path):
    example_doc["session"]["next_meeting"] = "2024-06-20"
    document = docx.Document(str(written(example_doc, tmp_path)))
    facts = [
        p for p in document.paragraphs if p.text.startswith(("Tema:", "Stemmer:", "Næste møde:"))
    ]
    # The title block, each of the two ideas (the last one's ends it) and the follow-up.
    assert len(facts) == 4
    for paragraph in facts:
        assert paragraph.paragraph_format.keep_together, paragraph.text[:40]


def test_the_chatham_house_notice_stays_on_the_page_of_its_count(example_doc, tmp_path):
    document = docx.Document(str(written(example_doc, tmp_path, chatham_house=True)))
    notice = next(p for p in document.paragraphs if "Chatham House" in p.text)
    assert notice.paragraph_format.keep_with_next
    assert notice._p.getnext().tag == qn("w:tbl")  # the count, right after it


def test_the_chatham_house_count_total_row_is_bold(example_doc, tmp_path):
    document = docx.Document(str(written(example_doc, tmp_path, chatham_house=True)))
    counts = next(t for t in document.tables if t.rows[0].cells[0].text == "Sektor")
    total = counts.rows[-1]
    assert total.cells[0].text == "I alt"
    assert all(run.bold for cell in total.cells for run in cell.paragraphs[0].runs)


def test_table_columns_are_wide_enough_for_their_longest_word():
    block = Table(("Sektor", "Taletid", "Andel", "Indlæg"), (("Kommunal", "20 min.", "75 %", "1"),))
    widths = column_widths(block, 9070)
    assert sum(widths) <= 9070
    # Five or six letters of 9 pt text need about 600 twips with the cell margins.
    assert min(widths) >= 600


def test_a_table_whose_longest_words_are_wider_than_the_page_still_fits_the_page():
    titles = tuple(f"Rundbordsdialog om emissionsfrie arbejdsmaskiner {n}" for n in range(10))
    block = Table(("", *titles), (("Økonomi", *("█████ 5" for _ in titles)),))
    widths = column_widths(block, 9070)
    assert sum(widths) <= 9070 and len(set(widths[1:])) == 1 and min(widths) > 0
    # One column with room, the other's words too wide alone: none goes below nothing.
    url = "https://example.org/" + "x" * 80
    block = Table(("Idé", "Kilde"), (("en lang sætning " * 20, url),))
    widths = column_widths(block, 9070)
    assert sum(widths) <= 9070 and min(widths) > 0
    # A web address wider than the page breaks in its column; the others keep their words.
    block = Table(
        ("Hvad", "Ansvarlig", "Frist"), (("Læs " + "x" * 139, "indkøbskonsulent", "1. juni"),)
    )
    what, who, due = column_widths(block, 9070)
    assert what + who + due <= 9070
    assert who >= HOUSE.width("indkøbskonsulent") and due >= HOUSE.width("Frist", HOUSE.header)
    for width in (0, -500):  # a template whose margins leave no page
        assert min(column_widths(block, width)) >= 1


def larger_text_template(path: Path) -> Path:
    """An organisation's template whose text is 12 pt Calibri: our tables' is 9 pt."""
    template = docx.Document()
    template.styles["Normal"].font.size = Pt(12)
    template.styles["Normal"].font.name = "Calibri"
    template.save(str(path))
    return path


# What words of the example's tables take in Calibri at 12 pt (twips, from the font's own
# advance widths; bold where they stand in a header): a reader's measure, not the writer's.
CALIBRI_12PT = {
    "Stemmer": 914,
    "Placering": 913,
    "Lavthængende": 1446,
    "nabokommuner": 1568,
    "foreslået": 867,
    "Organisation": 1282,
    "Indlæg": 680,
    "behovsbeskrivelser": 1868,
}
WORD_CELL_MARGINS = 2 * 108  # a table style that gives none: Word's own


def test_a_template_with_larger_text_gets_columns_wide_enough_for_their_words(
    example_doc, tmp_path
):
    template = larger_text_template(tmp_path / "kommune.docx")
    document = docx.Document(str(written(example_doc, tmp_path, template=template)))
    section = document.sections[0]
    text_width = (section.page_width - section.left_margin - section.right_margin) // 635
    seen = set()
    for table in document.tables:
        grid = [int(g.get(qn("w:w"))) for g in table._tbl.tblGrid.findall(qn("w:gridCol"))]
        assert sum(grid) <= text_width
        columns = zip(*([c.text for c in row.cells] for row in table.rows), strict=True)
        for column, width in zip(columns, grid, strict=True):
            for word in {w for text in column for w in text.split()} & CALIBRI_12PT.keys():
                seen.add(word)
                need = CALIBRI_12PT[word] + WORD_CELL_MARGINS
                assert width >= need, f"{word!r} breaks: {width} twips for {need}"
    assert seen == CALIBRI_12PT.keys()


# The longest due dates in Calibri, plain, at the house look's 9 pt and a template's 12 pt
# (twips, from the font's own advance widths, as CALIBRI_12PT).
CALIBRI_DATES = {
    ("30. september 2024", 9): 1469,
    ("30 September 2024", 9): 1436,
    ("30. september 2024", 12): 1959,
    ("30 September 2024", 12): 1915,
}
HOUSE_CELL_MARGINS = 2 * 80


@pytest.mark.parametrize(
    "language, date", [("da", "30. september 2024"), ("en", "30 September 2024")]
)
@pytest.mark.parametrize("size", [9, 12])
def test_an_action_s_due_date_stays_on_one_line(example_doc, tmp_path, language, date, size):
    session = example_doc["session"]
    session["language"] = language
    action = next(i for i in session["items"] if i["kind"] == "action")
    action["due"] = "2024-09-30"
    # A long 'what' takes most of the width: the date's column had a share by its length.
    action["text"] = "Indkalde leverandørerne til dialogmøde om ladeinfrastruktur. " * 3
    template = larger_text_template(tmp_path / "kommune.docx") if size == 12 else None
    document = docx.Document(str(written(example_doc, tmp_path, template=template)))
    actions = next(t for t in document.tables if t.rows[-1].cells[-1].text == date)
    grid = [int(g.get(qn("w:w"))) for g in actions._tbl.tblGrid.findall(qn("w:gridCol"))]
    margins = HOUSE_CELL_MARGINS if template is None else WORD_CELL_MARGINS
    need = CALIBRI_DATES[date, size] + margins
    assert grid[-1] >= need, f"{date!r} breaks: {grid[-1]} twips for {need}"


CALIBRI_9PT_TALK = {"12 min. 30 sek.": 1099, "100 %": 443}  # as CALIBRI_DATES


def test_a_speaking_time_stays_on_one_line_beside_long_names(example_doc, tmp_path):
    session = example_doc["session"]
    tarek = next(p for p in session["participants"] if p["id"] == "p4")
    tarek["name"] = "Tarek Haddad Christensen-Bøgh"
    tarek["organisation"] = (
        "Styrelsen for Dataforsyning og Infrastruktur, Center for innovative indkøb"
    )
    session["speaking_turns"] = [
        {
            "by": "p4",
            "started_at": "2024-05-02T13:25:00+02:00",
            "ended_at": "2024-05-02T13:37:30+02:00",
        }
    ]
    document = docx.Document(str(written(example_doc, tmp_path)))
    by_person = next(
        t for t in document.tables if t.rows[0].cells[0].text == "Navn" and len(t.columns) == 5
    )
    assert [c.text for c in by_person.rows[1].cells][2:4] == ["12 min. 30 sek.", "100 %"]
    grid = [int(g.get(qn("w:w"))) for g in by_person._tbl.tblGrid.findall(qn("w:gridCol"))]
    for text, width in zip(("12 min. 30 sek.", "100 %"), grid[2:4], strict=True):
        need = CALIBRI_9PT_TALK[text] + HOUSE_CELL_MARGINS
        assert width >= need, f"{text!r} breaks: {width} twips for {need}"


def test_the_size_and_family_of_table_text_come_from_the_document():
    from roundtable.minutes.look import house_look
    from roundtable.minutes.styles import style_set
    from roundtable.minutes.table_text import table_text

    house = docx.Document()
    assert table_text(house, house_look(house, style_set(house)).table) == HOUSE
    plain = docx.Document()  # 11 pt text in the theme's Cambria, whose widths we lack
    cambria = table_text(plain, style_set(plain).table)
    assert cambria.body.size == 11 and cambria.body.scale > 1 and cambria.margins > HOUSE.margins
    plain.styles["Normal"].font.size = Pt(12)  # the default paragraph style has the last word
    plain.styles["Normal"].font.name = "Arial"
    arial = table_text(plain, style_set(plain).table)
    assert arial.body == arial.header == type(HOUSE.body)(12.0)


def test_a_column_given_a_small_share_still_holds_its_longest_word():
    block = Table(("Fase", "Tidsrum"), (("1. Kommunens fortælling", "09.10–09.45"),), (9, 1))
    phase, time = column_widths(block, 9070)
    assert phase + time <= 9070 and time >= HOUSE.width("09.10–09.45")


def test_a_removed_control_character_leaves_no_double_space():
    assert word_safe("ladestander \x07 på depotet") == "ladestander på depotet"
    assert word_safe("lade\x07stander") == "ladestander"


def test_an_idea_without_a_title_shows_its_text_once(example_doc):
    idea = example_doc["session"]["items"][6]
    idea["title"] = ""
    idea["text"] = " ".join(["Kommunen holder en åben markedsdialog om behovet"] * 3)
    m = build_minutes(bundle_of(example_doc), chatham_house=False, language=Language.DA)
    texts = [getattr(b, "text", "") for b in m.blocks]
    start = next(n for n, t in enumerate(texts) if t.startswith("Kommunen holder en åben") and n)
    assert texts[start].endswith("…")
    assert not texts[start + 1].startswith("Kommunen holder")  # the rest, not all again
    assert texts[start + 1].startswith("…")


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice is not installed")
def test_no_heading_ends_a_page_when_rendered(tmp_path):
    """Renders a 600-item session with LibreOffice: no page ends with a heading, and the
    minutes take fewer than half the 92 pages they took before page 1 and the compact table."""
    sys.path.insert(0, str(Path(__file__).parents[1] / "benchmarks"))
    from bench_store import SEED, Writer

    bundle = Writer(random.Random(SEED)).bundle(600, 40, 150)
    for n, item in enumerate(bundle.items, start=1):
        item.id = item.id or n
    minutes = build_minutes(bundle, chatham_house=False, language=bundle.session.language)
    headings = {b.text for b in minutes.blocks if type(b).__name__ == "Heading" and b.level}
    out = tmp_path / "referat.docx"
    write_minutes(bundle, out)
    done = subprocess.run(
        ["soffice", "--headless", "--convert-to", "pdf", "--outdir", str(tmp_path), str(out)],
        capture_output=True,
        timeout=300,
        env={"HOME": str(tmp_path), "PATH": "/usr/bin:/bin"},
    )
    pdf = tmp_path / "referat.pdf"
    assert done.returncode == 0 and pdf.exists(), done.stderr
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext (poppler-utils) is not installed")
    # As laid out on the page: in reading order a table that breaks comes before its heading.
    layout = ["pdftotext", "-layout", str(pdf), "-"]
    text = subprocess.run(layout, capture_output=True, text=True).stdout
    pages = [p for p in text.split("\f") if p.strip()]
    assert len(pages) < 46
    for number, page in enumerate(pages[:-1], start=1):
        lines = [line.strip() for line in page.splitlines() if line.strip()]
        body = [line for line in lines if not line.startswith("Side ")]
        assert body[-1] not in headings, f"page {number} ends with the heading {body[-1]!r}"


LONG_TITLE = (
    "Rundbordsdialog om emissionsfrie arbejdsmaskiner, ladeinfrastruktur og fælles udbud "
    "mellem kommuner, leverandører og rådgivere i Region Syddanmark"
)


def with_long_title_and_ten_ideas(doc: dict[str, Any]) -> dict[str, Any]:
    """The example under a 146-character title, with a longer summary and fourteen ideas:
    the overview on page 1 has ten rows."""
    session = doc["session"]
    session["title"] = LONG_TITLE
    session["purpose"] = (
        "At afklare, hvordan kommunen og leverandørerne får maskinerne i drift. " * 2
    )
    session["summary"] = "Kommunen og leverandørerne er enige om at beskrive behovet først. " * 5
    session["items"] = [i for i in session["items"] if i["kind"] != "idea"] + [
        {
            "id": f"idea{n}",
            "phase": "ideas",
            "kind": "idea",
            "title": f"Testperiode med elektrisk rendegraver {n}",
            "by": "p1",
            "text": "Kommunen afprøver idéen sammen med leverandørerne.",
            "votes": 20 - n,
            "impact": 1 + n % 5,
            "effort": 1 + n * 3 % 5,
            "owner": "p5",
        }
        for n in range(14)
    ]
    return doc


def keeps_with_next(row: Any) -> bool:
    return all(c.paragraphs[0].paragraph_format.keep_with_next for c in row.cells)


def test_a_long_table_may_break_but_not_after_its_first_row_or_before_its_last(
    example_doc, tmp_path
):
    document = docx.Document(str(written(with_long_title_and_ten_ideas(example_doc), tmp_path)))
    overview = next(t for t in document.tables if t.rows[0].cells[1].text == "Idé")
    keeps = [keeps_with_next(row) for row in overview.rows]
    # The header with the first two ideas, the last two together; free between.
    assert keeps == [True, True, *[False] * 7, True, False]
    matrix = next(t for t in document.tables if t.rows[0].cells[1].text == "Lille indsats")
    assert [keeps_with_next(row) for row in matrix.rows] == [True, True, False]  # short: whole


def rendered_pages(docx_path: Path, tmp_path: Path) -> list[str]:
    """The text of each page LibreOffice makes of `docx_path`."""
    done = subprocess.run(
        ["soffice", "--headless", "--convert-to", "pdf", "--outdir", str(tmp_path), str(docx_path)],
        capture_output=True,
        timeout=300,
        env={"HOME": str(tmp_path), "PATH": "/usr/bin:/bin"},
    )
    pdf = docx_path.with_suffix(".pdf")
    assert done.returncode == 0 and pdf.exists(), done.stderr
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True).stdout
    return [p for p in text.split("\f") if p.strip()]


@pytest.mark.skipif(
    shutil.which("soffice") is None or shutil.which("pdftotext") is None,
    reason="LibreOffice or pdftotext is not installed",
)
def test_page_1_shows_the_ideas_at_a_glance_under_a_long_title_when_rendered(example_doc, tmp_path):
    pages = rendered_pages(written(with_long_title_and_ten_ideas(example_doc), tmp_path), tmp_path)
    first = " ".join(pages[0].split())
    assert "Idéer i overblik" in first, "the overview moved to page 2 and left page 1 half empty"
    assert "Nr. Idé Stemmer" in first  # its rows with it, not the heading alone


def test_no_table_header_is_bold_by_hand_only(example_doc, tmp_path):
    # The header row's look comes from the table style, so a template's style applies.
    document = docx.Document(str(written(example_doc, tmp_path)))
    look = document.tables[0]._tbl.tblPr.find(qn("w:tblLook"))
    assert look.get(qn("w:firstRow")) == "1"
