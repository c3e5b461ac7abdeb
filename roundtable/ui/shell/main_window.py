"""The main window: the library, a session's set-up and the run; which page shows, and the
session commands (the menus are in menus.py, the file dialogs in session_files.py).

It is built in two steps so that a start paints the library before the store is open: the
window with the library's list, then `attach(workspace)` with everything that works on the
store (app.py).
"""

from __future__ import annotations

import os
import time
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QSettings, QTimer, Signal
from PySide6.QtWidgets import QApplication, QLineEdit, QMainWindow, QStackedWidget

from roundtable.domain.summary import SessionSummary
from roundtable.domain.vocabulary import SessionStatus
from roundtable.errors import RoundtableError
from roundtable.ui.library.library_page import LibraryPage
from roundtable.ui.resources import resource
from roundtable.ui.session_view import FollowsSession
from roundtable.ui.shell import session_commands, window_fit
from roundtable.ui.shell.menu_titles import add_menu_titles
from roundtable.ui.shell.pages import LIBRARY, RUN, SETUP, last_place, remember_place
from roundtable.ui.shell.presenter_screen import toggle_presenter

if TYPE_CHECKING:
    # Loading a Qt class builds its enums (QMessageBox's, a few ms): what only a command
    # uses is imported there, not on the way to the first paint.
    from PySide6.QtGui import QCloseEvent

    from roundtable.domain.model import Session
    from roundtable.edits import Changes
    from roundtable.ui.overview.overview_page import OverviewPage
    from roundtable.ui.presenter.presenter import PresenterWindow
    from roundtable.ui.run.run_page import RunPage
    from roundtable.ui.setup.setup_page import SetupPage
    from roundtable.ui.shell.menus import WindowMenus
    from roundtable.ui.shell.session_files import SessionFiles
    from roundtable.ui.shell.shared_folder import SharedFolder
    from roundtable.ui.shell.undo_keys import UndoFallThrough
    from roundtable.ui.workspace import Workspace


