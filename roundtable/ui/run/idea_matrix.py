"""The impact/effort matrix: every idea of the ideas phase as a dot in a 5×5 grid.

Effort runs along x (low at the left), impact along y (high at the top), so the grid falls
into four quadrants: quick wins, big bets, fill-ins and money pits. Ideas without both
scores wait in a strip below the grid. A dot is placed by dragging it or, with the keyboard,
by selecting it (Tab) and pressing the arrow keys; every placement is one undoable edit.

It is meant to be read from the back of a meeting room, on a projector too: the fonts grow
with the widget, and the board keeps its light colours and dark text in a dark theme as
well, so that the quadrants mean the same everywhere.
"""

from __future__ import annotations

import math
from collections import defaultdict
from dataclasses import dataclass

from PySide6.QtCore import QEvent, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFocusEvent,
    QFont,
    QFontMetricsF,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
    QResizeEvent,
)
from PySide6.QtWidgets import QApplication, QToolTip, QWidget

from roundtable.domain import rules
from roundtable.domain.figures import idea_caption, ranked_ideas
from roundtable.domain.model import Item, Phase
from roundtable.edits import Aspect
from roundtable.errors import RoundtableError
from roundtable.ui.session_view import SessionView
from roundtable.ui.workspace import Workspace

LOW, HIGH = rules.SCORE_MIN, rules.SCORE_MAX
STEPS = HIGH - LOW + 1
MIDDLE = (LOW + HIGH) // 2  # where an unplaced idea lands when an arrow key places it

# The board keeps these in light and dark themes alike (see the module's docstring).
_INK = QColor("#1d1d1d")
_QUICK_WINS, _BIG_BETS = QColor("#dcefd6"), QColor("#d8e7f5")
_FILL_INS, _MONEY_PITS = QColor("#e8e8e6"), QColor("#f6dcdc")
_QUICK_WINS_INK, _BIG_BETS_INK = QColor("#2f6b2a"), QColor("#27598a")
_FILL_INS_INK, _MONEY_PITS_INK = QColor("#555555"), QColor("#8e2f3a")
_DOT = QColor("#455a64")


# -- geometry: pure functions, no widget needed ---------------------------------------


def _clamp(value: int) -> int:
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
    return _clamp(HIGH - row), _clamp(LOW + column)


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


# -- layout -------------------------------------------------------------------------


@dataclass
class _Dot:
    idea: Item
    center: QPointF
    radius: float
    area: QRectF  # what a click hits: the dot and its title
    text_left: float
    text_width: float
    top: float  # of the first title line
    lines: list[str]
    below: float | None = None  # a bare dot in a crowded cell: its card goes under the crowd


@dataclass
class _Layout:
    grid: QRectF  # the 5×5 cells
    board: QRectF  # the grid with the bands that name the quadrants; drops land here
    strip: QRectF
    strip_label: QRectF
    title_font: QFont
    label_font: QFont
    tick_font: QFont
    line: float  # height of one title line
    band: float
    dots: list[_Dot]  # in Tab order: the grid read row by row, then the strip

    def dot(self, item_id: int | None) -> _Dot | None:
        return next((d for d in self.dots if d.idea.id == item_id), None)


@dataclass
class _Card:
    rect: QRectF
    lines: list[str]
    font: QFont


class _Drag:
    def __init__(self, item_id: int, press: QPointF, grab: QPointF) -> None:
        self.item_id = item_id
        self.press = press
        self.grab = grab  # from the dot's centre to the pointer, kept while dragging
        self.pos = press
        self.moving = False

    def center(self) -> QPointF:
        return self.pos - self.grab


# -- the widget ---------------------------------------------------------------------


