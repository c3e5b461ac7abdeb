"""The ranked ideas on the presenter screen as one table: a line per idea, its name as long
as the line holds it in the presenter's type, cut with "…" where it does not.

Widget-free: the room a name has is measured on the table as Qt lays it out, so that it
can be reasoned about (and tested) with a font and a width alone.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontMetricsF, QTextDocument

_NAMES = 1  # the column of the names


def ranking_table(rows: list[tuple[str, str, str]], font: QFont, width: int) -> str:
    """`rows` of (place, name, votes) as HTML for a label `width` wide in `font`, each name
    cut to its column so that every idea takes one line.

    The names must already be as the audience may read them: hidden names are found in the
    whole text, and a name cut in half is no longer recognised.
    """
    if not rows:
        return ""
    room = name_room([(place, "", votes) for place, _name, votes in rows], font, width)
    metrics = QFontMetricsF(font)
    cut = Qt.TextElideMode.ElideRight
    return _table(
        [(p, _whole_marks(metrics.elidedText(name, cut, room)), v) for p, name, v in rows]
    )


def _whole_marks(shown: str) -> str:
    """`shown` without a hidden name's mark cut in half ("… med [deltage…"): the cut goes
    before the mark, which then reads as cut text, not as a stray word."""
    opened = shown.rfind("[")
    if not shown.endswith("…") or opened < 0 or "]" in shown[opened:]:
        return shown
    return shown[:opened].rstrip() + "…"


def name_room(rows: list[tuple[str, str, str]], font: QFont, width: int) -> float:
    """The width of the names' column in the table of `rows`, laid out `width` wide."""
    document = QTextDocument()
    document.setDocumentMargin(0)  # as a QLabel lays out its rich text
    document.setDefaultFont(font)
    document.setHtml(_table(rows))
    document.setTextWidth(width)
    table = document.rootFrame().childFrames()[0]
    block = table.cellAt(0, _NAMES).firstCursorPosition().block()
    return document.documentLayout().blockBoundingRect(block).width()


def _table(rows: list[tuple[str, str, str]]) -> str:
    cells = "".join(
        f"<tr><td width='5%'>{escape(place)}</td><td width='75%'>{escape(name)}</td>"
        f"<td width='20%' align='right'><b>{escape(votes)}</b></td></tr>"
        for place, name, votes in rows
    )
    return f"<table width='100%' cellspacing='6'>{cells}</table>"
