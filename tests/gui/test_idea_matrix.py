"""The impact/effort matrix: the geometry, placing ideas by mouse and keyboard, undo, and
following changes made elsewhere."""

from __future__ import annotations

import itertools
import random

import pytest
from PySide6.QtCore import QEvent, QPointF, QRectF, Qt
from PySide6.QtGui import QFontMetricsF, QHelpEvent, QMouseEvent
from PySide6.QtWidgets import QApplication, QLineEdit, QToolTip, QVBoxLayout, QWidget

from roundtable.domain.figures import idea_caption as caption
from roundtable.domain.model import Item, ItemKind, Phase, Session
from roundtable.ui.run.idea_matrix import IdeaMatrix
from roundtable.ui.run.matrix_card import card_for
from roundtable.ui.run.matrix_geometry import cell_rect, point_for, values_at
from roundtable.ui.run.matrix_layout import build_layout
from roundtable.ui.workspace import Workspace

LEFT = Qt.MouseButton.LeftButton


class Board:
    """A matrix over an in-memory store, shown at a meeting-room size."""

    def __init__(self, qtbot, store) -> None:
        self.qtbot = qtbot
        self.workspace = Workspace(store)
        self.session_id = store.create_session(Session(title="Møde")).id
        self.matrix = IdeaMatrix(self.workspace)
        qtbot.addWidget(self.matrix)
        self.matrix.resize(1000, 700)
        self.matrix.set_session(self.session_id)
        self.matrix.show()
        qtbot.waitExposed(self.matrix)

    def add(self, title: str, impact: int | None = None, effort: int | None = None, **kw) -> int:
        idea = Item(
            Phase.IDEAS, ItemKind.IDEA, text=title, title=title, impact=impact, effort=effort, **kw
        )
        return self.workspace.add_item(self.session_id, idea, "Add").id

    def scores(self, item_id: int) -> tuple[int | None, int | None]:
        item = self.workspace.item(item_id)
        return item.impact, item.effort

    def center(self, item_id: int) -> QPointF:
        found = self.matrix.dot_center(item_id)
        assert found is not None, "the idea has no dot"
        return found

    def cell(self, impact: int, effort: int) -> QRectF:
        return cell_rect(impact, effort, self.matrix.grid_rect())

    def drag(self, start: QPointF, end: QPointF) -> None:
        # QTest's mouseMove does not hold the button down in Qt 6: moves are sent by hand.
        self.qtbot.mousePress(self.matrix, LEFT, pos=start.toPoint())
        for n in range(1, 6):
            at = start + (end - start) * (n / 5)
            move = QMouseEvent(
                QEvent.Type.MouseMove,
                at,
                self.matrix.mapToGlobal(at),
                Qt.MouseButton.NoButton,
                LEFT,
                Qt.KeyboardModifier.NoModifier,
            )
            QApplication.sendEvent(self.matrix, move)
        self.qtbot.mouseRelease(self.matrix, LEFT, pos=end.toPoint())


@pytest.fixture
def board(qtbot, store) -> Board:
    return Board(qtbot, store)


def _near(a: QPointF, b: QPointF) -> bool:
    return abs(a.x() - b.x()) < 1 and abs(a.y() - b.y()) < 1


# -- geometry ---------------------------------------------------------------------


@pytest.mark.parametrize("grid", [QRectF(0, 0, 500, 500), QRectF(57.5, 31, 812.25, 433)])
def test_every_cell_maps_to_its_scores_and_back(grid):
    for impact, effort in itertools.product(range(1, 6), repeat=2):
        cell = cell_rect(impact, effort, grid)
        assert values_at(point_for(impact, effort, grid), grid) == (impact, effort)
        inset = cell.adjusted(0.01, 0.01, -0.01, -0.01)
        for corner in (inset.topLeft(), inset.topRight(), inset.bottomLeft(), inset.bottomRight()):
            assert values_at(corner, grid) == (impact, effort)
    # High impact is the top row, low effort the left column.
    assert _near(cell_rect(5, 1, grid).topLeft(), grid.topLeft())
    assert _near(cell_rect(1, 5, grid).bottomRight(), grid.bottomRight())
    assert point_for(5, 3, grid).y() < point_for(4, 3, grid).y()
    assert point_for(3, 2, grid).x() < point_for(3, 3, grid).x()


