"""When a session starts: a date and time typed or picked from a calendar, or "Not set".

"Not set" is the field's lowest value (January 2000), shown as text. Typing into it begins
today's date, whose parts the digits then replace; the separators a person types ("2027-01-15
09:30") are taken as the field moving on, which it does by itself once a part is whole. The
calendar of an unset field opens at today, not at January 2000.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QDate, QDateTime, QEvent, QObject, QTime
from PySide6.QtWidgets import QDateTimeEdit, QWidget

_NOT_SET = QDateTime(2000, 1, 1, 0, 0, 0)


class StartField(QDateTimeEdit):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, calendarPopup=True)
        self.setMinimumDateTime(_NOT_SET)
        self.setSpecialValueText(self.tr("Not set"))
        self.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.calendarWidget().installEventFilter(self)

    def value(self) -> datetime | None:
        """The local wall-clock time typed, with the local offset; None when not set."""
        shown = self.dateTime()
        if shown == _NOT_SET:
            return None
        return shown.toPython().replace(second=0, microsecond=0).astimezone()

    def set_value(self, value: datetime | None) -> None:
        """Show `value` (None: "Not set"), without saying it was edited."""
        self.blockSignals(True)
        if value is None:
            self.setDateTime(_NOT_SET)
        else:
            day, time = QDate(value.year, value.month, value.day), QTime(value.hour, value.minute)
            self.setDateTime(QDateTime(day, time))
        self.blockSignals(False)

    def keyPressEvent(self, event) -> None:
        typed = event.text()
        if typed.isdigit() and self.dateTime() == _NOT_SET:
            # "Not set" has no parts for a digit to go into: today's date gives it some.
            # Nothing is stored before the field is left, and left untouched it stays unset.
            self.setDateTime(QDateTime(QDate.currentDate(), QTime(0, 0)))
            self.setSelectedSection(QDateTimeEdit.Section.YearSection)
        if self._moved_past(typed):
            return
        super().keyPressEvent(event)

    def _moved_past(self, typed: str) -> bool:
        """Whether `typed` is the separator the field has just moved past by itself: typed
        as well, it moved on once more (2027-01-15 became 2027-12-01)."""
        if not typed or typed.isalnum():
            return False
        line = self.lineEdit()
        at = line.cursorPosition()
        return 0 < at <= len(line.text()) and line.text()[at - 1] == typed

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        calendar = self.calendarWidget()
        if watched is calendar and event.type() == QEvent.Type.Show and self.dateTime() == _NOT_SET:
            today = QDate.currentDate()
            calendar.setCurrentPage(today.year(), today.month())
        return super().eventFilter(watched, event)
