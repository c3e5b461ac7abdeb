"""The phase timer: counts down the timebox, amber near the end, red and up when over.

It never takes the focus: the capture line keeps it while the facilitator types.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QSettings, Qt, QTimer, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QStyle, QToolButton, QWidget

from roundtable.domain.model import PhasePlan
from roundtable.domain.timebox import Timebox, TimeboxState, utc_now
from roundtable.ui.run.kept_pause import keep_pause, kept_pause


class PhaseTimer(QWidget):
    shown = Signal(str, str)  # the text and the state, for the presenter screen to mirror

    def __init__(
        self,
        clock: Callable[[], datetime] = utc_now,
        settings: QSettings | None = None,
        parent=None,
    ) -> None:
        """`settings`: where a pause is kept (kept_pause.py); without them it is not."""
        super().__init__(parent)
        self.clock = clock
        self.settings = settings
        self.timebox = Timebox(planned_minutes=30, clock=clock)
        self._key: tuple | None = None
        self._session_uid: str | None = None
        self._plan: PhasePlan | None = None
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.label = QLabel(objectName="phaseTimer")
        self.label.setAccessibleName(self.tr("Time left in this phase"))
        self.pause_button = QToolButton(focusPolicy=Qt.FocusPolicy.NoFocus)
        self.pause_button.clicked.connect(self.toggle_pause)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.label)
        row.addWidget(self.pause_button)
        self._tick = QTimer(self, interval=500)
        self._tick.timeout.connect(self.refresh)
        self._tick.start()
        self.refresh()

    def show_phase(self, plan: PhasePlan, session_uid: str | None = None) -> None:
        """Follow a phase of the session with that uid; a pause survives re-reads of the
        same phase run, and with settings a restart and a look at another session too."""
        key = (session_uid, plan.phase, plan.started_at)
        self._session_uid, self._plan = session_uid, plan
        if key != self._key:
            self._key = key
            self.timebox = Timebox(plan.planned_minutes, plan.started_at, clock=self.clock)
            if self.settings is not None and session_uid and plan.started_at is not None:
                self.timebox.paused_for, self.timebox.paused_since = kept_pause(
                    self.settings, session_uid, plan.phase, plan.started_at
                )
        self.timebox.planned_minutes = plan.planned_minutes
        self.timebox.ended_at = plan.ended_at
        self.refresh()

    def state(self) -> TimeboxState:
        return self.timebox.state()

    def toggle_pause(self) -> None:
        if self.timebox.paused:
            self.timebox.resume()
        else:
            self.timebox.pause()
        plan, uid, box = self._plan, self._session_uid, self.timebox
        if self.settings is not None and uid and plan is not None and box.started_at is not None:
            keep_pause(
                self.settings, uid, plan.phase, box.started_at, box.paused_for, box.paused_since
            )
        self.refresh()

    def refresh(self) -> None:
        box = self.timebox
        state = box.state()
        # Paused, it is greyed, here and on the presenter: a clock that stands still in
        # its colours looked broken to the room.
        shown = "paused" if box.paused else str(state)
        self.label.setText(box.display())
        self.shown.emit(box.display(), shown)
        if self.label.property("state") != shown:
            self.label.setProperty("state", shown)
            self.label.style().unpolish(self.label)
            self.label.style().polish(self.label)
        if box.paused:
            tip = self.tr("Paused")
        elif state is TimeboxState.OVER:
            tip = self.tr("Over the timebox")
        elif state is TimeboxState.WARNING:
            tip = self.tr("Less than a fifth of the time left")
        elif state is TimeboxState.IDLE:
            tip = self.tr("Starts with the phase")
        else:
            tip = self.tr("Time left")
        self.label.setToolTip(tip)
        self.pause_button.setEnabled(box.started_at is not None and box.ended_at is None)
        icon = (
            QStyle.StandardPixmap.SP_MediaPlay
            if box.paused
            else QStyle.StandardPixmap.SP_MediaPause
        )
        self.pause_button.setIcon(self.style().standardIcon(icon))
        self.pause_button.setAccessibleName(
            self.tr("Resume the timer") if box.paused else self.tr("Pause the timer")
        )
        self.pause_button.setToolTip(self.pause_button.accessibleName() + " (Ctrl+Shift+Space)")
