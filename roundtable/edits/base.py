"""`Edit`: one user change, applied and undone each in exactly one transaction.

An edit captures on its first apply what it needs to go back (the previous values, the ids
of the rows it created, the trace of what it deleted), so a redo puts back the very same
rows. An edit whose first apply finds nothing to do returns empty `Changes` and is not kept
for undo; one whose first apply fails is dropped (its transaction rolled back). Undo and
redo assume the store is as the edit left it, which an undo stack guarantees.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, ClassVar

from roundtable.edits.changes import Changes

if TYPE_CHECKING:
    from roundtable.storage import SessionStore

NOTHING = Changes()


class Edit:
    text: str = ""  # the undo text, already translated by the caller
    undoable: ClassVar[bool] = True
    # Deleting a session: the edits about it could no longer be undone or redone.
    ends_undo_history: ClassVar[bool] = False

    def apply(self, store: SessionStore) -> Changes:
        """Make (or redo) the change in one transaction; empty Changes if nothing to do."""
        with store.transaction():
            return self._apply(store)

    def undo(self, store: SessionStore) -> Changes:
        """Take the change back in one transaction."""
        if not self.undoable:
            raise TypeError(f"{type(self).__name__} cannot be undone.")
        with store.transaction():
            return self._undo(store)

    def _apply(self, store: SessionStore) -> Changes:
        raise NotImplementedError

    def _undo(self, store: SessionStore) -> Changes:
        raise NotImplementedError


class Combined(Edit):
    """Several edits as one step: applied in order, undone in reverse, one transaction."""

    def __init__(self, parts: Sequence[Edit], text: str = "") -> None:
        self.parts = list(parts)
        self.text = text
        self._done: list[Edit] | None = None

    def _apply(self, store: SessionStore) -> Changes:
        changes = NOTHING
        if self._done is None:
            done = []
            for part in self.parts:
                if part_changes := part._apply(store):
                    done.append(part)
                    changes |= part_changes
            self._done = done
            return changes
        for part in self._done:
            changes |= part._apply(store)
        return changes

    def _undo(self, store: SessionStore) -> Changes:
        changes = NOTHING
        for part in reversed(self._done or []):
            changes |= part._undo(store)
        return changes
