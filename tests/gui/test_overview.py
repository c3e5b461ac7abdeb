"""The overview across sessions: recurring barriers (select a cell to read its statements),
ideas by share of votes, participation, and the follow-up register with overdue items, its
filters and undoable status changes that stay possible after a session is completed."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest
from PySide6.QtCore import Qt

from roundtable.domain.model import (
    ActionStatus,
    IdeaStatus,
    Item,
    ItemKind,
    Participant,
    Phase,
    Sector,
    Session,
    SessionStatus,
    SpeakingTurn,
)
from roundtable.ui import i18n
from roundtable.ui.overview.register_model import OVERDUE_COLOUR, FollowUpModel, RegisterFilter

T0 = datetime(2026, 12, 1, 9, 0, tzinfo=UTC)
BARRIER, OPPORTUNITY = ItemKind.BARRIER, ItemKind.OPPORTUNITY
IDEA, ACTION = ItemKind.IDEA, ItemKind.ACTION


def _session(ws, title: str, day: int, series: str = "DI Digital") -> int:
    sid = ws.create_session(
        Session(title, series=series, starts_at=T0 - timedelta(days=100 - day))
    ).id
    ws.add_participants(
        sid,
        [
            Participant("Mette Holm", "Sydvig Kommune", sector=Sector.MUNICIPAL),
            Participant("Jonas Lind", "CareTech A/S", sector=Sector.PRIVATE),
        ],
        "",
    )
    return sid


def _add(ws, sid, kind, text, **fields) -> Item:
    phase = Phase.BARRIERS_OPPORTUNITIES if kind in (BARRIER, OPPORTUNITY) else Phase.IDEAS
    return ws.add_item(sid, Item(phase, kind, text, **fields), "")


@pytest.fixture
def desk(start_app):
    running = start_app()
    ws = running.workspace
    ws.clock = lambda: T0
    one = _session(ws, "Ældrepleje", 1)
    two = _session(ws, "Arbejdskraft", 2)
    _session(ws, "Uden for serien", 3, series="")
    _add(ws, one, BARRIER, "Udbud låser løsningen fast", category="procurement")
    _add(ws, one, BARRIER, "Ingen tid til at afsøge markedet", category="economy")
    _add(ws, two, BARRIER, "Udbudsreglerne kender ingen", category="procurement")
    _add(ws, two, OPPORTUNITY, "Fælles indkøb", category="procurement")
    _add(ws, one, IDEA, "Udbyd problemet", title="Udbyd problemet", votes=6)
    _add(ws, one, IDEA, "Robotbibliotek", title="Robotbibliotek", votes=2)
    _add(ws, two, IDEA, "Klynger af kommuner", title="Klynger", votes=3)
    late = _add(ws, one, ACTION, "Kortlæg data", owner_text="KL", due=date(2026, 11, 1))
    _add(ws, two, ACTION, "Send notat", owner_text="DI", due=date(2027, 1, 1))
    jonas = ws.participants(one)[1].id
    ws.store.add_speaking_turn(one, SpeakingTurn(jonas, T0, T0 + timedelta(minutes=3)))
    ws.update_session(one, "", status=SessionStatus.COMPLETED)
    ws.update_session(two, "", status=SessionStatus.RUNNING)  # held, as items say
    window = running.window
    window.library.reload()
    window.library.series_filter.setCurrentIndex(
        window.library.series_filter.findData("DI Digital")
    )
    window.show_overview()
    return running, one, two, late


def test_the_overview_opens_on_the_series_the_library_is_filtered_on(desk):
    running, *_ = desk
    page = running.window.overview
    assert running.window.pages.currentWidget() is page
    assert [b.session.title for b in page.bundles] == ["Ældrepleje", "Arbejdskraft"]
    assert "Overview" in running.window.windowTitle()


def test_recurring_barriers_come_first_with_in_n_of_n_and_a_cell_shows_its_statements(desk):
    running, *_ = desk
    page = running.window.overview
    grid = page.barriers
    assert grid.headerData(0, Qt.Orientation.Vertical, 0) == ("Procurement")
    assert grid.index(0, 2).data() == "in 2 of 2 sessions"
    assert grid.index(0, 1).data() == 2  # a barrier and an opportunity in the second
    page.barrier_table.setCurrentIndex(grid.index(0, 0))
    shown = [page.statements.item(n).text() for n in range(page.statements.count())]
    assert shown == ["■ Barrier: Udbud låser løsningen fast"]
    # The whole row spans the sessions: each statement says which one it was said in.
    page.barrier_table.setCurrentIndex(grid.index(0, 2))
    shown = [page.statements.item(n).text() for n in range(page.statements.count())]
    assert shown == [
        "■ Barrier · Ældrepleje: Udbud låser løsningen fast",
        "■ Barrier · Arbejdskraft: Udbudsreglerne kender ingen",
        "▲ Opportunity · Arbejdskraft: Fælles indkøb",
    ]


def test_the_statement_pane_says_what_fills_it_and_when_a_cell_holds_nothing(desk):
    running, *_ = desk
    page = running.window.overview
    grid = page.barriers
    assert page.statements.count() == 0
    assert page.statements.hint() == "Choose a cell above to read the statements behind it."
    assert grid.headerData(1, Qt.Orientation.Vertical, 0) == "Economy"
    page.barrier_table.setCurrentIndex(grid.index(1, 1))  # none in Arbejdskraft
    assert page.statements.count() == 0
    assert page.statements.hint() == (
        "No barriers or opportunities in this category in this session."
    )
    page.barrier_table.setCurrentIndex(grid.index(1, 0))
    assert page.statements.count() == 1


def _show_tab(page, title: str) -> None:
    """A tab reads what it shows when it is shown, as when the user picks it."""
    page.tabs.setCurrentIndex(
        next(n for n in range(page.tabs.count()) if page.tabs.tabText(n) == title)
    )


def test_ideas_are_ranked_by_their_share_of_their_own_sessions_votes(desk):
    running, *_ = desk
    _show_tab(running.window.overview, "Ideas across sessions")
    ideas = running.window.overview.ideas
    rows = [(ideas.index(r, 0).data(), ideas.index(r, 2).data()) for r in range(ideas.rowCount())]
    assert rows == [("Klynger", "100%"), ("Udbyd problemet", "75%"), ("Robotbibliotek", "25%")]


def test_the_next_meeting_only_planned_is_no_column_of_what_recurs_nor_a_return(desk):
    # Next in series made it with the same participants: "in 2 of 3 sessions" for what came
    # up at both meetings held, and Sydvig Kommune "came back" three times.
    running, *_ = desk
    ws = running.workspace
    _session(ws, "Næste møde", 4)  # planned: nothing held yet
    page = running.window.overview
    page.reload()
    grid = page.barriers
    assert grid.index(0, 2).data() == "in 2 of 2 sessions"
    _show_tab(page, "Participation")
    assert "Sydvig Kommune (2)" in page.participation.returning.text()


def test_participation_counts_sectors_per_session_and_names_who_came_back(desk):
    running, *_ = desk
    _show_tab(running.window.overview, "Participation")
    view = running.window.overview.participation
    assert view.table.item(0, 0).text() == "1" and view.table.item(0, 3).text() == "2"
    assert "Sydvig Kommune (2)" in view.returning.text()
    assert view.chart.rows[0][1][Sector.PRIVATE] == 1.0
    view.chart.grab()  # paints without error
    # Two meetings of a series, cut to the chart's label column, still read apart.
    one, three = (
        view.chart.shown_title(
            f"Rundbordsdialog om mangel på arbejdskraft i ældreplejen – møde {n}", 220
        )
        for n in (1, 3)
    )
    assert one != three and one.endswith("møde 1") and "…" in one


def test_the_register_highlights_the_overdue_action_and_filters_to_it(desk):
    running, _one, _two, late = desk
    _show_tab(running.window.overview, "Follow-up register")
    register = running.window.overview.register
    model = register.model
    overdue = [r for r in range(model.rowCount()) if model.row_at(r).overdue]
    assert [model.row_at(r).item.id for r in overdue] == [late.id]
    background = model.index(overdue[0], 0).data(Qt.ItemDataRole.BackgroundRole)
    assert background == OVERDUE_COLOUR
    register.showing.setCurrentIndex(register.showing.findData(RegisterFilter.OVERDUE))
    assert register.proxy.rowCount() == 1
    register.showing.setCurrentIndex(register.showing.findData(RegisterFilter.ALL))
    register.owner.setCurrentIndex(register.owner.findData("DI"))
    assert register.proxy.rowCount() == 1
    assert "1 overdue" in register.count.text()


def test_a_status_change_in_a_completed_session_is_dated_and_undoable(desk):
    running, one, _two, late = desk
    _show_tab(running.window.overview, "Follow-up register")
    ws = running.workspace
    assert ws.session(one).status is SessionStatus.COMPLETED
    register = running.window.overview.register
    model = register.model
    row = next(r for r in range(model.rowCount()) if model.row_at(r).item.id == late.id)
    assert model.setData(model.index(row, FollowUpModel.STATUS), "done")
    done = ws.item(late.id)
    assert done.status is ActionStatus.DONE
    assert [(f.at, f.status) for f in done.followups] == [(T0, "done")]
    # The register re-read: the action is no longer overdue.
    assert not any(register.model.row_at(r).overdue for r in range(register.model.rowCount()))
    ws.undo_stack.undo()
    assert ws.item(late.id).followups == []
    assert any(register.model.row_at(r).overdue for r in range(register.model.rowCount()))


def test_owner_due_and_outcome_are_edited_in_the_register_and_a_bad_date_is_explained(desk):
    running, *_rest, late = desk
    _show_tab(running.window.overview, "Follow-up register")
    ws = running.workspace
    model = running.window.overview.register.model
    said: list[str] = []
    model.edit_refused.connect(said.append)

    def row_of(item_id):
        return next(r for r in range(model.rowCount()) if model.row_at(r).item.id == item_id)

    model.setData(model.index(row_of(late.id), FollowUpModel.OUTCOME), "Data kortlagt")
    model.setData(model.index(row_of(late.id), FollowUpModel.OWNER), "Ole fra KL")
    model.setData(model.index(row_of(late.id), FollowUpModel.DUE), "2027-02-01")
    item = ws.item(late.id)
    assert (item.outcome, item.owner_text, item.due) == (
        "Data kortlagt",
        "Ole fra KL",
        date(2027, 2, 1),
    )
    # A participant's name, however typed, is that participant, as the workbook's import has it.
    model.setData(model.index(row_of(late.id), FollowUpModel.OWNER), " mette  holm")
    mette = next(p for p in ws.participants(item.session_id) if p.name == "Mette Holm")
    assert (ws.item(late.id).owner_id, ws.item(late.id).owner_text) == (mette.id, "")
    assert model.index(row_of(late.id), FollowUpModel.OWNER).data() == "Mette Holm"
    assert not model.setData(model.index(row_of(late.id), FollowUpModel.DUE), "next week")
    assert said and "“next week” is not a date" in said[0] and "12.12.2026" in said[0]
    idea = next(i for i in ws.items(_rest[0]) if i.kind is IDEA)
    model.setData(model.index(row_of(idea.id), FollowUpModel.STATUS), "in_progress")
    assert ws.item(idea.id).status is IdeaStatus.IN_PROGRESS


def test_the_register_shows_due_dates_in_the_interface_languages_form_and_reads_them_so(desk):
    running, *_rest, late = desk
    _show_tab(running.window.overview, "Follow-up register")
    ws = running.workspace
    model = running.window.overview.register.model

    def due_cell():
        row = next(r for r in range(model.rowCount()) if model.row_at(r).item.id == late.id)
        return model.index(row, FollowUpModel.DUE)

    assert due_cell().data() == "01/11/2026" and due_cell().data(Qt.ItemDataRole.EditRole) == (
        "01/11/2026"
    )
    assert not model.setData(due_cell(), "01/11/2026")  # unchanged: no edit to undo
    try:
        i18n.install("da")
        assert due_cell().data() == "01.11.2026"
        assert model.setData(due_cell(), "12.12.2026")
        assert ws.item(late.id).due == date(2026, 12, 12)
        assert due_cell().data() == "12.12.2026"
        assert model.setData(due_cell(), "+14d")  # counted from the workspace's today
        assert ws.item(late.id).due == date(2026, 12, 15)
    finally:
        i18n.install("en")
    ws.undo_stack.undo()
    assert ws.item(late.id).due == date(2026, 12, 12)


def test_the_overview_key_opens_it_and_the_scope_can_turn_to_the_library(desk, qtbot):
    running, *_ = desk
    window = running.window
    window.show_page("library")
    window.library.series_filter.setCurrentIndex(0)
    qtbot.keyClick(
        window, "O", Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )
    page = window.overview
    assert window.pages.currentWidget() is page
    assert len(page.bundles) == 3
    page.scope.setCurrentIndex(page.scope.findData("DI Digital"))
    page.scope.activated.emit(page.scope.currentIndex())
    assert len(page.bundles) == 2


def test_theme_suggestions_run_off_the_ui_thread_and_an_accepted_one_is_written(desk, qtbot):
    running, one, two, _late = desk
    ws = running.workspace
    ws.update_session(one, "", status=SessionStatus.RUNNING)  # a completed one takes no captures
    _add(ws, one, BARRIER, "Borgerne har ikke tillid til sensorer i hjemmet", category="ethics")
    _add(ws, two, BARRIER, "Borgernes tillid til sensorer og overvågning mangler", category="")
    page = running.window.overview
    page.tabs.setCurrentWidget(page.themes)
    themes = page.themes
    themes.suggest_button.click()
    assert themes.is_busy() or themes.suggestions
    qtbot.waitUntil(lambda: not themes.is_busy(), timeout=10_000)
    assert themes.suggestions, themes.state.text()
    row = next(
        n
        for n, s in enumerate(themes.suggestions)
        if any("sensor" in themes._texts[k] for k in s.keys)
    )
    themes.list.setCurrentRow(row)
    keys = themes.suggestions[row].keys
    others = [s for n, s in enumerate(themes.suggestions) if n != row]
    assert len(others) == 1 and themes.state.text() == "2 suggestions"
    assert themes.name.text() == "tillid and sensorer"  # the English window: not "og"
    themes.name.setText("Tillid")
    steps = ws.undo_stack.count()
    themes.accept_button.click()
    assert all("Tillid" in ws.item(int(k)).themes for k in keys)
    assert "Tillid" in themes.existing.text()
    # Accepted, it leaves the list: the rest stay to be looked at, and the count says so.
    assert themes.suggestions == others
    assert themes.list.count() == 1 and ws.undo_stack.count() == steps + 1
    assert themes.state.text() == "1 suggestion"
    # What is shown is the suggestion the list has selected.
    (left,) = others
    assert themes.list.currentRow() == 0
    assert themes.members.count() == len(left.keys)
    assert themes.name.text().startswith(left.name.split(" · ")[0])
    ws.undo_stack.undo()
    assert not any("Tillid" in ws.item(int(k)).themes for k in keys)


def test_a_theme_suggestion_can_be_cancelled(desk, qtbot):
    running, *_ = desk
    _show_tab(running.window.overview, "Themes")
    themes = running.window.overview.themes
    themes.suggest_button.click()
    themes.cancel_button.click()
    assert not themes.is_busy() and themes.suggest_button.isEnabled()


def test_a_tab_is_read_when_shown_and_a_report_of_the_overview_gets_every_item(desk):
    running, *_ = desk
    page = running.window.overview
    assert page.ideas.rowCount() == 0  # not shown yet: nothing read for it
    _show_tab(page, "Ideas across sessions")
    assert page.ideas.rowCount() == 3
    kinds = {item.kind for bundle in page.bundles for item in bundle.items}
    assert {BARRIER, OPPORTUNITY, IDEA, ACTION} <= kinds


@pytest.mark.parametrize("column", [FollowUpModel.OWNER, FollowUpModel.OUTCOME])
def test_a_cell_typed_into_in_the_register_is_saved_and_the_table_keeps_working(
    desk, qtbot, qtlog, column
):
    # The register re-reads after each edit: doing so under the open editor left the view
    # with a deleted editor ("commitData called with an editor that does not belong to this
    # view"), and an organiser's window crashed.
    running, *_rest, late = desk
    _show_tab(running.window.overview, "Follow-up register")
    register = running.window.overview.register
    model, proxy, table = register.model, register.proxy, register.table
    row = next(r for r in range(model.rowCount()) if model.row_at(r).item.id == late.id)
    cell = proxy.mapFromSource(model.index(row, column))
    table.setCurrentIndex(cell)
    table.edit(cell)
    editor = table.focusWidget()
    assert editor is not table and editor is not None, "no editor opened"
    editor.selectAll()
    qtbot.keyClicks(editor, "Mette Holm")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: table.state() == table.State.NoState)
    item = running.workspace.item(late.id)
    mette = next(
        p for p in running.workspace.participants(item.session_id) if p.name == "Mette Holm"
    )
    if column == FollowUpModel.OWNER:  # a participant's name: linked to her
        assert (item.owner_id, item.owner_text) == (mette.id, "")
    else:
        assert item.outcome == "Mette Holm"
    qtbot.waitUntil(
        lambda: "Mette Holm" in [proxy.index(r, column).data() for r in range(proxy.rowCount())]
    )
    warnings = [m.message for m in qtlog.records if "editor" in m.message]
    assert not warnings
    # And the next cell is edited as well.
    row = next(r for r in range(model.rowCount()) if model.row_at(r).item.id == late.id)
    cell = proxy.mapFromSource(model.index(row, column))
    table.edit(cell)
    editor = table.focusWidget()
    editor.selectAll()
    qtbot.keyClicks(editor, "Ole fra KL")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: table.state() == table.State.NoState)
    item = running.workspace.item(late.id)
    assert "Ole fra KL" in (item.owner_text, item.outcome), (item.owner_text, item.outcome)


def test_an_ideas_due_cell_takes_no_date_and_long_cells_tell_their_whole_text(desk):
    running, _one, _two, late = desk
    _show_tab(running.window.overview, "Follow-up register")
    ws = running.workspace
    model = running.window.overview.register.model
    idea_row = next(r for r in range(model.rowCount()) if model.row_at(r).item.kind is IDEA)
    due = model.index(idea_row, FollowUpModel.DUE)
    steps = ws.undo_stack.count()
    assert not model.flags(due) & Qt.ItemFlag.ItemIsEditable
    assert not model.setData(due, "20.12.2030")
    assert ws.undo_stack.count() == steps, "no undo step that does nothing"
    row = next(r for r in range(model.rowCount()) if model.row_at(r).item.id == late.id)
    assert model.flags(model.index(row, FollowUpModel.DUE)) & Qt.ItemFlag.ItemIsEditable
    title = model.index(row, FollowUpModel.SESSION)
    assert title.data(Qt.ItemDataRole.ToolTipRole) == title.data()
    # Cut in its middle, a series' titles keep their "… møde 2" apart.
    from PySide6.QtWidgets import QStyleOptionViewItem

    table = running.window.overview.register.table
    option = QStyleOptionViewItem()
    table.itemDelegateForColumn(FollowUpModel.SESSION).initStyleOption(
        option, table.model().index(0, FollowUpModel.SESSION)
    )
    assert option.textElideMode == Qt.TextElideMode.ElideMiddle
    ws.update_item(late.id, "", outcome="Et langt resultat " * 8)
    model = running.window.overview.register.model
    row = next(r for r in range(model.rowCount()) if model.row_at(r).item.id == late.id)
    outcome = model.index(row, FollowUpModel.OUTCOME)
    assert outcome.data(Qt.ItemDataRole.ToolTipRole).startswith("Et langt resultat")


def test_what_recurs_is_in_sight_beside_sessions_with_long_titles(desk, qtbot):
    running, one, two, _late = desk
    ws = running.workspace
    long = "Rundbordsdialog om emissionsfrie arbejdsmaskiner i kommunernes driftsafdelinger"
    for sid, n in ((one, 1), (two, 2)):
        ws.update_session(sid, "", title=f"{long} møde {n}")
    page = running.window.overview
    running.window.resize(1366, 768)
    page.reload()
    table, header = page.barrier_table, page.barrier_table.horizontalHeader()
    last = page.barriers.columnCount() - 1
    assert header.sectionViewportPosition(last) + header.sectionSize(last) <= (
        table.viewport().width()
    ), "'in n of N sessions' is scrolled out of sight"
    # Each column still tells its meeting apart: the end of the title is kept.
    assert header.textElideMode() == Qt.TextElideMode.ElideMiddle
    tip = page.barriers.headerData(0, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole)
    assert tip.endswith("møde 1")


def test_after_a_suggestion_leaves_the_list_the_next_one_shown_is_the_one_selected(desk):
    from PySide6.QtWidgets import QListWidgetItem

    from roundtable.insights.themes import Suggestion

    running, *_ = desk
    _show_tab(running.window.overview, "Themes")
    themes = running.window.overview.themes
    themes.suggestions = [
        Suggestion(f"ord{n} · andet{n}", (f"k{n}a", f"k{n}b", f"k{n}c")[: n + 1], 2)
        for n in range(3)
    ]
    for s in themes.suggestions:
        QListWidgetItem(s.name, themes.list)
    themes.list.setCurrentRow(0)
    themes.reject_current()
    # The list selects the old second row, now the first: its words and statements show,
    # not those of the suggestion after it.
    assert themes.list.currentRow() == 0 and themes.list.item(0).text() == "ord1 · andet1"
    assert themes.name.text() == "ord1 and andet1" and themes.members.count() == 2
    themes.reject_current()
    themes.reject_current()
    assert themes.state.text() == "Every suggestion has been accepted or rejected."
    assert themes.name.text() == "" and not themes.accept_button.isEnabled()


def test_tab_to_the_next_cell_and_back_edits_what_is_stored(desk, qtbot, qtlog):
    # After Tab the next editor opens at once: the rows re-read after the first edit must
    # be what the next editors start from and compare with.
    running, *_rest, late = desk
    _show_tab(running.window.overview, "Follow-up register")
    register = running.window.overview.register
    model, proxy, table = register.model, register.proxy, register.table
    ws = running.workspace

    def cell(column):
        row = next(r for r in range(model.rowCount()) if model.row_at(r).item.id == late.id)
        return proxy.mapFromSource(model.index(row, column))

    table.setCurrentIndex(cell(FollowUpModel.OWNER))
    table.edit(cell(FollowUpModel.OWNER))
    editor = table.focusWidget()
    editor.selectAll()
    qtbot.keyClicks(editor, "Ole fra DI")
    qtbot.keyClick(editor, Qt.Key.Key_Tab)
    qtbot.waitUntil(lambda: ws.item(late.id).owner_text == "Ole fra DI")
    qtbot.waitUntil(lambda: table.state() == table.State.EditingState)  # the due date's editor
    qtbot.keyClick(table.focusWidget(), Qt.Key.Key_Backtab)
    qtbot.waitUntil(lambda: table.currentIndex().column() == FollowUpModel.OWNER)
    editor = table.focusWidget()
    assert editor.text() == "Ole fra DI", "the editor starts from what is stored"
    editor.selectAll()
    qtbot.keyClicks(editor, "KL")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: table.state() == table.State.NoState)
    assert ws.item(late.id).owner_text == "KL", "changed back: not taken for unchanged"
    assert not [m.message for m in qtlog.records if "editor" in m.message]


def test_without_any_barrier_the_statement_pane_does_not_ask_for_a_cell(start_app):
    running = start_app()
    _session(running.workspace, "Uden barrierer", 1)
    running.window.library.reload()
    running.window.show_overview()
    page = running.window.overview
    assert page.barriers.rowCount() == 0
    assert page.statements.hint() == (
        "No barriers or opportunities with a category in these sessions yet."
    )


def test_sessions_columns_use_the_room_the_window_has_once_it_is_shown(start_app, qtbot):
    running = start_app()
    ws = running.workspace
    for n in (1, 2):
        sid = _session(ws, f"Rundbordsdialog om ældreplejen møde {n}", n)
        _add(ws, sid, BARRIER, "Udbud låser løsningen fast", category="procurement")
    window = running.window
    window.resize(1366, 768)
    window.show()
    window.library.reload()
    window.show_overview()  # opened as the menu opens it: filled before it is laid out
    qtbot.waitExposed(window)
    table, header = window.overview.barrier_table, window.overview.barrier_table.horizontalHeader()
    qtbot.waitUntil(lambda: table.viewport().width() > 1000)
    for column in (0, 1):  # room enough: each title whole, not "Rundbor…møde 1"
        qtbot.waitUntil(lambda c=column: header.sectionSize(c) >= header.sectionSizeHint(c))
    window.resize(900, 700)  # narrower: the column that says what recurs stays in sight
    last = window.overview.barriers.columnCount() - 1
    qtbot.waitUntil(
        lambda: (
            header.sectionViewportPosition(last) + header.sectionSize(last)
            <= table.viewport().width()
        )
    )


def test_ideas_across_sessions_keep_the_end_of_a_series_title_that_tells_meetings_apart(desk):
    from PySide6.QtWidgets import QStyleOptionViewItem

    from roundtable.ui.overview.figures_models import IdeaShareModel

    running, one, two, _late = desk
    for sid, n in ((one, 1), (two, 2)):
        title = f"Rundbordsdialog om ældreplejen – møde {n}"
        running.workspace.update_session(sid, "", title=title)
    page = running.window.overview
    _show_tab(page, "Ideas across sessions")
    table, model = page.idea_table, page.ideas
    session = model.index(0, IdeaShareModel.SESSION)
    assert session.data(Qt.ItemDataRole.ToolTipRole).startswith("Rundbordsdialog om ældreplejen")
    option = QStyleOptionViewItem()
    table.itemDelegateForColumn(IdeaShareModel.SESSION).initStyleOption(option, session)
    assert option.textElideMode == Qt.TextElideMode.ElideMiddle  # "Rundbords…– møde 2"


def test_the_register_has_room_for_a_double_name_and_a_series_titles_end(desk, qtbot):
    running, *_ = desk
    running.window.resize(1366, 768)
    _show_tab(running.window.overview, "Follow-up register")
    view = running.window.overview.register
    header, metrics = view.table.horizontalHeader(), view.table.fontMetrics()
    owner = metrics.horizontalAdvance("Anne-Mette Søgaard") + 12  # and the cell's margins
    assert header.sectionSize(FollowUpModel.OWNER) >= owner
    shown = metrics.elidedText(
        "Rundbordsdialog om mangel på arbejdskraft i ældreplejen – møde 1",
        Qt.TextElideMode.ElideMiddle,
        header.sectionSize(FollowUpModel.SESSION) - 12,
    )
    assert shown.endswith("– møde 1") and shown.startswith("Rundbords")
