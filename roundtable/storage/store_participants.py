"""The store's participants: adding, renaming, and deleting them everywhere (and back)."""

from __future__ import annotations

import dataclasses
from typing import Any

from roundtable.domain import validation
from roundtable.domain.model import Participant, ParticipantTrace
from roundtable.errors import InvalidValue, NotFound
from roundtable.storage import rows
from roundtable.storage.store_base import StoreBase, changed, raise_problems


class ParticipantsPart(StoreBase):
    def add_participant(self, session_id: int, participant: Participant) -> Participant:
        self._require_session(session_id)
        raise_problems("participant", validation.participant_problems(participant))
        with self._write():
            participant_id = self._insert_participant(session_id, participant)
            self._touch(session_id)
        return self.get_participant(participant_id)

    def _insert_participant(self, session_id: int, participant: Participant) -> int:
        position = self._next_position("participants", session_id=session_id)
        values = {"session_id": session_id, "position": position}
        return self._insert("participants", values | rows.participant_row(participant))

    def get_participant(self, participant_id: int) -> Participant:
        row = self._one(
            f"SELECT {rows.PARTICIPANT_COLUMNS} FROM participants WHERE id = ?", [participant_id]
        )
        if row is None:
            raise NotFound(f"There is no participant with id {participant_id}.")
        return rows.participant_value(row)

    def participants(self, session_id: int) -> list[Participant]:
        found = self.conn.execute(
            f"SELECT {rows.PARTICIPANT_COLUMNS} FROM participants WHERE session_id = ? "
            "ORDER BY position, id",
            [session_id],
        ).fetchall()
        return [rows.participant_value(r) for r in found]

    def update_participant(self, participant_id: int, **changes: Any) -> Participant:
        with self._write():
            current = self.get_participant(participant_id)
            updated = changed(current, changes, "participant")
            raise_problems("participant", validation.participant_problems(updated))
            self._update("participants", participant_id, rows.participant_row(updated))
            self._touch(current.session_id)
            renamed = (updated.name, updated.organisation, updated.role, updated.aliases) != (
                current.name,
                current.organisation,
                current.role,
                current.aliases,
            )
            if renamed:
                self._purge_deleted_text("participants_fts")  # the old name must not linger
        if renamed:
            self._checkpoint()
        return self.get_participant(participant_id)

    def delete_participant(self, participant_id: int) -> None:
        """Remove a participant everywhere: items they raised or own stay, unattributed;
        their speaking turns go; their name is purged from the search index and the file."""
        with self._write():
            current = self.get_participant(participant_id)
            self.conn.execute("DELETE FROM participants WHERE id = ?", [participant_id])
            self._touch(current.session_id)
            self._purge_deleted_text("participants_fts")
        self._checkpoint()

    def participant_trace(self, participant_id: int) -> ParticipantTrace:
        """What deleting the participant would take away: enough to restore them (undo)."""
        participant = self.get_participant(participant_id)
        (position,) = self._one("SELECT position FROM participants WHERE id = ?", [participant_id])
        ids = "SELECT id FROM items WHERE {} = ? ORDER BY id"
        hand = self._one(
            "SELECT position FROM raised_hands WHERE participant_id = ?", [participant_id]
        )
        return ParticipantTrace(
            participant=participant,
            position=position,
            raised=[r[0] for r in self.conn.execute(ids.format("by_id"), [participant_id])],
            owned=[r[0] for r in self.conn.execute(ids.format("owner_id"), [participant_id])],
            turns=[
                t for t in self.speaking_turns(participant.session_id) if t.by_id == participant_id
            ],
            hand=None if hand is None else hand[0],
        )

    def restore_participant(self, trace: ParticipantTrace) -> Participant:
        """Put a deleted participant back as they were, with their id (undo of a delete)."""
        person = trace.participant
        raise_problems("participant", validation.participant_problems(person))
        with self._write():
            self._require_session(person.session_id)
            if self._one("SELECT 1 FROM participants WHERE id = ?", [person.id]):
                raise InvalidValue(f"Participant {person.id} is already there.")
            place = {"id": person.id, "session_id": person.session_id, "position": trace.position}
            self._insert("participants", place | rows.participant_row(person))
            for column, item_ids in (("by_id", trace.raised), ("owner_id", trace.owned)):
                for item_id in item_ids:
                    self.conn.execute(
                        f"UPDATE items SET {column} = ? WHERE id = ? AND session_id = ?",
                        [person.id, item_id, person.session_id],
                    )
            for turn in trace.turns:
                restored = dataclasses.replace(turn, by_id=person.id)
                self._insert_turn(person.session_id, restored, keep_id=turn.id is not None)
            if trace.hand is not None:
                # Back to their place in the speaker queue, ahead of those who were behind.
                self.conn.execute(
                    "UPDATE raised_hands SET position = position + 1 "
                    "WHERE session_id = ? AND position >= ?",
                    [person.session_id, trace.hand],
                )
                self._insert(
                    "raised_hands",
                    {
                        "session_id": person.session_id,
                        "participant_id": person.id,
                        "position": trace.hand,
                    },
                )
            self._touch(person.session_id)
        return self.get_participant(person.id)
