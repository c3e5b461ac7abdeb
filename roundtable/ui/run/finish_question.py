"""Finishing is the end of the meeting: before it, the facilitator is asked, told what it ends."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from roundtable.domain import progress
from roundtable.domain.speakers import current_turn
from roundtable.ui import labels
from roundtable.ui.workspace import Workspace


def finish_confirmed(parent: QWidget, workspace: Workspace, session_id: int) -> bool:
    """True when the facilitator answers yes to finishing, named what is still open."""
    plans = workspace.phases(session_id)
    ends = []
    if (running := progress.running_phase(plans)) is not None:
        ends.append(
            QCoreApplication.translate("FinishQuestion", "The phase “%s” is still open.")
            % labels.phase_name(running)
        )
    turn = current_turn(workspace.speaking_turns(session_id))
    if turn is not None:
        names = {p.id: p.name for p in workspace.participants(session_id)}
        ends.append(
            QCoreApplication.translate("FinishQuestion", "%s has the floor.")
            % names.get(turn.by_id, "?")
        )
    ends.append(
        QCoreApplication.translate(
            "FinishQuestion", "Finish the session now? Everything open ends, and the summary opens."
        )
    )
    answer = QMessageBox.question(
        parent,
        QCoreApplication.translate("FinishQuestion", "Finish the session"),
        " ".join(ends),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
        QMessageBox.StandardButton.Yes,
    )
    return answer == QMessageBox.StandardButton.Yes
