"""The minutes' body as WordprocessingML text, parsed in large batches.

python-docx builds a document one element at a time, and each `add_paragraph`, `add_run`,
`cell.text` or `bold = True` looks up where the new element goes among its siblings
(`add_paragraph` among all the body's children: quadratic in the length of the minutes).
Writing the same elements as text and letting lxml parse a few hundred blocks at once is
linear and several times faster; python-docx still opens, styles and saves the document.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any
from xml.sax.saxutils import escape

from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls

from roundtable.minutes.blocks import BAR, Paragraph, Span, Table
from roundtable.minutes.table_text import HOUSE, TableText

_NAMESPACES = nsdecls("w", "r")
# A table of this many rows stays on one page with its heading. A longer one may break,
# but its heading, header and first two rows stay together, and so do its last two rows.
# Kept whole, the front page's ten ideas went to page 2 with their heading and left page 1
# half empty under a long title, and every page before a table that moved ended early.
_KEPT_TOGETHER = 6  # rows
_KEPT_AT_ENDS = 2  # rows
# A row this short is kept on one page. A longer one may break: Word cuts off a row that
# may not break and is taller than the page, and long rows kept whole leave half pages empty.
_UNSPLIT_ROW_CHARS = 400
_LINK_COLOUR = "0563C1"
# A bar table's bars: the document theme's first accent (an organisation's template brings its
# own), this blue where the theme has none.
_BAR_COLOUR = '<w:color w:val="4F81BD" w:themeColor="accent1"/>'


def text_xml(text: str) -> str:
    """Runs' content: line breaks and tabs as Word's own elements."""
    parts = []
    for n, line in enumerate(text.split("\n")):
        if n:
            parts.append("<w:br/>")
        for m, piece in enumerate(line.split("\t")):
            if m:
                parts.append("<w:tab/>")
            if piece:
                parts.append(f'<w:t xml:space="preserve">{escape(piece)}</w:t>')
    return "".join(parts)


def run_xml(text: str, *, bold: bool = False, italic: bool = False, link: bool = False) -> str:
    props = ("<w:b/>" if bold else "") + ("<w:i/>" if italic else "")
    if link:
        props += f'<w:color w:val="{_LINK_COLOUR}"/><w:u w:val="single"/>'
    r_pr = f"<w:rPr>{props}</w:rPr>" if props else ""
    return f"<w:r>{r_pr}{text_xml(text)}</w:r>"


def paragraph_xml(
    runs: str,
    style_id: str | None = None,
    *,
    keep_with_next: bool = False,
    keep_together: bool = False,
) -> str:
    props = f'<w:pStyle w:val="{escape(style_id)}"/>' if style_id else ""
    if keep_with_next:
        props += "<w:keepNext/><w:keepLines/>"
    elif keep_together:
        props += "<w:keepLines/>"
    p_pr = f"<w:pPr>{props}</w:pPr>" if props else ""
    return f"<w:p>{p_pr}{runs}</w:p>"


def spans_xml(spans: Iterable[Span], link_id: Callable[[str], str]) -> str:
    out = []
    for span in spans:
        run = run_xml(span.text, bold=span.bold, italic=span.italic, link=bool(span.link))
        if span.link:
            run = f'<w:hyperlink r:id="{link_id(span.link)}">{run}</w:hyperlink>'
        out.append(run)
    return "".join(out)


def block_paragraph_xml(block: Paragraph, style_id: str | None, link_id: Callable) -> str:
    runs = spans_xml(block.spans, link_id)
    return paragraph_xml(
        runs, style_id, keep_with_next=block.keep_with_next, keep_together=block.keep_together
    )


def table_xml(block: Table, style_id: str, text_width_twips: int, text: TableText = HOUSE) -> str:
    widths = column_widths(block, text_width_twips, text)
    look = (
        f'<w:tblLook w:val="{"04A0" if block.row_headers else "0420"}" w:firstRow="1" '
        f'w:lastRow="{int(block.total_row)}" w:firstColumn="{int(block.row_headers)}" '
        'w:lastColumn="0" w:noHBand="0" w:noVBand="1"/>'
    )
    out = [
        f'<w:tbl><w:tblPr><w:tblStyle w:val="{escape(style_id)}"/>'
        f'<w:tblW w:w="{sum(widths)}" w:type="dxa"/><w:tblLayout w:type="fixed"/>{look}'
        "</w:tblPr><w:tblGrid>",
        *(f'<w:gridCol w:w="{w}"/>' for w in widths),
        "</w:tblGrid>",
    ]
    keeps = _keeps(len(block.rows))
    last = len(block.rows) - 1
    # The header is repeated at the top of every page the table runs onto, and keeps with
    # the first row: it never ends a page alone.
    header = _row_xml(
        block.header, widths, "<w:cantSplit/><w:tblHeader/>", bool(block.rows), True, False
    )
    out.append(header)
    for n, values in enumerate(block.rows):
        unsplit = "<w:cantSplit/>" if sum(map(len, values)) < _UNSPLIT_ROW_CHARS else ""
        bold = block.total_row and n == last
        out.append(_row_xml(values, widths, unsplit, keeps[n], bold, block.row_headers, block.bars))
    out.append("</w:tbl>")
    return "".join(out)


def _keeps(rows: int) -> list[bool]:
    """Whether each of a table's rows keeps with the row after it (see _KEPT_TOGETHER)."""
    last = rows - 1
    if rows <= _KEPT_TOGETHER:
        return [n < last for n in range(rows)]
    return [n < _KEPT_AT_ENDS - 1 or last - _KEPT_AT_ENDS < n < last for n in range(rows)]


