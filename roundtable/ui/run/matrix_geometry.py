"""The impact/effort matrix's geometry: its scores and cells, where a point falls, how a
title is wrapped, and the shapes a layout is made of (dots, the layout, the selected card).

Pure geometry over numbers and fonts: nothing here paints or takes input.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QFont, QFontMetricsF

from roundtable.domain import rules
from roundtable.domain.model import Item

LOW, HIGH = rules.SCORE_MIN, rules.SCORE_MAX
STEPS = HIGH - LOW + 1
MIDDLE = (LOW + HIGH) // 2  # the middle cell: the quadrant lines run through it
# What a dot takes along a line, in radii of the biggest dot: its diameter (2) and a gap of
# 0.6 before the next dot or its title, so that dots stay apart and easy to hit.
DOT_PITCH = 2.6


# -- scores and cells ---------------------------------------------------------------


def clamp(value: int) -> int:
    """A score kept within LOW..HIGH."""
    return max(LOW, min(HIGH, value))


def cell_rect(impact: int, effort: int, grid: QRectF) -> QRectF:
    """The cell of `grid` for the scores (both LOW..HIGH); impact HIGH is the top row."""
    width, height = grid.width() / STEPS, grid.height() / STEPS
    column, row = effort - LOW, HIGH - impact
    return QRectF(grid.left() + column * width, grid.top() + row * height, width, height)


def point_for(impact: int, effort: int, grid: QRectF) -> QPointF:
    """The centre of the scores' cell."""
    return cell_rect(impact, effort, grid).center()


def values_at(point: QPointF, grid: QRectF) -> tuple[int, int]:
    """(impact, effort) of the cell under `point`; points outside count as the nearest cell.

    A point on the line between two cells belongs to the cell right of or below it.
    """
    width = max(grid.width(), 1e-9) / STEPS
    height = max(grid.height(), 1e-9) / STEPS
    column = math.floor((point.x() - grid.left()) / width)
    row = math.floor((point.y() - grid.top()) / height)
    return clamp(HIGH - row), clamp(LOW + column)


def first_cell(idea: Item, impact_by: int, effort_by: int) -> tuple[int, int]:
    """Where the first arrow key puts an unplaced idea: inside the quadrant the arrow points
    to (a quick win unless the arrow says otherwise), never on the middle lines, which would
    leave it in no quadrant. A score the idea already has is kept."""
    impact = idea.impact or (MIDDLE - 1 if impact_by < 0 else MIDDLE + 1)
    effort = idea.effort or (MIDDLE + 1 if effort_by > 0 else MIDDLE - 1)
    return impact, effort


def is_placed(idea: Item) -> bool:
    return idea.impact is not None and idea.effort is not None


def fitted_lines(metrics: QFontMetricsF, text: str, width: float, lines: int) -> list[str]:
    """`text` wrapped at words into at most `lines` lines of `width`, the last one elided."""
    if lines <= 1 or metrics.horizontalAdvance(text) <= width:
        return [metrics.elidedText(text, Qt.TextElideMode.ElideRight, width)]
    words = text.split()
    taken = 0
    while taken < len(words) and metrics.horizontalAdvance(" ".join(words[: taken + 1])) <= width:
        taken += 1
    if taken == 0:  # one word wider than the line: no wrap can help
        return [metrics.elidedText(text, Qt.TextElideMode.ElideRight, width)]
    rest = " ".join(words[taken:])
    return [" ".join(words[:taken]), *fitted_lines(metrics, rest, width, lines - 1)]


def text_width(entry_width: float, biggest: float) -> float:
    """Room for a title beside its dot."""
    return max(entry_width - DOT_PITCH * biggest, 0.0)


# -- what a layout is made of ------------------------------------------------------


@dataclass
class Dot:
    idea: Item
    center: QPointF
    radius: float
    area: QRectF  # what a click hits: the dot and its title
    text_left: float
    text_width: float
    top: float  # of the first title line
    lines: list[str]
    below: float | None = None  # a bare dot in a crowded cell: its card goes under the crowd
    title_left: bool = False  # the title ends at the dot (a middle cell with no room right)


@dataclass
class Layout:
    grid: QRectF  # the 5×5 cells
    board: QRectF  # the grid with the bands that name the quadrants; drops land here
    strip: QRectF
    strip_label: QRectF
    title_font: QFont
    label_font: QFont
    tick_font: QFont
    line: float  # height of one title line
    band: float
    dots: list[Dot]  # in Tab order: the grid read row by row, then the strip

    def dot(self, item_id: int | None) -> Dot | None:
        return next((d for d in self.dots if d.idea.id == item_id), None)


@dataclass
class Card:
    rect: QRectF
    lines: list[str]
    font: QFont
