"""A strip across the top of the window naming a fault of the storage (a full disk, a
read-only folder, a busy database) until it passes: a status-bar message is too easily
missed while a meeting runs."""

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
        self.hide()

    def show_fault(self, text: str) -> None:
        self.label.setText(text)
        self.show()

    def clear(self) -> None:
        self.label.clear()
        self.hide()
