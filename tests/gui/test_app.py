"""The app around the workspace: one instance per folder, the sample, settings, files."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QLockFile, Qt

from roundtable.domain.model import Session, SessionStatus


def test_a_second_start_on_the_same_folder_says_so_and_stops(start_app, dialogs, data_dir):
    first = start_app()
    assert first is not None
    assert start_app() is None
    kind, _title, text = dialogs.shown[-1]
    assert kind == "warning" and "already" in text and str(data_dir) in text
    first.close()
    assert start_app() is not None, "the lock is free again once the first has quit"


def timed_start(data_dir: Path, exit_after_paint: str) -> subprocess.CompletedProcess:
    """The app started as the benchmark starts it: offscreen, ending after its first paint."""
    return subprocess.run(
        [sys.executable, "-m", "roundtable", "--data-dir", str(data_dir)],
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen",
             "ROUNDTABLE_EXIT_AFTER_FIRST_PAINT": exit_after_paint},
        capture_output=True, text=True, timeout=60,
    )  # fmt: skip


def test_a_timed_start_refused_by_the_lock_exits_saying_why_instead_of_waiting_on_a_box(
    data_dir,
):
    # The benchmark's starts: offscreen, nobody could close the box, so it would wait forever.
    data_dir.mkdir(parents=True)
    lock = QLockFile(str(data_dir / "roundtable.lock"))
    assert lock.tryLock(0)
    try:
        done = timed_start(data_dir, "1")
    finally:
        lock.unlock()
    assert done.returncode == 1
    assert "already open" in done.stderr and str(data_dir) in done.stderr
    assert "painted at" not in done.stdout


def test_a_start_counted_to_the_paint_ends_at_the_paint(start_app, data_dir):
    # The benchmark's instruction count (bench_app.py): the process ends once the rows are
    # painted, before the store opens, and says nothing.
    running = start_app()
    running.workspace.create_session(Session(title="Ældrepleje"))
    running.close()
    done = timed_start(data_dir, "at-paint")
    assert done.returncode == 0, done.stderr
    assert done.stdout == "" and done.stderr == ""
    assert start_app() is not None, "the lock it left is reclaimed"


def test_a_lock_left_by_a_crashed_process_is_reclaimed(start_app, data_dir):
    data_dir.mkdir(parents=True)
    # A lock file naming a process that no longer exists, as after a crash.
    dead = subprocess.Popen([sys.executable, "-c", "pass"])
    dead.wait()
    lock = QLockFile(str(data_dir / "roundtable.lock"))
    assert lock.tryLock(0)
    content = (data_dir / "roundtable.lock").read_bytes().split(b"\n")
    lock.unlock()
    content[0] = str(dead.pid).encode()
    (data_dir / "roundtable.lock").write_bytes(b"\n".join(content))
    assert start_app() is not None


def test_first_start_offers_the_sample_session(qtbot, start_app):
    running = start_app()
    library = running.window.library
    assert library.welcome.isVisible()
    qtbot.mouseClick(library.sample_button, Qt.MouseButton.LeftButton)
    window = running.window
    assert window.current_page() == "run"
    sessions = running.workspace.list_sessions()
    assert len(sessions) == 1 and sessions[0].item_count > 0
    assert window.run.summary.toPlainText(), "the completed sample opens on its summary"
    window.show_page("library")
    assert not library.welcome.isVisible()
    # Later, with sessions in the library, the Help menu still opens a fresh copy.
    help_menu = window.menuBar().actions()[-1].menu()
    (sample,) = [a for a in help_menu.actions() if "sample" in a.text()]
    sample.trigger()
    assert len(running.workspace.list_sessions()) == 2 and window.current_page() == "run"


def test_library_search_and_filters(qtbot, start_app):
    running = start_app()
    ws = running.workspace
    ws.create_session(Session(title="Ældrepleje i Vestby", theme="Ældrepleje"))
    ws.create_session(Session(title="Unge i Østby", theme="Unges trivsel"))
    done = ws.create_session(Session(title="Mangel på hænder", theme="Arbejdskraft"))
    ws.update_session(done.id, "", status=SessionStatus.COMPLETED)
    library = running.window.library
    assert library.model.rowCount() == 3
    library.search.setText("intet som dette")
    qtbot.waitUntil(lambda: library.model.rowCount() == 0)
    assert library.empty_note.isVisible()
    library.search.setText("TRIVS")  # a prefix of a theme, any case
    qtbot.waitUntil(lambda: library.model.rowCount() == 1)
    assert library.model.index(0, 0).data() == "Unge i Østby"
    library.search.clear()
    qtbot.waitUntil(lambda: library.model.rowCount() == 3)
    library.status_filter.setCurrentIndex(library.status_filter.findData(SessionStatus.COMPLETED))
    assert library.model.rowCount() == 1
    library.status_filter.setCurrentIndex(0)
    library.theme_filter.setCurrentIndex(library.theme_filter.findData("Unges trivsel"))
    assert library.model.rowCount() == 1


def test_deleting_a_session_asks_first_naming_it(start_app, dialogs):
    running = start_app()
    ws = running.workspace
    session = ws.create_session(Session(title="Slet mig"))
    window = running.window
    window.library.reload()
    dialogs.answer = dialogs.answer.Cancel
    window.delete_session(session.id)
    assert "Slet mig" in dialogs.shown[-1][2]
    assert [s.id for s in ws.list_sessions()] == [session.id]
    dialogs.answer = dialogs.answer.Yes
    window.delete_session(session.id)
    assert ws.list_sessions() == []
    assert window.library.model.rowCount() == 0


def test_duplicate_is_a_new_planned_session_with_people_and_timeboxes(start_app):
    running = start_app()
    window = running.window
    window.open_sample()
    sample = window.session_id
    window.duplicate_session(sample)
    ws = running.workspace
    copy = ws.session(window.session_id)
    assert copy.id != sample and copy.status is SessionStatus.PLANNED
    assert window.current_page() == "setup"
    assert [p.name for p in ws.participants(copy.id)] == [p.name for p in ws.participants(sample)]
    assert [p.planned_minutes for p in ws.phases(copy.id)] == [
        p.planned_minutes for p in ws.phases(sample)
    ]
    assert ws.items(copy.id) == [] and all(p.started_at is None for p in ws.phases(copy.id))


def test_import_refusal_names_the_problem_and_imports_nothing(start_app, dialogs, tmp_path):
    running = start_app()
    bad = tmp_path / "bad.roundtable.json"
    bad.write_text(json.dumps({"format": "roundtable-session", "version": 1}), "utf-8")
    dialogs.open_name = str(bad)
    running.window.import_session_file()
    kind, _title, text = dialogs.shown[-1]
    assert kind == "warning" and "session" in text
    assert running.workspace.list_sessions() == []


def test_import_and_export_through_the_file_menu(start_app, dialogs, example_path, tmp_path):
    running = start_app()
    dialogs.open_name = str(example_path)
    running.window.import_session_file()
    (session,) = running.workspace.list_sessions()
    assert running.window.session_id == session.id
    target = tmp_path / "out.roundtable.json"
    dialogs.save_name = str(target)
    running.window.export_session_file()
    exported = json.loads(target.read_text("utf-8"))
    assert exported["session"]["title"] == session.title


def test_window_geometry_and_language_are_kept(start_app, data_dir):
    running = start_app()
    area = running.window.screen().availableGeometry()
    size = (area.width() - 19, area.height() - 28)  # fits the screen, big enough to work in
    running.window.showNormal()
    running.window.setGeometry(area.x() + 5, area.y() + 5, *size)
    running.window.close()
    running.close()
    settings = (data_dir / "settings.ini").read_text("utf-8")
    assert "geometry" in settings and "language=en" in settings
    again = start_app()
    assert (again.window.width(), again.window.height()) == size


def test_the_meeting_shown_is_on_the_disk_at_once_so_a_crash_reopens_it(start_app, data_dir):
    from PySide6.QtCore import QSettings

    from roundtable.ui.shell.pages import RUN, last_place

    running = start_app()
    session = running.workspace.create_session(Session(title="Møde"))
    running.window.open_session(session.id, RUN)
    # Read from the file as the next start would, with the window still open (no close).
    on_disk = QSettings(str(data_dir / "settings.ini"), QSettings.Format.IniFormat)
    assert last_place(on_disk) == (session.id, RUN)


def test_an_unusable_data_folder_is_refused_with_a_message(start_app, dialogs, tmp_path):
    folder = tmp_path / "a-file"
    folder.write_text("not a folder")
    from roundtable import app as app_module

    assert app_module.start(Path(folder)) is None
    assert "is a file" in dialogs.shown[-1][2]


def test_finish_exports_the_minutes_as_a_word_file(start_app, dialogs, tmp_path):
    from docx import Document

    running = start_app()
    window = running.window
    window.open_sample()
    assert window.run.minutes_button.isVisible()
    target = tmp_path / "referat.docx"
    dialogs.save_name = str(target)
    window.run.minutes_button.click()
    text = "\n".join(p.text for p in Document(str(target)).paragraphs)
    assert "Rundbordsdialog om emissionsfrie arbejdsmaskiner" in text
    assert "Minutes written to" in window.statusBar().currentMessage()
    dialogs.save_name = str(running.store.database_files()[0])  # never over the database
    window.export_minutes()
    assert dialogs.shown[-1][0] == "warning" and "own database" in dialogs.shown[-1][2]


def test_damage_found_after_the_window_shows_refuses_changes_and_says_so(
    qtbot, start_app, data_dir
):
    from PySide6.QtWidgets import QApplication, QMessageBox

    from roundtable.domain.model import Item, ItemKind, Phase
    from roundtable.storage import DamagedDatabase, SessionStore

    data_dir.mkdir(parents=True)
    with SessionStore.open(data_dir, automatic_backup=False) as store:
        session = store.create_session(Session("Ældrepleje"))
        for n in range(300):  # enough pages that the last one holds items, not the schema
            store.add_item(session.id, Item(Phase.NARRATIVE, ItemKind.NOTE, f"Punkt {n} " * 20))
    path = data_dir / "roundtable.sqlite3"
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    (page_size,) = conn.execute("PRAGMA page_size").fetchone()
    conn.close()
    with open(path, "r+b") as fh:
        fh.seek(path.stat().st_size - page_size)
        fh.write(b"\xa5" * page_size)

    running = start_app()
    assert running.window.library.model.rowCount() == 1  # the library shows at once

    def told() -> bool:
        return any(
            isinstance(w, QMessageBox) and w.isVisible() and "damaged" in w.text()
            for w in QApplication.topLevelWidgets()
        )

    qtbot.waitUntil(told, timeout=10_000)
    with pytest.raises(DamagedDatabase):
        running.workspace.create_session(Session("Ny"))
