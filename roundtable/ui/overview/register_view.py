"""The follow-up register on the overview: the table with its filters."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from roundtable.insights.followup import FollowUpRow
from roundtable.insights.words import fold
from roundtable.ui.overview.middle_elided import MiddleElided
from roundtable.ui.overview.register_model import (
    FollowUpModel,
    RegisterFilter,
    StatusDelegate,
)
from roundtable.ui.workspace import Workspace


class RegisterView(QWidget):
    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._waiting: list[FollowUpRow] | None = None  # rows to show once editing stops
        self.model = FollowUpModel(workspace, self)
        self.proxy = RegisterFilter(self)
        self.proxy.setSourceModel(self.model)

        self.showing = QComboBox()
        self.showing.setAccessibleName(self.tr("Show"))
        self.showing.addItem(self.tr("All ideas and actions"), RegisterFilter.ALL)
        self.showing.addItem(self.tr("Open"), RegisterFilter.OPEN)
        self.showing.addItem(self.tr("Overdue"), RegisterFilter.OVERDUE)
        self.showing.currentIndexChanged.connect(
            lambda _i: self.proxy.set_showing(self.showing.currentData())
        )
        self.owner = QComboBox()
        self.owner.setAccessibleName(self.tr("Filter by owner"))
        self.owner.currentIndexChanged.connect(
            lambda _i: self.proxy.set_owner(self.owner.currentData())
        )
        self.organisation = QComboBox()
        self.organisation.setAccessibleName(self.tr("Filter by organisation"))
        self.organisation.currentIndexChanged.connect(
            lambda _i: self.proxy.set_organisation(self.organisation.currentData())
        )
        self.count = QLabel()

        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setAccessibleName(self.tr("Follow-up register"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        status = StatusDelegate(lambda i: self.model.row_at(self.proxy.mapToSource(i).row()))
        self.table.setItemDelegateForColumn(FollowUpModel.STATUS, status)
        self.table.setItemDelegateForColumn(FollowUpModel.SESSION, MiddleElided(self.table))
        for delegate in (self.table.itemDelegate(), status):
            delegate.closeEditor.connect(self._editor_closed)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(FollowUpModel.ITEM, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(FollowUpModel.OUTCOME, QHeaderView.ResizeMode.Stretch)
        chars = self.fontMetrics().averageCharWidth()
        # Room for a series' title cut in its middle ("Rundbordsdi…ejen – møde 1") and for
        # a double name ("Anne-Mette Søgaard"); the idea and the outcome share the rest.
        for column, width in ((0, 26), (1, 8), (3, 11), (4, 20), (5, 11)):
            header.resizeSection(column, chars * width + 16)

        filters = QHBoxLayout()
        filters.addWidget(self.showing)
        filters.addWidget(self.owner)
        filters.addWidget(self.organisation)
        filters.addStretch(1)
        filters.addWidget(self.count)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        self.proxy.modelReset.connect(self._count)
        self.proxy.layoutChanged.connect(self._count)
        self.proxy.rowsInserted.connect(self._count)
        self.proxy.rowsRemoved.connect(self._count)

    def show_rows(self, rows: list[FollowUpRow]) -> None:
        if self.table.state() == QAbstractItemView.State.EditingState:
            # An edit committed from the table's own editor re-reads the register while the
            # view still holds that editor (or, after Tab, the next one): resetting the model
            # under it deletes the editor in use (Qt: "commitData called with an editor that
            # does not belong to this view"; an organiser's window crashed). The same rows are
            # refreshed in place, so the next editor starts from what is stored; filters and
            # lists follow once the editing is over.
            self.model.refresh(rows)
            self._waiting = rows
            return
        self._waiting = None
        self.model.show(rows)
        chosen = self.owner.currentData()
        self.owner.blockSignals(True)
        self.owner.clear()
        self.owner.addItem(self.tr("Every owner"), None)
        for name in sorted({r.owner for r in rows if r.owner}, key=str.casefold):
            self.owner.addItem(name, name)
        self.owner.setCurrentIndex(max(self.owner.findData(chosen), 0))
        self.owner.blockSignals(False)
        self.proxy.set_owner(self.owner.currentData())
        self._fill_organisations(rows)
        self._count()

    def _editor_closed(self, *_args: object) -> None:
        if self._waiting is not None:  # after the view has let go of the editor
            QTimer.singleShot(0, self, self._show_waiting)

    def _show_waiting(self) -> None:
        # Tab opened the next cell's editor: its own closing comes back here.
        if self._waiting is not None and self.table.state() != self.table.State.EditingState:
            self.show_rows(self._waiting)

    def _fill_organisations(self, rows: list[FollowUpRow]) -> None:
        chosen = self.organisation.currentData()
        # One entry per organisation however it was cased ("Sydvig kommune", "Sydvig Kommune").
        names: dict[str, str] = {}
        for row in rows:
            if row.organisation:
                names.setdefault(fold(row.organisation), row.organisation)
        self.organisation.blockSignals(True)
        self.organisation.clear()
        self.organisation.addItem(self.tr("Every organisation"), None)
        for name in sorted(names.values(), key=str.casefold):
            self.organisation.addItem(name, name)
        found = next(
            (n for n in range(self.organisation.count())
             if chosen is not None and fold(self.organisation.itemData(n) or "") == fold(chosen)),
            0,
        )  # fmt: skip
        self.organisation.setCurrentIndex(found)
        self.organisation.blockSignals(False)
        self.proxy.set_organisation(self.organisation.currentData())

    def _count(self) -> None:
        late = sum(1 for r in self.model.rows if r.overdue)
        self.count.setText(
            self.tr("%1 shown, %2 overdue")
            .replace("%1", str(self.proxy.rowCount()))
            .replace("%2", str(late))
        )
