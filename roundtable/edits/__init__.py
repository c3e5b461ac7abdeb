"""Every user change as an edit: applied in one transaction, knows its undo, and says what
changed. Qt-free: the UI's QUndoStack only wraps these."""

from roundtable.edits.changes import ALL_ASPECTS, Aspect, Changes

__all__ = ["ALL_ASPECTS", "Aspect", "Changes"]
