"""The three phases in order, and the finish, with the current step marked."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QButtonGroup, QHBoxLayout, QToolButton, QWidget

from roundtable.domain.model import Phase, PhasePlan
from roundtable.domain.rules import PHASE_ORDER
from roundtable.ui import labels

STEPS: tuple[Phase | None, ...] = (*PHASE_ORDER, None)  # None: the finish


class PhaseStepper(QWidget):
    step_requested = Signal(object)  # a Phase, or None for the finish

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.group = QButtonGroup(self)
        self.buttons: list[QToolButton] = []
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(4)
        for n, step in enumerate(STEPS):
            button = QToolButton(checkable=True, focusPolicy=Qt.FocusPolicy.NoFocus)
            button.setObjectName("step")
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            button.clicked.connect(lambda _c=False, s=step: self.step_requested.emit(s))
            self.group.addButton(button, n)
            self.buttons.append(button)
            row.addWidget(button)
        row.addStretch(1)
        self.show_progress([], PHASE_ORDER[0])

    def show_progress(self, plans: list[PhasePlan], current: Phase | None) -> None:
        done = {p.phase for p in plans if p.ended_at is not None}
        for n, step in enumerate(STEPS):
            button = self.buttons[n]
            if step is None:
                name = self.tr("Finish")
            else:
                mark = "✓ " if step in done and step != current else f"{n + 1}  "
                name = mark + labels.phase_name(step)
            button.setText(name)
            button.setChecked(step == current)
            button.setAccessibleName(name)