def test_points_on_the_edges_and_outside_the_grid_count_as_the_nearest_cell():
    grid = QRectF(100, 50, 500, 250)
    assert values_at(grid.topLeft(), grid) == (5, 1)
    assert values_at(grid.bottomRight(), grid) == (1, 5)
    assert values_at(QPointF(-1000, -1000), grid) == (5, 1)
    assert values_at(QPointF(5000, 5000), grid) == (1, 5)
    assert values_at(QPointF(grid.center().x(), 5000), grid) == (1, 3)
    assert values_at(QPointF(-3, grid.center().y()), grid) == (3, 1)
    # The line between two cells belongs to the one right of it.
    assert values_at(QPointF(200, 175), grid) == (3, 2)


def test_an_idea_without_a_title_is_named_by_the_first_words_of_its_text():
    untitled = Item(Phase.IDEAS, ItemKind.IDEA, text="Et to tre fire fem seks syv otte ni ti")
    assert caption(untitled) == "Et to tre fire fem seks syv otte …"
    assert caption(Item(Phase.IDEAS, ItemKind.IDEA, text="x", title="  Fælles  indkøb ")) == (
        "Fælles indkøb"
    )


# -- showing ----------------------------------------------------------------------


def test_each_placed_idea_sits_in_its_cell_and_only_ideas_are_shown(board):
    quick = board.add("Fælles indkøb med nabokommuner", impact=5, effort=1)
    pit = board.add("Ny rammeaftale", impact=1, effort=5)
    action = board.workspace.add_item(
        board.session_id, Item(Phase.IDEAS, ItemKind.ACTION, text="Ring til Anne"), "Add"
    ).id
    assert board.cell(5, 1).contains(board.center(quick))
    assert board.cell(1, 5).contains(board.center(pit))
    assert board.matrix.dot_center(action) is None


def test_a_middling_effort_sits_on_the_quadrant_line_not_among_the_quick_wins(board):
    middle = board.add("Mentorordning for nye medarbejdere", impact=5, effort=3)
    pair = [board.add(f"Idé {n}", impact=2, effort=3) for n in range(2)]
    line = board.cell(5, 3).center().x()  # the quadrants divide through the middle column
    for idea in (middle, *pair):
        assert abs(board.center(idea).x() - line) < 1


def test_a_crowd_of_middling_effort_gathers_around_the_quadrant_line(board):
    board.matrix.resize(1600, 1000)  # room for the crowd around the line
    crowd = [board.add(f"Idé {n} om vikarer", impact=2, effort=3) for n in range(6)]
    line, cell = board.cell(2, 3).center().x(), board.cell(2, 3)
    xs = [board.center(idea).x() for idea in crowd]
    assert all(cell.contains(board.center(idea)) for idea in crowd)
    assert min(xs) < line < max(xs) and abs(sum(xs) / len(xs) - line) < 5


def test_a_title_with_no_room_right_of_its_dot_stands_left_of_it_whole(board):
    title = "Fælles vikarpulje for hele regionen og alle de omkringliggende nabokommuner"
    idea = board.add(title, impact=2, effort=3)
    board.add("Fælles dataplatform", impact=2, effort=4)  # the next dot leaves a cell's room
    layout = board.matrix._current_layout()
    dot = layout.dot(idea)
    line = board.cell(2, 3).center().x()
    assert abs(dot.center.x() - line) < 1 and " ".join(dot.lines) == title
    metrics = QFontMetricsF(layout.title_font)
    written = max(metrics.horizontalAdvance(text) for text in dot.lines)
    assert dot.text_left + dot.text_width - written >= board.cell(2, 1).left()
    assert dot.text_left + dot.text_width < line - dot.radius, "it ends before the dot"


def test_every_dot_stands_on_its_effort_tick_and_a_title_comes_left_where_the_right_is_short(
    board,
):
    ideas = {board.add(f"Idé {effort}", impact=4, effort=effort): effort for effort in range(1, 6)}
    short = board.add("Åbne data", impact=1, effort=2)
    last = board.add("Fælles indkøb af elektriske maskiner", impact=1, effort=5)
    for idea, effort in ideas.items():
        assert abs(board.center(idea).x() - board.cell(4, effort).center().x()) < 1
    layout = board.matrix._current_layout()
    dot = layout.dot(last)
    assert abs(dot.center.x() - board.cell(1, 5).center().x()) < 1
    assert dot.title_left and " ".join(dot.lines) == caption(layout.dot(last).idea)
    metrics = QFontMetricsF(layout.title_font)
    start = dot.text_left + dot.text_width - metrics.horizontalAdvance(dot.lines[0])
    before = layout.dot(short)
    assert start > before.text_left + metrics.horizontalAdvance(before.lines[0]), "no overlap"


