"""Talk time at a glance: one bar by sector, and a bar per person in the roster.

Each sector has one colour everywhere (the bar, the roster, the presenter screen), so a
glance tells whether the municipal or the private side dominates.
"""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import QAbstractListModel, QModelIndex, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPalette
from PySide6.QtWidgets import QSizePolicy, QStyle, QStyledItemDelegate, QWidget

from roundtable.domain.figures import SpeakingTime
from roundtable.domain.model import Participant, Sector
from roundtable.ui import labels

SECTOR_COLOURS = {
    Sector.MUNICIPAL: QColor("#2f6fad"),
    Sector.PRIVATE: QColor("#2e8b57"),
    Sector.OTHER: QColor("#8a7f72"),
}

PARTICIPANT_ID_ROLE = Qt.ItemDataRole.UserRole + 1
SECONDS_ROLE = Qt.ItemDataRole.UserRole + 2
SHARE_OF_MOST_ROLE = Qt.ItemDataRole.UserRole + 3
SECTOR_ROLE = Qt.ItemDataRole.UserRole + 4


def clock_text(length: timedelta) -> str:
    """m:ss, minutes beyond an hour kept as minutes (a turn or a meeting, not a day)."""
    seconds = max(0, int(length.total_seconds()))
    return f"{seconds // 60}:{seconds % 60:02d}"


class SectorBar(QWidget):
    """One bar split by each sector's share of the speaking time so far."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.talk: SpeakingTime | None = None
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setAccessibleName(self.tr("Talk time by sector"))

    def sizeHint(self) -> QSize:
        return QSize(240, self.fontMetrics().height() + 12)

    def show_talk(self, talk: SpeakingTime) -> None:
        self.talk = talk
        parts = [
            f"{labels.sector_name(sector)} {round(100 * talk.share(t))} % ({clock_text(t.time)})"
            for sector, t in talk.by_sector.items()
        ]
        self.setToolTip("\n".join(parts))
        self.setAccessibleDescription(", ".join(parts))
        self.update()

    def paintEvent(self, _event) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        whole = QRectF(self.rect()).adjusted(1, 1, -1, -1)
        painter.setPen(self.palette().color(QPalette.ColorRole.Mid))
        painter.drawRoundedRect(whole, 4, 4)
        talk = self.talk
        if talk is None or talk.total.time <= timedelta():
            painter.setPen(self.palette().color(QPalette.ColorRole.PlaceholderText))
            painter.drawText(whole, Qt.AlignmentFlag.AlignCenter, self.tr("No one has spoken yet"))
            return
        x = whole.left()
        for sector, sector_talk in talk.by_sector.items():
            width = whole.width() * talk.share(sector_talk)
            if width <= 0:
                continue
            part = QRectF(x, whole.top(), width, whole.height())
            painter.fillRect(part, SECTOR_COLOURS[sector])
            text = f"{labels.sector_name(sector)} {round(100 * talk.share(sector_talk))} %"
            if painter.fontMetrics().horizontalAdvance(text) + 8 > width:
                text = f"{round(100 * talk.share(sector_talk))} %"
            if painter.fontMetrics().horizontalAdvance(text) + 4 <= width:
                painter.setPen(QColor("white"))
                painter.drawText(part, Qt.AlignmentFlag.AlignCenter, text)
            x += width


class TalkModel(QAbstractListModel):
    """The session's participants with how long each has spoken so far."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.people: list[Participant] = []
        self.seconds: dict[int, float] = {}

    def show(self, people: list[Participant], talk: SpeakingTime) -> None:
        seconds = {pid: t.time.total_seconds() for pid, t in talk.by_participant.items()}
        if people != self.people:
            self.beginResetModel()
            self.people, self.seconds = list(people), seconds
            self.endResetModel()
        elif seconds != self.seconds:
            self.seconds = seconds
            if self.people:
                self.dataChanged.emit(self.index(0), self.index(len(self.people) - 1))

    def participant_at(self, row: int) -> Participant:
        return self.people[row]

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.people)

    def data(self, index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        person = self.people[index.row()]
        seconds = self.seconds.get(person.id, 0.0)
        if role == Qt.ItemDataRole.DisplayRole:
            return person.name
        if role == Qt.ItemDataRole.ToolTipRole:
            organisation = f" ({person.organisation})" if person.organisation else ""
            return f"{person.name}{organisation}: {clock_text(timedelta(seconds=seconds))}"
        if role == PARTICIPANT_ID_ROLE:
            return person.id
        if role == SECONDS_ROLE:
            return seconds
        if role == SECTOR_ROLE:
            return person.sector
        if role == SHARE_OF_MOST_ROLE:
            most = max(self.seconds.values(), default=0.0)
            return seconds / most if most else 0.0
        return None


class TalkDelegate(QStyledItemDelegate):
    """A name, the time spoken, and a thin bar in the sector's colour under them."""

    def sizeHint(self, option, index) -> QSize:
        return QSize(160, option.fontMetrics.height() + 12)

    def paint(self, painter: QPainter, option, index) -> None:
        painter.save()
        style = option.widget.style() if option.widget else None
        if style is not None:
            style.drawPrimitive(QStyle.PrimitiveElement.PE_PanelItemViewItem, option, painter)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        painter.setPen(option.palette.color(role))
        box = QRectF(option.rect).adjusted(6, 2, -6, -6)
        time = clock_text(timedelta(seconds=index.data(SECONDS_ROLE) or 0))
        time_width = option.fontMetrics.horizontalAdvance(time) + 8
        name = option.fontMetrics.elidedText(
            index.data(), Qt.TextElideMode.ElideRight, int(box.width() - time_width)
        )
        painter.drawText(box, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, name)
        painter.drawText(box, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, time)
        share = index.data(SHARE_OF_MOST_ROLE) or 0.0
        bar = QRectF(box.left(), option.rect.bottom() - 4, box.width() * share, 3)
        painter.fillRect(bar, SECTOR_COLOURS.get(index.data(SECTOR_ROLE), QColor("gray")))
        painter.restore()
