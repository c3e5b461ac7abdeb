"""The impact/effort matrix: every idea of the ideas phase as a dot in a 5×5 grid.

Effort runs along x (low at the left), impact along y (high at the top), so the grid falls
into four quadrants: quick wins, big bets, fill-ins and money pits. Ideas without both
scores wait in a strip below the grid. A dot is placed by dragging it or, with the keyboard,
by selecting it (Tab) and pressing the arrow keys; every placement is one undoable edit.

It is meant to be read from the back of a meeting room, on a projector too: the fonts grow
with the widget, and the board keeps its light colours and dark text in a dark theme as
well, so that the quadrants mean the same everywhere.

Where things go is `matrix_layout` (over `matrix_geometry`, the selected title's card in
`matrix_card`), how they are drawn `matrix_painting`; this module is the widget: following
the session, selecting, and input by keyboard and mouse.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QFocusEvent,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
    QResizeEvent,
)
from PySide6.QtWidgets import QApplication, QToolTip, QWidget

from roundtable.domain.figures import idea_caption, idea_name, ranked_ideas
from roundtable.domain.model import Item, Phase
from roundtable.edits import Aspect
from roundtable.errors import RoundtableError
from roundtable.ui.run.matrix_card import card_for
from roundtable.ui.run.matrix_geometry import (
    Dot,
    Layout,
    clamp,
    first_cell,
    is_placed,
    values_at,
)
from roundtable.ui.run.matrix_layout import build_layout
from roundtable.ui.run.matrix_painting import BoardWords, paint_matrix
from roundtable.ui.session_view import SessionView
from roundtable.ui.workspace import Workspace


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

    Tab and Shift+Tab walk the ideas not placed yet, then the placed ones in reading order
    (the grid row by row from the top). Past the last idea, or before the first, focus moves
    on to the next widget as usual, so the matrix never traps the keyboard. Focus arriving
    by Tab keeps the selected idea, or selects the first (Shift+Tab: the last) when none is.
    """

    idea_selected = Signal(int)  # an idea's id, when the user selects a dot

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self._ideas: list[Item] = []
        self._selected: int | None = None
        self._drag: _Drag | None = None
        self._layout: Layout | None = None
        # The idea the arrow keys just took out of the strip: Tab then goes to the next one
        # still waiting, so a row of new ideas is placed with arrows and Tab alone.
        self._placed_by_keys: int | None = None
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
            impact, effort = first_cell(idea, impact_by, effort_by)
            self._placed_by_keys = idea.id
        else:
            impact, effort = clamp(idea.impact + impact_by), clamp(idea.effort + effort_by)
        self._place(idea.id, impact, effort)

    def _tab_order(self) -> list[int]:
        """The ideas still to place first (the work left), then the placed in reading order."""
        dots = self._current_layout().dots
        waiting = [d.idea.id for d in dots if not is_placed(d.idea)]
        return waiting + [d.idea.id for d in dots if is_placed(d.idea)]

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
            waiting = [i for i in order if not is_placed(self._idea(i))]
            just_placed, self._placed_by_keys = self._placed_by_keys, None
            if next and waiting and just_placed == self._selected is not None:
                self._set_selected(waiting[0], by_user=True)
                return True
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

    def _dot_at(self, pos: QPointF) -> Dot | None:
        layout = self._current_layout()
        selected = layout.dot(self._selected)
        if selected is not None and (
            selected.area.contains(pos) or card_for(selected, layout).rect.contains(pos)
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
        name = idea_name(idea)  # whole: the board shows an untitled idea's first words only
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

    def _current_layout(self) -> Layout:
        if self._layout is None:
            self._layout = self._build_layout()
        return self._layout

    def _build_layout(self) -> Layout:
        return build_layout(
            self._ideas,
            float(self.width()),
            float(self.height()),
            self.font(),
            self.logicalDpiY(),
            self.tr("Not placed yet"),
        )

    # -- painting -------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        drag = self._drag if self._drag is not None and self._drag.moving else None
        palette = self.palette()
        paint_matrix(
            painter,
            QRectF(self.rect()),
            self._current_layout(),
            palette,
            self._words(),
            self._ideas,
            self._selected,
            None if drag is None else (drag.item_id, drag.center()),
        )
        if self.hasFocus():
            painter.setPen(QPen(palette.color(QPalette.ColorRole.Highlight), 2))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(QRectF(self.rect()).adjusted(1, 1, -1, -1), 4, 4)
        painter.end()

    def _words(self) -> BoardWords:
        return BoardWords(
            quick_wins=self.tr("Quick wins"),
            big_bets=self.tr("Big bets"),
            fill_ins=self.tr("Fill-ins"),
            money_pits=self.tr("Money pits"),
            effort=self.tr("Effort →"),
            impact=self.tr("Impact →"),
            not_placed=self.tr("Not placed yet"),
            all_placed=self.tr("All ideas are placed."),
            no_ideas=self.tr("No ideas yet."),
        )
