"""Showing the presenter screen from the main window: full screen on a second screen when
there is one, else in front on the one screen (often mirrored to the projector)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QGuiApplication

if TYPE_CHECKING:
    from roundtable.ui.shell.main_window import MainWindow


def toggle_presenter(window: MainWindow) -> None:
    """Show the presenter screen of the window's session, or close it."""
    if window.presenter is not None and window.presenter.isVisible():
        window.presenter.close()
        return
    if window.session_id is None:
        return
    if window.presenter is None:
        from roundtable.ui.presenter.presenter import PresenterWindow

        presenter = PresenterWindow(window.workspace, window)
        window.run.timer.shown.connect(presenter.show_timer)
        presenter.closed.connect(lambda: window.menus.presenter_action.setChecked(False))
        presenter.queue_order = window.run.speakers.queue
        window.presenter = presenter
    presenter = window.presenter
    presenter.queue_shown = window.menus.presenter_queue_action.isChecked()
    presenter.set_session(window.session_id)
    window.run.timer.refresh()
    others = [s for s in QGuiApplication.screens() if s is not window.screen()]
    if others:
        presenter.setScreen(others[0])
        presenter.place_on(others[0].geometry(), alone=False)
        presenter.showFullScreen()
    else:
        # One screen (often mirrored to the projector): in front, or F5 seems to do nothing.
        presenter.place_on(window.screen().availableGeometry(), alone=True)
        presenter.showNormal()  # a window shown anew comes up on top
    window.menus.presenter_action.setChecked(True)
    window.activateWindow()  # the facilitator goes on typing here
