"""Captures that wait while another program holds the database's write lock.

A capture never fails for a busy database: the workspace hands it here, the capture line is
free for the next one, and a timer commits the waiting ones, in order, once the lock frees.
The UI thread never waits on the lock for longer than the store's short busy timeout.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal

from roundtable import edits
from roundtable.edits import Edit
from roundtable.errors import RoundtableError
from roundtable.storage import pending_captures
from roundtable.storage.faults import Busy, StorageFault
from roundtable.storage.pending_captures import PendingCapture

if TYPE_CHECKING:
    from pathlib import Path

    from roundtable.ui.workspace import Workspace


def holdable(edit: Edit) -> bool:
    """Whether `edit` is part of a capture: the item, or starting the phase it is made in."""
    return type(edit) in (edits.AddItem, edits.MoveToPhase)  # not a reopening (a subclass)


class PendingWrites(QObject):
    count_changed = Signal(int)  # how many captures wait (0: all committed)

    RETRY_EVERY_MS = 1000

    def __init__(self, workspace: Workspace) -> None:
        super().__init__(workspace)
        self.workspace = workspace
        self._waiting: list[Edit] = []
        self.timer = QTimer(self, interval=self.RETRY_EVERY_MS)
        self.timer.timeout.connect(self.commit)

    def __bool__(self) -> bool:
        return bool(self._waiting)

    def count(self) -> int:
        """The captures waiting (a phase start waiting with them is not counted)."""
        return sum(isinstance(edit, edits.AddItem) for edit in self._waiting)

    def captures(self) -> list[PendingCapture]:
        return [
            PendingCapture(edit.session_id, edit.item, edit.text)
            for edit in self._waiting
            if isinstance(edit, edits.AddItem)
        ]

    def hold(self, edit: Edit) -> None:
        self._waiting.append(edit)
        self.timer.start()
        self.count_changed.emit(self.count())

    def commit(self) -> bool:
        """Commit what waits, in order, as far as the lock allows; True when nothing waits."""
        before = self.count()
        while self._waiting:
            edit = self._waiting[0]
            try:
                self.workspace._commit(edit)
            except StorageFault as fault:
                if not isinstance(fault, Busy):  # a full disk: kept until it is fixed
                    self.workspace.fault_reported.emit(str(fault))
                break
            except RoundtableError as exc:
                # Refused for good (the session was completed or deleted meanwhile): say what
                # was said, so it can be captured again.
                text = edit.item.text if isinstance(edit, edits.AddItem) else edit.text
                self.workspace.problem_reported.emit(f"{exc} ({text})")
            self._waiting.pop(0)
        if not self._waiting:
            self.timer.stop()
            if self.workspace.store.data_dir is not None:
                pending_captures.clear(self.workspace.store.data_dir)
        if self.count() != before:
            self.count_changed.emit(self.count())
        return not self._waiting

    def take_over_saved(self) -> None:
        """Hold the captures a previous run left in the data folder, and try them."""
        folder = self.workspace.store.data_dir
        if folder is None:
            return
        for capture in pending_captures.load(folder):
            self._waiting.append(edits.AddItem(capture.session_id, capture.item, capture.label))
        if self._waiting:
            self.timer.start()
            self.count_changed.emit(self.count())
            self.commit()

    def keep_on_close(self) -> Path | None:
        """One last try; what still waits goes into a file: where, or None if nothing waits."""
        if self.commit() or self.workspace.store.data_dir is None:
            return None
        self.timer.stop()
        return pending_captures.save(self.workspace.store.data_dir, self.captures())
