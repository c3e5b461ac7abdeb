"""A column of session titles cut in their middle: a series' titles often differ only at
their end ("… møde 1", "… møde 2"), which a cut at the end would hide."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QStyledItemDelegate


class MiddleElided(QStyledItemDelegate):
    def initStyleOption(self, option, index) -> None:
        super().initStyleOption(option, index)
        option.textElideMode = Qt.TextElideMode.ElideMiddle
