"""Adding and removing whole sessions. Not undoable (undoing a creation would delete, and
deleting purges the session's text from disk, so the library asks first), but they take
the same path as every edit and say what changed."""

from __future__ import annotations

from typing import TYPE_CHECKING

from roundtable.domain.lineage import Outcome
from roundtable.domain.model import PhasePlan, Session, SessionBundle
from roundtable.edits.base import NOTHING, Edit
from roundtable.edits.changes import ALL_ASPECTS, Aspect, Changes

if TYPE_CHECKING:
    from roundtable.storage import SessionStore


class _AddsSession(Edit):
    undoable = False
    created: Session | None = None  # the stored session, once applied

    def _apply(self, store: SessionStore) -> Changes:
        self.created = self._create(store)
        return Changes.of(self.created.id, Aspect.LIBRARY)

    def _create(self, store: SessionStore) -> Session:
        raise NotImplementedError


class CreateSession(_AddsSession):
    def __init__(self, session: Session, phases: list[PhasePlan] | None = None) -> None:
        self.session, self.phases = session, phases

    def _create(self, store: SessionStore) -> Session:
        return store.create_session(self.session, self.phases)


class DuplicateSession(_AddsSession):
    def __init__(self, session_id: int, title: str) -> None:
        self.session_id, self.title = session_id, title

    def _create(self, store: SessionStore) -> Session:
        return store.duplicate_session(self.session_id, self.title)


class ImportSession(_AddsSession):
    """A whole session read from a session file: a new session, or the stored one with the
    same uid updated by the rules of its lineage (`outcome` says which, once applied)."""

    outcome: Outcome | None = None

    def __init__(self, bundle: SessionBundle, as_new: bool = False) -> None:
        self.bundle, self.as_new = bundle, as_new

    def _apply(self, store: SessionStore) -> Changes:
        imported = store.import_session(self.bundle, as_new=self.as_new)
        self.created, self.outcome = imported.session, imported.outcome
        if self.outcome is Outcome.UNCHANGED:
            return NOTHING
        if self.outcome is Outcome.UPDATED:
            return Changes.of(self.created.id, *ALL_ASPECTS)
        return Changes.of(self.created.id, Aspect.LIBRARY)


class DeleteSession(Edit):
    undoable = False
    ends_undo_history = True

    def __init__(self, session_id: int) -> None:
        self.session_id = session_id

    def _apply(self, store: SessionStore) -> Changes:
        store.delete_session(self.session_id)
        return Changes.of(self.session_id, Aspect.LIBRARY)