def test_clicking_a_title_beyond_its_cell_selects_its_idea(board):
    idea = board.add("Markedsdialog med alle leverandørerne", impact=2, effort=3)
    beyond = QPointF(board.cell(2, 4).left() + 10, board.center(idea).y())
    with board.qtbot.waitSignal(board.matrix.idea_selected) as selected:
        board.qtbot.mouseClick(board.matrix, LEFT, pos=beyond.toPoint())
    assert selected.args == [idea] and board.scores(idea) == (2, 3)


def test_ideas_sharing_a_cell_get_places_of_their_own(board):
    shared = [board.add(f"Idé {n} om genbrug af byggematerialer", 4, 2) for n in range(3)]
    crowd = [board.add(f"Trængsel {n}", 1, 1) for n in range(9)]
    for ids, cell in ((shared, board.cell(4, 2)), (crowd, board.cell(1, 1))):
        centers = [board.center(i) for i in ids]
        assert all(cell.contains(c) for c in centers)
        for a, b in itertools.combinations(centers, 2):
            assert max(abs(a.x() - b.x()), abs(a.y() - b.y())) >= 10, "dots on top of each other"
    # The three that fit keep their titles apart: one under the other, a line apart.
    layout = board.matrix._current_layout()
    line_height = QFontMetricsF(layout.title_font).height()
    ys = sorted(board.center(i).y() for i in shared)
    assert all(b - a >= line_height for a, b in itertools.pairwise(ys))
    # Nine do not fit with titles: bare dots rather than stubs like "Træ…"; the selected
    # one shows its title whole.
    for idea in crowd:
        shown = layout.dot(idea).lines
        assert not shown or len(shown[0].rstrip("…").strip()) >= 6, shown
    board.matrix.select_idea(crowd[4])
    card = card_for(layout.dot(crowd[4]), layout)
    assert card.lines == ["Trængsel 4"]


def test_a_long_title_is_cut_before_the_next_dot_and_the_grid(board):
    long = board.add("Fælles indkøb med nabokommuner og regionen af elektriske maskiner", 3, 2)
    neighbour = board.add("Noget andet", 3, 3)
    layout = board.matrix._current_layout()
    dot, other = layout.dot(long), layout.dot(neighbour)
    assert dot.lines[-1].endswith("…")
    assert dot.area.right() < other.center.x() - other.radius, "it stops before the next dot"
    assert dot.area.left() >= board.matrix.grid_rect().left()


def test_random_rows_of_titles_never_cover_a_dot_or_run_into_each_other(board):
    rng = random.Random(7)
    words = ["fælles", "data", "pilot", "sensorer", "vikarer", "ledelse", "udbud", "borgere"]
    for width, height in ((1000, 700), (1366, 768), (720, 480)):
        board.matrix.resize(width, height)
        for _ in range(12):
            ideas = []
            for n in range(rng.randint(3, 18)):
                title = " ".join(rng.choice(words) for _ in range(rng.randint(1, 7)))
                item = Item(Phase.IDEAS, ItemKind.IDEA, text=title, title=f"{title} {n}",
                            impact=rng.randint(1, 5), effort=rng.randint(1, 5))  # fmt: skip
                item.id = n + 1
                ideas.append(item)
            font, dpi = board.matrix.font(), board.matrix.logicalDpiY()
            layout = build_layout(ideas, width, height, font, dpi, "Not placed yet")
            _check_titles_and_dots(layout)


