"""Nothing changes unless the user meant it: the wheel over a box without the focus scrolls."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QApplication

from roundtable.domain.model import Item, ItemKind, Phase


def wheel(widget, steps: int = -3) -> None:
    centre = QPointF(widget.rect().center())
    for _ in range(abs(steps)):
        event = QWheelEvent(
            centre,
            QPointF(widget.mapToGlobal(centre.toPoint())),
            QPoint(0, 0),
            QPoint(0, 120 if steps > 0 else -120),
            Qt.MouseButton.NoButton,
            Qt.KeyboardModifier.NoModifier,
            Qt.ScrollPhase.NoScrollPhase,
            False,
        )
        QApplication.sendEvent(widget, event)


def armed_after_first_paint(qtbot) -> None:
    from roundtable.app import wheel_guard

    qtbot.waitUntil(lambda: wheel_guard().armed, timeout=3000)


def test_the_wheel_over_the_idea_details_changes_no_vote_or_impact(qtbot, start_app):
    running = start_app()
    armed_after_first_paint(qtbot)
    window, ws = running.window, running.workspace
    window.new_session()
    session_id = window.session_id
    window.show_page("run")
    ws.move_to_phase(session_id, Phase.IDEAS, "start")
    idea = ws.add_item(
        session_id, Item(Phase.IDEAS, ItemKind.IDEA, "Idé", votes=7, impact=3), "capture"
    )
    window.run.list.select_item(idea.id)
    details = window.run.details
    window.run.capture.line.setFocus()
    for box in (details.votes, details.impact, details.effort, details.status, details.owner):
        assert not box.hasFocus()
        wheel(box, -3)
        wheel(box, 3)
        wheel(box, 2)
    stored = ws.item(idea.id)
    assert (stored.votes, stored.impact, stored.effort) == (7, 3, None)
    assert details.votes.value() == 7


def test_a_focused_spin_box_still_takes_the_wheel(qtbot, start_app):
    running = start_app()
    armed_after_first_paint(qtbot)
    window, ws = running.window, running.workspace
    window.new_session()
    session_id = window.session_id
    window.show_page("run")
    ws.move_to_phase(session_id, Phase.IDEAS, "start")
    idea = ws.add_item(session_id, Item(Phase.IDEAS, ItemKind.IDEA, "Idé", votes=7), "capture")
    window.run.list.select_item(idea.id)
    votes = window.run.details.votes
    votes.setFocus()
    qtbot.waitUntil(votes.hasFocus, timeout=1000)
    wheel(votes, 2)
    assert ws.item(idea.id).votes == 9
