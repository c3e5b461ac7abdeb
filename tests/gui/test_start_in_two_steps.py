"""A start in the library paints the list read beforehand, then opens the store: the
facilitator sees the sessions sooner, and nothing shown or typed in between is lost."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from roundtable.domain.model import Session
from roundtable.errors import RoundtableError
from roundtable.paths import DATABASE_NAME
from roundtable.storage import SessionStore
from roundtable.storage.early_read import EarlyRead


def _library(data_dir: Path, *titles: str) -> None:
    with SessionStore.open(data_dir, automatic_backup=False) as store:
        for title in titles:
            store.create_session(Session(title=title))


def _titles(window) -> list[str]:
    model = window.library.model
    return [model.session_at(row).title for row in range(model.rowCount())]


def test_the_library_is_shown_first_and_works_once_the_store_is_open(qtbot, start_app, data_dir):
    _library(data_dir, "Ældrepleje", "Unge")
    running = start_app(early=True)
    assert _titles(running.window) == ["Unge", "Ældrepleje"]
    qtbot.waitUntil(lambda: running.ready, timeout=5000)
    assert running.window.rows_painted_at <= running.ready_at, "the store opened after the paint"
    running.window.new_session()
    assert running.window.current_page() == "setup"
    assert len(running.workspace.list_sessions()) == 3
    assert _titles(running.window)[0] == "New session"


def test_a_session_written_elsewhere_before_the_store_opens_is_listed(
    qtbot, start_app, data_dir, monkeypatch
):
    from roundtable import app_open

    _library(data_dir, "Ældrepleje")
    open_store = app_open._open_store

    def written_first(folder: Path):
        conn = sqlite3.connect(folder / DATABASE_NAME)  # the command line, say
        with conn:
            conn.execute(
                "INSERT INTO sessions (title, created_at, updated_at) VALUES "
                "('Fra kommandolinjen', '2030-01-01T00:00:00+00:00', '2030-01-01T00:00:00+00:00')"
            )
        conn.close()
        return open_store(folder)

    monkeypatch.setattr(app_open, "_open_store", written_first)
    running = start_app(early=True)
    qtbot.waitUntil(lambda: running.ready, timeout=5000)
    assert running.window.rows_painted_at <= running.ready_at
    assert _titles(running.window) == ["Fra kommandolinjen", "Ældrepleje"]


def test_a_search_typed_before_the_store_opens_is_applied(qtbot, start_app, data_dir):
    _library(data_dir, "Ældrepleje", "Unge i job")
    running = start_app(early=True)
    running.window.library.search.setText("unge")
    qtbot.waitUntil(lambda: running.ready, timeout=5000)
    qtbot.waitUntil(lambda: _titles(running.window) == ["Unge i job"], timeout=2000)


def test_a_start_that_reopens_a_meeting_opens_the_store_first(qtbot, start_app, data_dir):
    _library(data_dir, "Ældrepleje")
    data_dir.joinpath("settings.ini").write_text(
        "[General]\nlanguage=en\n[last]\nsession=1\npage=run\n", encoding="utf-8"
    )
    running = start_app(early=True)
    painted = running.window.rows_painted_at
    assert painted is None or running.ready_at < painted
    assert running.window.current_page() == "run"


def test_a_database_awaiting_a_migration_is_not_listed_early(tmp_path: Path) -> None:
    from roundtable.storage.database import open_database
    from roundtable.storage.schema import STEPS

    open_database(tmp_path / DATABASE_NAME, tmp_path / "backups", steps=STEPS[:-1]).close()
    early = EarlyRead.start(tmp_path / DATABASE_NAME)
    assert early.take() is None, "the store migrates it first, and lists it afterwards"
    early.discard()


def test_a_store_that_cannot_open_after_the_paint_is_refused_and_the_window_closes(
    qtbot, data_dir, dialogs, monkeypatch
):
    from roundtable import app as app_module

    _library(data_dir, "Ældrepleje")

    def refuse(_data_dir):
        raise RoundtableError("the disk went away")

    monkeypatch.setattr("roundtable.app_open._open_store", refuse)
    running = app_module.start(data_dir, EarlyRead.start(data_dir / DATABASE_NAME))
    try:
        assert running is not None and running.window.isVisible()
        qtbot.waitUntil(lambda: running.closed, timeout=5000)
        assert not running.ready
        assert not running.window.isVisible()
        assert dialogs.shown[-1][0] == "warning"
        assert "the disk went away" in dialogs.shown[-1][2]
        assert not running.lock.isLocked(), "another start may open the folder"
    finally:
        running.close()
        running.window.deleteLater()


def test_the_menus_have_their_titles_before_the_store_opens_and_commands_after(qtbot, data_dir):
    from PySide6.QtCore import QSettings

    from roundtable.ui import i18n
    from roundtable.ui.shell.main_window import MainWindow
    from roundtable.ui.workspace import Workspace

    _library(data_dir, "Ældrepleje")
    i18n.install("da")
    try:
        settings = QSettings(str(data_dir / "settings.ini"), QSettings.Format.IniFormat)
        with SessionStore.open(data_dir, automatic_backup=False) as store:
            window = MainWindow(settings, store.list_sessions())
            qtbot.addWidget(window)
            bar = window.menuBar()
            titles = [action.text() for action in bar.actions()]
            assert titles[0] == "&Filer" and len(titles) == 6
            assert all(not action.menu().actions() for action in bar.actions())
            assert _titles(window) == ["Ældrepleje"]
            window.attach(Workspace(store))
            assert all(action.menu().actions() for action in bar.actions())
            assert [action.text() for action in bar.actions()] == titles, "nothing moves"
            window.shared_folder.wait()
    finally:
        i18n.install("en")


def test_a_window_that_is_never_painted_still_opens_its_store(
    qtbot, start_app, data_dir, monkeypatch
):
    from roundtable import app as app_module

    _library(data_dir, "Ældrepleje")
    monkeypatch.setattr(app_module, "CHECK_AT_LATEST_MS", 300)
    monkeypatch.setattr(app_module, "when_library_painted", lambda window, callback: None)
    running = start_app(early=True)
    qtbot.waitUntil(lambda: running.ready, timeout=3000)
    assert running.window.attached


def test_the_library_looks_the_same_before_and_after_the_application_s_style_sheet(
    qtbot, start_app, data_dir
):
    # The application's sheet comes after the first paint (it slows every widget); the
    # library's title and note carry their own rules, so nothing changes when it comes.
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication, QLabel

    from roundtable.app import apply_style
    from roundtable.ui.shell.main_window import MainWindow

    app = QApplication.instance()
    app.setStyleSheet("")  # as at a start, before the paint
    window = MainWindow(QSettings(str(data_dir / "s.ini"), QSettings.Format.IniFormat), [])
    qtbot.addWidget(window)
    window.show()
    labels = [window.library.findChild(QLabel, "pageTitle"), window.library.empty_note]

    def look() -> list[tuple]:
        for label in labels:
            label.ensurePolished()
        return [(lb.font().pointSize(), lb.font().weight().value, lb.sizeHint()) for lb in labels]

    before = look()
    apply_style(app)
    assert "captureLine" in app.styleSheet(), "the rest of the app's look comes with it"
    assert look() == before
    assert [size[:2] for size in before] == [(18, 600), (12, 400)]
    app.setStyleSheet("")
    start_app()
    assert "captureLine" in app.styleSheet(), "a start gives the application its sheet"


def test_the_library_does_not_move_when_the_window_starts_working(qtbot, data_dir):
    # The status bar is there from the first paint: made once the store was open, it pushed
    # the buttons up under the pointer a moment after the library appeared.
    from PySide6.QtCore import QPoint, QSettings
    from PySide6.QtWidgets import QApplication

    from roundtable.app import apply_style
    from roundtable.ui.shell.main_window import MainWindow
    from roundtable.ui.workspace import Workspace

    _library(data_dir, "Ældrepleje")
    settings = QSettings(str(data_dir / "s.ini"), QSettings.Format.IniFormat)
    QApplication.instance().setStyleSheet("")  # as at a start, before the paint
    with SessionStore.open(data_dir, automatic_backup=False) as store:
        window = MainWindow(settings, store.list_sessions())
        qtbot.addWidget(window)
        window.resize(1000, 640)
        window.show()
        qtbot.waitExposed(window)
        button = window.library.new_button
        at_paint = (button.mapTo(window, QPoint(0, 0)), window.library.table.height())
        apply_style(QApplication.instance())  # what app_open.attach does, then:
        window.attach(Workspace(store))
        qtbot.wait(20)
        assert (button.mapTo(window, QPoint(0, 0)), window.library.table.height()) == at_paint
