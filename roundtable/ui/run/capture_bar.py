"""The capture line: type, Enter, captured. Kind by Ctrl+1..3, speaker by name prefix."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QCompleter,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QToolButton,
    QWidget,
)

from roundtable.domain import rules
from roundtable.domain.model import ItemKind, Participant, Phase
from roundtable.domain.people import participants_matching
from roundtable.ui import labels
from roundtable.ui.shell import shortcuts


class CaptureBar(QWidget):
    # text, kind, speaker text as typed, category as typed
    captured = Signal(str, object, str, str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.phase = Phase.NARRATIVE
        self.kind_buttons: list[QToolButton] = []
        self.kind_group = QButtonGroup(self)
        self.kind_group.setExclusive(True)
        self.kinds_row = QHBoxLayout()
        self.kinds_row.setSpacing(2)
        for n in range(3):
            button = QToolButton(checkable=True, focusPolicy=Qt.FocusPolicy.NoFocus)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            self.kind_group.addButton(button, n)
            self.kind_buttons.append(button)
            self.kinds_row.addWidget(button)
        # A click chooses the kind as its key does: the line's prompt and the category follow.
        self.kind_group.idClicked.connect(self._kind_clicked)

        self.line = QLineEdit(objectName="captureLine")
        self.line.setAccessibleName(self.tr("Capture"))
        self.line.returnPressed.connect(self.capture)

        self.who = QLineEdit()
        self.who.setPlaceholderText(self.tr("Who (Ctrl+D)"))
        self.who.setAccessibleName(self.tr("Who said it"))
        # Named beside the field while typing: anyone a word of whose name or organisation
        # the text starts ("Dah": Ole Dahl). A note, not a popup: nothing takes the keys, and
        # Enter captures with the one person meant (domain.people.find_participant).
        self._people: list[Participant] = []
        self.who.returnPressed.connect(self.capture)
        self.who.textEdited.connect(self._offer_people)
        # Why the last capture has no speaker: next to the field, where the eyes are.
        self.who_note = QLabel(objectName="whoNote", wordWrap=True)
        self.who_note.hide()
        self._floor = ""  # the name of who has the floor: the default author

        self.category = QComboBox(editable=True)
        self.category.setAccessibleName(self.tr("Category"))
        self.category.lineEdit().setPlaceholderText(self.tr("Category (Ctrl+G)"))
        self.category.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.category.addItem("")
        self.category.addItems(list(labels.category_names().values()))
        self.category.setMinimumContentsLength(14)
        # The list as wide as its longest name ("Implementering og skalering"), wider than the box.
        view = self.category.view()
        view.setMinimumWidth(view.sizeHintForColumn(0) + 2 * view.frameWidth() + 8)
        self.category.lineEdit().returnPressed.connect(self.capture)
        # Completed in either language: a Danish session's prompts say "udbud" to an English
        # window, whose list says "Procurement".
        both = QCompleter(labels.category_names_in_both(), self.category)
        both.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        both.setCompletionMode(QCompleter.CompletionMode.InlineCompletion)
        self.category.setCompleter(both)

        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addLayout(self.kinds_row)
        # The line takes most of the row: at 1366 px a sentence typed must stay readable.
        row.addWidget(self.line, 8)
        row.addWidget(self.who, 2)
        row.addWidget(self.who_note, 2)
        row.addWidget(self.category, 2)
        self.setTabOrder(self.line, self.who)
        self.setTabOrder(self.who, self.category)

        window = Qt.ShortcutContext.WindowShortcut
        for n, keys in enumerate(shortcuts.KINDS.sequences()):
            QShortcut(keys, self, lambda n=n: self.set_kind_index(n), context=window)
        for shortcut, slot in (
            (shortcuts.WHO, self._focus_who),
            (shortcuts.CATEGORY, self._focus_category),
            (shortcuts.CAPTURE_LINE, self.line.setFocus),
        ):
            QShortcut(shortcut.sequences()[0], self, slot, context=window)
        self.who.installEventFilter(self)
        self.set_phase(Phase.NARRATIVE)

    def set_phase(self, phase: Phase) -> None:
        self.phase = phase
        for n, kind in enumerate(rules.KINDS_BY_PHASE[phase]):
            button = self.kind_buttons[n]
            button.setText(f"{labels.kind_name(kind)}")
            key = shortcuts.KINDS.sequences()[n].toString(QKeySequence.SequenceFormat.NativeText)
            button.setToolTip(f"{labels.kind_name(kind)} ({key})")
            button.setAccessibleName(labels.kind_name(kind))
        self.set_kind_index(0)

    def set_people(self, people: list[Participant]) -> None:
        self._people = list(people)

    def _offer_people(self, typed: str) -> None:
        offered = participants_matching(typed, self._people) if typed.strip() else []
        if not offered:
            self.who_note.hide()
            return
        shown = [f"{p.name} ({p.organisation})" if p.organisation else p.name for p in offered]
        self.who_note.setText(" · ".join(shown[:4]) + (" …" if len(shown) > 4 else ""))
        self.who_note.show()

    def kind(self) -> ItemKind:
        return rules.KINDS_BY_PHASE[self.phase][max(0, self.kind_group.checkedId())]

    def set_kind_index(self, n: int) -> None:
        self.kind_buttons[n].setChecked(True)
        takes_category = self.kind() in rules.CATEGORY_KINDS
        self.category.setVisible(takes_category)
        kind = labels.kind_name(self.kind())
        self.line.setPlaceholderText(self.tr("%s: type and press Enter") % kind)

    def choose_kind(self, kind: str) -> None:
        """Capture as `kind` (an ItemKind's value) when the phase has it."""
        kinds = [str(k) for k in rules.KINDS_BY_PHASE[self.phase]]
        if kind in kinds:
            self.set_kind_index(kinds.index(kind))

    def _kind_clicked(self, n: int) -> None:
        self.set_kind_index(n)
        self.line.setFocus()

    def _focus_who(self) -> None:
        # Selected, so that the letters typed next replace who has the floor.
        self.who.setFocus()
        self.who.selectAll()

    def _focus_category(self) -> None:
        if self.category.isVisible():
            self.category.setFocus()
            self.category.lineEdit().selectAll()

    def capture(self) -> None:
        text = self.line.text().strip()
        if text:
            category = self.category.currentText() if self.category.isVisible() else ""
            self.captured.emit(text, self.kind(), self.who.text(), category)
        self.line.setFocus()

    def set_floor(self, name: str) -> None:
        """Who has the floor ("" for nobody): the Who field shows them as the author of what
        is captured next, unless another name was typed there."""
        if self.who.text().strip() in ("", self._floor):
            self.who.setText(name)
        self._floor = name

    def say_about_who(self, text: str) -> None:
        self.who_note.setText(text)
        self.who_note.show()

    def clear_after_capture(self, keep_who: bool = False) -> None:
        # setText resets each line's own undo history, so Ctrl+Z now undoes the capture.
        self.line.setText("")
        if not keep_who:
            self.who_note.hide()
            self.who.setText(self._floor)  # Ctrl+D overrides the floor for one item only
        self.category.setCurrentIndex(0)
        self.category.setEditText("")
        self.line.setFocus()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.who
            and event.type() == QEvent.Type.KeyPress
            and event.key() == Qt.Key.Key_Escape
        ):
            self.who.setText(self._floor)  # the override goes; who has the floor stays
            self.who_note.hide()
            self.line.setFocus()
            return True
        return super().eventFilter(watched, event)
