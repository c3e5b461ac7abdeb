"""A date field that takes what is typed ("12/12", "+14d", "fre") and offers a calendar.

Unlike QDateEdit it has no sentinel date for "not set": empty is not set, so typing into an
empty field keeps what was typed, and the calendar opens at today (or a given day) instead of
the sentinel's January 2000. Dates show in the interface language's short form.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, QEvent, QLocale, QObject, Signal
from PySide6.QtWidgets import (
    QCalendarWidget,
    QHBoxLayout,
    QLineEdit,
    QMenu,
    QToolButton,
    QWidget,
    QWidgetAction,
)

from roundtable.domain.dates import DateNotUnderstood, parse_date

if TYPE_CHECKING:
    from PySide6.QtGui import QFocusEvent


def show_date(value: date | None) -> str:
    """A date as the interface language writes it (12.11.2025 in Danish)."""
    if value is None:
        return ""
    return QLocale().toString(QDate(value), QLocale.FormatType.ShortFormat)


class DateField(QWidget):
    committed = Signal(object)  # the new date or None, when the user changed it
    refused = Signal(str)  # why the typed text is not a date

    def __init__(self, parent: QWidget | None = None, today: Callable[[], date] = date.today):
        super().__init__(parent)
        self._today = today
        self._value: date | None = None
        self.calendar_start: date | None = None  # where an empty field's calendar opens
        self.line = QLineEdit()
        self.line.setPlaceholderText(self.tr("Not set"))
        self.line.setToolTip(self.tr("Type a date: 12.12.2026, 12/12, +14d, fri, tomorrow"))
        self.line.editingFinished.connect(self._take_typed)
        self.calendar = QCalendarWidget()
        self.calendar.setGridVisible(False)
        self.calendar.clicked.connect(self._take_picked)
        self.calendar.activated.connect(self._take_picked)
        self._menu = QMenu(self)
        holder = QWidgetAction(self._menu)
        holder.setDefaultWidget(self.calendar)
        self._menu.addAction(holder)
        self._menu.aboutToShow.connect(self._open_calendar_at_a_sensible_month)
        self.button = QToolButton(text="…", autoRaise=True)
        self.button.setAccessibleName(self.tr("Pick a date in a calendar"))
        self.button.setToolTip(self.button.accessibleName() + " (Alt+↓)")
        self.button.clicked.connect(self.open_calendar)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(2)
        row.addWidget(self.line, 1)
        row.addWidget(self.button)
        # Focus given to the field (its label's Alt key, a click beside the line) goes to the
        # line. Not a focus proxy: set in a field without a parent yet, it left the line and
        # the button out of the form's Tab chain, in a loop of their own (Tab went to the
        # button and back, never on). The field itself takes no Tab: Shift+Tab is no trap.
        from PySide6.QtCore import Qt  # not at the top: see eventFilter

        self.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        # Nor does the calendar's button: Alt+Down opens it from the line, and a Tab stop on
        # "…" between two fields was one more key for each date typed.
        self.button.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        self.line.installEventFilter(self)  # Alt+Down or F4 opens the calendar, as in a combo

    def focusInEvent(self, event: QFocusEvent) -> None:
        self.line.setFocus(event.reason())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.line and event.type() == QEvent.Type.KeyPress:
            # Here, not at the top: the library's first paint imports this module (through
            # flush_typing) and waits for no part of Qt's big `Qt` namespace.
            from PySide6.QtCore import Qt

            alt_down = event.key() == Qt.Key.Key_Down and (
                event.modifiers() & Qt.KeyboardModifier.AltModifier
            )
            if alt_down or event.key() == Qt.Key.Key_F4:
                self.open_calendar()
                return True
        return super().eventFilter(watched, event)

    def date(self) -> date | None:
        return self._value

    def set_date(self, value: date | None) -> None:
        """Show `value` without telling anyone (it came from the store)."""
        self._value = value
        self.line.setText(self._shown(value))
        self.line.setStyleSheet("")

    def flush(self) -> None:
        """Take what is typed but not yet entered (before an export, a finish, a switch)."""
        self._take_typed()

    # What a field holds, how it reads and shows it: a date here; a subclass may differ.
    def _parse(self, typed: str) -> date | None:
        return parse_date(typed, self._today())

    def _shown(self, value: date | None) -> str:
        return show_date(value)

    def _refusal(self, typed: str) -> str:
        return self.tr("“%s” is not a date: type e.g. 12.12.2026, 12/12, +14d or fri") % typed

    def _from_calendar(self, picked: date) -> date:
        return picked

    def _day_of(self, value: date | None) -> date | None:
        return value

    def _take_typed(self) -> None:
        typed = self.line.text()
        if typed == self._shown(self._value):
            return
        try:
            value = self._parse(typed)
        except DateNotUnderstood:
            self.line.setStyleSheet("color: #b00020;")
            self.refused.emit(self._refusal(typed.strip()))
            return
        self._commit(value)

    def _take_picked(self, picked: QDate) -> None:
        self._menu.hide()
        self._commit(self._from_calendar(picked.toPython()))
        self.line.setFocus()

    def _commit(self, value: date | None) -> None:
        changed = value != self._value
        self.set_date(value)
        if changed:
            self.committed.emit(value)

    def open_calendar(self) -> None:
        """The calendar under the field, at the field's date, or today's (or a set) month."""
        self._menu.popup(self.line.mapToGlobal(self.line.rect().bottomLeft()))
        self.calendar.setFocus()

    def _open_calendar_at_a_sensible_month(self) -> None:
        start = self._day_of(self._value) or self.calendar_start or self._today()
        self.calendar.setSelectedDate(QDate(start))
        self.calendar.setCurrentPage(start.year, start.month)