def _check_titles_and_dots(layout) -> None:
    middle = cell_rect(1, 3, layout.grid).center().x()
    for dot in layout.dots:  # selected, a title shows on a card that keeps to its side
        if dot.idea.impact and dot.idea.effort != 3:
            for in_place in (True, False):
                card = card_for(dot, layout, in_place=in_place).rect
                side = card.right() < middle if dot.idea.effort < 3 else card.left() > middle
                assert side, f"{caption(dot.idea)!r}'s card crosses the quadrant line"
    titled = [d for d in layout.dots if d.lines and d.idea.impact]
    for dot in titled:
        # Alone in its column of its cell, a dot stands on its effort's tick.
        column = [
            d
            for d in titled
            if (d.idea.impact, d.idea.effort) == (dot.idea.impact, dot.idea.effort)
        ]
        if len({round(d.center.x()) for d in column}) == 1:
            tick = cell_rect(dot.idea.impact, dot.idea.effort, layout.grid).center().x()
            assert abs(dot.center.x() - tick) < 1, caption(dot.idea)
        if dot.idea.effort != 3:  # on the line, either side is its own
            first, last = _quadrant_edges(dot, layout)
            left, right = _painted(dot, layout)
            assert first < left and right < last, f"{caption(dot.idea)!r} crosses the line"
        for other in layout.dots:
            if other is dot:
                continue
            hit = other.area.intersected(dot.area)
            assert hit.width() <= 0.5 or hit.height() <= 0.5, (
                caption(dot.idea),
                caption(other.idea),
            )
            facing = other.title_left and not dot.title_left and other.center.x() > dot.center.x()
            if facing and abs(other.center.y() - dot.center.y()) < 1:  # text, then text
                assert other.area.left() - dot.area.right() >= 1.5 * dot.radius, "read as one"


def test_a_title_uses_the_empty_room_up_to_the_quadrant_line_before_it_is_cut(board):
    title = "Markedsdialogen"  # one word: it cannot wrap
    idea = board.add(title, 4, 2)
    board.add("Noget andet", 4, 5)
    layout = board.matrix._current_layout()
    dot = layout.dot(idea)
    assert dot.lines == [title], "whole, over the next cell up to the line"
    _left, right = _painted(dot, layout)
    assert board.cell(4, 2).right() < right < board.cell(4, 3).center().x()
    assert board.cell(4, 2).contains(board.center(idea)), "the dot stays in its cell"


LONG_TITLE = "Medarbejderambassadører i alle institutioner og på alle plejecentre i kommunen"


@pytest.mark.parametrize("size", [(760, 520), (1366, 768), (1900, 1000)])
@pytest.mark.parametrize("cell", [(2, 2), (5, 1), (4, 4), (1, 5)])
def test_a_long_title_stays_in_its_quadrant_cut_or_wrapped_and_whole_in_its_tooltip(
    board, size, cell
):
    board.matrix.resize(*size)
    idea = board.add(LONG_TITLE, *cell, votes=1)
    board.add("Borgerpanel", *cell)  # a neighbour in its cell: one line each
    layout = board.matrix._current_layout()
    dot = layout.dot(idea)
    first, last = _quadrant_edges(dot, layout)
    left, right = _painted(dot, layout)
    assert first <= left and right <= last, ((left, right), (first, last), dot.lines)
    shown = " ".join(dot.lines)
    assert shown == LONG_TITLE or LONG_TITLE.startswith(shown.removesuffix("…")), shown
    # Selected, its card stays on its side too.
    board.matrix.select_idea(idea)
    for in_place in (True, False):
        card = card_for(dot, layout, in_place=in_place)
        assert first < card.rect.left() and card.rect.right() < last, (in_place, card.rect)
    at = board.center(idea).toPoint()
    QApplication.sendEvent(
        board.matrix, QHelpEvent(QEvent.Type.ToolTip, at, board.matrix.mapToGlobal(at))
    )
    assert QToolTip.text().startswith(LONG_TITLE + "\n")
    QToolTip.hideText()


def _quadrant_edges(dot, layout) -> tuple[float, float]:
    """Where the quadrant of a dot left or right of the middle column begins and ends."""
    middle = cell_rect(1, 3, layout.grid).center().x()
    if dot.idea.effort < 3:
        return layout.grid.left(), middle
    return middle, layout.grid.right()


def _painted(dot, layout) -> tuple[float, float]:
    """From where to where the dot's title lines are painted (as matrix_painting aligns
    them in their rectangle), each line no wider than that rectangle."""
    metrics = QFontMetricsF(layout.title_font)
    widths = [metrics.horizontalAdvance(text) for text in dot.lines]
    assert all(w <= dot.text_width + 0.5 for w in widths), "a line runs out of its rectangle"
    end = dot.text_left + dot.text_width
    if dot.title_left:
        return end - max(widths), end
    return dot.text_left, dot.text_left + max(widths)


