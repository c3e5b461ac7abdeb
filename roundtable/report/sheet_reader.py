"""Reads the rows of one sheet of an .xlsx workbook, fast: the sheet's XML streamed with the
standard library's C parser, a row at a time.

openpyxl, even read-only, builds an object per cell and spent 2.4 s on the 10,000 rows of a
follow-up sheet as export-data writes it (inline strings); import-status must take no more
than 2 s in all. This reads only what import-status needs: cell values, dates where the
cell's number format is a date (Excel stores a date as a number with a date style), and the
row numbers a message about a bad cell names.
"""

from __future__ import annotations

import functools
import posixpath
import re
import zipfile
from collections.abc import Iterator
from datetime import datetime, timedelta
from pathlib import Path
from typing import IO, Any
from xml.etree import ElementTree

# The built-in number formats that are dates or times (ECMA-376 part 1, 18.8.30), the
# East Asian ones included.
_BUILTIN_DATES = {*range(14, 23), *range(27, 37), *range(45, 48), *range(50, 59)}
_REL_NS = "{http://schemas.openxmlformats.org/package/2006/relationships}"
_DOC_REL = "officeDocument/2006/relationships"
_EPOCH_1900 = datetime(1899, 12, 30)
_EPOCH_1904 = datetime(1904, 1, 1)


class Uncalculated(str):
    """A formula cell saved without its value (by a script, or a program that does not
    calculate): the import cannot know what it shows. The text is the formula."""


class NotAWorkbook(Exception):
    """The file is no .xlsx workbook this reader understands."""


def _ns(tag: str) -> str:
    """The namespace part of a tag ('{...}'), so transitional and strict files both read."""
    return tag[: tag.index("}") + 1] if tag.startswith("{") else ""


_DIGITS = "0123456789"


@functools.cache
def _column(letters: str) -> int:
    """'C' → 2."""
    number = 0
    for char in letters.upper():
        number = number * 26 + (ord(char) - 64)
    return number - 1


