"""The store's speaking turns and the speaker queue (raised hands)."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable
from datetime import datetime

from roundtable.domain import validation
from roundtable.domain.model import SpeakingTurn
from roundtable.errors import InvalidValue, NotFound
from roundtable.storage import rows
from roundtable.storage.store_base import StoreBase, raise_problems


class SpeakersPart(StoreBase):
    def add_speaking_turn(self, session_id: int, turn: SpeakingTurn) -> SpeakingTurn:
        self._require_session(session_id)
        raise_problems("speaking turn", validation.turn_problems(turn))
        self._check_participant(session_id, turn.by_id, "by_id", "speaking turn")
        with self._write():
            turn_id = self._insert_turn(session_id, turn)
            self._touch(session_id)
        return self.get_speaking_turn(turn_id)

    def _insert_turn(self, session_id: int, turn: SpeakingTurn, keep_id: bool = False) -> int:
        # keep_id: an undo puts a turn back under the id that later undo steps refer to.
        values = {"id": turn.id} if keep_id else {}
        return self._insert(
            "speaking_turns",
            values
            | {
                "session_id": session_id,
                "participant_id": turn.by_id,
                "started_at": rows.dt_text(turn.started_at),
                "ended_at": rows.dt_text(turn.ended_at),
            },
        )

    def get_speaking_turn(self, turn_id: int) -> SpeakingTurn:
        row = self._one(f"SELECT {rows.TURN_COLUMNS} FROM speaking_turns WHERE id = ?", [turn_id])
        if row is None:
            raise NotFound(f"There is no speaking turn with id {turn_id}.")
        return rows.turn_value(row)

    def restore_speaking_turn(self, turn: SpeakingTurn) -> SpeakingTurn:
        """Put a removed turn back with its id (redo of a started turn)."""
        self._require_session(turn.session_id)
        raise_problems("speaking turn", validation.turn_problems(turn))
        self._check_participant(turn.session_id, turn.by_id, "by_id", "speaking turn")
        with self._write():
            if self._one("SELECT 1 FROM speaking_turns WHERE id = ?", [turn.id]):
                raise InvalidValue(f"Speaking turn {turn.id} is already there.")
            self._insert_turn(turn.session_id, turn, keep_id=True)
            self._touch(turn.session_id)
        return self.get_speaking_turn(turn.id)

    def end_speaking_turn(self, turn_id: int, ended_at: datetime | None) -> SpeakingTurn:
        """Record when a turn ended; None makes it running again (an undone end)."""
        with self._write():
            turn = dataclasses.replace(self.get_speaking_turn(turn_id), ended_at=ended_at)
            raise_problems("speaking turn", validation.turn_problems(turn))
            self.conn.execute(
                "UPDATE speaking_turns SET ended_at = ? WHERE id = ?",
                [rows.dt_text(ended_at), turn_id],
            )
            self._touch(turn.session_id)
        return self.get_speaking_turn(turn_id)

    def speaking_turns(self, session_id: int) -> list[SpeakingTurn]:
        found = self.conn.execute(
            f"SELECT {rows.TURN_COLUMNS} FROM speaking_turns WHERE session_id = ? ORDER BY id",
            [session_id],
        ).fetchall()
        # By the instant, not the stored text: turns may carry different UTC offsets.
        return sorted(map(rows.turn_value, found), key=lambda t: t.started_at)

    def delete_speaking_turn(self, turn_id: int) -> None:
        turn = self.get_speaking_turn(turn_id)
        with self._write():
            self.conn.execute("DELETE FROM speaking_turns WHERE id = ?", [turn_id])
            self._touch(turn.session_id)

    def raised_hands(self, session_id: int) -> list[int]:
        """The participants waiting to speak, in queue order."""
        found = self.conn.execute(
            "SELECT participant_id FROM raised_hands WHERE session_id = ? ORDER BY position",
            [session_id],
        ).fetchall()
        return [participant_id for (participant_id,) in found]

    def set_raised_hands(self, session_id: int, participant_ids: Iterable[int]) -> list[int]:
        """Replace the queue in one transaction: raise, lower and reorder are all this."""
        queue = list(participant_ids)
        self._require_session(session_id)
        if len(set(queue)) != len(queue):
            raise InvalidValue("A participant can be in the speaker queue only once.")
        for participant_id in queue:
            self._check_participant(session_id, participant_id, "a hand", "speaker queue")
        with self._write():
            self.conn.execute("DELETE FROM raised_hands WHERE session_id = ?", [session_id])
            for position, participant_id in enumerate(queue):
                self._insert(
                    "raised_hands",
                    {
                        "session_id": session_id,
                        "participant_id": participant_id,
                        "position": position,
                    },
                )
        return self.raised_hands(session_id)
