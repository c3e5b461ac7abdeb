"""Setting a session up: its details, timeboxes and participants.

Each text is stored as it is typed (lists and boxes when they change) as one
undoable edit; there is nothing to save.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QStringListModel, Qt, Signal
from PySide6.QtGui import QGuiApplication, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QCompleter,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from roundtable.domain import rules
from roundtable.domain.model import Language, Participant, Sector, SessionStatus
from roundtable.domain.recipients import recipients_line
from roundtable.domain.sectors import likely_sector
from roundtable.edits import Aspect
from roundtable.errors import RoundtableError
from roundtable.ui import labels
from roundtable.ui.date_field import DateField
from roundtable.ui.session_view import SessionView
from roundtable.ui.setup.participants_model import (
    PARTICIPANT_ID_ROLE,
    ParticipantsModel,
    SectorDelegate,
    parse_pasted_participants,
)
from roundtable.ui.setup.start_field import StartField
from roundtable.ui.typed_text import TypedText, flush_typing
from roundtable.ui.workspace import Workspace


class SetupPage(SessionView, QWidget):
    run_requested = Signal()
    message = Signal(str)

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace

        self.title = QLineEdit()
        self.theme = QLineEdit()
        # A series completes from the names already used: one typo would split a series.
        self.series = QLineEdit(placeholderText=self.tr("Sessions held on one theme or programme"))
        self.series_names = QStringListModel(self)
        self.series.setCompleter(QCompleter(self.series_names, self.series))
        self.series.completer().setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.host = QLineEdit()
        self.venue = QLineEdit()
        self.facilitator = QLineEdit()
        # What the minutes' first page says beyond the details above.
        self.purpose = QLineEdit(placeholderText=self.tr("Why the session is held, and for whom"))
        self.minute_taker = QLineEdit()
        # One line, recipients apart by semicolons: a recipient often holds a comma
        # ("Ældreudvalget, Nordhavn Kommune"), and a file may put each on a line of its own.
        self.distribution = QLineEdit(
            placeholderText=self.tr("Names or groups, separated by semicolons")
        )
        self.next_meeting = DateField()  # typed ("+14d", "12/12") or picked; empty: not set
        self.next_meeting.refused.connect(self.message)
        self.starts_at = StartField()
        self.language = QComboBox()
        for language in Language:
            self.language.addItem(labels.language_name(language), language)
        self.chatham_house = QCheckBox(
            self.tr("Chatham House Rule: the minutes name no one, only sectors")
        )
        self.planned = {}
        for phase in rules.PHASE_ORDER:
            box = QSpinBox(minimum=rules.MINUTES_MIN, maximum=rules.MINUTES_MAX)
            box.setSuffix(self.tr(" min"))
            box.setAccessibleName(self.tr("Planned minutes: %s") % labels.phase_name(phase))
            box.editingFinished.connect(lambda p=phase, b=box: self._store_minutes(p, b.value()))
            self.planned[phase] = box

        texts = {
            "title": self.title,
            "theme": self.theme,
            "series": self.series,
            "host": self.host,
            "venue": self.venue,
            "facilitator": self.facilitator,
            "purpose": self.purpose,
            "minute_taker": self.minute_taker,
            "distribution": self.distribution,
        }
        self.typing = {
            name: TypedText(edit, lambda value, n=name: self._store_text(n, value))
            for name, edit in texts.items()
        }
        for typed in self.typing.values():
            typed.left.connect(self.reload)  # a refused value gives way to the stored one
        self.starts_at.committed.connect(lambda start: self._store(starts_at=start))
        self.starts_at.refused.connect(self.message)
        self.next_meeting.committed.connect(lambda day: self._store(next_meeting=day))
        self.language.activated.connect(
            lambda _i: self._store(language=self.language.currentData())
        )
        self.chatham_house.toggled.connect(lambda on: self._store(chatham_house=on))

        # Two columns: at 1366×768 one column of thirteen rows left the participants' table
        # two rows and a half.
        details = QGroupBox(self.tr("Session"))
        meeting, minutes = QFormLayout(), QFormLayout()
        meeting.addRow(self.tr("&Title"), self.title)
        meeting.addRow(self.tr("T&heme"), self.theme)
        meeting.addRow(self.tr("Serie&s"), self.series)
        meeting.addRow(self.tr("Host &municipality"), self.host)
        meeting.addRow(self.tr("&Venue"), self.venue)
        meeting.addRow(self.tr("&Date and time"), self.starts_at)
        minutes.addRow(self.tr("&Facilitator"), self.facilitator)
        minutes.addRow(self.tr("&Purpose"), self.purpose)
        minutes.addRow(self.tr("Minute-ta&ker"), self.minute_taker)
        minutes.addRow(self.tr("Dist&ribution"), self.distribution)
        minutes.addRow(self.tr("&Next meeting"), self.next_meeting)
        minutes.addRow(self.tr("Minutes &language"), self.language)
        columns = QHBoxLayout()
        columns.addLayout(meeting, 1)
        columns.addSpacing(16)
        columns.addLayout(minutes, 1)
        form = QFormLayout()
        form.addRow("", self.chatham_house)
        timeboxes = QHBoxLayout()
        for phase, box in self.planned.items():
            timeboxes.addWidget(QLabel(labels.phase_name(phase)))
            timeboxes.addWidget(box)
        timeboxes.addStretch(1)
        form.addRow(self.tr("Timeboxes"), timeboxes)
        stacked = QVBoxLayout(details)
        stacked.addLayout(columns)
        stacked.addLayout(form)

        # Quick entry: Tab through the four fields, Enter adds and starts the next row.
        self.new_name = QLineEdit(placeholderText=self.tr("Name"))
        self.new_name.setAccessibleName(self.tr("New participant's name"))
        self.new_organisation = QLineEdit(placeholderText=self.tr("Organisation"))
        self.new_organisation.setAccessibleName(self.tr("New participant's organisation"))
        self.new_role = QLineEdit(placeholderText=self.tr("Role"))
        self.new_role.setAccessibleName(self.tr("New participant's role"))
        self.new_sector = QComboBox()
        self.new_sector.setAccessibleName(self.tr("New participant's sector"))
        for sector in Sector:
            self.new_sector.addItem(labels.sector_name(sector), sector)
        self.add_button = QPushButton(self.tr("Add"))
        self.add_button.clicked.connect(self.add_participant_from_entry)
        for edit in (self.new_name, self.new_organisation, self.new_role):
            edit.returnPressed.connect(self.add_participant_from_entry)
        # The organisation's name chooses the sector when it says it ("… ApS", "… Kommune"),
        # unless the facilitator chose one for this row: a sector left over from the row
        # before put a company among the municipal participants, and the minutes with it.
        self._sector_chosen = False
        self.new_sector.activated.connect(lambda _i: setattr(self, "_sector_chosen", True))
        self.new_organisation.editingFinished.connect(self._suggest_sector)
        self.new_sector.installEventFilter(self)
        self.new_name.installEventFilter(self)
        self.paste_button = QPushButton(self.tr("Paste from spreadsheet"))
        self.paste_button.setToolTip(
            self.tr("Lines of name, organisation, role and sector, separated by tabs")
        )
        self.paste_button.clicked.connect(self.paste_participants)

        self.participants = ParticipantsModel(workspace, self)
        self.participants.edit_refused.connect(self.message)
        self.table = QTableView()
        self.table.setModel(self.participants)
        self.table.setItemDelegateForColumn(3, SectorDelegate(self.table))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        self.table.setAlternatingRowColors(True)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.setAccessibleName(self.tr("Participants"))
        QShortcut(
            QKeySequence(Qt.Key.Key_Delete),
            self.table,
            self.delete_selected_participants,
            context=Qt.ShortcutContext.WidgetShortcut,
        )
        QShortcut(
            QKeySequence.StandardKey.Paste,
            self.table,
            self.paste_participants,
            context=Qt.ShortcutContext.WidgetShortcut,
        )
        self.remove_button = QPushButton(self.tr("Remove"))
        self.remove_button.clicked.connect(self.delete_selected_participants)
        self.count_label = QLabel()
        self.participants.modelReset.connect(self._count)

        people = QGroupBox(self.tr("Participants"))
        entry = QHBoxLayout()
        entry.addWidget(self.new_name, 2)
        entry.addWidget(self.new_organisation, 2)
        entry.addWidget(self.new_role, 2)
        entry.addWidget(self.new_sector, 1)
        entry.addWidget(self.add_button)
        below = QHBoxLayout()
        below.addWidget(self.count_label)
        below.addStretch(1)
        below.addWidget(self.paste_button)
        below.addWidget(self.remove_button)
        people_layout = QVBoxLayout(people)
        people_layout.addLayout(entry)
        people_layout.addWidget(self.table, 1)
        people_layout.addLayout(below)

        self.run_button = QPushButton(self.tr("Run the session →"))
        self.run_button.setDefault(False)
        self.run_button.clicked.connect(self.run_requested)
        bottom = QHBoxLayout()
        bottom.addStretch(1)
        bottom.addWidget(self.run_button)

        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Set up"), objectName="pageTitle"))
        layout.addWidget(details)
        layout.addWidget(people, 1)
        layout.addLayout(bottom)
        self.follow(workspace, Aspect.SESSION)

    # -- showing ----------------------------------------------------------------------

    def focus_first_field(self) -> None:
        """The title before the meeting; once it runs, the new participant's name: set-up
        opened mid-meeting is nearly always for someone who came late, and a name typed
        at once went into the title."""
        running = self.session_id is not None and (
            self.workspace.session(self.session_id).status is SessionStatus.RUNNING
        )
        (self.new_name if running else self.title).setFocus()

    def set_session(self, session_id: int | None) -> None:
        flush_typing(self)  # into the session it was typed for
        self.participants.set_session(session_id)
        super().set_session(session_id)

    def reload(self) -> None:
        if self.session_id is None:
            return
        session = self.workspace.session(self.session_id)
        shown_recipients = recipients_line(session.distribution)
        self.series_names.setStringList(self.workspace.series_names())
        for name, typed in self.typing.items():
            typed.show(getattr(session, name) if name != "distribution" else shown_recipients)
        self.starts_at.set_value(session.starts_at)
        self.next_meeting.set_date(session.next_meeting)
        starts = session.starts_at
        self.next_meeting.calendar_start = None if starts is None else starts.date()
        self.language.setCurrentIndex(self.language.findData(session.language))
        self.chatham_house.blockSignals(True)
        self.chatham_house.setChecked(session.chatham_house)
        self.chatham_house.blockSignals(False)
        for plan in self.workspace.phases(self.session_id):
            self.planned[plan.phase].setValue(plan.planned_minutes)
        # A completed session is looked through, not run again.
        done = session.status is SessionStatus.COMPLETED
        self.run_button.setText(
            self.tr("Look through the session →") if done else self.tr("Run the session →")
        )

    def _count(self) -> None:
        n = self.participants.rowCount()
        self.count_label.setText(self.tr("%n participant(s)", "", n))

    # -- storing ----------------------------------------------------------------------

    def _store(self, **changes) -> bool:
        if self.session_id is None:
            return False
        try:
            self.workspace.update_session(self.session_id, self.tr("Edit session"), **changes)
        except RoundtableError as exc:
            self.message.emit(str(exc))
            self.reload()  # show what is stored, not the refused value
            return False
        return True

    def _store_text(self, name: str, value: str) -> None:
        if self.session_id is None:
            return
        if name == "distribution" and value.strip() == recipients_line(
            self.workspace.session(self.session_id).distribution
        ):
            return  # as shown: its lines are kept, and leaving the field is no edit
        try:
            self.workspace.update_session(
                self.session_id, self.tr("Edit session"), **{name: value.strip()}
            )
        except RoundtableError as exc:
            # Said, but the typing stays: taking it away mid-word would lose more.
            self.message.emit(str(exc))

    def _store_minutes(self, phase, minutes: int) -> None:
        if self.session_id is not None:
            self.workspace.set_planned_minutes(
                self.session_id, phase, minutes, self.tr("Change timebox")
            )

    # -- participants -----------------------------------------------------------------

    def _suggest_sector(self) -> None:
        if self.session_id is None or self._sector_chosen:
            return
        known = {
            p.organisation.casefold(): p.sector
            for p in self.workspace.participants(self.session_id)
            if p.organisation.strip()
        }
        sector = likely_sector(self.new_organisation.text(), known)
        if sector is not None:
            self.new_sector.setCurrentIndex(self.new_sector.findData(sector))

    def add_participant_from_entry(self) -> None:
        if self.session_id is None:
            return
        self._suggest_sector()  # Enter in the organisation adds before the field is left
        person = Participant(
            name=self.new_name.text().strip(),
            organisation=self.new_organisation.text().strip(),
            role=self.new_role.text().strip(),
            sector=self.new_sector.currentData(),
        )
        if not person.name:
            self.message.emit(self.tr("A participant needs a name."))
            self.new_name.setFocus()
            return
        try:
            self.workspace.add_participants(self.session_id, [person], self.tr("Add participant"))
        except RoundtableError as exc:
            self.message.emit(str(exc))
            return
        for edit in (self.new_name, self.new_organisation, self.new_role):
            edit.clear()
        self._sector_chosen = False
        self.table.scrollToBottom()  # the one just added, in sight
        self.new_name.setFocus()  # the sector stays: people often come in sector groups

    def paste_participants(self, text: str | None = None) -> int:
        """Add the participants in `text` (default: the clipboard); returns how many."""
        if self.session_id is None:
            return 0
        if not isinstance(text, str):
            text = QGuiApplication.clipboard().text()
        people = parse_pasted_participants(text)
        if not people:
            self.message.emit(self.tr("The clipboard holds no participants."))
            return 0
        try:
            self.workspace.add_participants(
                self.session_id, people, self.tr("Paste %n participant(s)", "", len(people))
            )
        except RoundtableError as exc:
            self.message.emit(str(exc))
            return 0
        self.message.emit(self.tr("Added %n participant(s).", "", len(people)))
        return len(people)

    def delete_selected_participants(self) -> None:
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        if not rows and self.table.currentIndex().isValid():
            rows = [self.table.currentIndex().row()]
        ids = [self.participants.index(r, 0).data(PARTICIPANT_ID_ROLE) for r in rows]
        if not ids:
            return
        self.workspace.undo_stack.beginMacro(self.tr("Remove participants"))
        try:
            for participant_id in ids:
                self.workspace.delete_participant(participant_id, self.tr("Remove participant"))
        finally:
            self.workspace.undo_stack.endMacro()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress:
            if watched is self.new_sector and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.add_participant_from_entry()
                return True
            if watched is self.new_name and event.matches(QKeySequence.StandardKey.Paste):
                text = QGuiApplication.clipboard().text()
                if "\t" in text or "\n" in text.strip():
                    self.paste_participants(text)
                    return True
        return super().eventFilter(watched, event)
