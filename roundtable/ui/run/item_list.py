"""The list of a phase's items: group headings, editing in place, keyboard reordering."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QRect, QSize, Qt, Signal
from PySide6.QtGui import QFont, QKeySequence, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QListView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from roundtable.edits import Aspect, Changes
from roundtable.ui.run.items_model import ITEM_ID_ROLE, ItemsModel


class _GroupedDelegate(QStyledItemDelegate):
    editor_opened = Signal(int, QWidget)  # the item's id, its editor
    editor_closed = Signal()  # stored (Enter) or dropped (Esc)

    """Draws the kind's heading above the first item of each group.

    A list of wrapped rows asks every row's size after each insert; measuring text is the
    slow part of a capture, so sizes are kept per item and width until the item changes. The
    model is asked directly (`id_at`, `header_at`), not through `index.data()`: at 500 rows a
    layout makes 500 such calls per capture.
    """

    def __init__(self, model: ItemsModel, parent=None) -> None:
        super().__init__(parent)
        self._model = model
        self._sizes: dict[int, tuple[int, QSize]] = {}

    def forget(self, top: QModelIndex, bottom: QModelIndex, _roles=()) -> None:
        for row in range(top.row(), bottom.row() + 1):
            self._sizes.pop(self._model.id_at(row), None)

    def forget_all(self) -> None:
        self._sizes.clear()

    def _header_height(self, option: QStyleOptionViewItem) -> int:
        return int(option.fontMetrics.height() * 2.2)

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex) -> QSize:
        item_id = self._model.id_at(index.row())
        width = option.rect.width()
        known = self._sizes.get(item_id)
        if known is not None and known[0] == width:
            return known[1]
        size = self._measure(option, index)
        self._sizes[item_id] = (width, size)
        return size

    def _measure(self, option: QStyleOptionViewItem, index: QModelIndex) -> QSize:
        size = super().sizeHint(option, index)
        size.setHeight(size.height() + 10)
        if self._model.header_at(index.row()):
            size.setHeight(size.height() + self._header_height(option))
        return size

    def _body(self, option: QStyleOptionViewItem, index: QModelIndex) -> QRect:
        rect = QRect(option.rect)
        if self._model.header_at(index.row()):
            rect.setTop(rect.top() + self._header_height(option))
        return rect

    def paint(self, painter, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        header = self._model.header_at(index.row())
        if header:
            painter.save()
            font = QFont(option.font)
            font.setBold(True)
            painter.setFont(font)
            painter.setPen(option.palette.color(QPalette.ColorRole.PlaceholderText))
            band = QRect(option.rect)
            band.setHeight(self._header_height(option))
            painter.drawText(band.adjusted(6, 0, 0, -4), Qt.AlignmentFlag.AlignBottom, header)
            painter.restore()
        body = QStyleOptionViewItem(option)
        body.rect = self._body(option, index).adjusted(0, 2, 0, -2)
        super().paint(painter, body, index)
        if not option.state & QStyle.StateFlag.State_Selected:
            painter.save()
            painter.setPen(option.palette.color(QPalette.ColorRole.Midlight))
            painter.drawLine(body.rect.bottomLeft(), body.rect.bottomRight())
            painter.restore()

    def updateEditorGeometry(self, editor, option: QStyleOptionViewItem, index) -> None:
        editor.setGeometry(self._body(option, index))

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index) -> QWidget:
        editor = super().createEditor(parent, option, index)
        self.editor_opened.emit(self._model.id_at(index.row()), editor)
        return editor

    def destroyEditor(self, editor: QWidget, index) -> None:
        self.editor_closed.emit()
        super().destroyEditor(editor, index)


class ItemList(QListView):
    delete_requested = Signal(int)
    vote_requested = Signal(int, int)  # item id, +1 or -1
    editor_opened = Signal(int, QWidget)  # an item is edited in place (F2): its id, the editor
    editor_closed = Signal()

    def __init__(self, model: ItemsModel, parent=None) -> None:
        super().__init__(parent)
        self.setModel(model)
        delegate = _GroupedDelegate(model, self)
        self.setItemDelegate(delegate)
        delegate.editor_opened.connect(self.editor_opened)
        delegate.editor_closed.connect(self.editor_closed)
        model.dataChanged.connect(delegate.forget)
        model.modelReset.connect(delegate.forget_all)
        self.setWordWrap(True)
        self.setUniformItemSizes(False)
        self.setResizeMode(QListView.ResizeMode.Adjust)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        self.setDragEnabled(True)
        self.setAcceptDrops(True)
        self.setDropIndicatorShown(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setAccessibleName(self.tr("Captured items"))

    def current_item_id(self) -> int | None:
        index = self.currentIndex()
        return index.data(ITEM_ID_ROLE) if index.isValid() else None

    def select_item(self, item_id: int) -> None:
        row = self.model().reveal(item_id)
        if row is not None:
            index = self.model().index(row)
            self.setCurrentIndex(index)
            self.scrollTo(index)

    def edit_item(self, item_id: int) -> bool:
        """Open the item's editor, as F2 does; False when it is not in the list."""
        self.select_item(item_id)
        if self.current_item_id() != item_id:
            return False
        self.edit(self.currentIndex())
        return self.state() == QAbstractItemView.State.EditingState

    def select_after_step(self, changes: Changes) -> None:
        """After an undo or redo, the item it brought back is selected; when it took the
        item away, none is (the neighbour Qt selects instead was no part of it)."""
        if changes.items is None or Aspect.ITEMS not in changes.aspects:
            return
        for item_id in sorted(changes.items):
            self.select_item(item_id)  # when it is (still) in the phase's list
            if self.current_item_id() == item_id:
                return
        self.setCurrentIndex(QModelIndex())

    def keyPressEvent(self, event) -> None:
        item_id = self.current_item_id()
        key, mods = event.key(), event.modifiers()
        if item_id is not None and self.state() != QAbstractItemView.State.EditingState:
            if event.matches(QKeySequence.StandardKey.Delete) or key == Qt.Key.Key_Backspace:
                self.delete_requested.emit(item_id)
                return
            if mods & Qt.KeyboardModifier.AltModifier and key in (Qt.Key.Key_Up, Qt.Key.Key_Down):
                if self.model().move_by(item_id, -1 if key == Qt.Key.Key_Up else 1):
                    self.select_item(item_id)
                return
            if event.text() == "+":
                self.vote_requested.emit(item_id, 1)
                return
            if event.text() == "-":
                self.vote_requested.emit(item_id, -1)
                return
        super().keyPressEvent(event)
