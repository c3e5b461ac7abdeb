"""While an idea is typed, similar ideas from earlier sessions show beside the capture line
with their session and status; the capture itself never waits for them."""

from __future__ import annotations

import time
from datetime import UTC, datetime

from roundtable.domain.model import IdeaStatus, Item, ItemKind, Phase, Session
from roundtable.domain.rules import PHASE_ORDER


def test_a_similar_idea_from_an_earlier_session_shows_with_its_status(start_app, qtbot):
    running = start_app()
    window, ws = running.window, running.workspace
    earlier = ws.create_session(
        Session("Ældrepleje i Sydvig", starts_at=datetime(2025, 3, 1, 9, tzinfo=UTC))
    ).id
    for title, status in (
        ("Robotbibliotek til hjemmeplejen", IdeaStatus.DROPPED),
        ("Fælles indkøb af sensorer", IdeaStatus.PROPOSED),
    ):
        ws.add_item(
            earlier, Item(Phase.IDEAS, ItemKind.IDEA, title, title=title, status=status), ""
        )
    now = ws.create_session(Session("Arbejdskraft")).id
    window.open_session(now, "run")
    for phase in PHASE_ORDER:
        window.run.go_to(phase)
    assert window.run.capture.kind() is ItemKind.IDEA
    line = window.run.had_before
    window.run.capture.line.setText("Et robotbibliotek, hjemmeplejen kan låne fra")
    qtbot.waitUntil(line.isVisible, timeout=5000)
    assert "Ældrepleje i Sydvig 2025" in line.text() and "Dropped" in line.text()
    assert line.found[0].title == "Robotbibliotek til hjemmeplejen"

    started = time.perf_counter()
    window.run.capture.capture()
    assert time.perf_counter() - started < 0.2
    assert not line.isVisible()
    assert ws.items(now, Phase.IDEAS)[-1].text == "Et robotbibliotek, hjemmeplejen kan låne fra"


def test_a_note_looks_nothing_up(start_app, qtbot):
    running = start_app()
    window, ws = running.window, running.workspace
    sid = ws.create_session(Session("Arbejdskraft")).id
    window.open_session(sid, "run")
    window.run.go_to(PHASE_ORDER[0])
    window.run.capture.line.setText("Robotbibliotek til hjemmeplejen, sagde de")
    qtbot.wait(400)
    assert not window.run.had_before.isVisible()


def test_ctrl_b_links_the_new_idea_to_the_earlier_one_shown_in_both_sessions(start_app, qtbot):
    from PySide6.QtCore import Qt

    running = start_app()
    window, ws = running.window, running.workspace
    earlier_sid = ws.create_session(
        Session("Ældrepleje i Sydvig", starts_at=datetime(2025, 3, 1, 9, tzinfo=UTC))
    ).id
    title = "Robotbibliotek til hjemmeplejen"
    earlier = ws.add_item(earlier_sid, Item(Phase.IDEAS, ItemKind.IDEA, title, title=title), "")
    now = ws.create_session(Session("Arbejdskraft")).id
    window.open_session(now, "run")
    for phase in PHASE_ORDER:
        window.run.go_to(phase)
    line, capture = window.run.had_before, window.run.capture
    capture.line.setFocus()
    capture.line.setText("Et robotbibliotek, hjemmeplejen kan låne fra")
    qtbot.waitUntil(line.isVisible, timeout=5000)
    assert "Ctrl+B" in line.text()
    qtbot.keyClick(capture.line, Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier)
    assert "Builds on: “Robotbibliotek til hjemmeplejen” (Ældrepleje i Sydvig)" in line.text()
    qtbot.keyClick(capture.line, Qt.Key.Key_Return)
    added = ws.items(now, Phase.IDEAS)[-1]
    assert added.builds_on == earlier.uid
    assert not line.isVisible() and line.linked is None

    details = window.run.details
    details.show_item(added.id)
    assert details.links.isVisible()
    assert "Builds on: Robotbibliotek til hjemmeplejen (Ældrepleje i Sydvig)" in (
        details.links.text()
    )
    details.show_item(earlier.id)
    assert "Built on by: Et robotbibliotek, hjemmeplejen kan låne fra (Arbejdskraft)" in (
        details.links.text()
    )
    details.show_item(added.id)
    details.links.linkActivated.emit("unlink")
    assert ws.item(added.id).builds_on == ""
    ws.undo_stack.undo()
    assert ws.item(added.id).builds_on == earlier.uid
