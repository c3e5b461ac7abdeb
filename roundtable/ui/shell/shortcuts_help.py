"""F1: every shortcut in a box that may stay open while the meeting goes on."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from roundtable.ui.shell import shortcuts


def show_shortcuts(parent: QWidget) -> QMessageBox:
    rows = [(escape(s.shown()), escape(s.text())) for s in shortcuts.ALL]
    text = (
        "<table>"
        + "".join(
            f"<tr><td><b>{key}</b>&nbsp;&nbsp;</td><td>{what}</td></tr>" for key, what in rows
        )
        + "</table>"
    )
    box = QMessageBox(parent)
    box.setWindowTitle(QCoreApplication.translate("MainWindow", "Keyboard shortcuts"))
    box.setText(text)
    box.setModal(False)
    box.show()  # not modal: it may stay open while the meeting goes on
    return box
