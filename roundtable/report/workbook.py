"""Writes the organiser's workbook (.xlsx, with openpyxl) and the items as CSV.

The workbook is written in openpyxl's write-only mode (streamed, a row at a time): column
widths, the frozen header, the filter and the status drop-downs (one for the ideas' rows, one
for the actions', each offering only its kind's statuses) are set before the rows, so 100,000
items cost little more than the rows themselves.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Sequence
from datetime import date, datetime
from pathlib import Path
from typing import Any

from roundtable.atomicfile import atomic_path, write_atomic
from roundtable.domain import rules
from roundtable.domain.model import ItemKind, Language, SessionBundle
from roundtable.report.sheet_rows import Sheet, cell_text, workbook_sheets
from roundtable.report.sheet_words import EXPORTED, sheet_words

_WIDTH_MIN, _WIDTH_MAX = 8, 60
_WIDTH_SAMPLE = 2000  # rows measured for the widths: enough to see what a column holds
_DATE_WIDTH, _MOMENT_WIDTH = 11, 17
# A meeting's start to the minute: openpyxl's default shows seconds nobody recorded.
_MOMENT_FORMAT = "yyyy-mm-dd hh:mm"


def write_workbook(
    bundles: Sequence[SessionBundle], target: Path, language: Language, rule: bool | None = None
) -> None:
    # The place is taken first: a write-only workbook's sheets are open streams, which a
    # folder found missing at the save left to be collected with tracebacks on the terminal.
    with atomic_path(target) as tmp:
        _book(bundles, language, rule).save(str(tmp))


def _book(bundles: Sequence[SessionBundle], language: Language, rule: bool | None) -> Any:
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.utils import get_column_letter
    from openpyxl.worksheet.datavalidation import DataValidation

    book = Workbook(write_only=True)
    book.properties.creator = "Roundtable"  # else File > Info names "openpyxl"
    words = sheet_words(language)
    for sheet in workbook_sheets(bundles, language, rule):
        ws = book.create_sheet(sheet.title)
        ws.freeze_panes = "A2"
        last = len(sheet.rows) + 1
        hidden = sheet.header[-1] == EXPORTED  # the import's to read, no one's to edit
        shown = len(sheet.header) - hidden
        ws.auto_filter.ref = f"A1:{get_column_letter(shown)}{last}"
        for index, width in enumerate(_widths(sheet), start=1):
            ws.column_dimensions[get_column_letter(index)].width = width
        if hidden:
            ws.column_dimensions[get_column_letter(shown + 1)].hidden = True
        if sheet.status_column is not None:
            column = get_column_letter(sheet.status_column + 1)
            for kind, ranges in status_ranges(column, sheet.row_kinds).items():
                labels = ",".join(words.statuses[s.value] for s in rules.statuses_of(kind))
                # The ranges as one string: MultiCellRange.add checks each against all before.
                ws.data_validations.append(
                    DataValidation(
                        type="list", formula1=f'"{labels}"', allow_blank=True, sqref=ranges
                    )
                )
        ws.append(list(sheet.header))
        moments = _moment_columns(sheet)
        for row in sheet.rows:
            if moments:
                row = list(row)
                for index in moments:
                    if isinstance(row[index], datetime):
                        row[index] = cell = WriteOnlyCell(ws, value=row[index])
                        cell.number_format = _MOMENT_FORMAT
            ws.append(row)
    return book


def status_ranges(column: str, kinds: Sequence[ItemKind]) -> dict[ItemKind, str]:
    """Each kind's cells of `column` (the rows below the header, in order) as a drop-down's
    sqref: consecutive rows of a kind merged into one range, so 10,000 rows stay small."""
    runs: dict[ItemKind, list[str]] = {}
    start = 0
    for index in range(1, len(kinds) + 1):
        if index < len(kinds) and kinds[index] is kinds[start]:
            continue
        first, last = start + 2, index + 1  # row 1 is the header
        span = f"{column}{first}" if first == last else f"{column}{first}:{column}{last}"
        runs.setdefault(kinds[start], []).append(span)
        start = index
    return {kind: " ".join(spans) for kind, spans in runs.items()}


def _moment_columns(sheet: Sheet) -> list[int]:
    """The columns that hold date-times (a meeting's start): few rows, so each is styled."""
    found = set()
    for row in sheet.rows[:_WIDTH_SAMPLE]:
        found.update(i for i, value in enumerate(row) if isinstance(value, datetime))
    return sorted(found)


def _widths(sheet: Sheet) -> list[float]:
    widths = [len(h) + 3 for h in sheet.header]  # room for the filter's button
    for row in sheet.rows[:_WIDTH_SAMPLE]:
        for index, value in enumerate(row):
            if isinstance(value, datetime):
                widths[index] = max(widths[index], _MOMENT_WIDTH)
            elif isinstance(value, date):
                widths[index] = max(widths[index], _DATE_WIDTH)
            elif value is not None:
                widths[index] = max(widths[index], len(str(value)) + 1)
    return [min(max(w, _WIDTH_MIN), _WIDTH_MAX) for w in widths]


def write_items_csv(
    bundles: Sequence[SessionBundle], target: Path, language: Language, rule: bool | None = None
) -> None:
    """One row per item; UTF-8 with a byte-order mark and `;` between fields, so a Danish
    Excel opens it by double-click."""
    items = workbook_sheets(bundles, language, rule)[2]
    out = io.StringIO()
    writer = csv.writer(out, delimiter=";", lineterminator="\r\n")
    writer.writerow(items.header)
    for row in items.rows:
        writer.writerow([cell_text(v) for v in row])
    write_atomic(target, out.getvalue().encode("utf-8-sig"))
