"""Painting the impact/effort matrix from its layout (see matrix_layout and matrix_card).

The board keeps its light colours and dark text in a dark theme as well, so that the
quadrants mean the same everywhere, on a projector too.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFontMetricsF, QPainter, QPalette, QPen

from roundtable.domain.model import Item
from roundtable.ui.run.matrix_card import card_for
from roundtable.ui.run.matrix_geometry import (
    HIGH,
    LOW,
    STEPS,
    Card,
    Dot,
    Layout,
    cell_rect,
    is_placed,
    values_at,
)

_INK = QColor("#1d1d1d")
_QUICK_WINS, _BIG_BETS = QColor("#dcefd6"), QColor("#d8e7f5")
_FILL_INS, _MONEY_PITS = QColor("#e8e8e6"), QColor("#f6dcdc")
_QUICK_WINS_INK, _BIG_BETS_INK = QColor("#2f6b2a"), QColor("#27598a")
_FILL_INS_INK, _MONEY_PITS_INK = QColor("#555555"), QColor("#8e2f3a")
_DOT = QColor("#455a64")


@dataclass(frozen=True)
class BoardWords:
    """The words on the board, translated by the widget."""

    quick_wins: str
    big_bets: str
    fill_ins: str
    money_pits: str
    effort: str
    impact: str
    not_placed: str
    all_placed: str
    no_ideas: str


def paint_matrix(
    painter: QPainter,
    area: QRectF,
    layout: Layout,
    palette: QPalette,
    words: BoardWords,
    ideas: list[Item],
    selected_id: int | None,
    drag: tuple[int, QPointF] | None,
) -> None:
    """The board, its axes and strip, and the dots; `drag` is the idea being dragged and
    where its dot is now, while it moves."""
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
    painter.fillRect(area, palette.color(QPalette.ColorRole.Window))
    _paint_board(painter, layout, words)
    _paint_axes(painter, layout, palette, words)
    _paint_strip(painter, layout, palette, words, ideas)
    if drag is not None and layout.board.contains(drag[1]):
        impact, effort = values_at(drag[1], layout.grid)
        target = cell_rect(impact, effort, layout.grid)
        highlight = QColor(palette.color(QPalette.ColorRole.Highlight))
        highlight.setAlpha(60)
        painter.fillRect(target, highlight)
    for dot in layout.dots:
        if dot.idea.id != selected_id:
            faded = drag is not None and dot.idea.id == drag[0]
            _paint_dot(painter, layout, dot, palette, selected=False, faded=faded)
    selected = layout.dot(selected_id)
    if selected is not None:
        moving = drag is not None and drag[0] == selected.idea.id
        _paint_dot(painter, layout, selected, palette, selected=True, faded=moving)
        if not moving:
            card = card_for(selected, layout)
            _paint_card(painter, layout, card, is_placed(selected.idea), palette)
    if drag is not None:
        dragged = layout.dot(drag[0])
        if dragged is not None:
            _paint_dragged(painter, layout, dragged, drag[1], palette)


def _paint_board(painter: QPainter, layout: Layout, words: BoardWords) -> None:
    board, grid = layout.board, layout.grid
    middle = QPointF(grid.center())
    left, right = board.left(), board.right()
    quadrants = (
        (QRectF(QPointF(left, board.top()), middle), _QUICK_WINS),
        (QRectF(QPointF(middle.x(), board.top()), QPointF(right, middle.y())), _BIG_BETS),
        (QRectF(QPointF(left, middle.y()), QPointF(middle.x(), board.bottom())), _FILL_INS),
        (QRectF(middle, QPointF(right, board.bottom())), _MONEY_PITS),
    )
    for rect, colour in quadrants:
        painter.fillRect(rect, colour)
    thin = QColor(_INK)
    thin.setAlpha(40)
    painter.setPen(QPen(thin, 1))
    for n in range(STEPS + 1):
        x = grid.left() + n * grid.width() / STEPS
        y = grid.top() + n * grid.height() / STEPS
        painter.drawLine(QPointF(x, grid.top()), QPointF(x, grid.bottom()))
        painter.drawLine(QPointF(grid.left(), y), QPointF(grid.right(), y))
    strong = QColor(_INK)
    strong.setAlpha(110)
    painter.setPen(QPen(strong, 2))
    painter.drawLine(QPointF(middle.x(), board.top()), QPointF(middle.x(), board.bottom()))
    painter.drawLine(QPointF(board.left(), middle.y()), QPointF(board.right(), middle.y()))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawRect(board)

    painter.setFont(layout.label_font)
    metrics = QFontMetricsF(layout.label_font)
    half = board.width() / 2
    names = (
        (words.quick_wins, _QUICK_WINS_INK, board.left(), board.top()),
        (words.big_bets, _BIG_BETS_INK, board.left() + half, board.top()),
        (words.fill_ins, _FILL_INS_INK, board.left(), grid.bottom()),
        (words.money_pits, _MONEY_PITS_INK, board.left() + half, grid.bottom()),
    )
    for name, ink, x, y in names:
        painter.setPen(ink)
        rect = QRectF(x, y, half, layout.band)
        text = metrics.elidedText(name, Qt.TextElideMode.ElideRight, half - 8)
        painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, text)


def _paint_axes(painter: QPainter, layout: Layout, palette: QPalette, words: BoardWords) -> None:
    grid, board = layout.grid, layout.board
    ink = palette.color(QPalette.ColorRole.WindowText)
    quiet = palette.color(QPalette.ColorRole.PlaceholderText)
    tick_metrics = QFontMetricsF(layout.tick_font)
    painter.setFont(layout.tick_font)
    painter.setPen(quiet)
    tick_width = tick_metrics.horizontalAdvance("5") + 4
    for score in range(LOW, HIGH + 1):
        row = cell_rect(score, LOW, grid)
        painter.drawText(
            QRectF(grid.left() - tick_width - 4, row.top(), tick_width, row.height()),
            Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
            str(score),
        )
        column = cell_rect(LOW, score, grid)
        painter.drawText(
            QRectF(column.left(), board.bottom(), column.width(), tick_metrics.height() * 1.2),
            Qt.AlignmentFlag.AlignCenter,
            str(score),
        )
    label_metrics = QFontMetricsF(layout.label_font)
    painter.setFont(layout.label_font)
    painter.setPen(ink)
    top = board.bottom() + tick_metrics.height() * 1.2
    effort = QRectF(grid.left(), top, grid.width(), label_metrics.height() * 1.2)
    painter.drawText(effort, Qt.AlignmentFlag.AlignCenter, words.effort)
    # Rotated to read upwards, so that its arrow points to high impact.
    painter.save()
    x = grid.left() - tick_width - 8 - label_metrics.height() / 2
    painter.translate(x, grid.center().y())
    painter.rotate(-90)
    along = QRectF(-grid.height() / 2, -label_metrics.height() / 2, grid.height(), 0)
    along.setHeight(label_metrics.height())
    painter.drawText(along, Qt.AlignmentFlag.AlignCenter, words.impact)
    painter.restore()


def _paint_strip(
    painter: QPainter, layout: Layout, palette: QPalette, words: BoardWords, ideas: list[Item]
) -> None:
    strip = layout.strip
    painter.setPen(QPen(palette.color(QPalette.ColorRole.Mid), 1, Qt.PenStyle.DashLine))
    painter.setBrush(palette.color(QPalette.ColorRole.AlternateBase))
    painter.drawRoundedRect(strip, 6, 6)
    painter.setFont(layout.label_font)
    painter.setPen(palette.color(QPalette.ColorRole.WindowText))
    flags = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
    painter.drawText(layout.strip_label, flags, words.not_placed)
    if any(not is_placed(i) for i in ideas):
        return
    note = words.all_placed if ideas else words.no_ideas
    painter.setFont(layout.title_font)
    painter.setPen(palette.color(QPalette.ColorRole.PlaceholderText))
    rest = QRectF(layout.strip_label.right(), layout.strip_label.top(), 0, layout.line)
    rest.setRight(strip.right() - 8)
    painter.drawText(rest, flags, note)


def _paint_dot(
    painter: QPainter, layout: Layout, dot: Dot, palette: QPalette, selected: bool, faded: bool
) -> None:
    on_board = is_placed(dot.idea)
    painter.save()
    if faded:
        painter.setOpacity(0.3)
    fill = palette.color(QPalette.ColorRole.Highlight) if selected else _DOT
    painter.setPen(QPen(QColor("white"), max(1.5, dot.radius * 0.18)))
    painter.setBrush(fill)
    painter.drawEllipse(dot.center, dot.radius, dot.radius)
    if selected and not faded:
        ring = dot.radius + max(3.0, dot.radius * 0.35)
        painter.setPen(QPen(palette.color(QPalette.ColorRole.Highlight), 2.5))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawEllipse(dot.center, ring, ring)
    if selected and not faded:
        painter.restore()
        return  # its title is on the card drawn over it
    # Text on the board is dark on light whatever the theme; in the strip it follows it.
    painter.setPen(_INK if on_board else palette.color(QPalette.ColorRole.Text))
    painter.setFont(layout.title_font)
    side = Qt.AlignmentFlag.AlignRight if dot.title_left else Qt.AlignmentFlag.AlignLeft
    flags = side | Qt.AlignmentFlag.AlignVCenter
    height = min(layout.line, dot.area.height() / max(1, len(dot.lines)))
    for n, text in enumerate(dot.lines):
        rect = QRectF(dot.text_left, dot.top + n * height, dot.text_width, height)
        painter.drawText(rect, flags, text)
    painter.restore()


def _paint_card(
    painter: QPainter, layout: Layout, card: Card, on_board: bool, palette: QPalette
) -> None:
    painter.save()
    painter.setPen(QPen(palette.color(QPalette.ColorRole.Highlight), 2))
    painter.setBrush(QColor("white") if on_board else palette.color(QPalette.ColorRole.Base))
    radius = min(card.rect.height(), layout.line) / 2.5
    painter.drawRoundedRect(card.rect, radius, radius)
    painter.setFont(card.font)
    painter.setPen(_INK if on_board else palette.color(QPalette.ColorRole.Text))
    pad = layout.line * 0.3
    height = card.rect.height() / len(card.lines)
    flags = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
    for n, text in enumerate(card.lines):
        row = QRectF(card.rect.left() + pad, card.rect.top() + n * height, 0, height)
        row.setRight(card.rect.right() - pad + 1)
        painter.drawText(row, flags, text)
    painter.restore()


def _paint_dragged(
    painter: QPainter, layout: Layout, dot: Dot, center: QPointF, palette: QPalette
) -> None:
    shift = center - dot.center
    moved = Dot(
        dot.idea,
        center,
        dot.radius,
        dot.area.translated(shift),
        dot.text_left + shift.x(),
        dot.text_width,
        dot.top + shift.y(),
        dot.lines,
        dot.below,
        dot.title_left,
    )
    _paint_card(painter, layout, card_for(moved, layout, in_place=False), True, palette)
    painter.save()
    painter.setPen(QPen(QColor("white"), 2))
    painter.setBrush(palette.color(QPalette.ColorRole.Highlight))
    painter.drawEllipse(center, dot.radius * 1.15, dot.radius * 1.15)
    painter.restore()
