"""The library's commands on one session: a new one, a copy of one as new, and deleting one
once the facilitator has said yes. Each opens what it made in the main window."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from roundtable.domain.vocabulary import Language
from roundtable.ui.shell.pages import LIBRARY, SETUP

if TYPE_CHECKING:
    from roundtable.ui.shell.main_window import MainWindow

_COPY_OF = {Language.DA: "%s (kopi)", Language.EN: "%s (copy)"}
# The texts keep the context "MainWindow", where they were translated before they moved here
# (written out in each call, so that lupdate finds them).


def new_session(window: MainWindow) -> None:
    from roundtable.domain.model import Session

    session = window.workspace.create_session(
        Session(title=QCoreApplication.translate("MainWindow", "New session"))
    )
    window.open_session(session.id, SETUP)
    window.setup.title.selectAll()


def duplicate_session(window: MainWindow, session_id: int) -> None:
    source = window.workspace.session(session_id)
    # The title is the session's, read in its language, whatever the laptop speaks.
    title = _COPY_OF[source.language] % source.title
    created = window.workspace.duplicate_session(session_id, title[:300])
    window.open_session(created.id, SETUP)
    window.show_message(
        QCoreApplication.translate("MainWindow", "Duplicated as a new planned session.")
    )


def delete_session(window: MainWindow, session_id: int) -> None:
    from PySide6.QtWidgets import QMessageBox

    from roundtable.ui.run.capture_draft import forget_draft
    from roundtable.ui.run.edit_draft import forget_edit
    from roundtable.ui.run.kept_pause import forget_pauses

    session = window.workspace.session(session_id)
    answer = QMessageBox.question(
        window,
        QCoreApplication.translate("MainWindow", "Delete session"),
        QCoreApplication.translate(
            "MainWindow", "Delete “%s” with all its participants and items? This cannot be undone."
        )
        % session.title,
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
        QMessageBox.StandardButton.Cancel,
    )
    if answer != QMessageBox.StandardButton.Yes:
        return
    window.workspace.delete_session(session_id)
    if window.session_id == session_id:
        window.close_session()
    forget_draft(window.settings, session.uid or str(session.id))
    forget_edit(window.settings, session.uid or str(session.id))
    forget_pauses(window.settings, session.uid or str(session.id))
    window.show_page(LIBRARY)
    window.show_message(QCoreApplication.translate("MainWindow", "Deleted “%s”.") % session.title)
