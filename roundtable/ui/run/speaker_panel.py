"""The speaker queue: who speaks now and for how long, who waits, and who has spoken most.

Hands are raised by typing a name's first letters and Enter, or by Enter on a person in the
roster. "Next speaker" ends the running turn and gives the word to the first in the queue;
with the balance option on, the queue puts first those whose sector has spoken least.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QStringListModel, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QCompleter,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from roundtable.domain.model import Participant, SpeakingTurn
from roundtable.domain.people import find_participant
from roundtable.domain.speakers import balanced_queue, current_turn, talk_so_far
from roundtable.domain.timebox import Timebox, TimeboxState
from roundtable.edits import Aspect
from roundtable.errors import RoundtableError
from roundtable.ui.run.speaker_lists import QueueList, rows_high
from roundtable.ui.run.talk_time import (
    PARTICIPANT_ID_ROLE,
    SectorBar,
    TalkDelegate,
    TalkModel,
    clock_text,
)
from roundtable.ui.session_view import SessionView
from roundtable.ui.workspace import Workspace


class SpeakerPanel(SessionView, QWidget):
    message = Signal(str)
    preferences_changed = Signal()
    focus_left = Signal()  # Esc in the hand line: back to where the facilitator captures

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.people: list[Participant] = []
        self.turns: list[SpeakingTurn] = []
        self.hands: list[int] = []
        self._order: list[int] = []
        self._timebox = Timebox(0, clock=lambda: workspace.clock())
        self.read_only = False

        self.current = QLabel(objectName="currentSpeaker")
        self.current.setAccessibleName(self.tr("Speaking now"))
        self.turn_time = QLabel(objectName="turnTimer")
        self.turn_time.setAccessibleName(self.tr("Length of this turn"))
        self.next_button = QPushButton(self.tr("Next speaker"))
        self.next_button.setToolTip(self.tr("End this turn and give the word to the next (F9)"))
        self.next_button.clicked.connect(self.next_speaker)
        self.end_button = QPushButton(self.tr("End turn"))
        self.end_button.setToolTip(self.tr("End this turn without a next speaker (Shift+F9)"))
        self.end_button.clicked.connect(self.end_turn)
        for button in (self.next_button, self.end_button):
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the capture line keeps the focus

        self.queue_view = QueueList()
        self.queue_view.setAccessibleName(self.tr("Speaker queue"))
        self.queue_view.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.queue_view.lower_requested.connect(self.lower_hand)
        self.queue_view.move_requested.connect(self.move_hand)
        self.queue_view.speak_requested.connect(self.give_word)
        self.queue_view.dropped.connect(self._queue_dropped)
        self.queue_note = QLabel(objectName="queueNote", wordWrap=True)

        self.hand_line = QLineEdit()
        self.hand_line.setPlaceholderText(self.tr("Raise a hand: a name, Enter (Ctrl+H)"))
        self.hand_line.setAccessibleName(self.tr("Raise a hand for"))
        self.names = QStringListModel(self)
        completer = QCompleter(self.names, self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setCompletionMode(QCompleter.CompletionMode.InlineCompletion)
        self.hand_line.setCompleter(completer)
        self.hand_line.returnPressed.connect(self._raise_typed)
        self.hand_line.installEventFilter(self)

        self.balance = QCheckBox(self.tr("Balance sectors"))
        self.balance.setToolTip(self.tr("Put first those whose sector has spoken least so far"))
        self.balance.toggled.connect(self._preferences_edited)
        self.turn_limit = QSpinBox(minimum=0, maximum=30)
        self.turn_limit.setSpecialValueText(self.tr("No limit"))
        self.turn_limit.setSuffix(self.tr(" min per turn"))
        self.turn_limit.setAccessibleName(self.tr("Timebox per speaking turn"))
        self.turn_limit.valueChanged.connect(self._preferences_edited)

        self.sectors = SectorBar()
        self.talk_model = TalkModel(self)
        self.roster = QListView()
        self.roster.setModel(self.talk_model)
        self.roster.setItemDelegate(TalkDelegate(self.roster))
        self.roster.setAccessibleName(self.tr("Talk time by person; Enter raises a hand"))
        self.roster.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.roster.activated.connect(
            lambda index: self.raise_hand(index.data(PARTICIPANT_ID_ROLE))
        )

        # A column: who speaks, the buttons, the hand line, then the queue over the talk
        # time, each list with the rows it needs to be read at a glance.
        self.current.setWordWrap(True)
        now_row = QHBoxLayout()
        now_row.addWidget(self.current, 1)
        now_row.addWidget(self.turn_time, 0, Qt.AlignmentFlag.AlignTop)
        buttons = QHBoxLayout()
        buttons.addWidget(self.next_button)
        buttons.addWidget(self.end_button)
        buttons.addStretch(1)
        options = QHBoxLayout()
        options.addWidget(self.balance)
        options.addStretch(1)
        options.addWidget(self.turn_limit)
        self.queue_view.setMinimumHeight(rows_high(self.queue_view, 3))
        self.roster.setMinimumHeight(rows_high(self.roster, 4))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 0, 0, 0)
        layout.addLayout(now_row)
        layout.addLayout(buttons)
        layout.addWidget(self.hand_line)
        layout.addWidget(QLabel(self.tr("Queue"), objectName="columnTitle"))
        layout.addWidget(self.queue_view, 2)
        layout.addWidget(self.queue_note)
        layout.addWidget(QLabel(self.tr("Talk time"), objectName="columnTitle"))
        layout.addWidget(self.roster, 3)
        layout.addWidget(self.sectors)
        layout.addLayout(options)

        self.follow(workspace, Aspect.TURNS, Aspect.QUEUE, Aspect.PARTICIPANTS)
        self._tick = QTimer(self, interval=500)
        self._tick.timeout.connect(self._tick_while_speaking)
        self._tick.start()

    # -- preferences (kept by the main window) ----------------------------------------

    def preferences(self) -> tuple[bool, int]:
        return self.balance.isChecked(), self.turn_limit.value()

    def set_preferences(self, balance: bool, turn_minutes: int) -> None:
        self.balance.setChecked(balance)
        self.turn_limit.setValue(turn_minutes)

    def _preferences_edited(self) -> None:
        # With the balance on, the order is computed: dragging would only be undone.
        self.queue_view.setDragDropMode(
            QAbstractItemView.DragDropMode.NoDragDrop
            if self.balance.isChecked()
            else QAbstractItemView.DragDropMode.InternalMove
        )
        self.preferences_changed.emit()
        self.refresh()

    def set_read_only(self, read_only: bool) -> None:
        """A completed session shows its talk time; its turns are no longer changed."""
        self.read_only = read_only
        for widget in (self.hand_line, self.queue_view, self.balance, self.turn_limit):
            widget.setEnabled(not read_only)
        self.refresh()

    # -- reading ----------------------------------------------------------------------

    def reload(self) -> None:
        if self.session_id is None:
            self.people, self.turns, self.hands = [], [], []
        else:
            self.people = self.workspace.participants(self.session_id)
            self.turns = self.workspace.speaking_turns(self.session_id)
            self.hands = self.workspace.raised_hands(self.session_id)
        self.names.setStringList([p.name for p in self.people])
        self.refresh()

    def _tick_while_speaking(self) -> None:
        # Only a running turn makes time change what is shown; the rest changes by signal.
        if current_turn(self.turns) is not None and self.isVisible():
            self.refresh()

    def queue(self) -> list[int]:
        """The waiting participants in the order they will get the word."""
        if self.balance.isChecked():
            return balanced_queue(self.hands, self.people, self.turns, self.workspace.clock())
        return list(self.hands)

    def refresh(self) -> None:
        """Re-show what time changes: the running turn, the balance order, the bars."""
        now = self.workspace.clock()
        by_id = {p.id: p for p in self.people}
        running = current_turn(self.turns)
        speaker = by_id.get(running.by_id) if running is not None else None
        if speaker is None:
            self.current.setText(self.tr("Speaking: no one"))
            self.turn_time.setText("")
            state = TimeboxState.IDLE
        else:
            self.current.setText(self.tr("Speaking: %s") % speaker.name)
            box = self._timebox
            box.started_at, box.planned_minutes = running.started_at, self.turn_limit.value()
            text = clock_text(box.elapsed())
            state = TimeboxState.RUNNING
            if box.planned_minutes:
                text += f" / {box.planned_minutes}:00"
                state = box.state()
            self.turn_time.setText(text)
        if self.turn_time.property("state") != str(state):
            self.turn_time.setProperty("state", str(state))
            self.turn_time.style().unpolish(self.turn_time)
            self.turn_time.style().polish(self.turn_time)
        self.end_button.setEnabled(running is not None and not self.read_only)
        self.next_button.setEnabled(
            (running is not None or bool(self.hands)) and not self.read_only
        )

        order = self.queue()
        if order != self._order or self.queue_view.count() != len(order):
            self._show_queue(order, by_id)
        balanced = self.balance.isChecked()
        if not order:
            self.queue_note.setText(self.tr("No hands raised."))
        elif balanced:
            self.queue_note.setText(self.tr("Quietest sector first."))
        else:
            # True after a reorder too: the order of hands is only where the queue starts.
            self.queue_note.setText(self.tr("Next at the top; Alt+Up/Down or drag to reorder."))

        talk = talk_so_far(self.people, self.turns, now)
        self.sectors.show_talk(talk)
        self.talk_model.show(self.people, talk)

    def _show_queue(self, order: list[int], by_id: dict[int, Participant]) -> None:
        chosen = self.queue_view.currentItem()
        chosen_id = None if chosen is None else chosen.data(Qt.ItemDataRole.UserRole)
        self._order = order
        self.queue_view.clear()
        for place, participant_id in enumerate(order, start=1):
            person = by_id.get(participant_id)
            if person is None:
                continue
            row = QListWidgetItem(f"{place}. {person.name}")
            row.setData(Qt.ItemDataRole.UserRole, participant_id)
            if person.organisation:
                row.setToolTip(person.organisation)
            self.queue_view.addItem(row)
            if participant_id == chosen_id:
                self.queue_view.setCurrentItem(row)

    # -- actions ----------------------------------------------------------------------

    def _refused(self) -> bool:
        """True, and says why, when nothing about the speakers may change now."""
        if self.read_only:
            self.message.emit(
                self.tr("The session is completed: its speaking turns stay as they were.")
            )
        return self.session_id is None or self.read_only

    def _try(self, change) -> bool:
        if self._refused():
            return False
        try:
            change()
        except RoundtableError as exc:
            self.message.emit(str(exc))
            return False
        return True

    def _name(self, participant_id: int) -> str:
        return next((p.name for p in self.people if p.id == participant_id), "?")

    def raise_hand(self, participant_id: int) -> None:
        if participant_id in self.hands:
            self.message.emit(self.tr("%s is already in the queue.") % self._name(participant_id))
            return
        self._try(
            lambda: self.workspace.set_queue(
                self.session_id,
                [*self.hands, participant_id],
                self.tr("Raise a hand for %s") % self._name(participant_id),
            )
        )

    def _raise_typed(self) -> None:
        typed = self.hand_line.text().strip()
        if not typed:
            return
        person = find_participant(typed, self.people)
        if person is None:
            self.message.emit(self.tr("No single participant matches “%s”.") % typed)
            return  # the typed text stays, to be finished
        self.raise_hand(person.id)
        self.hand_line.clear()
        self.focus_left.emit()  # the next note goes to the capture line, not here

    def lower_hand(self, participant_id: int) -> None:
        self._try(
            lambda: self.workspace.set_queue(
                self.session_id,
                [p for p in self.hands if p != participant_id],
                self.tr("Lower the hand of %s") % self._name(participant_id),
            )
        )

    def move_hand(self, participant_id: int, step: int) -> None:
        if self.balance.isChecked():
            self.message.emit(self.tr("Switch off the balance to order the queue by hand."))
            return
        hands = list(self.hands)
        at = hands.index(participant_id)
        to = max(0, min(len(hands) - 1, at + step))
        hands.insert(to, hands.pop(at))
        self._try(
            lambda: self.workspace.set_queue(self.session_id, hands, self.tr("Reorder queue"))
        )

    def _queue_dropped(self) -> None:
        order = [
            self.queue_view.item(row).data(Qt.ItemDataRole.UserRole)
            for row in range(self.queue_view.count())
        ]
        if sorted(order) == sorted(self.hands):
            self._try(
                lambda: self.workspace.set_queue(self.session_id, order, self.tr("Reorder queue"))
            )
        self._order = []  # re-show with fresh numbers
        self.refresh()

    def give_word(self, participant_id: int) -> None:
        self._try(
            lambda: self.workspace.next_speaker(
                self.session_id,
                participant_id,
                self.tr("Give the word to %s") % self._name(participant_id),
            )
        )

    def start_raising(self) -> None:
        """Ctrl+H: to the line where a name's first letters raise a hand."""
        if not self._refused():
            self.hand_line.setFocus()

    def next_speaker(self) -> None:
        if self._refused():
            return
        order = self.queue()
        if order:
            self.give_word(order[0])
        elif current_turn(self.turns) is not None:
            self.end_turn()
            self.message.emit(self.tr("The turn ended; no hands are raised."))
        else:  # F9 that did nothing looked broken
            self.message.emit(self.tr("No hands are raised: Ctrl+H raises one."))
        self.focus_left.emit()

    def end_turn(self) -> None:
        if self._refused() or current_turn(self.turns) is None:
            return
        self._try(
            lambda: self.workspace.next_speaker(self.session_id, None, self.tr("End speaking turn"))
        )

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.hand_line
            and event.type() == QEvent.Type.KeyPress
            and event.key() == Qt.Key.Key_Escape
        ):
            self.hand_line.clear()
            self.focus_left.emit()
            return True
        return super().eventFilter(watched, event)
