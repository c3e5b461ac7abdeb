"""Adding, changing and removing participants."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from roundtable.domain.model import Participant, ParticipantTrace
from roundtable.edits.base import NOTHING, Edit
from roundtable.edits.changes import Aspect, Changes
from roundtable.edits.fields import FieldsEdit

if TYPE_CHECKING:
    from roundtable.storage import SessionStore


def _people_changed(session_id: int) -> Changes:
    # The library counts participants and finds sessions by their names.
    return Changes.of(session_id, Aspect.PARTICIPANTS, Aspect.LIBRARY)


class AddParticipants(Edit):
    def __init__(self, session_id: int, people: Iterable[Participant], text: str = "") -> None:
        self.session_id, self.people = session_id, list(people)
        self.text = text
        self.added: list[Participant] = []  # as stored, once applied
        self._traces: list[ParticipantTrace] | None = None

    def _apply(self, store: SessionStore) -> Changes:
        if self._traces is None:
            if not self.people:
                return NOTHING
            added = [store.add_participant(self.session_id, p) for p in self.people]
            self._traces = [store.participant_trace(p.id) for p in added]
            self.added = added
        else:  # the same people under the same ids
            for trace in self._traces:
                store.restore_participant(trace)
        return _people_changed(self.session_id)

    def _undo(self, store: SessionStore) -> Changes:
        for person in self.added:
            store.delete_participant(person.id)
        return _people_changed(self.session_id)


class UpdateParticipant(FieldsEdit):
    def __init__(self, participant_id: int, values: dict[str, Any], text: str = "") -> None:
        super().__init__(values, text)
        self.participant_id = participant_id

    def _read(self, store: SessionStore) -> Participant:
        return store.get_participant(self.participant_id)

    def _write(self, store: SessionStore, values: dict[str, Any]) -> None:
        store.update_participant(self.participant_id, **values)

    def _changes_of(self, current: Participant) -> Changes:
        return _people_changed(current.session_id)


class DeleteParticipant(Edit):
    """Their name goes everywhere; undo puts them back with their items, turns and hand."""

    def __init__(self, participant_id: int, text: str = "") -> None:
        self.participant_id = participant_id
        self.text = text
        self._trace: ParticipantTrace | None = None

    def _apply(self, store: SessionStore) -> Changes:
        if self._trace is None:
            self._trace = store.participant_trace(self.participant_id)
        store.delete_participant(self.participant_id)
        return self._changes()

    def _undo(self, store: SessionStore) -> Changes:
        assert self._trace is not None, "undo before apply"
        store.restore_participant(self._trace)
        return self._changes()

    def _changes(self) -> Changes:
        assert self._trace is not None
        # Their items lose (and get back) the attribution, their turns and hand go.
        return _people_changed(self._trace.participant.session_id) | Changes.of(
            self._trace.participant.session_id, Aspect.ITEMS, Aspect.TURNS, Aspect.QUEUE
        )
