"""The start screen: every session, newest first, with search and filters."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from roundtable.domain.summary import SessionSummary
from roundtable.domain.vocabulary import SessionStatus
from roundtable.ui import labels
from roundtable.ui.library.library_model import SESSION_ID_ROLE, SessionListModel
from roundtable.ui.resources import LIBRARY_STYLE, style_sheet
from roundtable.ui.session_view import SessionView

if TYPE_CHECKING:
    from PySide6.QtGui import QKeyEvent, QPaintEvent

    from roundtable.ui.workspace import Workspace


class SessionTable(QTableView):
    """The sessions; Delete asks to delete the current one."""

    delete_pressed = Signal()
    painted = Signal()  # the start waits for the first paint that shows the rows

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        self.painted.emit()

    # A key press rather than a QShortcut: a widget-only shortcut needs Qt.ShortcutContext,
    # and the library is painted before anything touches the `Qt` namespace (library_model).
    def keyPressEvent(self, event: QKeyEvent) -> None:
        from PySide6.QtGui import QKeySequence  # its 71 standard keys: not on a start's way

        if event.matches(QKeySequence.StandardKey.Delete):
            self.delete_pressed.emit()
            return
        super().keyPressEvent(event)


class LibraryPage(SessionView, QWidget):
    """Every session: it shows none in particular, and a LIBRARY change of any re-reads it.

    It is built showing a list already read, and follows the store once `attach` gives it the
    workspace: a start paints the library before the store is open (app.py). Until then its
    buttons only signal, a search waits, and Ctrl+F and the search's clear button are not there
    yet.
    """

    open_requested = Signal(int)
    new_requested = Signal()
    duplicate_requested = Signal(int)
    next_in_series_requested = Signal(int)
    delete_requested = Signal(int)
    sample_requested = Signal()

    workspace: Workspace | None = None

    def __init__(self, sessions: list[SessionSummary], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = SessionListModel(self)

        # Built when the library is empty, not on every start's way to the first paint.
        self.welcome: QFrame | None = None
        self.sample_button: QPushButton | None = None

        self.search = QLineEdit()  # its clear button comes with `attach`
        self.search.setPlaceholderText(self.tr("Search titles, themes, people and items…"))
        self.search.setAccessibleName(self.tr("Search sessions"))
        self._search_delay = QTimer(self, singleShot=True, interval=150)
        self._search_delay.timeout.connect(self._apply_search)
        self.search.textChanged.connect(lambda _text: self._search_delay.start())

        self.theme_filter = QComboBox()
        self.theme_filter.setAccessibleName(self.tr("Filter by theme"))
        self.theme_filter.currentIndexChanged.connect(
            lambda _i: self._filter(self.model.set_theme, self.theme_filter.currentData())
        )
        self.series_filter = QComboBox()
        self.series_filter.setAccessibleName(self.tr("Filter by series"))
        self.series_filter.currentIndexChanged.connect(
            lambda _i: self._filter(self.model.set_series, self.series_filter.currentData())
        )
        self.status_filter = QComboBox()
        self.status_filter.setAccessibleName(self.tr("Filter by status"))
        self.status_filter.addItem(self.tr("All statuses"), None)
        for status in SessionStatus:
            self.status_filter.addItem(labels.status_name(status), status)
        self.status_filter.currentIndexChanged.connect(
            lambda _i: self._filter(self.model.set_status, self.status_filter.currentData())
        )

        self.table = SessionTable()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setShowGrid(False)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setModel(self.model.column_titles(self))
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(SessionListModel.TITLE, QHeaderView.ResizeMode.Stretch)
        # Fixed widths: measuring a thousand rows to fit would slow the start.
        for column, chars in ((1, 18), (2, 20), (3, 11), (4, 11), (5, 7)):
            header.resizeSection(column, self.fontMetrics().averageCharWidth() * chars + 16)
        header.setHighlightSections(False)
        self.table.doubleClicked.connect(lambda _index: self._emit_for_current(self.open_requested))
        self.table.activated.connect(lambda _index: self._emit_for_current(self.open_requested))
        # Centred by its style sheet: Qt.AlignmentFlag from Python would load Qt's namespace
        # (about 90 enums) on the way to the first paint.
        self.empty_note = QLabel(objectName="emptyNote", styleSheet=style_sheet(LIBRARY_STYLE))

        self.new_button = QPushButton(self.tr("New session"))
        self.new_button.clicked.connect(self.new_requested)
        self.open_button = QPushButton(self.tr("Open"))
        self.open_button.clicked.connect(lambda: self._emit_for_current(self.open_requested))
        self.duplicate_button = QPushButton(self.tr("Duplicate as new"))
        self.duplicate_button.clicked.connect(
            lambda: self._emit_for_current(self.duplicate_requested)
        )
        self.next_button = QPushButton(self.tr("Next in series"))
        self.next_button.setToolTip(
            self.tr("A new planned session in the same series, with its participants proposed")
        )
        self.next_button.clicked.connect(
            lambda: self._emit_for_current(self.next_in_series_requested)
        )
        self.series_button = QPushButton(self.tr("Set series…"))
        self.series_button.setToolTip(self.tr("Put the selected sessions in one series"))
        self.series_button.clicked.connect(self.set_series_of_selected)
        self.delete_button = QPushButton(self.tr("Delete…"))
        self.delete_button.clicked.connect(lambda: self._emit_for_current(self.delete_requested))
        self.table.delete_pressed.connect(lambda: self._emit_for_current(self.delete_requested))

        filters = QHBoxLayout()
        filters.addWidget(self.search, 3)
        filters.addWidget(self.theme_filter, 1)
        filters.addWidget(self.series_filter, 1)
        filters.addWidget(self.status_filter, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.new_button)
        buttons.addStretch(1)
        for button in (
            self.open_button, self.duplicate_button, self.next_button, self.series_button,
            self.delete_button,
        ):  # fmt: skip
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        title = QLabel(
            self.tr("Sessions"), objectName="pageTitle", styleSheet=style_sheet(LIBRARY_STYLE)
        )
        layout.addWidget(title)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty_note)
        layout.addLayout(buttons)

        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._update_buttons())
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self.model.modelReset.connect(self._update_buttons)
        self._show(sessions)

    def attach(self, workspace: Workspace, reread: bool = False) -> None:
        """Follow the workspace from now on; `reread` when the list shown may be out of date."""
        from PySide6.QtGui import QKeySequence, QShortcut

        from roundtable.edits import Aspect

        self.workspace = workspace
        # Here, after the first paint: the clear button looks up its icon, and QKeySequence
        # builds its 71 standard keys, about 16 ms together; neither is of use before.
        self.search.setClearButtonEnabled(True)
        QShortcut(QKeySequence.StandardKey.Find, self, self.search.setFocus)
        # Re-reading a thousand sessions on every captured item would slow capture: hidden,
        # the library only notes that it is out of date (SessionView re-reads when shown).
        self.follow(workspace, Aspect.LIBRARY)
        if reread:
            self.reload()
        if self.search.text().strip():
            self._apply_search()  # typed before the store was open

    def reload(self) -> None:
        if self.workspace is not None:
            self._show(self.workspace.list_sessions())

    def _show(self, sessions: list[SessionSummary]) -> None:
        current = self.current_session_id()
        self.model.set_sessions(sessions)
        theme = self.theme_filter.currentData()
        self.theme_filter.blockSignals(True)
        self.theme_filter.clear()
        self.theme_filter.addItem(self.tr("All themes"), None)
        for name in self.model.themes():
            self.theme_filter.addItem(name, name)
        found = self.theme_filter.findData(theme)
        self.theme_filter.setCurrentIndex(max(found, 0))
        self.theme_filter.blockSignals(False)
        self.model.set_theme(self.theme_filter.currentData())
        series = self.series_filter.currentData()
        self.series_filter.blockSignals(True)
        self.series_filter.clear()
        self.series_filter.addItem(self.tr("All series"), None)
        for name in self.model.series():
            self.series_filter.addItem(name, name)
        self.series_filter.setCurrentIndex(max(self.series_filter.findData(series), 0))
        self.series_filter.blockSignals(False)
        self.model.set_series(self.series_filter.currentData())
        empty = self.model.session_count() == 0
        if empty and self.welcome is None:
            self._add_welcome()
        if self.welcome is not None:
            self.welcome.setVisible(empty)
        self.select_session(current)
        self._update_buttons()
        self._fit_columns()

    def _add_welcome(self) -> None:
        self.welcome = QFrame(objectName="welcome", styleSheet=style_sheet(LIBRARY_STYLE))
        self.welcome.setFrameShape(QFrame.Shape.StyledPanel)
        welcome_text = QLabel(
            self.tr(
                "Welcome to Roundtable. Create a session with New session (Ctrl+N), add the "
                "participants, then run the three phases and type what is said: every line "
                "is saved the moment you press Enter."
            ),
            wordWrap=True,
        )
        self.sample_button = QPushButton(self.tr("Open the sample session"))
        self.sample_button.clicked.connect(self.sample_requested)
        row = QHBoxLayout(self.welcome)
        row.addWidget(welcome_text, 1)
        row.addWidget(self.sample_button)
        self.layout().insertWidget(1, self.welcome)  # under the page's title

    def _fit_columns(self) -> None:
        """Theme, host, date, status and count as wide as what they hold ("Skanderborg
        Kommune" whole), up to a cap that leaves the title, which stretches, the most room."""
        header = self.table.horizontalHeader()
        metrics = self.table.fontMetrics()
        cap = self.fontMetrics().averageCharWidth() * 32
        for column in range(1, self.model.columnCount()):
            wanted = header.sectionSizeHint(column)
            row = self.model.widest_in(column, metrics.horizontalAdvance)
            if row is not None:
                # Qt sizes only the widest text's cell, with the style's margins around it.
                cell = self.model.index(row, column)
                wanted = max(wanted, self.table.sizeHintForIndex(cell).width())
            header.resizeSection(column, min(wanted + 12, cap))

    def _apply_search(self) -> None:
        if self.workspace is None:
            return  # attach() searches
        text = self.search.text().strip()
        if not text:
            self._filter(self.model.set_matching, None)
        else:
            found = self.workspace.search(text)
            ids = {s.id for s in found.sessions} | {hit.session_id for hit in found.items}
            self._filter(self.model.set_matching, ids)
        self._update_buttons()

    def current_session_id(self) -> int | None:
        index = self.table.currentIndex()
        return index.data(SESSION_ID_ROLE) if index.isValid() else None

    def select_session(self, session_id: int | None) -> None:
        row = self.model.row_of(session_id) if session_id is not None else None
        if row is not None:
            self.table.setCurrentIndex(self.model.index(row, 0))
        elif self.model.rowCount():
            self.table.setCurrentIndex(self.model.index(0, 0))

    def _filter(self, set_filter: Callable[[Any], None], value: Any) -> None:
        """Filter the rows, keeping the current session current while it still shows."""
        current = self.current_session_id()
        set_filter(value)
        self.select_session(current)

    def selected_session_ids(self) -> list[int]:
        rows = self.table.selectionModel().selectedRows()
        return [index.data(SESSION_ID_ROLE) for index in rows]

    def shown_session_ids(self) -> list[int]:
        """The sessions the filters and search let through, as listed."""
        return [self.model.session_at(r).id for r in range(self.model.rowCount())]

    def series_shown(self) -> str | None:
        """The series the library is filtered on, if any."""
        return self.series_filter.currentData()

    def set_series_of_selected(self) -> None:
        ids = self.selected_session_ids() or [
            i for i in [self.current_session_id()] if i is not None
        ]
        if not ids or self.workspace is None:
            return
        from PySide6.QtWidgets import QInputDialog

        names = self.workspace.series_names()
        current = self.workspace.session(ids[0]).series
        name, ok = QInputDialog.getItem(
            self,
            self.tr("Set series"),
            self.tr("Series of the selected sessions (empty: none):"),
            [current, *[n for n in names if n != current]],
            0,
            True,
        )
        if ok:
            self.workspace.set_series(ids, name, self.tr("Set series"))

    def _emit_for_current(self, signal) -> None:
        session_id = self.current_session_id()
        if session_id is not None:
            signal.emit(session_id)

    def _update_buttons(self) -> None:
        has = self.current_session_id() is not None
        for button in (self.open_button, self.duplicate_button, self.delete_button):
            button.setEnabled(has)
        self.series_button.setEnabled(has or bool(self.selected_session_ids()))
        row = self.table.currentIndex().row()
        in_series = has and row >= 0 and bool(self.model.session_at(row).series)
        self.next_button.setEnabled(in_series)
        if self.model.session_count() == 0:
            self.empty_note.setText(self.tr("No sessions yet."))
        elif self.model.rowCount() == 0:
            self.empty_note.setText(self.tr("No session matches."))
        empty = self.model.rowCount() == 0
        self.empty_note.setVisible(empty)
