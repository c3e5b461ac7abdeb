"""An action's due date and owner in the run page's details, typed as a facilitator would."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QApplication

from roundtable.domain.model import Item, ItemKind, Participant, Phase, Session
from roundtable.ui import i18n
from roundtable.ui.date_field import DateField, show_date
from roundtable.ui.typed_text import flush_typing


def _action(start_app, **session):
    running = start_app()
    ws = running.workspace
    sid = ws.create_session(Session(title="Møde", **session)).id
    ws.add_participants(sid, [Participant("Ole Dahl", "Omsorg A/S")], "add")
    ws.move_to_phase(sid, Phase.IDEAS, "start")
    running.window.open_session(sid, "run")
    item = ws.add_item(sid, Item(Phase.IDEAS, ItemKind.ACTION, "Ring til KL"), "capture")
    running.window.run.list.select_item(item.id)
    details = running.window.run.details
    assert details.item is not None and details.item.id == item.id
    return running, details, item


def _type_due(qtbot, details, text: str) -> None:
    line = details.due.line
    line.setFocus()
    line.selectAll()
    qtbot.keyClick(line, Qt.Key.Key_Backspace)
    qtbot.keyClicks(line, text)
    qtbot.keyClick(line, Qt.Key.Key_Return)


def test_a_due_date_typed_into_a_field_that_shows_not_set_is_kept(qtbot, start_app):
    running, details, item = _action(start_app)
    assert details.due.line.text() == "" and details.due.line.placeholderText() == "Not set"
    _type_due(qtbot, details, "12.12.2026")
    assert running.workspace.item(item.id).due == date(2026, 12, 12)


def test_the_item_list_shows_the_due_date_in_the_interface_languages_form(qtbot, start_app):
    running, details, item = _action(start_app)
    _type_due(qtbot, details, "12.12.2026")
    run = running.window.run
    row = run.model.row_of(item.id)
    shown = run.model.index(row).data()
    assert "due 12/12/2026" in shown and "2026-12-12" not in shown


def test_a_due_date_can_be_typed_as_a_short_form_an_offset_or_a_weekday(qtbot, start_app):
    running, details, item = _action(start_app)
    details.due._today = lambda: date(2026, 12, 1)  # a Tuesday
    typed_and_meant = (
        ("12/12", date(2026, 12, 12)),
        ("+14d", date(2026, 12, 15)),
        ("fre", date(2026, 12, 4)),
        ("2026-12-24", date(2026, 12, 24)),
    )
    for typed, meant in typed_and_meant:
        _type_due(qtbot, details, typed)
        assert running.workspace.item(item.id).due == meant, typed
    _type_due(qtbot, details, "")
    assert running.workspace.item(item.id).due is None


def test_a_due_date_that_is_not_a_date_is_refused_with_a_reason_and_the_text_stays(
    qtbot, start_app
):
    running, details, item = _action(start_app)
    said = []
    details.message.connect(said.append)
    _type_due(qtbot, details, "snart")
    assert running.workspace.item(item.id).due is None
    assert details.due.line.text() == "snart"
    assert said and "snart" in said[-1]


def test_the_calendar_of_an_unset_date_opens_at_the_sessions_date_not_january_2000(
    qtbot, start_app
):
    _running, details, _item = _action(start_app, starts_at=datetime(2026, 11, 12, 9, 0))
    details.due._open_calendar_at_a_sensible_month()
    calendar = details.due.calendar
    assert (calendar.yearShown(), calendar.monthShown()) == (2026, 11)
    field = DateField(today=lambda: date(2027, 3, 5))
    field._open_calendar_at_a_sensible_month()
    assert (field.calendar.yearShown(), field.calendar.monthShown()) == (2027, 3)


def test_dates_show_in_the_interface_languages_form(qtbot):
    try:
        i18n.install("da")
        assert show_date(date(2025, 11, 12)) == "12.11.2025"
    finally:
        i18n.install("en")
    assert show_date(date(2025, 11, 12)) == "12/11/2025"


def test_an_actions_owner_may_be_an_organisation_typed_as_text(qtbot, start_app):
    running, details, item = _action(start_app)
    line = details.owner.lineEdit()
    line.setFocus()
    line.selectAll()
    qtbot.keyClicks(line, "Skanderborg Kommune")
    qtbot.keyClick(line, Qt.Key.Key_Return)
    stored = running.workspace.item(item.id)
    assert (stored.owner_id, stored.owner_text) == (None, "Skanderborg Kommune")
    run = running.window.run
    assert "owner: Skanderborg Kommune" in run.model.index(run.model.row_of(item.id)).data()
    details.show_item(item.id)
    assert details.owner.currentText() == "Skanderborg Kommune"
    details.owner.setCurrentIndex(1)
    details.owner.activated.emit(1)
    stored = running.workspace.item(item.id)
    assert (stored.owner_text, stored.owner_id) == (
        "",
        running.workspace.participants(stored.session_id)[0].id,
    )


def test_an_action_or_idea_captured_while_someone_has_the_floor_is_theirs_to_take_on(
    qtbot, start_app
):
    running, _details, _item = _action(start_app)
    ws, run = running.workspace, running.window.run
    sid = run.session_id
    (ole,) = ws.participants(sid)
    ws.next_speaker(sid, ole.id, "word")
    for n in (1, 0):  # an action, then an idea
        run.capture.set_kind_index(n)
        qtbot.keyClicks(run.capture.line, f"Punkt {n}")
        qtbot.keyClick(run.capture.line, Qt.Key.Key_Return)
    captured = [i for i in ws.items(sid) if i.text.startswith("Punkt")]
    assert [i.owner_id for i in captured] == [ole.id, ole.id]


def test_the_empty_details_panel_has_no_sideways_scrollbar(qtbot, start_app):
    running = start_app()
    window = running.window
    window.resize(1366, 768)
    sid = running.workspace.create_session(Session(title="Møde")).id
    window.open_session(sid, "run")
    run = window.run
    run.details.show_item(None)
    scroll = run.details.parentWidget().parentWidget()  # the scroll area's viewport's parent
    qtbot.waitUntil(scroll.isVisible)
    assert not scroll.horizontalScrollBar().isVisible()
    assert run.details.width() <= scroll.viewport().width()


def test_a_day_picked_in_the_calendar_opened_by_alt_down_is_stored(qtbot, start_app):
    running, details, item = _action(start_app)
    field = details.due
    field.line.setFocus()
    qtbot.keyClick(field.line, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert field._menu.isVisible()
    field.calendar.activated.emit(QDate(2026, 12, 24))  # Enter on a day
    assert not field._menu.isVisible()
    assert running.workspace.item(item.id).due == date(2026, 12, 24)


def test_a_due_date_typed_without_enter_is_stored_before_an_export(qtbot, start_app):
    running, details, item = _action(start_app)
    details.due._today = lambda: date(2026, 12, 1)
    details.due.line.setFocus()
    qtbot.keyClicks(details.due.line, "+14d")
    flush_typing(running.window)  # what every export, the finish and a page change do first
    assert running.workspace.item(item.id).due == date(2026, 12, 15)


def test_a_pause_in_typing_the_text_stores_it_once_and_raises_nothing(qtbot, start_app):
    # Storing after the pause re-shows the item, which flushes its editors again: the
    # pause's timer was still the sender there, and it stored again without end
    # (RecursionError in the log after each pause).
    import sys

    running, details, item = _action(start_app)
    errors: list[BaseException] = []
    monkey_hook, sys.excepthook = sys.excepthook, lambda *a: errors.append(a[1])
    try:
        details.text.setFocus()
        details.text.moveCursor(details.text.textCursor().MoveOperation.End)
        qtbot.keyClicks(details.text, " og DI")
        steps = running.workspace.undo_stack.count()
        qtbot.waitUntil(lambda: running.workspace.item(item.id).text == "Ring til KL og DI")
        qtbot.wait(50)
    finally:
        sys.excepthook = monkey_hook
    assert not errors, errors[:1]
    assert running.workspace.undo_stack.count() == steps + 1, "one burst, one step"


def test_tab_moves_on_from_a_date_field_and_its_label_key_reaches_it(qtbot):
    # A field given the line as its focus proxy before it had a parent kept the line and
    # its calendar button in a Tab loop of their own: Tab never left the date.
    from PySide6.QtWidgets import QApplication, QFormLayout, QLineEdit, QWidget

    form = QWidget()
    qtbot.addWidget(form)
    rows = QFormLayout(form)
    before, field, after = QLineEdit(), DateField(), QLineEdit()
    rows.addRow("Before", before)
    rows.addRow("&Next meeting", field)
    rows.addRow("After", after)
    form.show()
    form.activateWindow()
    qtbot.waitUntil(form.isActiveWindow)
    before.setFocus()
    seen = []
    for _ in range(3):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        seen.append(QApplication.focusWidget())
    assert seen[0] is field.line and after in seen
    qtbot.keyClick(after, Qt.Key.Key_Backtab)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Backtab)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Backtab)
    assert QApplication.focusWidget() is before
    qtbot.keyClick(before, Qt.Key.Key_N, Qt.KeyboardModifier.AltModifier)  # the label's key
    assert QApplication.focusWidget() is field.line


def test_set_up_opened_mid_meeting_takes_a_late_arrivals_name_not_the_title(qtbot, start_app):
    running = start_app()
    ws, window = running.workspace, running.window
    sid = ws.create_session(Session(title="Møde")).id
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    window.open_session(sid, "setup")
    window.show_page("setup")
    assert QApplication.focusWidget() is window.setup.title  # before the meeting
    ws.move_to_phase(sid, Phase.NARRATIVE, "start")
    window.show_page("run")
    window.show_page("setup")  # Ctrl+Shift+U
    assert QApplication.focusWidget() is window.setup.new_name
    qtbot.keyClicks(window.setup.new_name, "Kim Berg")
    assert ws.session(sid).title == "Møde"
