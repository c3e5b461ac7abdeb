"""*Next in series*, from the library or the Session menu: a new planned session in the same
series, opened in set-up to confirm the proposed participants and the date."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from roundtable.domain.model import Language
from roundtable.edits import NextInSeries
from roundtable.errors import RoundtableError

if TYPE_CHECKING:
    from roundtable.ui.shell.main_window import MainWindow

# The title is the series', in the session's language whatever the laptop speaks.
_NEXT_TITLE = {Language.DA: "%s – møde %d", Language.EN: "%s – meeting %d"}


def start_next_in_series(window: MainWindow, session_id: int | None) -> int | None:
    """Create and open the next session of `session_id`'s series; its id, or None with a
    message saying why not."""
    if session_id is None:
        window.show_message(
            QCoreApplication.translate("NextInSeries", "Select a session of the series first.")
        )
        return None
    workspace = window.workspace
    try:
        source = workspace.session(session_id)
        if not source.series:
            window.show_message(
                QCoreApplication.translate(
                    "NextInSeries", "“%s” is in no series: set its series first."
                )
                % source.title
            )
            return None
        held = len(workspace.store.sessions_in_series(source.series))
        edit = NextInSeries(
            session_id, (_NEXT_TITLE[source.language] % (source.series, held + 1))[:300]
        )
        workspace.do(edit)
    except RoundtableError as exc:
        window.show_message(str(exc))
        return None
    assert edit.created is not None and edit.created.id is not None
    window.open_session(edit.created.id, "setup")
    if edit.created.starts_at is not None:
        said = QCoreApplication.translate(
            "NextInSeries",
            "The next session of “%s”, on the date the last one set for it: confirm the date "
            "and the proposed participants.",
        )
    else:
        said = QCoreApplication.translate(
            "NextInSeries",
            "The next session of “%s”: confirm the proposed participants and set the date.",
        )
    window.show_message(said % source.series)
    return edit.created.id
