"""An empty list says what fills it; a long line wraps to the pane instead of being cut."""

from __future__ import annotations

from PySide6.QtGui import QPalette

from roundtable.ui.hinted_list import HintedList


def _inked_pixels(view: HintedList) -> int:
    """Pixels of the empty list's viewport that are not its background."""
    image = view.viewport().grab().toImage()
    paper = view.palette().color(QPalette.ColorRole.Base).rgb()
    return sum(
        image.pixel(x, y) != paper for y in range(image.height()) for x in range(image.width())
    )


def test_the_hint_is_drawn_only_while_the_list_is_empty(qtbot):
    view = HintedList("Choose a cell above to read the statements behind it.")
    qtbot.addWidget(view)
    view.resize(400, 200)
    view.show()
    assert _inked_pixels(view) > 50
    view.set_hint("")
    assert _inked_pixels(view) == 0
    view.set_hint("Choose a suggestion to read its statements.")
    view.addItem("")  # an item, even a blank one, takes the hint's place
    assert view.hint() and _inked_pixels(view) == 0


def test_a_long_line_wraps_to_the_width_of_the_pane_as_the_pane_narrows(qtbot):
    view = HintedList()
    qtbot.addWidget(view)
    view.resize(700, 300)
    view.show()
    view.addItem("unge · udviklingspartnerskaber — 3 statements in 2 sessions")
    line = view.fontMetrics().height()
    qtbot.waitUntil(lambda: 0 < view.visualItemRect(view.item(0)).height() < 2 * line)
    view.resize(220, 300)  # the splitter dragged, or a smaller window
    qtbot.waitUntil(lambda: view.visualItemRect(view.item(0)).height() >= 2 * line)
    assert view.visualItemRect(view.item(0)).right() <= view.viewport().width()
    assert not view.horizontalScrollBar().isVisible()