class Workbook:
    """An .xlsx file opened for reading its sheets' values."""

    def __init__(self, path: Path) -> None:
        try:
            self._zip = zipfile.ZipFile(path)
            self._sheets, self._shared_path, self._styles_path, self._epoch = self._contents()
        except FileNotFoundError:
            raise
        except (zipfile.BadZipFile, KeyError, ElementTree.ParseError, OSError) as exc:
            raise NotAWorkbook(str(exc) or type(exc).__name__) from None
        self._shared: list[str] | None = None
        self._dates: set[int] | None = None

    def __enter__(self) -> Workbook:
        return self

    def __exit__(self, *_exc: object) -> None:
        self._zip.close()

    @property
    def sheet_names(self) -> list[str]:
        return list(self._sheets)

    def _xml(self, name: str) -> ElementTree.Element:
        return ElementTree.fromstring(self._zip.read(name))

    def _contents(self) -> tuple[dict[str, str], str | None, str | None, datetime]:
        book_path = "xl/workbook.xml"
        for rel in self._xml("_rels/.rels").iter(f"{_REL_NS}Relationship"):
            if rel.get("Type", "").endswith("/officeDocument"):
                book_path = rel.get("Target", book_path).lstrip("/")
        folder = posixpath.dirname(book_path)
        rels_path = posixpath.join(folder, "_rels", posixpath.basename(book_path) + ".rels")
        targets, shared, styles = {}, None, None
        for rel in self._xml(rels_path).iter(f"{_REL_NS}Relationship"):
            target = rel.get("Target", "")
            # A target is relative to the workbook's folder, or absolute in the package.
            if target.startswith("/"):
                target = target.lstrip("/")
            else:
                target = posixpath.join(folder, target)
            kind = rel.get("Type", "")
            targets[rel.get("Id")] = posixpath.normpath(target)
            if kind.endswith("/sharedStrings"):
                shared = posixpath.normpath(target)
            elif kind.endswith("/styles"):
                styles = posixpath.normpath(target)
        book = self._xml(book_path)
        ns = _ns(book.tag)
        if posixpath.basename(book_path) != "workbook.xml" and not book.tag.endswith("workbook"):
            # A Word or PowerPoint file is a zip of the same kind, with no workbook in it.
            raise NotAWorkbook(f"it holds a {posixpath.basename(book_path)}, not a workbook")
        sheets = {}
        for sheet in book.iter(f"{ns}sheet"):
            rid = next((v for k, v in sheet.attrib.items() if k.endswith("}id")), None)
            if rid in targets:
                sheets[sheet.get("name", "")] = targets[rid]
        props = book.find(f"{ns}workbookPr")
        in_1904 = props is not None and props.get("date1904") in ("1", "true")
        return sheets, shared, styles, _EPOCH_1904 if in_1904 else _EPOCH_1900

    def _shared_strings(self) -> list[str]:
        if self._shared is None:
            self._shared = []
            if self._shared_path and self._shared_path in self._zip.namelist():
                root = self._xml(self._shared_path)
                ns = _ns(root.tag)
                for item in root.iter(f"{ns}si"):
                    self._shared.append(_text_of(item, ns))
        return self._shared

    def _date_styles(self) -> set[int]:
        """The indexes of the cell styles whose number format shows a date."""
        if self._dates is None:
            self._dates = set()
            if self._styles_path and self._styles_path in self._zip.namelist():
                root = self._xml(self._styles_path)
                ns = _ns(root.tag)
                formats = {
                    int(fmt.get("numFmtId", "0")): fmt.get("formatCode", "")
                    for fmt in root.iter(f"{ns}numFmt")
                }
                cell_styles = root.find(f"{ns}cellXfs")
                for index, xf in enumerate([] if cell_styles is None else cell_styles):
                    number = int(xf.get("numFmtId", "0"))
                    if number in formats:
                        if _is_date_format(formats[number]):
                            self._dates.add(index)
                    elif number in _BUILTIN_DATES:
                        self._dates.add(index)
        return self._dates

    def rows(self, sheet: str) -> Iterator[tuple[int, list[Any]]]:
        """(row number, values) of each row that holds a cell, in order; values are str,
        float, int, bool, datetime or None."""
        with self._zip.open(self._sheets[sheet]) as stream:
            yield from self._rows(stream)

    def _rows(self, stream: IO[bytes]) -> Iterator[tuple[int, list[Any]]]:
        # lxml hands over only the rows (a filter in C): the standard library's parser made
        # an event of each of a quarter of a million elements for 10,000 rows. No entities
        # are resolved and nothing is fetched: the workbook comes from outside.
        from lxml import etree

        number = 0
        rows = etree.iterparse(
            stream, events=("end",), tag="{*}row", resolve_entities=False, no_network=True
        )
        try:
            for _event, element in rows:
                ns = _ns(element.tag)
                cell_tag, value_tag, inline_tag = f"{ns}c", f"{ns}v", f"{ns}is"
                number = int(element.get("r") or number + 1)
                values: list[Any] = []
                for cell in element.iter(cell_tag):
                    ref = cell.get("r")
                    index = _column(ref.rstrip(_DIGITS)) if ref else len(values)
                    if index > len(values):
                        values += [None] * (index - len(values))
                    values.append(self._value(cell, ns, value_tag, inline_tag))
                element.clear()
                while element.getprevious() is not None:  # rows already read: let them go
                    del element.getparent()[0]
                yield number, values
        except etree.XMLSyntaxError as exc:
            raise NotAWorkbook(str(exc)) from None

    def _value(self, cell: ElementTree.Element, ns: str, value_tag: str, inline_tag: str) -> Any:
        kind = cell.get("t", "n")
        if kind == "inlineStr":
            inline = cell.find(inline_tag)
            if inline is not None and len(inline) == 1 and inline[0].tag == f"{ns}t":
                return inline[0].text or ""  # one plain run: nearly every cell
            return None if inline is None else _text_of(inline, ns)
        raw = cell.findtext(value_tag)
        if not raw and (formula := cell.findtext(f"{ns}f")) is not None:
            return Uncalculated(formula)
        if not raw:
            return None if raw is None or kind not in ("str", "s") else raw
        if kind == "s":
            return self._shared_strings()[int(raw)]
        if kind in ("str", "e"):
            return raw
        if kind == "b":
            return raw == "1"
        if kind == "d":
            return datetime.fromisoformat(raw)
        number = float(raw)
        style = cell.get("s")
        if style is not None and int(style) in self._date_styles():
            return self._epoch + timedelta(days=number)
        return int(number) if number.is_integer() else number


def _is_date_format(code: str) -> bool:
    """Whether a custom number format shows a date or time: a d, m, y, h or s outside its
    quoted text, escapes and [colour] or [$-locale] sections."""
    plain = re.sub(r'"[^"]*"|\\.|\[[^\]]*\]', "", code.split(";")[0])
    return bool(re.search(r"[dmyhs]", plain, re.IGNORECASE)) and plain.lower() != "general"


def _text_of(element: ElementTree.Element, ns: str) -> str:
    """A string item's text: its runs joined, phonetic hints (rPh) left out."""
    if element.find(f"{ns}rPh") is None:
        return "".join(t.text or "" for t in element.iter(f"{ns}t"))
    return "".join(
        t.text or "" for part in element if part.tag != f"{ns}rPh" for t in part.iter(f"{ns}t")
    )


def column_letter(index: int) -> str:
    """0 → 'A', 26 → 'AA'."""
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(65 + rest) + letters
    return letters
