"""Pinning headline ideas and barriers for the synthesis, from the overview's tables.

A pin is an undoable edit (roundtable.edits.SetPinned); the overview re-reads after it, so the
button finds the item again by its id and keeps it selected."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QPushButton, QWidget

from roundtable.domain.model import Item
from roundtable.edits import SetPinned
from roundtable.errors import RoundtableError
from roundtable.ui.workspace import Workspace

# A flag, not an emoji: it draws in every font the app may meet (DejaVu, Segoe, SF).
PIN_MARK = "⚑"


def pinned_text(item: Item, text: str) -> str:
    """`text` with the pin mark in front when the item is pinned."""
    return f"{PIN_MARK} {text}" if item.pinned else text


class PinButton(QPushButton):
    """Pins or unpins the item `current()` returns; `reselect(item_id)` selects it again after
    the overview re-read. P pins from the keyboard while `scope` has the focus."""

    def __init__(
        self,
        workspace: Workspace,
        current: Callable[[], Item | None],
        reselect: Callable[[int], None],
        report: Callable[[str], None],
        scope: QWidget,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.workspace, self._current, self._reselect, self._report = (
            workspace,
            current,
            reselect,
            report,
        )
        self.clicked.connect(self.toggle)
        shortcut = QShortcut(QKeySequence(Qt.Key.Key_P), scope)
        shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
        shortcut.activated.connect(self.toggle)
        self.follow()

    def follow(self) -> None:
        """Say what a click would do for the selected item."""
        item = self._current()
        self.setEnabled(item is not None)
        if item is not None and item.pinned:
            self.setText(self.tr("Unpin headline"))
        else:
            self.setText(self.tr("Pin as headline"))
        # Said as the report does it: one pinned idea was taken for "first", and the other
        # headline ideas were gone from the report.
        self.setToolTip(
            self.tr(
                "Pinned ideas are the report's headline ideas, and only they (none pinned: the "
                "five with the largest share of the votes); a pinned statement is always "
                "quoted under its category (P)"
            )
        )

    def toggle(self) -> None:
        item = self._current()
        if item is None or item.id is None:
            return
        text = self.tr("Unpin headline") if item.pinned else self.tr("Pin as headline")
        try:
            self.workspace.do(SetPinned(item.id, not item.pinned, text))
        except RoundtableError as exc:
            self._report(str(exc))
            return
        self._reselect(item.id)
        self.follow()


def under_a_pin_button(view: QWidget, button: PinButton) -> QWidget:
    """`view` with the pin button in a row beneath it, right-aligned."""
    from PySide6.QtWidgets import QHBoxLayout, QVBoxLayout

    box = QWidget()
    layout = QVBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addWidget(view, 1)
    row = QHBoxLayout()
    row.addStretch(1)
    row.addWidget(button)
    layout.addLayout(row)
    return box
