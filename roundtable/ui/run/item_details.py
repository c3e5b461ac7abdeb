"""The selected item's fields: who, category, and for ideas and actions all the rest.

Each field stores itself when it changes (text as it is typed) as one undoable edit.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QSpinBox,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from roundtable.domain import rules
from roundtable.domain.model import IdeaStatus, Item, ItemKind, Participant
from roundtable.edits import SetStanding
from roundtable.errors import RoundtableError
from roundtable.ui import labels
from roundtable.ui.date_field import DateField
from roundtable.ui.run.builds_on_label import BuildsOnLabel
from roundtable.ui.typed_text import TypedText, flush_typing
from roundtable.ui.workspace import Workspace


class ItemDetails(QWidget):
    message = Signal(str)

    def __init__(self, workspace: Workspace, parent=None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.item: Item | None = None
        self._loading = False
        self._read_only = False  # a completed session: its items are read, not changed

        self.heading = QLabel(objectName="detailsHeading")
        self.text = QPlainTextEdit()
        self.text.setTabChangesFocus(True)
        self.text.setAccessibleName(self.tr("Text"))
        self.title = QLineEdit()
        self.next_step = QLineEdit()
        self.typing = {
            field: TypedText(editor, lambda value, f=field: self._store_text(f, value))
            for field, editor in (
                ("text", self.text),
                ("title", self.title),
                ("next_step", self.next_step),
            )
        }
        self.by = QComboBox()
        self._store_on_pick(self.by, self.tr("Change speaker"), "by_id")
        self.category = QComboBox(editable=True)
        self.category.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.category.addItem("")
        self.category.addItems(list(labels.category_names().values()))
        self.category.lineEdit().editingFinished.connect(self._store_category)
        self.category.activated.connect(lambda _i: self._store_category())

        self.votes = QSpinBox(minimum=0, maximum=999_999)
        self.votes.setAccessibleName(self.tr("Votes"))
        self.votes.valueChanged.connect(lambda v: self._store(self.tr("Vote"), votes=v))
        minus = QToolButton(text="−", autoRaise=True)
        minus.setAccessibleName(self.tr("One vote less"))
        minus.clicked.connect(lambda: self.votes.setValue(self.votes.value() - 1))
        plus = QToolButton(text="+", autoRaise=True)
        plus.setAccessibleName(self.tr("One vote more"))
        plus.clicked.connect(lambda: self.votes.setValue(self.votes.value() + 1))
        self._vote_buttons = (minus, plus)
        votes_row = QHBoxLayout()
        votes_row.addWidget(minus)
        votes_row.addWidget(self.votes, 1)
        votes_row.addWidget(plus)
        self.impact = self._score_box(self.tr("Impact"), "impact")
        self.effort = self._score_box(self.tr("Effort"), "effort")
        self.addresses = QListWidget()
        self.addresses.setAccessibleName(self.tr("Barriers this idea answers"))
        self.addresses.itemChanged.connect(self._store_addresses)
        # A participant, or anyone outside the table typed as text (an organisation, a team).
        self.owner = QComboBox(editable=True)
        self.owner.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.owner.lineEdit().setPlaceholderText(self.tr("A participant or anyone else"))
        self.owner.activated.connect(lambda _i: self._store_owner())
        self.owner.lineEdit().editingFinished.connect(self._store_owner)
        self.status = QComboBox()
        for status in IdeaStatus:
            self.status.addItem(labels.idea_status_name(status), status)
        self._store_on_pick(self.status, self.tr("Change status"), "status")
        self.due = DateField()
        self.due.setAccessibleName(self.tr("Due"))
        self.due.committed.connect(lambda due: self._store(self.tr("Change due date"), due=due))
        self.due.refused.connect(self.message)
        self.standing = QCheckBox(self.tr("Standing item: carried into the next in series"))
        self.standing.toggled.connect(self._store_standing)
        self.links = BuildsOnLabel(workspace)
        self.links.message.connect(self.message)

        # A compact form: the text keeps to a few lines (it scrolls inside), so an idea's
        # owner, next step and status stay in view and the barrier checklist gets the rest.
        lines = self.text.fontMetrics().lineSpacing()
        self.text.setMaximumHeight(5 * lines + 12)
        self.text.setMinimumHeight(2 * lines + 12)
        self.addresses.setMinimumHeight(3 * (lines + 4) + 6)
        self.addresses.setWordWrap(True)  # a barrier is a sentence: read whole, not scrolled to
        self.addresses.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self._column = QVBoxLayout(self)
        self._column.setContentsMargins(6, 0, 6, 0)
        self.form = QFormLayout()
        self._column.addLayout(self.form)
        self._column.addStretch(1)  # short forms keep to the top (see _fill)
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.form.addRow(self.heading)
        self.form.addRow(self.links)  # under the heading: the link is read before the fields
        self._rows: dict[QWidget, int] = {}
        for label, widget, field in (
            (self.tr("Title"), self.title, self.title),
            (self.tr("Text"), self.text, self.text),
            (self.tr("Who"), self.by, self.by),
            (self.tr("Category"), self.category, self.category),
            (self.tr("Votes"), votes_row, self.votes),
            (self.tr("Impact (1–5)"), self.impact, self.impact),
            (self.tr("Effort (1–5)"), self.effort, self.effort),
            (self.tr("Answers barriers"), self.addresses, self.addresses),
            (self.tr("Owner"), self.owner, self.owner),
            (self.tr("Next step"), self.next_step, self.next_step),
            (self.tr("Status"), self.status, self.status),
            (self.tr("Due"), self.due, self.due),
        ):
            self.form.addRow(label, widget)
            self._rows[field] = self.form.rowCount() - 1
        self.form.addRow(self.standing)
        self._rows[self.standing] = self.form.rowCount() - 1
        self.show_item(None)

    def _store_standing(self, standing: bool) -> None:
        # Like the follow-up, a mark of the organiser's: it stays possible once completed.
        if self._loading or self.item is None or self.item.id is None:
            return
        text = self.tr("Standing item") if standing else self.tr("Not a standing item")
        try:
            self.workspace.do(SetStanding(self.item.id, standing, text))
        except RoundtableError as exc:
            self.message.emit(str(exc))

    def _store_on_pick(self, box: QComboBox, label: str, field: str) -> None:
        box.activated.connect(lambda _i: self._store(label, **{field: box.currentData()}))

    def _score_box(self, name: str, field: str) -> QComboBox:
        box = QComboBox()
        box.setAccessibleName(name)
        box.addItem("—", None)
        for n in range(rules.SCORE_MIN, rules.SCORE_MAX + 1):
            box.addItem(str(n), n)
        self._store_on_pick(box, name, field)
        return box

    def set_read_only(self, read_only: bool) -> None:
        """A completed session's items are read, not changed: the texts stay selectable."""
        self._read_only = read_only
        if self.item is None:
            self._say_empty()
        for editor in (self.text, self.title, self.next_step):
            editor.setReadOnly(read_only)
        for widget in (self.by, self.category, self.votes, self.impact, self.effort,
                       self.addresses, self.owner, self.status, self.due,
                       *self._vote_buttons):  # fmt: skip
            widget.setEnabled(not read_only)

    # -- showing ----------------------------------------------------------------------

    def _say_empty(self) -> None:
        self.heading.setText(
            self.tr("Select an item to see its details.")  # a completed session: read only
            if self._read_only
            else self.tr("Select an item to see and edit its details.")
        )

    def show_item(self, item_id: int | None) -> None:
        flush_typing(self)  # into the item it was typed for
        self._loading = True
        try:
            self.item = None if item_id is None else self.workspace.item(item_id)
            self._fill()
        finally:
            self._loading = False

    def _fill(self) -> None:
        item = self.item
        rows = {
            self.title: item is not None and item.kind is ItemKind.IDEA,
            self.text: item is not None,
            self.by: item is not None,
            self.category: item is not None and item.kind in rules.CATEGORY_KINDS,
            self.votes: item is not None and item.kind is ItemKind.IDEA,
            self.impact: item is not None and item.kind is ItemKind.IDEA,
            self.effort: item is not None and item.kind is ItemKind.IDEA,
            self.addresses: item is not None and item.kind is ItemKind.IDEA,
            self.owner: item is not None and item.kind in rules.OWNER_KINDS,
            self.next_step: item is not None and item.kind is ItemKind.IDEA,
            self.status: item is not None and item.kind is ItemKind.IDEA,
            self.due: item is not None and item.kind is ItemKind.ACTION,
            self.standing: item is not None,
        }
        for widget, shown in rows.items():
            self.form.setRowVisible(self._rows[widget], shown)
        # An idea's barrier checklist takes the height that is left; other forms stay compact.
        self._column.setStretch(0, int(rows[self.addresses]))
        self._column.setStretch(1, int(not rows[self.addresses]))
        self.links.show_item(item)
        # The empty panel's sentence wraps to the panel's width (no sideways scrollbar); a
        # kind's name does not, as wrapping would make the form's height depend on its width.
        self.heading.setWordWrap(item is None)
        if item is None:
            self._say_empty()
            return
        self.heading.setText(labels.kind_name(item.kind))
        self.standing.setChecked(item.standing)
        for field, typed in self.typing.items():
            typed.show(getattr(item, field))
        people = self.workspace.participants(item.session_id)
        self._fill_people(self.by, people, item.by_id)
        self._fill_people(self.owner, people, item.owner_id)
        if item.owner_id is None:
            self.owner.setEditText(item.owner_text)
        self.category.setEditText(labels.category_name(item.category))
        self.votes.setValue(item.votes or 0)
        self.impact.setCurrentIndex(max(0, self.impact.findData(item.impact)))
        self.effort.setCurrentIndex(max(0, self.effort.findData(item.effort)))
        if item.status is not None:
            self.status.setCurrentIndex(self.status.findData(item.status))
        self.due.set_date(item.due)
        starts = self.workspace.session(item.session_id).starts_at
        self.due.calendar_start = None if starts is None else starts.date()
        if item.kind is ItemKind.IDEA:
            self.addresses.clear()
            for barrier in self.workspace.items(item.session_id):
                if barrier.kind is not ItemKind.BARRIER:
                    continue
                entry = QListWidgetItem(barrier.text)
                entry.setData(Qt.ItemDataRole.UserRole, barrier.id)
                entry.setFlags(entry.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                checked = barrier.id in item.barrier_ids
                entry.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
                self.addresses.addItem(entry)

    def _fill_people(self, box: QComboBox, people: list[Participant], chosen: int | None) -> None:
        box.clear()
        box.addItem("—", None)
        for person in people:
            box.addItem(person.name, person.id)
        box.setCurrentIndex(max(0, box.findData(chosen)))

    # -- storing ----------------------------------------------------------------------

    def _store(self, label: str, /, **changes) -> None:
        if self._loading or self.item is None:
            return
        try:
            self.workspace.update_item(self.item.id, label, **changes)
        except RoundtableError as exc:
            self.message.emit(str(exc))
        self.show_item(self.item.id)

    def _store_text(self, field: str, value: str) -> None:
        if self.item is not None and value.strip() != getattr(self.item, field):
            self._store(self.tr("Edit item"), **{field: value.strip()})

    def _store_category(self) -> None:
        if self.item is not None:
            key = labels.category_key(self.category.currentText())
            if key != self.item.category:
                self._store(self.tr("Change category"), category=key)

    def _store_addresses(self) -> None:
        if self._loading or self.item is None:
            return
        chosen = [
            self.addresses.item(n).data(Qt.ItemDataRole.UserRole)
            for n in range(self.addresses.count())
            if self.addresses.item(n).checkState() == Qt.CheckState.Checked
        ]
        self._store(self.tr("Link idea and barriers"), barrier_ids=chosen)

    def _store_owner(self) -> None:
        if self._loading or self.item is None:
            return
        typed = self.owner.currentText().strip()
        named = [n for n in range(1, self.owner.count()) if self.owner.itemText(n) == typed]
        owner_id = self.owner.itemData(named[0]) if named else None
        owner_text = "" if named or typed == "—" else typed
        if (owner_id, owner_text) != (self.item.owner_id, self.item.owner_text):
            self._store(self.tr("Change owner"), owner_id=owner_id, owner_text=owner_text)
