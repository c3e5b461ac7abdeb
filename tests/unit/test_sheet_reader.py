"""A workbook as Excel saves it comes back as well as one export-data wrote: shared strings,
rich text, dates stored as numbers with a date style, cells without their address."""

from __future__ import annotations

import zipfile
from datetime import date, datetime
from pathlib import Path
from xml.sax.saxutils import escape

import openpyxl
import pytest

from roundtable.report.sheet_reader import NotAWorkbook, Workbook, column_letter

MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
PKG = "http://schemas.openxmlformats.org/package/2006/relationships"


def excel_like(path: Path, sheets: dict[str, list[list[object]]], *, addresses=True) -> Path:
    """An .xlsx as Excel writes it: every text in the shared strings, every date a serial
    number with a date style (1), the workbook in its own folder with relative targets."""
    shared: list[str] = []

    def cell(value: object, ref: str) -> str:
        at = f' r="{ref}"' if addresses else ""
        if value is None:
            return ""
        if isinstance(value, date):
            day = value.date() if isinstance(value, datetime) else value
            serial = (day - date(1899, 12, 30)).days
            return f'<c{at} s="1"><v>{serial}</v></c>'
        if isinstance(value, (int, float)):
            return f"<c{at}><v>{value}</v></c>"
        shared.append(str(value))
        return f'<c{at} t="s"><v>{len(shared) - 1}</v></c>'

    parts = {}
    for n, rows in enumerate(sheets.values(), start=1):
        xml_rows = "".join(
            f'<row r="{r}">'
            + "".join(cell(v, f"{column_letter(c)}{r}") for c, v in enumerate(row))
            + "</row>"
            for r, row in enumerate(rows, start=1)
        )
        parts[f"xl/worksheets/sheet{n}.xml"] = (
            f'<worksheet xmlns="{MAIN}"><sheetData>{xml_rows}</sheetData></worksheet>'
        )
    strings = "".join(
        f"<si><r><t>{escape(s[:3])}</t></r><r><t>{escape(s[3:])}</t></r></si>" for s in shared
    )
    parts["xl/sharedStrings.xml"] = f'<sst xmlns="{MAIN}">{strings}</sst>'
    parts["xl/styles.xml"] = (
        f'<styleSheet xmlns="{MAIN}"><numFmts><numFmt numFmtId="164" formatCode="dd/mm/yyyy"/>'
        '</numFmts><cellXfs><xf numFmtId="0"/><xf numFmtId="164"/></cellXfs></styleSheet>'
    )
    sheet_list = "".join(
        f'<sheet name="{escape(name)}" sheetId="{n}" r:id="rId{n}"/>'
        for n, name in enumerate(sheets, start=1)
    )
    parts["xl/workbook.xml"] = (
        f'<workbook xmlns="{MAIN}" xmlns:r="{REL}"><sheets>{sheet_list}</sheets></workbook>'
    )
    rels = "".join(
        f'<Relationship Id="rId{n}" Type="{REL}/worksheet" Target="worksheets/sheet{n}.xml"/>'
        for n in range(1, len(sheets) + 1)
    )
    rels += f'<Relationship Id="rS" Type="{REL}/sharedStrings" Target="sharedStrings.xml"/>'
    rels += f'<Relationship Id="rT" Type="{REL}/styles" Target="styles.xml"/>'
    parts["xl/_rels/workbook.xml.rels"] = f'<Relationships xmlns="{PKG}">{rels}</Relationships>'
    parts["_rels/.rels"] = (
        f'<Relationships xmlns="{PKG}"><Relationship Id="r1" '
        f'Type="{REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>'
    )
    with zipfile.ZipFile(path, "w") as z:
        for name, text in parts.items():
            z.writestr(name, text)
    return path


def test_shared_rich_text_and_dates_as_excel_stores_them_are_read_as_values(tmp_path):
    path = excel_like(
        tmp_path / "e.xlsx",
        {"Ark": [["uid", "Frist", "Antal"], ["færdig", date(2026, 3, 1), 7], [None, None, 2.5]]},
    )
    with Workbook(path) as book:
        assert book.sheet_names == ["Ark"]
        rows = list(book.rows("Ark"))
    assert rows == [
        (1, ["uid", "Frist", "Antal"]),
        (2, ["færdig", datetime(2026, 3, 1), 7]),
        (3, [None, None, 2.5]),
    ]


def test_cells_without_their_address_fill_the_row_in_order(tmp_path):
    path = excel_like(tmp_path / "e.xlsx", {"Ark": [["a", "b"], ["c", "d"]]}, addresses=False)
    with Workbook(path) as book:
        assert list(book.rows("Ark")) == [(1, ["a", "b"]), (2, ["c", "d"])]


def test_a_workbook_openpyxl_wrote_reads_the_same_as_with_openpyxl(tmp_path):
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Opfølgning"
    sheet.append(["uid", "Frist", "Tal"])
    sheet.append(["x", date(2026, 5, 4), 3])
    sheet["E5"] = "langt ude"
    book.save(tmp_path / "o.xlsx")
    with Workbook(tmp_path / "o.xlsx") as read:
        rows = list(read.rows("Opfølgning"))
    assert rows[:2] == [(1, ["uid", "Frist", "Tal"]), (2, ["x", datetime(2026, 5, 4), 3])]
    assert rows[2] == (5, [None, None, None, None, "langt ude"])


@pytest.mark.parametrize("content", [b"nope", b"PK\x03\x04 broken"])
def test_a_file_that_is_no_workbook_is_named_as_such(tmp_path, content):
    path = tmp_path / "x.xlsx"
    path.write_bytes(content)
    with pytest.raises(NotAWorkbook):
        Workbook(path)


def test_column_letters_go_past_z():
    assert [column_letter(i) for i in (0, 25, 26, 701, 702)] == ["A", "Z", "AA", "ZZ", "AAA"]


def _with_sheet_xml(path: Path, text: str) -> Path:
    excel_like(path, {"Opfølgning": [["uid"], ["x"]]})
    with zipfile.ZipFile(path) as z:
        parts = {n: z.read(n) for n in z.namelist()}
    parts["xl/worksheets/sheet1.xml"] = text.encode()
    with zipfile.ZipFile(path, "w") as z:
        for name, data in parts.items():
            z.writestr(name, data)
    return path


def test_a_sheet_cut_off_midway_is_named_as_no_workbook(tmp_path):
    path = _with_sheet_xml(
        tmp_path / "cut.xlsx", f'<worksheet xmlns="{MAIN}"><sheetData><row r="1"><c t="inl'
    )
    with Workbook(path) as book, pytest.raises(NotAWorkbook):
        list(book.rows("Opfølgning"))


def test_an_entity_in_a_sheet_fetches_nothing_and_shows_no_file(tmp_path):
    secret = tmp_path / "secret.txt"
    secret.write_text("hemmeligt", encoding="utf-8")
    doctype = f'<!DOCTYPE w [<!ENTITY x SYSTEM "file://{secret}">]>'
    row = '<row r="1"><c r="A1" t="inlineStr"><is><t>&x;</t></is></c></row>'
    path = _with_sheet_xml(
        tmp_path / "entity.xlsx",
        f'{doctype}<worksheet xmlns="{MAIN}"><sheetData>{row}</sheetData></worksheet>',
    )
    with Workbook(path) as book:
        try:
            shown = list(book.rows("Opfølgning"))
        except NotAWorkbook:
            shown = []
    assert "hemmeligt" not in repr(shown)