def test_the_matrix_follows_changes_made_elsewhere(board):
    idea = board.add("Åbne data", impact=2, effort=2)
    board.matrix.select_idea(idea)
    board.workspace.update_item(idea, "Edit", impact=5, effort=4)
    assert board.cell(5, 4).contains(board.center(idea))
    later = board.add("Dialogmøde før udbud", impact=1, effort=1)
    assert board.cell(1, 1).contains(board.center(later))
    board.workspace.delete_item(idea, "Delete")
    assert board.matrix.dot_center(idea) is None
    assert board.matrix.selected_idea() is None


# -- the mouse --------------------------------------------------------------------


def test_clicking_a_dot_selects_it_and_says_which(board):
    board.add("Åbne data", 4, 4)
    idea = board.add("Fælles indkøb", 2, 1)
    with board.qtbot.waitSignal(board.matrix.idea_selected) as selected:
        board.qtbot.mouseClick(board.matrix, LEFT, pos=board.center(idea).toPoint())
    assert selected.args == [idea]
    assert board.matrix.selected_idea() == idea
    assert board.scores(idea) == (2, 1), "a click is not a drag"
    empty = board.cell(2, 4).center().toPoint()
    with board.qtbot.assertNotEmitted(board.matrix.idea_selected):
        board.qtbot.mouseClick(board.matrix, LEFT, pos=empty)
    assert board.matrix.selected_idea() == idea


def test_dragging_a_dot_places_the_idea_in_one_undoable_edit(board):
    idea = board.add("Fælles indkøb med nabokommuner", impact=2, effort=2)
    with board.qtbot.waitSignal(board.matrix.idea_selected):
        board.drag(board.center(idea), board.cell(5, 1).center())
    assert board.scores(idea) == (5, 1)
    assert board.cell(5, 1).contains(board.center(idea))
    assert board.workspace.undo_stack.count() == 2  # the idea's capture and the placing
    board.workspace.undo_stack.undo()
    assert board.scores(idea) == (2, 2)
    assert board.cell(2, 2).contains(board.center(idea))


def test_dropping_where_it_was_or_outside_the_matrix_changes_nothing(board):
    idea = board.add("Åbne data", impact=3, effort=4)
    board.drag(board.center(idea), board.cell(3, 4).bottomLeft() + QPointF(3, -3))
    outside = QPointF(board.matrix.width() - 2, board.matrix.grid_rect().center().y())
    board.drag(board.center(idea), outside)
    board.drag(board.center(idea), QPointF(2, 2))
    assert board.scores(idea) == (3, 4)
    assert board.workspace.undo_stack.count() == 1  # only the capture
    assert board.cell(3, 4).contains(board.center(idea))


def test_an_unplaced_idea_waits_below_the_grid_and_is_dragged_into_it(board):
    placed_by_half = board.add("Kun impact", impact=4)
    waiting = board.add("Fælles vidensbank")
    grid = board.matrix.grid_rect()
    for idea in (placed_by_half, waiting):
        assert board.center(idea).y() > grid.bottom()
    board.drag(board.center(waiting), board.cell(4, 2).center())
    assert board.scores(waiting) == (4, 2)
    assert board.cell(4, 2).contains(board.center(waiting))
    board.workspace.undo_stack.undo()
    assert board.scores(waiting) == (None, None)
    assert board.center(waiting).y() > grid.bottom()


