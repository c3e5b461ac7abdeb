"""A strip across the top of the window naming a fault of the storage (a full disk, a
read-only folder, a busy database) until it passes: a status-bar message is too easily
missed while a meeting runs. It also counts the captures waiting for a busy database."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QMainWindow, QToolBar


class FaultBanner(QToolBar):
    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self.setObjectName("faultBanner")
        self.setMovable(False)
        self.setFloatable(False)
        self.toggleViewAction().setVisible(False)  # not one of the window's own toolbars
        self.label = QLabel(self)
        self.label.setWordWrap(True)
        self.label.setStyleSheet("QLabel { background: #fdecc8; color: #4a3500; padding: 6px; }")
        self.addWidget(self.label)
        window.addToolBar(self)  # the top area: naming it would load Qt's namespace at start
        self._fault = ""
        self._waiting = ""
        self.hide()

    def show_fault(self, text: str) -> None:
        self._fault = text
        self._update()

    def clear(self) -> None:
        self._fault = ""
        self._update()

    def show_waiting(self, count: int) -> None:
        """How many captures wait for a busy database (0: none, the line goes)."""
        self._waiting = (
            self.tr(
                "%n capture(s) waiting for the database: another program is writing to it. "
                "They are saved, in order, as soon as it is free.",
                "",
                count,
            )
            if count
            else ""
        )
        self._update()

    def _update(self) -> None:
        text = "\n".join(part for part in (self._fault, self._waiting) if part)
        self.label.setText(text)
        self.setVisible(bool(text))
