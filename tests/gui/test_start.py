"""The start: the library painted quickly, and usable from the first moment."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import Qt

from roundtable.domain.model import Session
from roundtable.ui.library import library_model

CTRL = Qt.KeyboardModifier.ControlModifier


def test_ctrl_n_right_after_the_start_opens_a_new_session(qtbot, start_app):
    running = start_app()
    qtbot.keyClick(running.window.library.table, Qt.Key.Key_N, CTRL)
    assert running.window.current_page() == "setup"
    assert len(running.workspace.list_sessions()) == 1


def test_the_library_names_its_columns(start_app):
    header = start_app().window.library.table.horizontalHeader()
    titles = [
        header.model().headerData(n, Qt.Orientation.Horizontal) for n in range(header.count())
    ]
    assert titles == ["Title", "Theme", "Host", "Date", "Status", "Items"]


def test_ctrl_f_finds_and_the_search_clears_with_its_button_once_the_window_works(qtbot, start_app):
    # Both come with the store, after the first paint: nothing may be missing by then.
    running = start_app(early=True)
    qtbot.waitUntil(lambda: running.ready)
    library = running.window.library
    library.table.setFocus()
    qtbot.keyClick(library.table, Qt.Key.Key_F, CTRL)
    assert library.search.hasFocus()
    assert library.search.isClearButtonEnabled()


def test_delete_in_the_library_asks_to_delete_the_current_session(qtbot, start_app, dialogs):
    running = start_app()
    running.workspace.create_session(Session(title="Slet mig"))
    table = running.window.library.table
    table.setFocus()
    dialogs.answer = dialogs.answer.Cancel
    qtbot.keyClick(table, Qt.Key.Key_Delete)
    assert dialogs.shown and "Slet mig" in dialogs.shown[-1][2]
    assert len(running.workspace.list_sessions()) == 1


def test_the_library_roles_written_out_are_qt_s() -> None:
    role = Qt.ItemDataRole
    assert role.DisplayRole.value == library_model.DISPLAY_ROLE
    assert role.ToolTipRole.value == library_model.TOOL_TIP_ROLE
    assert role.TextAlignmentRole.value == library_model.TEXT_ALIGNMENT_ROLE
    assert role.UserRole.value + 1 == library_model.SESSION_ID_ROLE
    align = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
    assert align.value == library_model.ALIGN_RIGHT_CENTRED


PAINTED_WITHOUT = """
import os
import sys
from PySide6 import QtCore, QtGui
from PySide6.QtWidgets import QApplication
from roundtable import app, cli
from roundtable.ui.shell.main_window import MainWindow

LATE = {"Qt", "sqlite_utils", "roundtable.edits.items", "roundtable.audience", "html"}
LATE |= {"roundtable.storage.restore", "roundtable.cli_recovery"}
# The store and what works on it open after the paint.
LATE |= {"roundtable.storage.store", "roundtable.storage.database", "roundtable.ui.workspace"}
LATE |= {"roundtable.edits", "roundtable.app_open", "roundtable.ui.shell.shared_folder"}
LATE |= {"roundtable.domain.model", "roundtable.storage.rows"}  # the library needs neither
# The menus' commands and keys come with the store; the library's first paint has no use
# for them (loading a Qt class builds its enums: QKeySequence's 71 keys, QLibraryInfo's).
LATE |= {"roundtable.ui.shell.menus", "roundtable.ui.shell.shortcuts", "QAction", "QKeySequence"}
LATE |= {"roundtable.ui.shell.undo_keys", "QLibraryInfo"}
at_paint = []
library_painted = MainWindow._library_painted

def note_loaded(window):
    if window.rows_painted_at is None:
        at_paint.append(LATE & (set(sys.modules) | set(vars(QtCore)) | set(vars(QtGui))))
    library_painted(window)

def ready(running):
    window = running.window
    print("loaded at the paint:", *sorted(at_paint[0]))
    print("working:", window.attached and window.menus.undo_action is not None)
    QApplication.instance().quit()

MainWindow._library_painted = note_loaded
os.environ["ROUNDTABLE_EXIT_AFTER_FIRST_PAINT"] = "1"
app._say_painted_and_quit = ready
sys.exit(cli.main(["--data-dir", sys.argv[1]]))
"""


def test_the_library_is_painted_before_what_only_later_screens_need(data_dir: Path) -> None:
    # What the first paint waits for is what the facilitator waits for at every start: Qt's
    # `Qt` namespace (~90 enums), sqlite-utils, the edits, the audience rule come after it.
    from roundtable.storage import SessionStore

    with SessionStore.open(data_dir, automatic_backup=False) as store:
        store.create_session(Session(title="Ældrepleje"))
    done = subprocess.run(
        [sys.executable, "-c", PAINTED_WITHOUT, str(data_dir)],
        capture_output=True,
        encoding="utf-8",
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        timeout=60,
    )
    assert done.returncode == 0, done.stderr
    assert "loaded at the paint:\n" in done.stdout, done.stdout
    assert "working: True" in done.stdout, "the store opened and the menus work after the paint"


def test_a_filter_keeps_the_current_session_current_while_it_shows(start_app):
    running = start_app()
    ws = running.workspace
    kept = ws.create_session(Session(title="Ældrepleje", theme="Omsorg"))
    ws.create_session(Session(title="Unge", theme="Trivsel"))
    library = running.window.library
    library.select_session(kept.id)
    library.theme_filter.setCurrentIndex(library.theme_filter.findData("Omsorg"))
    assert library.model.rowCount() == 1
    assert library.current_session_id() == kept.id
    library.theme_filter.setCurrentIndex(0)
    assert library.model.rowCount() == 2
    assert library.current_session_id() == kept.id