def _row_xml(
    values: tuple[str, ...],
    widths: list[int],
    tr_pr: str,
    keep: bool,
    bold: bool,
    first_bold: bool,
    bars: bool = False,
) -> str:
    cells = []
    for c, (text, width) in enumerate(zip(values, widths, strict=True)):
        run = run_xml(text, bold=bold or (first_bold and c == 0)) if text else ""
        if bars and c > 0 and text.startswith(BAR):
            count = text.lstrip(BAR)
            bar = text[: len(text) - len(count)]
            run = f"<w:r><w:rPr>{_BAR_COLOUR}</w:rPr>{text_xml(bar)}</w:r>"
            run += run_xml(count) if count else ""
        cells.append(
            f'<w:tc><w:tcPr><w:tcW w:w="{width}" w:type="dxa"/></w:tcPr>'
            f"{paragraph_xml(run, keep_with_next=keep)}</w:tc>"
        )
    row_pr = f"<w:trPr>{tr_pr}</w:trPr>" if tr_pr else ""
    return f"<w:tr>{row_pr}{''.join(cells)}</w:tr>"


def column_widths(block: Table, text_width: int, text: TableText = HOUSE) -> list[int]:
    """The columns' widths: the given proportions, or from the content.

    From the content, a column gets a share of the width by the length of its texts; either
    way never less than its longest word needs in `text`'s size and family, so that "Andel"
    or "Lavthængende" does not break (than its widest cell, in a `one_line` column: a date).
    When the longest words together are wider than the page (a pasted web address, six
    columns of 12 pt), some columns give way (`_too_narrow`): the table is never wider.
    """
    text_width = max(text_width, 1)  # a template whose margins leave no page at all
    columns = list(zip(block.header, *block.rows, strict=True))
    least = [_least(block, c, text) for c in range(len(columns))]
    if block.widths:
        wanted = list(block.widths)
    else:
        wanted = [max(len(t) for t in col) + 2 for col in columns]
    whole = sum(wanted)
    widths = [max(lo, int(text_width * w / whole)) for lo, w in zip(least, wanted, strict=True)]
    excess = sum(widths) - text_width
    if excess > 0:  # taken from the columns with room above their least width
        room = [w - lo for w, lo in zip(widths, least, strict=True)]
        spare = sum(room)
        if spare >= excess:
            widths = [w - excess * r // spare for w, r in zip(widths, room, strict=True)]
        else:
            widths = _too_narrow(least, text_width, text)
    over = sum(widths) - text_width  # what rounding each share left over
    if over > 0:  # from the column with most room above its longest word, so none breaks
        room = [w - lo for w, lo in zip(widths, least, strict=True)]
        widths[room.index(max(room))] -= over
    return [max(1, w) for w in widths]


# Up to this share of the width the longest words need, every column gives in proportion: the
# words were measured with room to spare (see table_text), so none is likely to break.
_SHARED_SHORTFALL = 0.1


def _too_narrow(least: list[int], text_width: int, text: TableText) -> list[int]:
    """Widths for columns whose longest words together (`least`) are wider than the page.

    A small shortfall is shared. A larger one is taken from the fewest columns with the
    longest words (a pasted web address, the ideas' titles), each keeping six letters a line:
    they break, and the headers and short words of the others stay whole.
    """
    whole = sum(least)
    short = whole - text_width
    if short > _SHARED_SHORTFALL * whole:
        keep = text.width("n" * 6)
        widest = sorted(range(len(least)), key=least.__getitem__, reverse=True)
        for k in range(1, len(least)):
            givers = widest[:k]
            pool = sum(least[c] for c in givers)
            widths = list(least)
            for c in givers:  # each its share, rounded up: the table is never wider
                widths[c] -= -(-short * least[c] // pool)
            if all(widths[c] >= keep for c in givers):
                return widths
    return [lo * text_width // whole for lo in least]


def _least(block: Table, column: int, text: TableText) -> int:
    """What column `column` needs for its longest word in its header and in each of its cells,
    bold where the row or column is; for the whole of each cell in a `one_line` column."""
    if block.row_headers and column == 0:
        bold_rows, plain_rows = block.rows, ()
    elif block.total_row:
        bold_rows, plain_rows = block.rows[-1:], block.rows[:-1]
    else:
        bold_rows, plain_rows = (), block.rows

    def words(cell: str) -> list[str]:
        return [" ".join(cell.split())] if column in block.one_line else cell.split()

    return max(
        text.widest(set(block.header[column].split()), text.header),
        text.widest({w for row in bold_rows for w in words(row[column])}, text.bold),
        text.widest({w for row in plain_rows for w in words(row[column])}, text.body),
    )


def parsed(fragment: str) -> Any:
    """The element of one block's `fragment`.

    Each block is parsed as its own root, carrying the namespace declarations: moved into the
    document, a subtree whose namespaces were declared on an ancestor it leaves behind gets
    them fixed up node by node, which took seconds for a table of a few thousand rows.
    """
    name_end = fragment.index(">")  # "<w:p>" or "<w:tbl>": no attributes on the root
    return parse_xml(f"{fragment[:name_end]} {_NAMESPACES}{fragment[name_end:]}")
