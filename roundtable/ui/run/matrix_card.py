"""The selected idea's title on a card over the matrix: whole where there is room, never
over another dot, and on its own side of the quadrant line (cut with "…" where the room
there is short)."""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QFont, QFontMetricsF

from roundtable.domain.figures import idea_caption
from roundtable.ui.run.matrix_geometry import MIDDLE, STEPS, Card, Dot, Layout, cell_rect


def card_for(dot: Dot, layout: Layout, in_place: bool = True) -> Card:
    """The selected dot's title on a card: in place when it is shown whole, else whole
    on one line, over its neighbours where it must be."""
    pad = layout.line * 0.3
    if in_place and " ".join(dot.lines) == idea_caption(dot.idea):
        metrics = QFontMetricsF(layout.title_font)
        widest = max(metrics.horizontalAdvance(text) for text in dot.lines)
        height = min(layout.line, dot.area.height() / len(dot.lines)) * len(dot.lines)
        left = dot.text_left + dot.text_width - widest if dot.title_left else dot.text_left
        rect = QRectF(left - pad, dot.top, widest + 2 * pad, height)
        return Card(rect, dot.lines, layout.title_font)
    bold = _bold(layout.title_font)
    metrics = QFontMetricsF(bold)
    full = metrics.horizontalAdvance(idea_caption(dot.idea)) + 2 * pad
    top = dot.center.y() - layout.line / 2
    start = dot.text_left - pad
    if dot.title_left:  # whole on one line, it starts right of the dot as titles do
        start = dot.center.x() + dot.radius * 1.6 - pad
    if dot.below is not None:  # beside it, the card would hide the dots of its crowd
        top, start = dot.below, dot.center.x() - dot.radius - pad
    end = dot.center.x() - dot.radius * 1.6
    # It stops short of the next dot on its line either side: no dot is ever hidden.
    right, left = layout.board.right() - 2, layout.board.left() + 2
    for other in layout.dots:
        if other is dot or abs(other.center.y() - (top + layout.line / 2)) > (
            other.radius + layout.line / 2
        ):
            continue
        if other.center.x() > start:
            right = min(right, other.center.x() - other.radius * 1.6)
        elif other.center.x() < end:
            left = max(left, other.center.x() + other.radius * 1.6)
    # Not over the other half of the quadrants: a card there reads as an idea of theirs.
    line = cell_rect(1, MIDDLE, layout.grid).center().x()
    if dot.idea.effort is not None and dot.idea.effort > MIDDLE and dot.below is None:
        left = max(left, line + 2)
    if dot.idea.effort is not None and dot.idea.effort < MIDDLE:
        right = min(right, line - 2)
    after, before = right - start, end - left
    # Right of the dot, as titles are; left of it only for a dot in the last column
    # whose title would hardly show.
    if full <= after or after >= 1.5 * layout.grid.width() / STEPS or after >= before:
        rect = QRectF(start, top, max(min(full, after), 0.0), layout.line)
    else:
        width = min(full, before)
        rect = QRectF(end - width, top, width, layout.line)
    text = metrics.elidedText(
        idea_caption(dot.idea), Qt.TextElideMode.ElideRight, rect.width() - 2 * pad
    )
    return Card(rect, [text], bold)


def _bold(font: QFont) -> QFont:
    bold = QFont(font)
    bold.setBold(True)
    return bold
