"""The main window's menu bar: every command, its keys, and which of them the page allows.

The menus' titles are there from the first paint (`menu_titles`, all a start loads of the
menus), so nothing moves when the commands come: they need the workspace, which a start
opens after that paint (main_window.attach), and this module with them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Slot
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from shiboken6 import isValid

from roundtable.exports import minutes_available
from roundtable.ui import i18n
from roundtable.ui.shell import shortcuts
from roundtable.ui.shell.pages import LIBRARY, RUN, SETUP
from roundtable.ui.shell.shortcuts import Shortcut

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMenu

    from roundtable.ui.shell.main_window import MainWindow


class WindowMenus(QObject):
    """The menus of one main window; the actions the window enables live here."""

    def __init__(self, window: MainWindow, titles: list[QMenu]) -> None:
        """Fill the menus `titles` (File, Edit, Session, Speakers, View, Help, as made by
        `menu_titles`); the window has its workspace."""
        super().__init__(window)
        self.window = window
        file, edit, session, speakers, view, help_menu = titles
        self._file_menu(file)
        self._edit_menu(edit)
        self._session_menu(session)
        self._speakers_menu(speakers)
        self._view_menu(view)
        self._action(
            self.tr("&Keyboard shortcuts"), self.window.show_shortcuts, shortcuts.HELP, help_menu
        )
        # The library's welcome offers it only while the library is empty.
        self._action(self.tr("Open the &sample session"), self.window.open_sample, None, help_menu)

    def _action(self, text: str, slot, shortcut=None, menu=None) -> QAction:
        action = QAction(text, self.window)
        if isinstance(shortcut, Shortcut):
            action.setShortcuts(shortcut.sequences())
        elif shortcut is not None:  # the platform's own keys, e.g. Quit
            action.setShortcuts(shortcut)
        action.triggered.connect(lambda _checked=False: slot())
        if menu is not None:
            menu.addAction(action)
        return action

    def _file_menu(self, file) -> None:
        window = self.window
        self._action(self.tr("&New session"), window.new_session, shortcuts.NEW_SESSION, file)
        file.addSeparator()
        self._action(
            self.tr("&Import session file…"), window.import_session_file, shortcuts.IMPORT, file
        )
        self.export_session_action = self._action(
            self.tr("&Export session file…"),
            window.export_session_file,
            shortcuts.EXPORT_SESSION,
            file,
        )
        self.export_minutes_action = self._action(
            self.tr("Export &minutes…"), window.export_minutes, shortcuts.EXPORT_MINUTES, file
        )
        file.addSeparator()
        self._action(
            self.tr("S&hared folder…"), lambda: window.shared_folder.choose(window), None, file
        )
        self._action(self.tr("&Restore from backup…"), window.restore_from_backup, None, file)
        file.addSeparator()
        self._action(self.tr("&Quit"), window.close, QKeySequence.StandardKey.Quit, file)

    def _edit_menu(self, edit) -> None:
        window = self.window
        self.undo_action = window.workspace.undo_stack.createUndoAction(window, self.tr("&Undo"))
        self.undo_action.setShortcuts(shortcuts.UNDO.sequences())
        self.redo_action = window.workspace.undo_stack.createRedoAction(window, self.tr("&Redo"))
        self.redo_action.setShortcuts(shortcuts.REDO.sequences())
        edit.addAction(self.undo_action)
        edit.addAction(self.redo_action)
        # "Fortryd skift status", not Qt's "Fortryd Skift status": the step's name follows
        # the verb in a sentence (the stack's own slot, connected first, sets it before us).
        stack = window.workspace.undo_stack
        _StepText(self.undo_action, self.tr("&Undo"), stack.undoTextChanged, stack.undoText())
        _StepText(self.redo_action, self.tr("&Redo"), stack.redoTextChanged, stack.redoText())
        # Through the workspace, which says once what a step took back or did again (where
        # "Deleted. Ctrl+Z brings it back." stayed), unless the store refused it.
        for action, step in ((self.undo_action, window.workspace.undo),
                             (self.redo_action, window.workspace.redo)):  # fmt: skip
            action.triggered.disconnect()  # the stack's own undo()/redo()
            action.triggered.connect(lambda _checked=False, step=step: step())
        window.workspace.stepped.connect(self._say_step)

    def _say_step(self, undone: bool, text: str) -> None:
        said = self.tr("Undone: %s") if undone else self.tr("Redone: %s")
        self.window.show_message(said % text)

    def _session_menu(self, session) -> None:
        from roundtable.ui.library.next_in_series import start_next_in_series

        window = self.window
        self._action(
            self.tr("&Library"), lambda: window.show_page(LIBRARY), shortcuts.LIBRARY, session
        )
        self.setup_action = self._action(
            self.tr("&Set up"), lambda: window.show_page(SETUP), shortcuts.SETUP, session
        )
        self.run_action = self._action(
            self.tr("&Run"), lambda: window.show_page(RUN), shortcuts.RUN, session
        )
        self._action(
            self.tr("Next in &series"),
            lambda: start_next_in_series(
                window,
                window.library.current_session_id()
                if window.pages.currentWidget() is window.library
                else window.session_id,
            ),
            None,
            session,
        )
        session.addSeparator()
        self.next_action = self._action(
            self.tr("&Next phase"), lambda: window.run.next_phase(), shortcuts.NEXT_PHASE, session
        )
        self.previous_action = self._action(
            self.tr("&Previous phase"),
            lambda: window.run.previous_phase(),
            shortcuts.PREVIOUS_PHASE,
            session,
        )
        self.pause_action = self._action(
            self.tr("&Pause or resume the timer"),
            lambda: window.run.timer.toggle_pause(),
            shortcuts.PAUSE,
            session,
        )
        self.finish_action = self._action(
            self.tr("&Finish the session"),
            lambda: window.run.go_to(None),
            shortcuts.FINISH,
            session,
        )

    def _speakers_menu(self, speakers) -> None:
        window = self.window
        self.hand_action = self._action(
            self.tr("&Raise a hand…"),
            lambda: window.run.speakers.start_raising(),
            shortcuts.RAISE_HAND,
            speakers,
        )
        self.next_speaker_action = self._action(
            self.tr("&Next speaker"),
            lambda: window.run.speakers.next_speaker(),
            shortcuts.NEXT_SPEAKER,
            speakers,
        )
        self.end_turn_action = self._action(
            self.tr("&End the turn"),
            lambda: window.run.speakers.end_turn(),
            shortcuts.END_TURN,
            speakers,
        )

    def _view_menu(self, view) -> None:
        window = self.window
        self._action(self.tr("&Overview"), window.show_overview, shortcuts.OVERVIEW, view)
        view.addSeparator()
        self.presenter_action = self._action(
            self.tr("&Presenter screen"), window.toggle_presenter, shortcuts.PRESENTER, view
        )
        self.presenter_action.setCheckable(True)
        self.presenter_queue_action = QAction(
            self.tr("Speaker &queue on the presenter screen"), window, checkable=True
        )
        self.presenter_queue_action.setChecked(
            window.settings.value("presenter/queue", True, type=bool)
        )
        self.presenter_queue_action.toggled.connect(window.show_queue_on_presenter)
        view.addAction(self.presenter_queue_action)
        view.addSeparator()
        languages = view.addMenu(self.tr("&Language"))
        group = QActionGroup(window)
        chosen = window.settings.value("language", i18n.SYSTEM)
        for code, name in (
            (i18n.SYSTEM, self.tr("As the system")),
            ("da", "Dansk"),
            ("en", "English"),
        ):
            action = QAction(name, window, checkable=True)
            action.setChecked(code == chosen)
            action.triggered.connect(
                lambda _c=False, c=code: window.language_change_requested.emit(c)
            )
            group.addAction(action)
            languages.addAction(action)

    def enable_for(self, has_session: bool, on_run: bool, presenter_open: bool) -> None:
        """Commands on a session need one open; those of the run need the run page shown."""
        self.presenter_action.setEnabled(has_session or presenter_open)
        for action in (self.setup_action, self.run_action, self.export_session_action):
            action.setEnabled(has_session)
        self.export_minutes_action.setEnabled(has_session and minutes_available())
        for action in (self.next_action, self.previous_action, self.pause_action,
                       self.finish_action, self.hand_action, self.next_speaker_action,
                       self.end_turn_action):  # fmt: skip
            action.setEnabled(on_run)


class _StepText(QObject):
    """Keeps an undo or redo action's text as "Fortryd skift status". A child of the action,
    so that its connection to the stack, which outlives the window, goes with the action."""

    def __init__(self, action: QAction, prefix: str, changed, now: str) -> None:
        super().__init__(action)
        self.action, self.prefix = action, prefix
        changed.connect(self.show)
        self.show(now)

    @Slot(str)  # a slot of this object: Qt drops the connection when the action goes
    def show(self, step: str) -> None:
        # At quit the stack empties itself after the window's actions have gone.
        if not isValid(self.action):
            return
        text = f"{self.prefix} {step[:1].lower()}{step[1:]}" if step else self.prefix
        self.action.setText(text)
