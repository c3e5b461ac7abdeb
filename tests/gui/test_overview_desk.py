"""The organiser's desk in the overview: headline pins on ideas and barriers (a pin mark, kept
selected across the re-read, undoable, possible in a completed session), ideas that build on
earlier ones, and the register filtered by the owner's organisation."""

from __future__ import annotations

from PySide6.QtCore import Qt
from test_overview import desk  # noqa: F401  (the fixture)

from roundtable.domain.model import Item, ItemKind, Phase
from roundtable.ui.overview.pin_controls import PIN_MARK


def _idea_row(ideas, title: str) -> int:
    return next(r for r in range(ideas.rowCount()) if title in ideas.index(r, 0).data())


def test_pinning_an_idea_of_a_completed_session_marks_it_and_undo_unpins_it(desk, qtbot):  # noqa: F811
    running, *_ = desk
    page = running.window.overview
    page.tabs.setCurrentIndex(1)
    row = _idea_row(page.ideas, "Robotbibliotek")
    page.idea_table.selectRow(row)
    assert page.pin_idea.text() == "Pin as headline"
    qtbot.mouseClick(page.pin_idea, Qt.MouseButton.LeftButton)
    row = _idea_row(page.ideas, "Robotbibliotek")
    assert page.ideas.index(row, 0).data() == f"{PIN_MARK} Robotbibliotek"
    assert page.idea_table.currentIndex().row() == row, "the pinned idea stays selected"
    assert page.pin_idea.text() == "Unpin headline"
    running.workspace.undo_stack.undo()
    assert page.ideas.index(_idea_row(page.ideas, "Robotbibliotek"), 0).data() == "Robotbibliotek"


def test_p_pins_the_selected_barrier_statement(desk, qtbot):  # noqa: F811
    running, *_ = desk
    page = running.window.overview
    page.barrier_table.setCurrentIndex(page.barriers.index(0, 0))
    page.statements.setCurrentRow(0)
    page.statements.setFocus()
    qtbot.keyClick(page.statements, Qt.Key.Key_P)
    assert page.statements.item(0).text().startswith(PIN_MARK)
    assert page.statements.currentRow() == 0
    pinned = [i for b in page.bundles for i in b.items if i.pinned]
    assert [i.text for i in pinned] == ["Udbud låser løsningen fast"]


def test_an_idea_that_builds_on_an_earlier_one_says_so_in_the_overview(desk):  # noqa: F811
    from roundtable.edits import SetBuildsOn

    running, *_ = desk
    ws, page = running.workspace, running.window.overview
    page.tabs.setCurrentIndex(1)
    ideas = {i.title: i for b in page.bundles for i in b.items if i.title}
    ws.do(SetBuildsOn(ideas["Klynger"].id, ideas["Udbyd problemet"].uid))
    row = _idea_row(page.ideas, "Klynger")
    assert page.ideas.index(row, 0).data() == ("Klynger — Builds on: Udbyd problemet (Ældrepleje)")


def test_the_register_filters_by_the_owners_organisation(desk):  # noqa: F811
    running, _one, two, _late = desk
    ws = running.workspace
    mette = ws.participants(two)[0]  # Sydvig Kommune
    ws.add_item(two, Item(Phase.IDEAS, ItemKind.ACTION, "Ring til KL", owner_id=mette.id), "")
    register = running.window.overview.register
    running.window.overview.tabs.setCurrentWidget(register)
    boxes = register.organisation
    names = [boxes.itemText(n) for n in range(boxes.count())]
    assert names == ["Every organisation", "DI", "KL", "Sydvig Kommune"]
    boxes.setCurrentIndex(boxes.findData("Sydvig Kommune"))
    shown = [register.proxy.index(r, 0).data() for r in range(register.proxy.rowCount())]
    assert len(shown) == 1 and "1 shown" in register.count.text()
    running.window.overview.reload()  # the choice survives a re-read
    assert register.organisation.currentText() == "Sydvig Kommune"
    assert register.proxy.rowCount() == 1
