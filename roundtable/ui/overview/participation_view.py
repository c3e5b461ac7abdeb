"""Who came: participants per sector in each session, the organisations that came back, and
talk share by sector per session drawn as stacked bars."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QPainter, QPalette
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QSizePolicy,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from roundtable.domain.model import Sector, SessionBundle
from roundtable.insights.across import Participation
from roundtable.ui import labels
from roundtable.ui.run.talk_time import SECTOR_COLOURS


class TalkShareChart(QWidget):
    """One bar per session, split by each sector's share of the talk time."""

    ROW = 22

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[tuple[str, dict[Sector, float]]] = []
        self.setAccessibleName(self.tr("Talk share by sector per session"))
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

    def show_shares(self, rows: list[tuple[str, dict[Sector, float]]]) -> None:
        self.rows = rows
        self.updateGeometry()
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(400, self.ROW * (len(self.rows) + 1) + 8)

    def minimumSizeHint(self) -> QSize:
        return QSize(200, self.sizeHint().height())

    def shown_title(self, title: str, width: int) -> str:
        """A session's title cut to `width` in its middle: a series' titles differ at their
        end ("… møde 1", "… møde 3"), which a cut at the end hid."""
        return self.fontMetrics().elidedText(title, Qt.TextElideMode.ElideMiddle, width)

    def paintEvent(self, _event) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        text = self.palette().color(QPalette.ColorRole.WindowText)
        label_width = min(self.width() // 3, 260)
        bar_width = self.width() - label_width - 8
        metrics = self.fontMetrics()
        # The legend first, so the colours need no explaining.
        x = label_width
        for sector in Sector:
            painter.fillRect(QRectF(x, 6, 12, 12), SECTOR_COLOURS[sector])
            painter.setPen(text)
            name = labels.sector_name(sector)
            painter.drawText(QRectF(x + 16, 0, 200, self.ROW), Qt.AlignmentFlag.AlignVCenter, name)
            x += 16 + metrics.horizontalAdvance(name) + 20
        for n, (title, shares) in enumerate(self.rows, start=1):
            top = n * self.ROW
            painter.setPen(text)
            shown = self.shown_title(title, label_width - 8)
            painter.drawText(
                QRectF(0, top, label_width - 8, self.ROW), Qt.AlignmentFlag.AlignVCenter, shown
            )
            total = sum(shares.values())
            if not total:
                painter.setPen(self.palette().color(QPalette.ColorRole.PlaceholderText))
                painter.drawText(
                    QRectF(label_width, top, bar_width, self.ROW),
                    Qt.AlignmentFlag.AlignVCenter,
                    self.tr("No talk time recorded"),
                )
                continue
            x = float(label_width)
            for sector in Sector:
                width = bar_width * shares.get(sector, 0.0) / total
                if width <= 0:
                    continue
                bar = QRectF(x, top + 3, width, self.ROW - 6)
                painter.fillRect(bar, SECTOR_COLOURS[sector])
                percent = f"{shares.get(sector, 0.0) / total:.0%}"
                if metrics.horizontalAdvance(percent) + 6 < width:
                    painter.setPen(Qt.GlobalColor.white)
                    painter.drawText(bar, Qt.AlignmentFlag.AlignCenter, percent)
                x += width
        painter.end()


class ParticipationView(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.table = QTableWidget(0, len(Sector) + 1)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setAccessibleName(self.tr("Participants per sector in each session"))
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.returning = QLabel(wordWrap=True)
        self.chart = TalkShareChart()
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.returning)
        layout.addWidget(QLabel(self.tr("Talk share by sector")))
        row = QHBoxLayout()
        row.addWidget(self.chart)
        layout.addLayout(row)

    def show_participation(self, figures: Participation, bundles: Sequence[SessionBundle]) -> None:
        self.table.setRowCount(len(bundles))
        self.table.setHorizontalHeaderLabels(
            [*(labels.sector_name(s) for s in Sector), self.tr("Total")]
        )
        self.table.setVerticalHeaderLabels([b.session.title for b in bundles])
        for r, bundle in enumerate(bundles):
            counts = figures.by_session.get(bundle.session.id, {})
            values = [counts.get(s, 0) for s in Sector]
            for c, value in enumerate([*values, sum(values)]):
                cell = QTableWidgetItem(str(value))
                cell.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                self.table.setItem(r, c, cell)
        again = figures.returning()
        self.returning.setText(
            self.tr("At more than one session (how many): %s")
            % ", ".join(f"{org} ({n})" for org, n in again)
            if again
            else self.tr("No organisation came to more than one of these sessions.")
        )
        self.chart.show_shares(
            [(b.session.title, figures.talk_share.get(b.session.id, {})) for b in bundles]
        )
