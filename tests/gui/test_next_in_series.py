"""Next in series: from the library, a new planned session in the same series with the
participants and timeboxes; its phase 1 starts with *since last time*, the open actions and
ideas of the earlier sessions, each marked from there (undoable)."""

from __future__ import annotations

from datetime import UTC, date, datetime

from roundtable.domain.model import (
    ActionStatus,
    Item,
    ItemKind,
    Participant,
    Phase,
    Session,
    SessionStatus,
)
from roundtable.ui.library.library_model import SESSION_ID_ROLE

T0 = datetime(2026, 12, 1, 9, 0, tzinfo=UTC)


def _select(library, session_id: int) -> None:
    library.reload()
    for row in range(library.model.rowCount()):
        index = library.model.index(row, 0)
        if index.data(SESSION_ID_ROLE) == session_id:
            library.table.setCurrentIndex(index)


def test_next_in_series_opens_a_planned_session_that_starts_with_since_last_time(start_app):
    running = start_app()
    window, ws = running.window, running.workspace
    ws.clock = lambda: T0
    first = ws.create_session(Session("Dialogforum 11", series="Dialogforum", starts_at=T0)).id
    ws.add_participants(first, [Participant("Mette Holm", "Sydvig Kommune")], "")
    ws.set_planned_minutes(first, Phase.IDEAS, 60, "")
    action = ws.add_item(
        first, Item(Phase.IDEAS, ItemKind.ACTION, "Kortlæg data", due=date(2026, 11, 1)), ""
    )
    ws.add_item(first, Item(Phase.IDEAS, ItemKind.IDEA, "Robotbibliotek", title="Robot"), "")
    ws.update_session(first, "", status=SessionStatus.COMPLETED)
    alone = ws.create_session(Session("Uden serie")).id

    library = window.library
    _select(library, alone)
    assert not library.next_button.isEnabled()
    _select(library, first)
    assert library.next_button.isEnabled()
    library.next_button.click()

    new = window.session_id
    assert new != first and window.current_page() == "setup"
    session = ws.session(new)
    assert (session.title, session.series, session.status) == (
        "Dialogforum – møde 2",
        "Dialogforum",
        SessionStatus.PLANNED,
    )
    assert [p.name for p in ws.participants(new)] == ["Mette Holm"]
    assert {p.phase: p.planned_minutes for p in ws.phases(new)}[Phase.IDEAS] == 60

    window.open_session(new, "run")
    run = window.run
    since = run.since_last_time
    assert run.views.currentWidget() is since and run.views.tabBar().isVisible()
    shown = [since.list.topLevelItem(n).text(0) for n in range(since.list.topLevelItemCount())]
    assert shown == ["Action: Kortlæg data", "Idea: Robot"]

    since.list.setCurrentItem(since.list.topLevelItem(0))
    assert not since.marks["in_progress"].isEnabled()  # an action is open, done or dropped
    since.marks["done"].click()
    assert ws.item(action.id).status is ActionStatus.DONE
    assert since.list.topLevelItemCount() == 1
    ws.undo_stack.undo()
    assert since.list.topLevelItemCount() == 2

    # Capturing in the new session leaves the list alone; the ideas phase hides the tab.
    run.capture.line.setText("Velkommen")
    run.capture.capture()
    assert since.list.topLevelItemCount() == 2
    run.go_to(Phase.BARRIERS_OPPORTUNITIES)
    assert not run.views.isTabVisible(run.views.indexOf(since))


def test_the_session_menu_says_why_a_session_in_no_series_has_no_next(start_app):
    running = start_app()
    window, ws = running.window, running.workspace
    alone = ws.create_session(Session("Uden serie")).id
    window.open_session(alone, "setup")
    action = next(
        a for m in window.menuBar().actions() for a in m.menu().actions()
        if a.text() == "Next in &series"
    )  # fmt: skip
    action.trigger()
    assert window.session_id == alone
    assert "no series" in window.statusBar().currentMessage()


def test_a_standing_item_marked_in_the_details_comes_back_in_the_next_session(start_app):
    running = start_app()
    window, ws = running.window, running.workspace
    first = ws.create_session(Session("Dialogforum 11", series="Dialogforum")).id
    point = ws.add_item(first, Item(Phase.NARRATIVE, ItemKind.NOTE, "Status på strategien"), "")
    ws.update_session(first, "", status=SessionStatus.COMPLETED)
    window.open_session(first, "run")
    details = window.run.details
    details.show_item(point.id)
    assert details.standing.isVisibleTo(details) and details.standing.isEnabled()
    details.standing.click()
    assert ws.item(point.id).standing
    _select(window.library, first)
    window.library.next_button.click()
    (carried,) = ws.items(window.session_id)
    assert carried.text == "Status på strategien" and carried.builds_on == point.uid


def test_since_last_time_gives_what_each_item_is_room_beside_a_long_series_title(start_app):
    # At 1366 pixels the long titles of a series took the table's width: "What", the column
    # read aloud from, was three letters wide ("Id…"), and dates came as 2027-01-15.
    running = start_app()
    window, ws = running.window, running.workspace
    ws.clock = lambda: T0
    series = "Rundbordsdialoger om ældrepleje og velfærdsteknologi i Region Syddanmark 2026"
    first = ws.create_session(Session(f"{series} – møde 1", series=series, starts_at=T0)).id
    ws.add_item(first, Item(Phase.IDEAS, ItemKind.ACTION, "Kortlæg data om nattevagter",
                            due=date(2027, 1, 15), owner_text="Sydvig Kommunes ældreafdeling"),
                "")  # fmt: skip
    ws.update_session(first, "", status=SessionStatus.COMPLETED)
    _select(window.library, first)
    window.library.next_button.click()
    window.resize(1366, 768)
    window.open_session(window.session_id, "run")
    since = window.run.since_last_time
    since.list.header().resize(since.list.viewport().width(), 30)
    window.show()
    what = since.list.columnWidth(0)
    assert what >= since.fontMetrics().horizontalAdvance("Action: Kortlæg data om")
    line = since.list.topLevelItem(0)
    assert line.text(3) == "15/01/2027" and line.toolTip(1).startswith(series)
