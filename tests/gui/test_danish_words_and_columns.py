"""Danish words that agree with each other, and library columns wide enough for their text."""

from __future__ import annotations

from PySide6.QtGui import QFontMetrics

from roundtable.domain.model import Session
from roundtable.ui.library.library_model import SessionListModel


def test_the_matrix_names_its_four_quadrants_in_the_plural_in_danish(start_app):
    running = start_app(language="da")
    words = running.window.run.matrix._words()
    assert (words.quick_wins, words.big_bets, words.fill_ins, words.money_pits) == (
        "Lavthængende frugter",
        "Store satsninger",
        "Småting",
        "Pengeslugere",
    )


def test_the_library_shows_a_long_host_whole_at_1920_wide(qtbot, start_app):
    running = start_app()
    ws = running.workspace
    ws.create_session(Session(title="Ældrepleje", host="Skanderborg Kommune", theme="Ældre"))
    window = running.window
    window.resize(1920, 1000)
    table = window.library.table
    window.library.reload()
    qtbot.waitUntil(table.isVisible)
    row = 0
    index = table.model().index(row, SessionListModel.HOST)
    assert index.data() == "Skanderborg Kommune"
    text_width = QFontMetrics(table.font()).horizontalAdvance("Skanderborg Kommune")
    assert table.columnWidth(SessionListModel.HOST) > text_width + 6, "not cut to Skanderborg Kom…"
    assert table.columnWidth(SessionListModel.TITLE) > table.columnWidth(SessionListModel.HOST)


def test_a_long_host_far_down_the_library_is_whole_too(qtbot, start_app):
    from datetime import UTC, datetime, timedelta

    running = start_app()
    ws = running.workspace
    first = datetime(2020, 1, 1, 9, tzinfo=UTC)
    # The oldest is listed last, far below what the window shows.
    ws.create_session(Session(title="Gammel", host="Ringkøbing-Skjern Kommune", starts_at=first))
    for n in range(1, 120):
        ws.create_session(Session(title=f"Møde {n}", host="Vejle", starts_at=first + timedelta(n)))
    window = running.window
    window.resize(1920, 1000)
    table = window.library.table
    window.library.reload()
    qtbot.waitUntil(table.isVisible)
    last = table.model().index(table.model().rowCount() - 1, SessionListModel.HOST)
    assert last.data() == "Ringkøbing-Skjern Kommune"
    text_width = QFontMetrics(table.font()).horizontalAdvance("Ringkøbing-Skjern Kommune")
    assert table.columnWidth(SessionListModel.HOST) > text_width + 6
    # The count column is fitted to the formatted number the delegate shows.
    assert table.columnWidth(SessionListModel.ITEMS) < table.columnWidth(SessionListModel.HOST)


def test_a_quote_in_the_danish_list_is_quoted_as_the_danish_minutes_quote(start_app):
    from roundtable.domain.model import ItemKind

    running = start_app(language="da")
    window = running.window
    session_id = running.workspace.create_session(Session(title="Møde")).id
    window.open_session(session_id)
    run = window.run
    run.capture_item("Vi skal turde", ItemKind.QUOTE, "", "")
    row = next(r for r in range(run.model.rowCount()) if run.model.item_at(r))
    assert run.model.index(row).data().startswith("»Vi skal turde«")