class IdeaMatrix(SessionView, QWidget):
    """The ideas on an impact/effort grid; select with click or Tab, place by drag or arrows.

    Tab and Shift+Tab walk the ideas in reading order (the grid row by row from the top,
    then the strip). Past the last idea, or before the first, focus moves on to the next
    widget as usual, so the matrix never traps the keyboard. Focus arriving by Tab keeps
    the selected idea, or selects the first (Shift+Tab: the last) when none is.
    """

    idea_selected = Signal(int)  # an idea's id, when the user selects a dot

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self._ideas: list[Item] = []
        self._selected: int | None = None
        self._drag: _Drag | None = None
        self._layout: _Layout | None = None
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMouseTracking(True)  # for the hand cursor over dots
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        self.follow(workspace, Aspect.ITEMS)
        self._describe()

    # -- the interface --------------------------------------------------------------

    def set_session(self, session_id: int | None) -> None:
        """Show the ideas of a session (None: none). Another session drops the selection;
        the same one again only re-reads, so a page may call this on every reload."""
        if session_id != self.session_id:
            self._selected = None
            self._drag = None
        super().set_session(session_id)

    def select_idea(self, item_id: int | None) -> None:
        """Select a dot, or none; an id that is not one of the ideas selects none."""
        self._set_selected(item_id if self._idea(item_id) is not None else None)

    def selected_idea(self) -> int | None:
        return self._selected

    def grid_rect(self) -> QRectF:
        """Where the 5×5 cells are drawn, in the widget's coordinates."""
        return QRectF(self._current_layout().grid)

    def dot_center(self, item_id: int) -> QPointF | None:
        """Where an idea's dot is drawn, or None when it is not shown."""
        dot = self._current_layout().dot(item_id)
        return None if dot is None else QPointF(dot.center)

    def sizeHint(self) -> QSize:
        return QSize(900, 620)

    def minimumSizeHint(self) -> QSize:
        return QSize(480, 320)

    # -- reading --------------------------------------------------------------------

    def reload(self) -> None:
        if self.session_id is None:
            self._ideas = []
        else:
            try:
                items = self.workspace.items(self.session_id, Phase.IDEAS)
            except RoundtableError:  # the session is gone; its page goes next
                items = []
            self._ideas = ranked_ideas(items)
        if self._idea(self._selected) is None:
            self._selected = None
        if self._drag is not None and self._idea(self._drag.item_id) is None:
            self._drag = None
        self._invalidate()

    def _idea(self, item_id: int | None) -> Item | None:
        return next((i for i in self._ideas if i.id == item_id), None)

    def _invalidate(self) -> None:
        self._layout = None
        self._describe()
        self.update()

    # -- selecting and placing ------------------------------------------------------

    def _set_selected(self, item_id: int | None, by_user: bool = False) -> None:
        changed = item_id != self._selected
        self._selected = item_id
        if changed:
            self._describe()
            self.update()
        if by_user and item_id is not None:
            self.idea_selected.emit(item_id)

    def _place(self, item_id: int, impact: int, effort: int) -> None:
        try:
            self.workspace.update_item(item_id, self.tr("Place idea"), impact=impact, effort=effort)
        except RoundtableError as exc:
            # Another part of the app deleted it meanwhile; say so where problems are shown.
            self.workspace.problem_reported.emit(str(exc))
            self.reload()

    def _step(self, idea: Item, impact_by: int, effort_by: int) -> None:
        if not is_placed(idea):
            impact, effort = idea.impact or MIDDLE, idea.effort or MIDDLE
        else:
            impact, effort = _clamp(idea.impact + impact_by), _clamp(idea.effort + effort_by)
        self._place(idea.id, impact, effort)

    def _tab_order(self) -> list[int]:
        return [dot.idea.id for dot in self._current_layout().dots]

    def _describe(self) -> None:
        self.setAccessibleName(self.tr("Impact and effort matrix"))
        keys = self.tr(
            "Tab selects the next idea; the arrow keys move the selected idea: "
            "up for more impact, right for more effort."
        )
        idea = self._idea(self._selected)
        if idea is None:
            self.setAccessibleDescription(keys)
        else:
            self.setAccessibleDescription(self._facts(idea) + "\n" + keys)

    def _facts(self, idea: Item) -> str:
        name = idea_caption(idea)
        votes = idea.votes or 0
        if not is_placed(idea):
            return self.tr("%s — not placed yet, votes %s") % (name, votes)
        facts = (name, idea.impact, idea.effort, votes)
        return self.tr("%s — impact %s, effort %s, votes %s") % facts

    # -- keyboard -------------------------------------------------------------------

    def focusNextPrevChild(self, next: bool) -> bool:
        if self.hasFocus():
            order = self._tab_order()
            if order:
                if self._selected in order:
                    index = order.index(self._selected) + (1 if next else -1)
                else:
                    index = 0 if next else len(order) - 1
                if 0 <= index < len(order):
                    self._set_selected(order[index], by_user=True)
                    return True
        return super().focusNextPrevChild(next)

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        order = self._tab_order()
        if self._selected is None and order:
            if event.reason() == Qt.FocusReason.TabFocusReason:
                self._set_selected(order[0], by_user=True)
            elif event.reason() == Qt.FocusReason.BacktabFocusReason:
                self._set_selected(order[-1], by_user=True)
        self.update()  # the focus frame

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self.update()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key == Qt.Key.Key_Escape and self._drag is not None:
            self._drag = None
            self.unsetCursor()
            self.update()
            return
        moves = {
            Qt.Key.Key_Up: (1, 0),
            Qt.Key.Key_Down: (-1, 0),
            Qt.Key.Key_Right: (0, 1),
            Qt.Key.Key_Left: (0, -1),
        }
        plain = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        if key in moves and plain == Qt.KeyboardModifier.NoModifier and self._drag is None:
            idea = self._idea(self._selected)
            if idea is not None:
                self._step(idea, *moves[key])
            elif self._ideas:
                # Nothing selected yet: the first arrow picks the first idea to move.
                self._set_selected(self._tab_order()[0], by_user=True)
            event.accept()
            return
        super().keyPressEvent(event)

    # -- mouse ----------------------------------------------------------------------

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() != Qt.MouseButton.LeftButton:
            super().mousePressEvent(event)
            return
        pos = event.position()
        dot = self._dot_at(pos)
        if dot is None:
            return
        self._drag = _Drag(dot.idea.id, pos, pos - dot.center)
        self._set_selected(dot.idea.id, by_user=True)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        pos = event.position()
        drag = self._drag
        if drag is None or not event.buttons() & Qt.MouseButton.LeftButton:
            hovering = self._dot_at(pos) is not None
            if hovering:
                self.setCursor(Qt.CursorShape.OpenHandCursor)
            else:
                self.unsetCursor()
            return
        distance = (pos - drag.press).manhattanLength()
        if not drag.moving and distance >= QApplication.startDragDistance():
            drag.moving = True
            self.setCursor(Qt.CursorShape.ClosedHandCursor)
        drag.pos = pos
        if drag.moving:
            self.update()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        drag, self._drag = self._drag, None
        if drag is None or event.button() != Qt.MouseButton.LeftButton:
            super().mouseReleaseEvent(event)
            return
        self.unsetCursor()
        self.update()
        drag.pos = event.position()
        if not drag.moving:
            return
        layout = self._current_layout()
        # Where the dot is seen, not the pointer: it lands in the cell it is drawn over.
        if layout.board.contains(drag.center()):
            impact, effort = values_at(drag.center(), layout.grid)
            self._place(drag.item_id, impact, effort)

    def _dot_at(self, pos: QPointF) -> _Dot | None:
        layout = self._current_layout()
        selected = layout.dot(self._selected)
        if selected is not None and (
            selected.area.contains(pos) or self._card(selected, layout).rect.contains(pos)
        ):
            return selected
        # Later dots are drawn over earlier ones.
        return next((d for d in reversed(layout.dots) if d.area.contains(pos)), None)

    # -- other events ---------------------------------------------------------------

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip:
            dot = self._dot_at(QPointF(event.pos()))
            if dot is None:
                QToolTip.hideText()
                event.ignore()
            else:
                QToolTip.showText(event.globalPos(), self._tooltip(dot.idea), self)
            return True
        return super().event(event)

    def _tooltip(self, idea: Item) -> str:
        name = idea_caption(idea)
        impact = "—" if idea.impact is None else str(idea.impact)
        effort = "—" if idea.effort is None else str(idea.effort)
        facts = self.tr("Votes: %s · Impact: %s · Effort: %s") % (idea.votes or 0, impact, effort)
        return name + "\n" + facts

    def changeEvent(self, event: QEvent) -> None:
        if event.type() in (
            QEvent.Type.LanguageChange,
            QEvent.Type.FontChange,
            QEvent.Type.PaletteChange,
        ):
            self._invalidate()
        super().changeEvent(event)

    def resizeEvent(self, event: QResizeEvent) -> None:
        self._layout = None
        super().resizeEvent(event)

    # -- layout ---------------------------------------------------------------------

    def _current_layout(self) -> _Layout:
        if self._layout is None:
            self._layout = self._build_layout()
        return self._layout

    def _build_layout(self) -> _Layout:
        width, height = float(self.width()), float(self.height())
        # Readable from the back of the room: never below 11 pt, larger as the widget grows.
        least = 11 * self.logicalDpiY() / 72
        pixels = max(least, min(height / 40, width / 45))
        title_font = QFont(self.font())
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
        waiting = [i for i in self._ideas if not is_placed(i)]
        pad = margin * 0.5
        label_width = label_metrics.horizontalAdvance(self.tr("Not placed yet")) + margin * 1.5
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
            across = max(1, int(area_width // (2.6 * biggest)))
            strip_height = min(max(line, math.ceil(len(waiting) / across) * 2.6 * biggest), room)
            strip_height += 2 * pad
        strip = QRectF(margin, height - margin - strip_height, right - margin, strip_height)
        strip_label = QRectF(margin + pad, strip.top() + pad, label_width - pad, line)

        axis_height = label_metrics.height() * 1.2
        tick_height = tick_metrics.height() * 1.2
        board_bottom = strip.top() - margin * 0.8 - axis_height - tick_height
        board = QRectF(left, margin, right - left, max(board_bottom - margin, 2 * band + STEPS))
        grid = board.adjusted(0, band, 0, -band)

        layout = _Layout(
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
        most_votes = max([i.votes or 0 for i in self._ideas] + [1])

        def radius(idea: Item) -> float:
            # A little bigger with more votes; the most voted idea has the biggest dot.
            return biggest * (0.7 + 0.3 * (idea.votes or 0) / most_votes)

        cells: dict[tuple[int, int], list[Item]] = defaultdict(list)
        for idea in self._ideas:
            if is_placed(idea):
                cells[(idea.impact, idea.effort)].append(idea)
        for impact in range(HIGH, LOW - 1, -1):
            for effort in range(LOW, HIGH + 1):
                ideas = cells.get((impact, effort))
                if ideas:
                    inner = cell_rect(impact, effort, grid).adjusted(pad, pad * 0.5, -pad, -pad)
                    layout.dots += self._stack(ideas, inner, layout, biggest, radius)

        area = QRectF(area_left, strip.top() + pad, area_width, strip_height - 2 * pad)
        step = area.height() / rows
        slot = area_width / columns
        if not titled:
            above = strip.top() - line - pad
            layout.dots += self._cluster(waiting, area, biggest, radius, line, above)
            return layout
        for n, idea in enumerate(waiting):
            top = area.top() + (n // columns) * step
            entry = QRectF(area.left() + (n % columns) * slot, top, slot, min(step, line))
            title = fitted_lines(title_metrics, idea_caption(idea), _text_width(slot, biggest), 1)
            layout.dots.append(self._entry(idea, entry, layout, biggest, radius(idea), title))
        return layout

    def _stack(self, ideas, inner: QRectF, layout: _Layout, biggest: float, radius) -> list[_Dot]:
        """Dots sharing a cell, one under the other; in more columns when they do not fit,
        and as bare dots when even that would leave their titles unreadable."""
        line, count = layout.line, len(ideas)
        metrics = QFontMetricsF(layout.title_font)
        if count <= max(1, int(inner.height() // line)):
            # Titles may take two lines when the cell has the room.
            lines = max(1, min(2, int(inner.height() // (count * line))))
            width = _text_width(inner.width(), biggest)
            wrapped = [fitted_lines(metrics, idea_caption(i), width, lines) for i in ideas]
            heights = [len(w) * line for w in wrapped]
            columns, rows = 1, count
        else:
            # Squeezed as long as the lines do not overlap, then in columns as long as
            # a title keeps a few words.
            fits = max(1, int(inner.height() // metrics.height()))
            columns = math.ceil(count / fits)
            least_width = 2.6 * biggest + metrics.averageCharWidth() * 8
            if columns > 1 and inner.width() / columns < least_width:
                return self._cluster(ideas, inner, biggest, radius, line, None)
            rows = math.ceil(count / columns)
            width = _text_width(inner.width() / columns, biggest)
            wrapped = [fitted_lines(metrics, idea_caption(i), width, 1) for i in ideas]
            heights = [min(line, inner.height() / rows)] * count
        column_width = inner.width() / columns
        top = max(inner.top(), inner.center().y() - sum(heights[:rows]) / 2)
        dots = []
        for n, idea in enumerate(ideas):
            column, row = divmod(n, rows)
            y = top + sum(heights[column * rows : column * rows + row])
            entry = QRectF(inner.left() + column * column_width, y, column_width, heights[n])
            dots.append(self._entry(idea, entry, layout, biggest, radius(idea), wrapped[n]))
        return dots

    @staticmethod
    def _cluster(
        ideas, inner: QRectF, biggest: float, radius, line: float, card_top: float | None
    ) -> list[_Dot]:
        """Bare dots in rows; the selected one shows its title on its card, which goes at
        `card_top`, or under the dots."""
        pitch = 2.6 * biggest
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
            dots.append(_Dot(idea, center, radius(idea), area, text_left, 0.0, top_line, []))
        for dot in dots:
            dot.below = top + rows * down + biggest * 0.3 if card_top is None else card_top
        return dots

    def _entry(
        self, idea: Item, entry: QRectF, layout: _Layout, biggest: float, r: float, lines: list
    ) -> _Dot:
        text_left = entry.right() - _text_width(entry.width(), biggest)
        center = QPointF(entry.left() + biggest, entry.top() + min(layout.line, entry.height()) / 2)
        return _Dot(
            idea, center, r, QRectF(entry), text_left, entry.right() - text_left, entry.top(), lines
        )

    def _card(self, dot: _Dot, layout: _Layout, in_place: bool = True) -> _Card:
        """The selected dot's title on a card: in place when it is shown whole, else whole
        on one line, over its neighbours where it must be."""
        pad = layout.line * 0.3
        if in_place and " ".join(dot.lines) == idea_caption(dot.idea):
            metrics = QFontMetricsF(layout.title_font)
            widest = max(metrics.horizontalAdvance(text) for text in dot.lines)
            height = min(layout.line, dot.area.height() / len(dot.lines)) * len(dot.lines)
            rect = QRectF(dot.text_left - pad, dot.top, widest + 2 * pad, height)
            return _Card(rect, dot.lines, layout.title_font)
        bold = self._bold(layout.title_font)
        metrics = QFontMetricsF(bold)
        full = metrics.horizontalAdvance(idea_caption(dot.idea)) + 2 * pad
        top = dot.center.y() - layout.line / 2
        start = dot.text_left - pad
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
        return _Card(rect, [text], bold)

    @staticmethod
    def _bold(font: QFont) -> QFont:
        bold = QFont(font)
        bold.setBold(True)
        return bold

    # -- painting -------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        layout = self._current_layout()
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        palette = self.palette()
        painter.fillRect(self.rect(), palette.color(QPalette.ColorRole.Window))
        self._paint_board(painter, layout)
        self._paint_axes(painter, layout, palette)
        self._paint_strip(painter, layout, palette)
        drag = self._drag if self._drag is not None and self._drag.moving else None
        if drag is not None and layout.board.contains(drag.center()):
            impact, effort = values_at(drag.center(), layout.grid)
            target = cell_rect(impact, effort, layout.grid)
            highlight = QColor(palette.color(QPalette.ColorRole.Highlight))
            highlight.setAlpha(60)
            painter.fillRect(target, highlight)
        for dot in layout.dots:
            if dot.idea.id != self._selected:
                faded = drag is not None and dot.idea.id == drag.item_id
                self._paint_dot(painter, layout, dot, palette, faded=faded)
        selected = layout.dot(self._selected)
        if selected is not None:
            moving = drag is not None and drag.item_id == selected.idea.id
            self._paint_dot(painter, layout, selected, palette, faded=moving)
            if not moving:
                card = self._card(selected, layout)
                self._paint_card(painter, layout, card, is_placed(selected.idea), palette)
        if drag is not None:
            dragged = layout.dot(drag.item_id)
            if dragged is not None:
                self._paint_dragged(painter, layout, dragged, drag.center(), palette)
        if self.hasFocus():
            pen = QPen(palette.color(QPalette.ColorRole.Highlight), 2)
            painter.setPen(pen)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(QRectF(self.rect()).adjusted(1, 1, -1, -1), 4, 4)
        painter.end()

    def _paint_board(self, painter: QPainter, layout: _Layout) -> None:
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
            (self.tr("Quick wins"), _QUICK_WINS_INK, board.left(), board.top()),
            (self.tr("Big bets"), _BIG_BETS_INK, board.left() + half, board.top()),
            (self.tr("Fill-ins"), _FILL_INS_INK, board.left(), grid.bottom()),
            (self.tr("Money pits"), _MONEY_PITS_INK, board.left() + half, grid.bottom()),
        )
        for name, ink, x, y in names:
            painter.setPen(ink)
            rect = QRectF(x, y, half, layout.band)
            text = metrics.elidedText(name, Qt.TextElideMode.ElideRight, half - 8)
            painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, text)

    def _paint_axes(self, painter: QPainter, layout: _Layout, palette: QPalette) -> None:
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
        painter.drawText(effort, Qt.AlignmentFlag.AlignCenter, self.tr("Effort →"))
        # Rotated to read upwards, so that its arrow points to high impact.
        painter.save()
        x = grid.left() - tick_width - 8 - label_metrics.height() / 2
        painter.translate(x, grid.center().y())
        painter.rotate(-90)
        along = QRectF(-grid.height() / 2, -label_metrics.height() / 2, grid.height(), 0)
        along.setHeight(label_metrics.height())
        painter.drawText(along, Qt.AlignmentFlag.AlignCenter, self.tr("Impact →"))
        painter.restore()

    def _paint_strip(self, painter: QPainter, layout: _Layout, palette: QPalette) -> None:
        strip = layout.strip
        painter.setPen(QPen(palette.color(QPalette.ColorRole.Mid), 1, Qt.PenStyle.DashLine))
        painter.setBrush(palette.color(QPalette.ColorRole.AlternateBase))
        painter.drawRoundedRect(strip, 6, 6)
        painter.setFont(layout.label_font)
        painter.setPen(palette.color(QPalette.ColorRole.WindowText))
        flags = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
        painter.drawText(layout.strip_label, flags, self.tr("Not placed yet"))
        if any(not is_placed(i) for i in self._ideas):
            return
        note = self.tr("All ideas are placed.") if self._ideas else self.tr("No ideas yet.")
        painter.setFont(layout.title_font)
        painter.setPen(palette.color(QPalette.ColorRole.PlaceholderText))
        rest = QRectF(layout.strip_label.right(), layout.strip_label.top(), 0, layout.line)
        rest.setRight(strip.right() - 8)
        painter.drawText(rest, flags, note)

    def _paint_dot(
        self, painter: QPainter, layout: _Layout, dot: _Dot, palette: QPalette, faded: bool
    ) -> None:
        selected = dot.idea.id == self._selected
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
        flags = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
        height = min(layout.line, dot.area.height() / max(1, len(dot.lines)))
        for n, text in enumerate(dot.lines):
            rect = QRectF(dot.text_left, dot.top + n * height, dot.text_width, height)
            painter.drawText(rect, flags, text)
        painter.restore()

    def _paint_card(
        self, painter: QPainter, layout: _Layout, card: _Card, on_board: bool, palette: QPalette
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
        self, painter: QPainter, layout: _Layout, dot: _Dot, center: QPointF, palette: QPalette
    ) -> None:
        shift = center - dot.center
        moved = _Dot(
            dot.idea,
            center,
            dot.radius,
            dot.area.translated(shift),
            dot.text_left + shift.x(),
            dot.text_width,
            dot.top + shift.y(),
            dot.lines,
        )
        self._paint_card(painter, layout, self._card(moved, layout, in_place=False), True, palette)
        painter.save()
        painter.setPen(QPen(QColor("white"), 2))
        painter.setBrush(palette.color(QPalette.ColorRole.Highlight))
        painter.drawEllipse(center, dot.radius * 1.15, dot.radius * 1.15)
        painter.restore()


def _text_width(entry_width: float, biggest: float) -> float:
    """Room for a title beside its dot."""
    return max(entry_width - 2.6 * biggest, 0.0)
