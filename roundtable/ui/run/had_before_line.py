"""Beside the capture line: ideas and barriers from earlier sessions like the one being typed.

Off the capture path: it waits until the typing pauses (300 ms), the index of earlier items is
built on a worker thread the first time it is needed, and a capture never waits for either.
Ctrl+B in the capture line links the item being typed to the first one shown (it *builds on*
it): the capture then stores the earlier item's uid with the new item, in the same edit."""

from __future__ import annotations

from concurrent.futures import Future, ThreadPoolExecutor

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtGui import QShortcut
from PySide6.QtWidgets import QLabel, QWidget

from roundtable.domain.model import IdeaStatus, ItemKind
from roundtable.insights.had_before import Earlier, HadBefore, earlier_items
from roundtable.ui import labels
from roundtable.ui.shell import shortcuts
from roundtable.ui.workspace import Workspace

_LOOKED_UP = (ItemKind.IDEA, ItemKind.BARRIER)
_MIN_LENGTH = 12  # a few words: fewer match everything


class HadBeforeLine(QLabel):
    DEBOUNCE_MS = 300

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.session_id: int | None = None
        self.setObjectName("hadBefore")
        self.setWordWrap(True)
        self.setAccessibleName(self.tr("Had before in earlier sessions"))
        self.setStyleSheet("color: palette(placeholder-text);")
        self._text = ""
        self._index: Future[HadBefore] | None = None
        self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="had-before")
        self._cancelled = False
        self.timer = QTimer(self, singleShot=True, interval=self.DEBOUNCE_MS)
        self.timer.timeout.connect(self.look_up)
        self.found: list[Earlier] = []
        self.linked: Earlier | None = None  # what the item being typed builds on
        QCoreApplication.instance().aboutToQuit.connect(self.shut_down)
        self.hide()

    def set_session(self, session_id: int | None) -> None:
        if session_id != self.session_id:
            self._cancel()
            self.session_id = session_id
        self.linked = None
        self.clear_found()

    def attach(self, line: QWidget) -> None:
        """Bind the builds-on key while `line` (the capture line) has the focus."""
        for keys in shortcuts.BUILDS_ON.sequences():
            QShortcut(keys, line, self.link_first, context=Qt.ShortcutContext.WidgetShortcut)

    def link_first(self) -> None:
        """The item being typed builds on the first earlier item shown; again: it does not."""
        if self.linked is not None:
            self.linked = None
        elif self.found:
            self.linked = self.found[0]
        self._show()

    def linked_uid(self) -> str:
        """For the capture: the uid of the earlier item the new one builds on, or ""."""
        return self.linked.uid if self.linked is not None else ""

    def text_changed(self, text: str, kind: ItemKind) -> None:
        self._text = text.strip() if kind in _LOOKED_UP else ""
        if len(self._text) < _MIN_LENGTH:
            self.timer.stop()
            self.linked = None  # emptied, or captured: the link went with it
            self.clear_found()
            return
        self.timer.start()

    def look_up(self) -> None:
        if len(self._text) < _MIN_LENGTH or self.session_id is None:
            return
        if self._index is None:
            # Read on this thread (the store's connection is this thread's), index off it.
            earlier = earlier_items(self.workspace.store, self.session_id)
            self._cancelled = False
            self._index = self._pool.submit(HadBefore, earlier, lambda: self._cancelled)
        if not self._index.done():
            self.timer.start()  # asked again once the index is ready
            return
        try:
            self.found = self._index.result().like(self._text)
        except Exception:  # a cancelled or failed index: the capture line goes on without it
            self._index = None
            return
        self._show()

    def _show(self) -> None:
        if not self.found and self.linked is None:
            self.clear_found()
            return
        lines = []
        for e in self.found:
            where = e.session_title + (f" {e.held:%Y}" if e.held else "")
            status = labels.idea_status_name(IdeaStatus(e.status)) if e.status else ""
            said = e.title or e.text
            kind = labels.kind_name(ItemKind(e.kind))
            lines.append(
                self.tr("%1 in %2: “%3”")
                .replace("%1", kind)
                .replace("%2", where)
                .replace("%3", said)
                + (f" — {status}" if status else "")
            )
        shown = []
        if self.linked is not None:
            said = self.linked.title or self.linked.text
            shown.append(
                self.tr("Builds on: “%1” (%2) — %3 unlinks")
                .replace("%1", said)
                .replace("%2", self.linked.session_title)
                .replace("%3", shortcuts.BUILDS_ON.shown())
            )
        elif lines:  # once linked, the link alone: one quiet line beside the capture
            had = self.tr("Had before: %s") % " · ".join(lines)
            had += " — " + self.tr("%1: the new item builds on the first").replace(
                "%1", shortcuts.BUILDS_ON.shown()
            )
            shown.append(had)
        self.setText("\n".join(shown))
        self.show()

    def clear_found(self) -> None:
        self.found = []
        if self.linked is not None:
            self._show()
            return
        self.clear()
        self.hide()

    def _cancel(self) -> None:
        self._cancelled = True
        self._index = None
        self.timer.stop()

    def shut_down(self) -> None:
        self._cancel()
        self._pool.shutdown(wait=False, cancel_futures=True)
