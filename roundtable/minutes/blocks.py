"""The minutes as plain data: headings, paragraphs and tables in reading order.

`content` builds it from a session, `document` writes it with python-docx. Keeping the two
apart lets the wording, ranking and Chatham House logic be tested without Word, and keeps
the writer a simple loop.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

BAR = "\u2588"  # a full block: one per counted thing in a bar table's cell


class Style(StrEnum):
    """What a paragraph is; `document` maps each to a Word style."""

    BODY = "body"
    SUBTITLE = "subtitle"
    BULLET = "bullet"
    QUOTE = "quote"


@dataclass(frozen=True)
class Span:
    text: str
    bold: bool = False
    italic: bool = False
    link: str = ""  # a web address the text links to


@dataclass(frozen=True)
class Heading:
    text: str
    level: int  # 0 the document title, 1 and 2 the headings below it


@dataclass(frozen=True)
class Paragraph:
    spans: tuple[Span, ...]
    style: Style = Style.BODY
    # On the same page as the paragraph after it: the parts of one idea stay together.
    # Its own lines are then kept on one page too.
    keep_with_next: bool = False
    # Its lines on one page: a block of facts is not split by a page break.
    keep_together: bool = False

    @property
    def text(self) -> str:
        return "".join(span.text for span in self.spans)


@dataclass(frozen=True)
class Table:
    header: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    # Relative column widths: (3, 2, 1) gives the first column half the width. Left empty,
    # the widths follow the length of the text in each column. Either way a column is never
    # narrower than its longest word.
    widths: tuple[int, ...] = ()
    # Columns whose cells are read as one thing and not broken over lines (a date, a
    # duration): such a column is never narrower than its widest cell.
    one_line: tuple[int, ...] = ()
    # The last row sums up the others ("I alt") and is bold.
    total_row: bool = False
    # The first column names the rows (the matrix's impact bands) and is bold.
    row_headers: bool = False
    # Cells are counts drawn as bars, BAR repeated and the number ("███ 3"): the writer
    # colours the bar and leaves the number as text.
    bars: bool = False


Block = Heading | Paragraph | Table


@dataclass(frozen=True)
class Properties:
    """What goes into the document's properties (File > Info in Word)."""

    title: str
    subject: str
    author: str
    language_tag: str
    created: datetime


@dataclass(frozen=True)
class Minutes:
    blocks: list[Block]
    properties: Properties
    # The footer reads page_before + PAGE + page_middle + NUMPAGES.
    page_before: str
    page_middle: str


def para(*parts: str | Span, style: Style = Style.BODY) -> Paragraph:
    """A paragraph from plain strings and spans; empty strings are dropped."""
    spans = tuple(p if isinstance(p, Span) else Span(p) for p in parts if p)
    return Paragraph(spans, style)
