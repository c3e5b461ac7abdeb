"""The phase's views beside the selected item's details, split so the facilitator can move the
handle; the matrix borrows width from the details while it shows."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QScrollArea, QSplitter

from roundtable.ui.run.item_details import ItemDetails
from roundtable.ui.run.phase_views import PhaseViews


class ViewsAndDetails(QSplitter):
    def __init__(self, views: PhaseViews, details: ItemDetails) -> None:
        super().__init__(Qt.Orientation.Horizontal)
        self.views = views
        self._narrow_sizes: list[int] | None = None
        self.details_scroll = QScrollArea(widgetResizable=True, frameShape=QFrame.Shape.NoFrame)
        self.details_scroll.setWidget(details)
        # The form fits its width (its rows wrap or elide); sideways scrolling only hid the edge.
        self.details_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.addWidget(views)
        self.addWidget(self.details_scroll)
        self.setStretchFactor(0, 4)
        self.setStretchFactor(1, 3)
        self.setChildrenCollapsible(False)
        # The matrix asks for more than the items need; without a floor of its own the
        # tabs would claim the matrix's width and the handle could not move.
        views.setMinimumSize(320, 240)
        self.setSizes([560, 420])
        views.currentChanged.connect(self._view_changed)

    def _view_changed(self, _index: int) -> None:
        # The matrix needs room for its titles: it borrows width from the details while shown.
        if self.views.currentWidget() is self.views.matrix:
            if self._narrow_sizes is None:
                self._narrow_sizes = self.sizes()
                whole = sum(self._narrow_sizes)
                self.setSizes([whole * 62 // 100, whole - whole * 62 // 100])
        elif self._narrow_sizes is not None:
            self.setSizes(self._narrow_sizes)
            self._narrow_sizes = None