class MainWindow(QMainWindow):
    language_change_requested = Signal(str)
    library_painted = Signal()  # the first paint of the library that shows its rows
    workspace: Workspace  # given by attach()
    menus: WindowMenus  # the commands, made by attach()
    shared_folder: SharedFolder
    files: SessionFiles

    def __init__(self, settings: QSettings, sessions: list[SessionSummary], parent=None) -> None:
        """The window showing the library's `sessions`; `attach` makes it work."""
        super().__init__(parent)
        self.settings = settings
        self.session_id: int | None = None
        self.attached = False
        self.rows_painted_at: float | None = None  # the wall's clock, for the benchmark
        self.exit_at_paint = False  # the benchmark's instruction count ends there (app.py)
        self.setObjectName("mainWindow")
        self._undo_filter: UndoFallThrough | None = None  # made with the first page it serves
        self.setMinimumSize(720, 480)

        self.library = LibraryPage(sessions)
        self._setup: SetupPage | None = None
        self._run: RunPage | None = None
        self._overview: OverviewPage | None = None
        self.presenter: PresenterWindow | None = None
        self.pages = QStackedWidget()
        self.pages.addWidget(self.library)
        self.setCentralWidget(self.pages)
        # Now, not with the first message nor once the store is open: appearing then, it
        # pushed the buttons up under the pointer.
        self.statusBar()
        self._menu_titles = add_menu_titles(self)
        self.library.table.painted.connect(self._library_painted)
        self._maximised_at_start = window_fit.place(self, settings.value("window/geometry", b""))

    def attach(self, workspace: Workspace, reread: bool = False) -> None:
        """Work on `workspace`: the library follows it, the menus get their commands, and the
        window opens where the last run left off. `reread`: the list shown may be stale."""
        from roundtable.ui.library.next_in_series import start_next_in_series
        from roundtable.ui.shell.menus import WindowMenus
        from roundtable.ui.shell.session_files import SessionFiles
        from roundtable.ui.shell.shared_folder import SharedFolder

        self.workspace = workspace
        self.library.attach(workspace, reread)
        self.library.open_requested.connect(self.open_session)
        self.library.new_requested.connect(self.new_session)
        self.library.duplicate_requested.connect(self.duplicate_session)
        self.library.next_in_series_requested.connect(lambda i: start_next_in_series(self, i))
        self.library.delete_requested.connect(self.delete_session)
        self.library.sample_requested.connect(self.open_sample)
        workspace.problem_reported.connect(self.show_message)
        workspace.changed.connect(self._workspace_changed)

        self.shared_folder = SharedFolder(workspace, self.settings, self)
        self.shared_folder.message.connect(self.show_message)
        self.files = SessionFiles(self)
        self.menus = WindowMenus(self, self._menu_titles)
        self.attached = True
        self._update_actions()
        self._restore_place()

    def _library_painted(self) -> None:
        # A window shown empty and filled later has not started yet: the paint counts when it
        # shows rows, or when there are none to show. It is done once this paint is (the
        # timer runs first among those queued after it).
        if self.library.model.rowCount() > 0 or self.library.model.session_count() == 0:
            self.library.table.painted.disconnect(self._library_painted)
            QTimer.singleShot(0, self, self._painted_done)

    def _painted_done(self) -> None:
        self.rows_painted_at = time.time()
        if self.exit_at_paint:
            os._exit(0)
        self.library_painted.emit()

    def show_placed(self) -> None:
        """Show the window where `window_fit` placed it: maximised on a laptop screen."""
        if self._maximised_at_start:
            self.showMaximized()
        else:
            self.show()

    # -- pages ------------------------------------------------------------------------

    # The set-up and run pages are built when first needed: a start in the library should
    # not wait for them.
    @property
    def setup(self) -> SetupPage:
        if self._setup is None:
            from roundtable.ui.setup.setup_page import SetupPage

            self._setup = SetupPage(self.workspace)
            self._setup.run_requested.connect(lambda: self.show_page(RUN))
            self._setup.message.connect(self.show_message)
            self._setup.set_session(self.session_id)
            self.pages.addWidget(self._setup)
            self._undo_keys_fall_through(self._setup)
        return self._setup

    @property
    def run(self) -> RunPage:
        if self._run is None:
            from roundtable.exports import minutes_available
            from roundtable.ui.run.run_page import RunPage

            self._run = RunPage(self.workspace, self.settings)
            self._run.export_session_requested.connect(self.export_session_file)
            self._run.export_minutes_requested.connect(self.export_minutes)
            self._run.message.connect(self.show_message)
            self._run.minutes_button.setVisible(minutes_available())
            self._run.set_session(self.session_id)
            self._run.speakers.set_preferences(
                self.settings.value("speakers/balance", False, type=bool),
                self.settings.value("speakers/turn_minutes", 0, type=int),
            )
            self._run.speakers.preferences_changed.connect(self._save_speaker_preferences)
            self.pages.addWidget(self._run)
            self._undo_keys_fall_through(self._run)
        return self._run

    @property
    def overview(self) -> OverviewPage:
        if self._overview is None:
            from roundtable.ui.overview.overview_page import OverviewPage

            self._overview = OverviewPage(self.workspace, self.settings)
            self._overview.message.connect(self.show_message)
            self.pages.addWidget(self._overview)
        return self._overview

    def show_overview(self) -> None:
        """The series the library is filtered on, else the sessions it shows."""
        self._show_overview(self.library.series_shown(), self.library.shown_session_ids())

    def _show_overview(self, series: str | None, session_ids: list[int], tab: int = 0) -> None:
        self._flush()
        self.overview.show_scope(series, session_ids)
        self.overview.tabs.setCurrentIndex(tab)
        self.pages.setCurrentWidget(self.overview)
        self.overview.tabs.setFocus()
        self._update_actions()
        self._update_title()
        remember_place(self.settings, self.session_id, self.current_page())

    def _save_speaker_preferences(self) -> None:
        balance, turn_minutes = self.run.speakers.preferences()
        self.settings.setValue("speakers/balance", balance)
        self.settings.setValue("speakers/turn_minutes", turn_minutes)

    def _undo_keys_fall_through(self, page) -> None:
        if self._undo_filter is None:
            # Not before the first paint: it loads QEvent, whose 179 event types take 3 ms.
            from roundtable.ui.shell.undo_keys import UndoFallThrough

            self._undo_filter = UndoFallThrough(self)
        for edit in page.findChildren(QLineEdit):
            edit.installEventFilter(self._undo_filter)

    def _flush(self) -> None:
        from roundtable.ui.typed_text import flush_typing

        # Only these pages hold typed text; the library, which a start shows, holds none.
        for page in (self._setup, self._run, self._overview):
            if page is not None:
                flush_typing(page)
        if self._run is not None:
            self._run.draft.flush()
            self._run.edit_draft.flush()

    def current_page(self) -> str:
        shown = self.pages.currentWidget()
        if shown is not None and shown is self._setup:
            return SETUP
        if shown is not None and shown is self._run:
            return RUN
        return LIBRARY

    def show_page(self, page: str) -> None:
        if page != LIBRARY and self.session_id is None:
            page = LIBRARY
        self._flush()
        if page == RUN:
            widget = self.run
        elif page == SETUP:
            widget = self.setup
        else:
            widget = self.library
        self.pages.setCurrentWidget(widget)
        if page == RUN:
            self.run.reload()
            focus = QApplication.focusWidget()
            if focus is None or not self.run.isAncestorOf(focus):
                # Whatever the phase, typing goes on in the capture line (not in a field of
                # the page just left, which keeps the focus while hidden).
                self.run.capture.line.setFocus()
        elif page == SETUP:
            self.setup.focus_first_field()
        else:
            self.library.table.setFocus()
        self._update_actions()
        self._update_title()
        remember_place(self.settings, self.session_id, self.current_page())

    def _update_actions(self) -> None:
        has = self.session_id is not None
        on_run = has and self._run is not None and self.pages.currentWidget() is self._run
        self.menus.enable_for(has, on_run, self.presenter is not None)

    def _workspace_changed(self, changes: Changes) -> None:
        from roundtable.edits import Aspect

        if changes.touches(self.session_id, {Aspect.SESSION}):
            self._update_title()

    def _update_title(self) -> None:
        if self._overview is not None and self.pages.currentWidget() is self._overview:
            self.setWindowTitle(self.tr("Overview — Roundtable"))
            return
        if self.session_id is None or self.pages.currentWidget() is self.library:
            self.setWindowTitle("Roundtable")
            return
        try:
            title = self.workspace.session(self.session_id).title
        except RoundtableError:
            title = ""
        self.setWindowTitle(f"{title} — Roundtable")

    def retire(self) -> None:
        """This window is replaced (a language switch): it and its views stop following the
        workspace before they are deleted."""
        self._flush()
        self.workspace.changed.disconnect(self._workspace_changed)
        self.workspace.problem_reported.disconnect(self.show_message)
        for child in self.findChildren(QObject):
            if isinstance(child, FollowsSession):
                child.unfollow()

    def take_place_of(self, old: MainWindow) -> None:
        """Show what the replaced window showed: the phase looked at and the view, or the
        overview with its sessions and tab, and its status message (not "the line … is
        back": the line was only carried over)."""
        self.statusBar().showMessage(old.statusBar().currentMessage(), 8000)
        shown = old._overview
        if shown is not None and old.pages.currentWidget() is shown:
            self._show_overview(shown.series, shown.library_ids, shown.tabs.currentIndex())
        elif old._run is not None and self.current_page() == RUN:
            self.run.show_place(*old.run.place())
            # Mid-sentence, typing goes on where it was: the capture line, not the list.
            if old.focusWidget() is old.run.capture.line:
                self.run.capture.line.setFocus()

    def open_session(self, session_id: int, page: str | None = None) -> None:
        try:
            session = self.workspace.session(session_id)
        except RoundtableError as exc:
            self.show_message(str(exc))
            return
        self._flush()
        self.session_id = session_id
        for built in (self._setup, self._run, self.presenter):
            if built is not None:
                built.set_session(session_id)
        if page is None:
            page = SETUP if session.status is SessionStatus.PLANNED else RUN
        self.show_page(page)

    def _restore_place(self) -> None:
        session_id, page = last_place(self.settings)
        if session_id is not None:
            try:
                self.workspace.session(session_id)
            except RoundtableError:
                return  # deleted meanwhile: start in the library
            self.open_session(session_id, page)
            return
        self.show_page(LIBRARY)

    # -- session commands -------------------------------------------------------------

    def new_session(self) -> None:
        session_commands.new_session(self)

    def duplicate_session(self, session_id: int) -> None:
        session_commands.duplicate_session(self, session_id)

    def delete_session(self, session_id: int) -> None:
        session_commands.delete_session(self, session_id)

    def restore_from_backup(self) -> None:
        from roundtable.ui.shell.restore_dialog import restore_in_window

        restore_in_window(self)

    def show_library_afresh(self) -> None:
        """After the database was replaced: no session is open, the library shows."""
        self.close_session()
        self.show_page(LIBRARY)

    def close_session(self) -> None:
        """No session is open any more."""
        self.session_id = None
        for built in (self._setup, self._run, self.presenter):
            if built is not None:
                built.set_session(None)

    def open_sample(self) -> None:
        created = self.import_file(resource("sample", "sample.roundtable.json"))
        if created is not None:
            self.open_session(created.id, RUN)

    def import_file(self, path: Path) -> Session | None:
        return self.files.import_file(path)

    def import_session_file(self) -> None:
        self.files.import_session_file()

    def export_session_file(self) -> None:
        self._flush()  # what is typed is in the file, even with the cursor still in the box
        self.files.export_session_file(self.session_id)

    def export_minutes(self) -> None:
        self._flush()
        self.files.export_minutes(self.session_id)

    # -- the presenter screen (presenter_screen.py) ----------------------------------

    def toggle_presenter(self) -> None:
        toggle_presenter(self)

    def show_queue_on_presenter(self, shown: bool) -> None:
        self.settings.setValue("presenter/queue", shown)
        if self.presenter is not None:
            self.presenter.set_queue_shown(shown)

    # -- the rest ---------------------------------------------------------------------

    def show_message(self, text: str) -> None:
        self.statusBar().showMessage(text, 8000)

    def show_shortcuts(self) -> None:
        from roundtable.ui.shell.shortcuts_help import show_shortcuts

        show_shortcuts(self)

    def save_place(self) -> None:
        self._flush()  # a language switch rebuilds the window: nothing typed may go with it
        self.settings.setValue("window/geometry", self.saveGeometry())
        remember_place(self.settings, self.session_id, self.current_page())
        self.settings.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.presenter is not None:
            self.presenter.close()
        self.save_place()
        if self.attached:
            self.shared_folder.wait()
        super().closeEvent(event)