def test_escape_cancels_a_drag(board):
    idea = board.add("Åbne data", impact=3, effort=3)
    start, end = board.center(idea), board.cell(5, 5).center()
    board.qtbot.mousePress(board.matrix, LEFT, pos=start.toPoint())
    move = QMouseEvent(
        QEvent.Type.MouseMove,
        end,
        board.matrix.mapToGlobal(end),
        Qt.MouseButton.NoButton,
        LEFT,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(board.matrix, move)
    board.qtbot.keyClick(board.matrix, Qt.Key.Key_Escape)
    board.qtbot.mouseRelease(board.matrix, LEFT, pos=end.toPoint())
    assert board.scores(idea) == (3, 3)


# -- the keyboard -----------------------------------------------------------------


def test_arrow_keys_move_the_selected_idea_a_cell_at_a_time(board):
    idea = board.add("Åbne data", impact=3, effort=3)
    board.matrix.select_idea(idea)
    board.matrix.setFocus()
    press = board.qtbot.keyClick
    press(board.matrix, Qt.Key.Key_Up)
    assert board.scores(idea) == (4, 3)
    press(board.matrix, Qt.Key.Key_Right)
    press(board.matrix, Qt.Key.Key_Right)
    press(board.matrix, Qt.Key.Key_Right)  # already at the most effort
    assert board.scores(idea) == (4, 5)
    assert board.cell(4, 5).contains(board.center(idea))
    press(board.matrix, Qt.Key.Key_Down)
    press(board.matrix, Qt.Key.Key_Left)
    assert board.scores(idea) == (3, 4)
    assert board.workspace.undo_stack.count() == 1 + 5  # a step each; the blocked one is none
    board.workspace.undo_stack.undo()
    assert board.scores(idea) == (3, 5)
    assert board.matrix.selected_idea() == idea


@pytest.mark.parametrize(
    ("key", "cell"),
    [(Qt.Key.Key_Left, (4, 2)), (Qt.Key.Key_Up, (4, 2)),
     (Qt.Key.Key_Right, (4, 4)), (Qt.Key.Key_Down, (2, 2))],
)  # fmt: skip
def test_the_first_arrow_key_places_an_unplaced_idea_in_the_quadrant_it_points_to(board, key, cell):
    idea = board.add("Fælles vidensbank")
    board.matrix.select_idea(idea)
    board.matrix.setFocus()
    board.qtbot.keyClick(board.matrix, key)
    assert board.scores(idea) == cell, "in a quadrant, not on the middle lines"
    board.qtbot.keyClick(board.matrix, Qt.Key.Key_Left)
    assert board.scores(idea) == (cell[0], cell[1] - 1)


def test_after_an_arrow_places_an_idea_tab_goes_to_the_next_one_still_waiting(board):
    placed = board.add("Fælles indkøb", impact=5, effort=2)
    first, second = board.add("Vidensbank"), board.add("Rammeaftale")
    board.matrix.setFocus()
    board.matrix.select_idea(first)
    board.qtbot.keyClick(board.matrix, Qt.Key.Key_Up)
    board.qtbot.keyClick(board.matrix, Qt.Key.Key_Tab)
    assert board.matrix.selected_idea() == second, "not the placed ones in reading order"
    board.qtbot.keyClick(board.matrix, Qt.Key.Key_Down)
    assert board.scores(second) == (2, 2) and board.scores(placed) == (5, 2)


def test_selecting_from_outside_does_not_report_back(board):
    idea = board.add("Åbne data", 2, 2)
    note = board.workspace.add_item(
        board.session_id, Item(Phase.IDEAS, ItemKind.NOTE, text="En note"), "Add"
    ).id
    with board.qtbot.assertNotEmitted(board.matrix.idea_selected):
        board.matrix.select_idea(idea)
        assert board.matrix.selected_idea() == idea
        board.matrix.select_idea(note)  # not an idea: nothing is selected
        assert board.matrix.selected_idea() is None


def test_tab_walks_the_ideas_still_to_place_first_then_lets_focus_go_on(qtbot, store):
    window = QWidget()
    qtbot.addWidget(window)
    before, after = QLineEdit(), QLineEdit()
    board = Board(qtbot, store)
    rows = QVBoxLayout(window)
    rows.addWidget(before)
    rows.addWidget(board.matrix, 1)
    rows.addWidget(after)
    window.resize(1000, 760)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    waiting = board.add("Fælles vidensbank")
    low = board.add("Ny rammeaftale", impact=1, effort=5)
    high = board.add("Fælles indkøb", impact=5, effort=2)
    before.setFocus()
    picked: list[int] = []
    board.matrix.idea_selected.connect(picked.append)
    qtbot.keyClick(before, Qt.Key.Key_Tab)
    assert board.matrix.hasFocus()
    qtbot.keyClick(board.matrix, Qt.Key.Key_Tab)
    qtbot.keyClick(board.matrix, Qt.Key.Key_Tab)
    assert picked == [waiting, high, low]  # the work left first, then the top row down
    qtbot.keyClick(board.matrix, Qt.Key.Key_Tab)
    assert after.hasFocus()
    assert board.matrix.selected_idea() == low
    qtbot.keyClick(after, Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    assert board.matrix.hasFocus() and board.matrix.selected_idea() == low
    qtbot.keyClick(board.matrix, Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    assert board.matrix.selected_idea() == high
    assert picked == [waiting, high, low, high]


def test_the_matrix_is_named_for_screen_readers(board):
    idea = board.add("Fælles indkøb", impact=5, effort=1, votes=3)
    assert board.matrix.accessibleName()
    board.matrix.select_idea(idea)
    described = board.matrix.accessibleDescription()
    assert "Fælles indkøb — impact 5, effort 1, votes 3" in described


def test_hovering_a_dot_tells_its_whole_title_and_scores(board):
    title = "Fælles indkøb med nabokommuner og regionen af elektriske maskiner"
    idea = board.add(title, impact=4, effort=5, votes=2)
    at = board.center(idea).toPoint()
    help_event = QHelpEvent(QEvent.Type.ToolTip, at, board.matrix.mapToGlobal(at))
    QApplication.sendEvent(board.matrix, help_event)
    assert QToolTip.text() == title + "\nVotes: 2 · Impact: 4 · Effort: 5"
    QToolTip.hideText()


def test_another_session_shows_its_own_ideas(board):
    idea = board.add("Åbne data", impact=2, effort=2)
    board.matrix.select_idea(idea)
    board.matrix.set_session(board.session_id)  # the same again: a re-read keeps the selection
    assert board.matrix.selected_idea() == idea
    other = board.workspace.create_session(Session(title="Andet møde")).id
    theirs = board.workspace.add_item(
        other, Item(Phase.IDEAS, ItemKind.IDEA, text="Deres idé", impact=1, effort=1), "Add"
    ).id
    board.matrix.set_session(other)
    assert board.matrix.dot_center(idea) is None
    assert board.cell(1, 1).contains(board.center(theirs))
    assert board.matrix.selected_idea() is None
    board.workspace.update_item(idea, "Edit", impact=5)  # the other session: no effect here
    assert board.matrix.dot_center(idea) is None
    board.matrix.set_session(None)
    assert board.matrix.dot_center(theirs) is None


def test_a_dot_is_dragged_from_where_it_was_grabbed(board):
    # Grabbed at its title, not its centre: it lands where the dot is seen, not the pointer.
    idea = board.add("Fælles indkøb med nabokommuner", impact=3, effort=1)
    dot = board.matrix._current_layout().dot(idea)
    grab = QPointF(dot.text_left + 20, dot.center.y())
    shift = board.cell(3, 2).center() - board.cell(3, 1).center()
    target = board.center(idea) + shift
    board.drag(grab, grab + shift)
    assert board.scores(idea) == values_at(target, board.matrix.grid_rect()) == (3, 2)


def test_a_resized_matrix_keeps_its_dots_in_their_cells(board):
    idea = board.add("Åbne data", impact=4, effort=2)
    for width, height in ((700, 450), (1400, 900)):
        board.matrix.resize(width, height)
        grid = board.matrix.grid_rect()
        assert width * 0.8 < grid.right() < width and height * 0.5 < grid.bottom() < height
        assert board.cell(4, 2).contains(board.center(idea))


def test_a_selected_ideas_card_right_of_the_middle_stays_on_its_side(board):
    # Selected, a title shows whole on a card; right of the middle it must not reach over
    # into the quick wins or fill-ins, where it would read as one of theirs.
    title = "Medarbejderambassadører i alle institutioner og på alle plejecentre i kommunen"
    idea = board.add(title, impact=4, effort=4)
    board.add("Fælles testmiljø", impact=4, effort=5)
    board.matrix.select_idea(idea)
    layout = board.matrix._current_layout()
    card = card_for(layout.dot(idea), layout, in_place=False)
    middle = board.cell(4, 3).center().x()
    assert card.rect.left() >= middle, (card.rect.left(), middle)
    assert card.lines[0].endswith("…")  # cut rather than carried across


def test_an_untitled_ideas_tooltip_gives_its_whole_text(board):
    text = "Vi burde samle en fælles vikarpulje for hele regionen så nattevagten aldrig er alene"
    idea = Item(Phase.IDEAS, ItemKind.IDEA, text=text, impact=4, effort=2)
    item_id = board.workspace.add_item(board.session_id, idea, "Add").id
    at = board.center(item_id).toPoint()
    QApplication.sendEvent(
        board.matrix, QHelpEvent(QEvent.Type.ToolTip, at, board.matrix.mapToGlobal(at))
    )
    assert QToolTip.text().startswith(text + "\n"), QToolTip.text()  # not its first 8 words
    QToolTip.hideText()
