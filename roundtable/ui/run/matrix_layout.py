"""Where the impact/effort matrix puts things: the grid, the strip of ideas not placed yet,
and each idea's dot and title (the shapes and the cells' geometry are in matrix_geometry).

Pure geometry over the ideas and the widget's size and font: nothing here paints or takes
input, so it can be reasoned about (and tested) without a widget on screen.
"""

from __future__ import annotations

import math
from collections import defaultdict
from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QFont, QFontMetricsF

from roundtable.domain.figures import idea_caption
from roundtable.domain.model import Item
from roundtable.ui.run.matrix_geometry import (
    DOT_PITCH,
    HIGH,
    LOW,
    MIDDLE,
    STEPS,
    Dot,
    Layout,
    cell_rect,
    fitted_lines,
    is_placed,
    text_width,
)


def build_layout(
    ideas: list[Item], width: float, height: float, font: QFont, dpi: float, strip_label: str
) -> Layout:
    """Where everything goes in a widget of `width` × `height` with the widget's `font` and
    vertical `dpi`; `strip_label` names the strip of ideas not placed yet."""
    # Readable from the back of the room: never below 11 pt, larger as the widget grows.
    least = 11 * dpi / 72
    pixels = max(least, min(height / 40, width / 45))
    title_font = QFont(font)
    title_font.setPixelSize(round(pixels))
    label_font = QFont(title_font)
    label_font.setBold(True)
    tick_font = QFont(title_font)
    tick_font.setPixelSize(max(round(least * 0.9), round(pixels * 0.85)))
    title_metrics = QFontMetricsF(title_font)
    label_metrics = QFontMetricsF(label_font)
    tick_metrics = QFontMetricsF(tick_font)
    line = title_metrics.height() * 1.15
    margin = pixels * 0.6
    band = label_metrics.height() * 1.5

    # Columns: the rotated impact label, the impact ticks, the grid.
    left = margin + label_metrics.height() + margin * 0.5
    left += tick_metrics.horizontalAdvance("5") + margin * 0.6
    right = width - margin
    cell_width = max(right - left, 1.0) / STEPS

    # The strip grows with the ideas waiting in it, up to a third of the height.
    waiting = [i for i in ideas if not is_placed(i)]
    pad = margin * 0.5
    label_width = label_metrics.horizontalAdvance(strip_label) + margin * 1.5
    area_left = margin + pad + label_width
    area_width = max(right - pad - area_left, 1.0)
    # As wide as a cell, or wider while few ideas wait.
    columns = max(1, min(int(area_width // cell_width), len(waiting)))
    rows = max(1, math.ceil(len(waiting) / columns))
    room = max(line, height / 3 - 2 * pad)
    biggest = min(line * 0.42, pixels * 0.5)
    titled = room / rows >= title_metrics.height()
    if titled:
        strip_height = min(rows * line, room) + 2 * pad
    else:  # bare dots, as in a crowded cell
        across = max(1, int(area_width // (DOT_PITCH * biggest)))
        strip_height = min(max(line, math.ceil(len(waiting) / across) * DOT_PITCH * biggest), room)
        strip_height += 2 * pad
    strip = QRectF(margin, height - margin - strip_height, right - margin, strip_height)
    strip_label = QRectF(margin + pad, strip.top() + pad, label_width - pad, line)

    axis_height = label_metrics.height() * 1.2
    tick_height = tick_metrics.height() * 1.2
    board_bottom = strip.top() - margin * 0.8 - axis_height - tick_height
    board = QRectF(left, margin, right - left, max(board_bottom - margin, 2 * band + STEPS))
    grid = board.adjusted(0, band, 0, -band)

    layout = Layout(
        grid=grid,
        board=board,
        strip=strip,
        strip_label=strip_label,
        title_font=title_font,
        label_font=label_font,
        tick_font=tick_font,
        line=line,
        band=band,
        dots=[],
    )
    most_votes = max([i.votes or 0 for i in ideas] + [1])

    def radius(idea: Item) -> float:
        # A little bigger with more votes; the most voted idea has the biggest dot.
        return biggest * (0.7 + 0.3 * (idea.votes or 0) / most_votes)

    cells: dict[tuple[int, int], list[Item]] = defaultdict(list)
    for idea in ideas:
        if is_placed(idea):
            cells[(idea.impact, idea.effort)].append(idea)
    for impact in range(HIGH, LOW - 1, -1):
        layout.dots += _row(impact, cells, layout, pad, biggest, radius)

    area = QRectF(area_left, strip.top() + pad, area_width, strip_height - 2 * pad)
    step = area.height() / rows
    slot = area_width / columns
    if not titled:
        above = strip.top() - line - pad
        layout.dots += _cluster(waiting, area, biggest, radius, line, above)
        return layout
    for n, idea in enumerate(waiting):
        top = area.top() + (n // columns) * step
        entry = QRectF(area.left() + (n % columns) * slot, top, slot, min(step, line))
        title = fitted_lines(title_metrics, idea_caption(idea), text_width(slot, biggest), 1)
        layout.dots.append(_entry(idea, entry, layout, biggest, radius(idea), title))
    return layout


@dataclass
class _Cell:
    effort: int
    crowd: list[Item]
    own: QRectF
    inner: QRectF
    titled: bool  # one column of dots with titles, on the tick
    lines: int = 1  # of each title
    need: float = 0.0  # the width its widest title takes whole


def _row(impact: int, cells: dict, layout: Layout, pad: float, biggest: float, radius) -> list:
    """The dots of one row of the grid, in Tab order.

    A dot stands on its column's tick, so that its effort reads as the axis says. Its title
    goes right of it, up to the next dot or the next title; left of it where the right is
    too short for the title whole and the left holds it whole or is much wider. Either way
    a title stays in its dot's quadrant: one left of the middle ends before the quadrant
    line, one right of it starts after the line (wrapped or cut with "…" where the room is
    short; the tooltip has it whole). Two titles that both want the room between their dots
    share it by what each needs. A crowd too big for one column keeps to its cell.
    """
    grid, line = layout.grid, layout.line
    metrics = QFontMetricsF(layout.title_font)
    # A title's text starts this far right of its dot's centre, and keeps as far from the
    # quadrant line: the selected title's card, padded around the text, stays clear of it.
    gap = (DOT_PITCH - 1) * biggest
    quadrant = cell_rect(impact, MIDDLE, grid).center().x()
    row: list[_Cell] = []
    for effort in range(LOW, HIGH + 1):
        crowd = cells.get((impact, effort))
        if not crowd:
            continue
        own = cell_rect(impact, effort, grid)
        inner = own.adjusted(pad, pad * 0.5, -pad, -pad)
        cell = _Cell(
            effort, crowd, own, inner, len(crowd) <= max(1, int(inner.height() // metrics.height()))
        )
        if cell.titled:
            roomy = len(crowd) <= inner.height() // line  # else squeezed, a line each
            cell.lines = max(1, min(2, int(inner.height() // (len(crowd) * line)))) if roomy else 1
            cell.need = max(_needed(metrics, idea_caption(i), cell.lines) for i in crowd)
        row.append(cell)

    def centre(cell: _Cell) -> float:
        return cell.own.center().x()

    starts: dict[int, float] = {}  # where the text of a title left of its dot starts

    def right_end(k: int) -> float:
        """Where the text of the k-th cell's titles must end when they go right."""
        # Over the quadrant line a title would read as an idea of the other quadrant.
        limit = quadrant - gap if row[k].effort < MIDDLE else grid.right() - pad
        if k + 1 == len(row):
            return limit
        after = row[k + 1]
        if not after.titled:
            return min(limit, after.own.left() - pad)
        if k + 1 in starts:
            return min(limit, starts[k + 1] - gap)
        return min(limit, centre(after) - gap)

    # Right to left, so that a dot knows what the title after it takes.
    for k in range(len(row) - 1, -1, -1):
        cell = row[k]
        if not cell.titled:
            continue
        right = right_end(k) - (centre(cell) + gap)
        if cell.need <= right:
            continue
        floor = grid.left() + pad
        if k > 0:
            before = row[k - 1]
            if not before.titled:
                floor = before.own.right() + pad
            else:  # what the title before takes, or its share when both are long
                span = centre(cell) - centre(before) - 3 * gap
                claim = before.need
                if before.need + cell.need > span:
                    claim = span * before.need / (before.need + cell.need)
                floor = centre(before) + gap + max(claim, 0.0) + gap
        if cell.effort > MIDDLE:
            floor = max(floor, quadrant + gap)
        left = centre(cell) - gap - floor
        # Cut either way, it stays right (as titles are read) unless the left is much wider.
        if cell.need <= left or left > 1.5 * right:
            starts[k] = max(floor, centre(cell) - gap - cell.need)

    dots: list[Dot] = []
    for k, cell in enumerate(row):
        if not cell.titled:
            if cell.effort == MIDDLE:  # bare dots around the quadrant line, none left of it
                stacked = _cluster(cell.crowd, cell.inner, biggest, radius, line, None)
            else:
                stacked = _stack(cell.crowd, cell.inner, layout, biggest, radius)
            for dot in stacked:  # a click in the empty cell beside it selects nothing
                dot.area = dot.area.intersected(cell.own)
            dots += stacked
            continue
        top, height, x = cell.inner.top(), cell.inner.height(), centre(cell)
        if k in starts:
            room = QRectF(starts[k], top, x + biggest - starts[k], height)
        else:
            room = QRectF(x - biggest, top, right_end(k) - x + biggest, height)
        stacked = _stack(cell.crowd, room, layout, biggest, radius, k in starts)
        for dot in stacked:  # the dot and its title as written, not the room around them
            dot.area = _written(dot, metrics, biggest)
        dots += stacked
    return dots


def _needed(metrics: QFontMetricsF, text: str, lines: int) -> float:
    """The least width that shows `text` whole in `lines` lines (one or two), wrapped at
    words as `fitted_lines` wraps them."""
    whole = metrics.horizontalAdvance(text)
    words = text.split()
    if lines < 2 or len(words) < 2:
        return whole
    return min(
        max(
            metrics.horizontalAdvance(" ".join(words[:n])),
            metrics.horizontalAdvance(" ".join(words[n:])),
        )
        for n in range(1, len(words))
    )


def _written(dot: Dot, metrics: QFontMetricsF, biggest: float) -> QRectF:
    """The dot and its title's lines as far as they are written."""
    wide = max(map(metrics.horizontalAdvance, dot.lines), default=0.0)
    if dot.title_left:
        left, right = dot.text_left + dot.text_width - wide, dot.center.x() + biggest
    else:
        left, right = dot.center.x() - biggest, dot.text_left + wide
    return QRectF(left, dot.area.top(), right - left, dot.area.height())


def _stack(
    ideas, inner: QRectF, layout: Layout, biggest: float, radius, title_left: bool = False
) -> list[Dot]:
    """Dots sharing a cell, one under the other; in more columns when they do not fit,
    and as bare dots when even that would leave their titles unreadable."""
    line, count = layout.line, len(ideas)
    metrics = QFontMetricsF(layout.title_font)
    if count <= max(1, int(inner.height() // line)):
        # Titles may take two lines when the cell has the room.
        lines = max(1, min(2, int(inner.height() // (count * line))))
        width = text_width(inner.width(), biggest)
        wrapped = [fitted_lines(metrics, idea_caption(i), width, lines) for i in ideas]
        heights = [len(w) * line for w in wrapped]
        columns, rows = 1, count
    else:
        # Squeezed as long as the lines do not overlap, then in columns as long as
        # a title keeps a few words.
        fits = max(1, int(inner.height() // metrics.height()))
        columns = math.ceil(count / fits)
        least_width = DOT_PITCH * biggest + metrics.averageCharWidth() * 8
        if columns > 1 and inner.width() / columns < least_width:
            return _cluster(ideas, inner, biggest, radius, line, None)
        rows = math.ceil(count / columns)
        width = text_width(inner.width() / columns, biggest)
        wrapped = [fitted_lines(metrics, idea_caption(i), width, 1) for i in ideas]
        heights = [min(line, inner.height() / rows)] * count
    column_width = inner.width() / columns
    top = max(inner.top(), inner.center().y() - sum(heights[:rows]) / 2)
    dots = []
    for n, idea in enumerate(ideas):
        column, row = divmod(n, rows)
        y = top + sum(heights[column * rows : column * rows + row])
        entry = QRectF(inner.left() + column * column_width, y, column_width, heights[n])
        dots.append(_entry(idea, entry, layout, biggest, radius(idea), wrapped[n], title_left))
    return dots


def _cluster(
    ideas, inner: QRectF, biggest: float, radius, line: float, card_top: float | None
) -> list[Dot]:
    """Bare dots in rows; the selected one shows its title on its card, which goes at
    `card_top`, or under the dots."""
    pitch = DOT_PITCH * biggest
    across = max(1, int(inner.width() // pitch))
    rows = math.ceil(len(ideas) / across)
    down = min(pitch, inner.height() / rows)  # closer only when the cell is tiny
    left = inner.left() + (inner.width() - min(len(ideas), across) * pitch) / 2
    top = inner.top() + (inner.height() - rows * down) / 2
    dots = []
    for n, idea in enumerate(ideas):
        row, column = divmod(n, across)
        center = QPointF(left + (column + 0.5) * pitch, top + (row + 0.5) * down)
        area = QRectF(center.x() - pitch / 2, center.y() - down / 2, pitch, down)
        text_left = center.x() + 1.6 * biggest
        top_line = center.y() - line / 2
        dots.append(Dot(idea, center, radius(idea), area, text_left, 0.0, top_line, []))
    for dot in dots:
        dot.below = top + rows * down + biggest * 0.3 if card_top is None else card_top
    return dots


def _entry(
    idea: Item,
    entry: QRectF,
    layout: Layout,
    biggest: float,
    r: float,
    lines: list,
    title_left: bool = False,
) -> Dot:
    y = entry.top() + min(layout.line, entry.height()) / 2
    width = text_width(entry.width(), biggest)
    if title_left:  # the title, right-aligned, ends before the dot at the entry's right
        center = QPointF(entry.right() - biggest, y)
        return Dot(
            idea, center, r, QRectF(entry), entry.left(), width, entry.top(), lines, None, True
        )
    center = QPointF(entry.left() + biggest, y)
    text_left = entry.right() - width
    return Dot(
        idea, center, r, QRectF(entry), text_left, entry.right() - text_left, entry.top(), lines
    )
