"""`SessionStore`: the one API through which the command line and the UI read and write.

Every public method that changes something is one committed transaction by the time it
returns; nothing is buffered.
"""

from __future__ import annotations

import contextlib
import dataclasses
import json
import os
import sqlite3
from collections.abc import Iterable, Iterator
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlite_utils import Database

from roundtable import paths
from roundtable.domain import rules, validation
from roundtable.domain.model import (
    Item,
    ItemKind,
    Participant,
    ParticipantTrace,
    Phase,
    PhasePlan,
    Session,
    SessionBundle,
    SessionStatus,
    SessionSummary,
    SpeakingTurn,
)
from roundtable.errors import InvalidValue, NotFound
from roundtable.storage import backups, rows
from roundtable.storage.database import open_database, open_memory_database, writing
from roundtable.storage.search import SearchResults, search

_FIXED = {"id", "session_id", "created_at", "updated_at", "position"}


def _raise_problems(what: str, problems: validation.Problems) -> None:
    if problems:
        detail = "; ".join(f"{name} {message}" for name, message in problems)
        raise InvalidValue(f"Invalid {what}: {detail}.")


def _checked_item(item: Item) -> Item:
    """The item normalised for its kind, or InvalidValue naming what is wrong with it."""
    item = validation.normalized_item(item)
    _raise_problems("item", validation.item_problems(item))
    return item


def _changed(obj: Any, changes: dict[str, Any], what: str) -> Any:
    allowed = {f.name for f in dataclasses.fields(obj)} - _FIXED
    unknown = sorted(set(changes) - allowed)
    if unknown:
        raise InvalidValue(f"A {what} has no field named {', '.join(unknown)}.")
    return dataclasses.replace(obj, **changes)


class SessionStore:
    def __init__(self, db: Database, data_dir: Path | None = None) -> None:
        self.db = db
        self.data_dir = data_dir

    # -- opening and closing -----------------------------------------------------------

    @classmethod
    def open(cls, data_dir: Path, automatic_backup: bool = True) -> SessionStore:
        """Open the store in `data_dir`, creating and migrating it as needed."""
        paths.ensure_data_dir(data_dir)
        backup_dir = data_dir / paths.BACKUP_FOLDER
        db = open_database(data_dir / paths.DATABASE_NAME, backup_dir)
        store = cls(db, data_dir)
        if automatic_backup:
            store.take_automatic_backup()
        return store

    @classmethod
    def in_memory(cls) -> SessionStore:
        return cls(open_memory_database())

    def close(self) -> None:
        self.db.close()

    def __enter__(self) -> SessionStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @property
    def backup_dir(self) -> Path | None:
        return None if self.data_dir is None else self.data_dir / paths.BACKUP_FOLDER

    # -- helpers ----------------------------------------------------------------------

    def _one(self, sql: str, params: Iterable[Any] | dict[str, Any]) -> tuple | None:
        return self.db.execute(sql, params).fetchone()

    def _touch(self, session_id: int) -> None:
        self.db.execute(
            "UPDATE sessions SET updated_at = ? WHERE id = ?", [rows.now_text(), session_id]
        )

    def _insert(self, table: str, values: dict[str, Any]) -> int:
        columns = ", ".join(values)
        marks = ", ".join("?" for _ in values)
        cursor = self.db.execute(
            f"INSERT INTO {table} ({columns}) VALUES ({marks})", list(values.values())
        )
        return cursor.lastrowid

    def _update(self, table: str, row_id: int, values: dict[str, Any]) -> None:
        assignments = ", ".join(f"{name} = ?" for name in values)
        self.db.execute(
            f"UPDATE {table} SET {assignments} WHERE id = ?", [*values.values(), row_id]
        )

    def _require_session(self, session_id: int) -> None:
        if self._one("SELECT 1 FROM sessions WHERE id = ?", [session_id]) is None:
            raise NotFound(f"There is no session with id {session_id}.")

    def _check_participant(
        self, session_id: int, participant_id: int | None, field: str, what: str = "item"
    ) -> None:
        if participant_id is None:
            return
        row = self._one(
            "SELECT 1 FROM participants WHERE id = ? AND session_id = ?",
            [participant_id, session_id],
        )
        if row is None:
            raise InvalidValue(
                f"Invalid {what}: {field} names participant {participant_id}, "
                "who is not in this session."
            )

    # -- sessions ---------------------------------------------------------------------

    def create_session(self, session: Session, phases: list[PhasePlan] | None = None) -> Session:
        _raise_problems("session", validation.session_problems(session))
        plans = rules.phases_with_defaults(phases or [])
        for plan in plans:
            _raise_problems("phase", validation.phase_problems(plan))
        with writing(self.db):
            session_id = self._insert_session(session, plans)
        return self.get_session(session_id)

    def _insert_session(self, session: Session, plans: list[PhasePlan]) -> int:
        now = rows.now_text()
        values = rows.session_row(session) | {"created_at": now, "updated_at": now}
        session_id = self._insert("sessions", values)
        for plan in plans:
            self.db.execute(
                "INSERT INTO phases (session_id, phase, planned_minutes, started_at, ended_at) "
                "VALUES (?, ?, ?, ?, ?)",
                [
                    session_id,
                    str(plan.phase),
                    plan.planned_minutes,
                    rows.dt_text(plan.started_at),
                    rows.dt_text(plan.ended_at),
                ],
            )
        return session_id

    def get_session(self, session_id: int) -> Session:
        row = self._one(f"SELECT {rows.SESSION_COLUMNS} FROM sessions WHERE id = ?", [session_id])
        if row is None:
            raise NotFound(f"There is no session with id {session_id}.")
        return rows.session_value(row)

    def list_sessions(self) -> list[SessionSummary]:
        """All sessions, newest first (by start, else by creation)."""
        found = self.db.execute(f"{rows.SUMMARY_SELECT} {rows.NEWEST_FIRST}").fetchall()
        return [rows.summary_value(r) for r in found]

    def update_session(self, session_id: int, **changes: Any) -> Session:
        # Read, check and write under one lock: another window's edit cannot slip between.
        with writing(self.db):
            updated = _changed(self.get_session(session_id), changes, "session")
            _raise_problems("session", validation.session_problems(updated))
            values = rows.session_row(updated) | {"updated_at": rows.now_text()}
            self._update("sessions", session_id, values)
        return self.get_session(session_id)

    def delete_session(self, session_id: int) -> None:
        with writing(self.db):
            self._require_session(session_id)
            self.db.execute("DELETE FROM sessions WHERE id = ?", [session_id])
            # Deleting a session is how a facilitator withdraws everything said in it.
            self._purge_deleted_text("sessions_fts", "items_fts", "participants_fts")
        self._checkpoint()

    def duplicate_session(self, session_id: int, title: str) -> Session:
        """A new planned session with the same details, participants and timeboxes; no items,
        no date, nothing recorded."""
        source = self.get_session(session_id)
        copy = dataclasses.replace(
            source,
            id=None,
            title=title,
            starts_at=None,
            status=SessionStatus.PLANNED,
            summary="",
            created_at=None,
            updated_at=None,
        )
        _raise_problems("session", validation.session_problems(copy))
        plans = [PhasePlan(p.phase, p.planned_minutes) for p in self.phases(session_id)]
        with writing(self.db):
            new_id = self._insert_session(copy, plans)
            for person in self.participants(session_id):
                self._insert_participant(new_id, person)
        return self.get_session(new_id)

    # -- phases -----------------------------------------------------------------------

    def phases(self, session_id: int) -> list[PhasePlan]:
        self._require_session(session_id)
        found = self.db.execute(
            "SELECT phase, planned_minutes, started_at, ended_at FROM phases WHERE session_id = ?",
            [session_id],
        ).fetchall()
        by_phase = {plan.phase: plan for plan in map(rows.phase_value, found)}
        return rules.phases_with_defaults(list(by_phase.values()))

    def update_phase(self, session_id: int, phase: Phase, **changes: Any) -> PhasePlan:
        if not validation.is_member(Phase, phase):
            raise InvalidValue(f"There is no phase called {phase!r}.")
        with writing(self.db):
            current = next(p for p in self.phases(session_id) if p.phase == phase)
            updated = _changed(current, changes, "phase")
            if updated.phase != phase:
                raise InvalidValue("A phase's key cannot be changed.")
            _raise_problems("phase", validation.phase_problems(updated))
            self.db.execute(
                "INSERT OR REPLACE INTO phases "
                "(session_id, phase, planned_minutes, started_at, ended_at) "
                "VALUES (?, ?, ?, ?, ?)",
                [
                    session_id,
                    str(phase),
                    updated.planned_minutes,
                    rows.dt_text(updated.started_at),
                    rows.dt_text(updated.ended_at),
                ],
            )
            self._touch(session_id)
        return updated

    # -- participants -----------------------------------------------------------------

    def add_participant(self, session_id: int, participant: Participant) -> Participant:
        self._require_session(session_id)
        _raise_problems("participant", validation.participant_problems(participant))
        with writing(self.db):
            participant_id = self._insert_participant(session_id, participant)
            self._touch(session_id)
        return self.get_participant(participant_id)

    def _insert_participant(self, session_id: int, participant: Participant) -> int:
        (position,) = self._one(
            "SELECT coalesce(max(position) + 1, 0) FROM participants WHERE session_id = ?",
            [session_id],
        )
        return self._insert(
            "participants",
            {
                "session_id": session_id,
                "position": position,
                "name": participant.name,
                "organisation": participant.organisation,
                "role": participant.role,
                "sector": str(participant.sector),
                "aliases": json.dumps(participant.aliases, ensure_ascii=False),
            },
        )

    def get_participant(self, participant_id: int) -> Participant:
        row = self._one(
            f"SELECT {rows.PARTICIPANT_COLUMNS} FROM participants WHERE id = ?", [participant_id]
        )
        if row is None:
            raise NotFound(f"There is no participant with id {participant_id}.")
        return rows.participant_value(row)

    def participants(self, session_id: int) -> list[Participant]:
        found = self.db.execute(
            f"SELECT {rows.PARTICIPANT_COLUMNS} FROM participants WHERE session_id = ? "
            "ORDER BY position, id",
            [session_id],
        ).fetchall()
        return [rows.participant_value(r) for r in found]

    def update_participant(self, participant_id: int, **changes: Any) -> Participant:
        with writing(self.db):
            current = self.get_participant(participant_id)
            updated = _changed(current, changes, "participant")
            _raise_problems("participant", validation.participant_problems(updated))
            self._update(
                "participants",
                participant_id,
                {
                    "name": updated.name,
                    "organisation": updated.organisation,
                    "role": updated.role,
                    "sector": str(updated.sector),
                    "aliases": json.dumps(updated.aliases, ensure_ascii=False),
                },
            )
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
        with writing(self.db):
            current = self.get_participant(participant_id)
            self.db.execute("DELETE FROM participants WHERE id = ?", [participant_id])
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
            raised=[r[0] for r in self.db.execute(ids.format("by_id"), [participant_id])],
            owned=[r[0] for r in self.db.execute(ids.format("owner_id"), [participant_id])],
            turns=[
                t for t in self.speaking_turns(participant.session_id) if t.by_id == participant_id
            ],
            hand=None if hand is None else hand[0],
        )

    def restore_participant(self, trace: ParticipantTrace) -> Participant:
        """Put a deleted participant back as they were, with their id (undo of a delete)."""
        person = trace.participant
        _raise_problems("participant", validation.participant_problems(person))
        with writing(self.db):
            self._require_session(person.session_id)
            if self._one("SELECT 1 FROM participants WHERE id = ?", [person.id]):
                raise InvalidValue(f"Participant {person.id} is already there.")
            self._insert(
                "participants",
                {
                    "id": person.id,
                    "session_id": person.session_id,
                    "position": trace.position,
                    "name": person.name,
                    "organisation": person.organisation,
                    "role": person.role,
                    "sector": str(person.sector),
                },
            )
            for column, item_ids in (("by_id", trace.raised), ("owner_id", trace.owned)):
                for item_id in item_ids:
                    self.db.execute(
                        f"UPDATE items SET {column} = ? WHERE id = ? AND session_id = ?",
                        [person.id, item_id, person.session_id],
                    )
            for turn in trace.turns:
                restored = dataclasses.replace(turn, by_id=person.id)
                self._insert_turn(person.session_id, restored, keep_id=turn.id is not None)
            if trace.hand is not None:
                # Back to their place in the speaker queue, ahead of those who were behind.
                self.db.execute(
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

    def _purge_deleted_text(self, *fts_tables: str) -> None:
        # Inside the deleting transaction, so a deletion never stands without its purge. An
        # FTS5 'delete' only marks tokens deleted; 'optimize' rewrites the index without
        # them, and secure_delete zeroes the freed pages.
        for fts in fts_tables:
            self.db.execute(f"INSERT INTO {fts} ({fts}) VALUES ('optimize')")

    def _checkpoint(self) -> None:
        # Empties the WAL, where the deleted text still sits; best effort, as a reader in
        # another window can hold it back until its own next checkpoint.
        if not self.db.memory:
            with contextlib.suppress(sqlite3.OperationalError):
                self.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")

    # -- items ------------------------------------------------------------------------

    def _validated_item(self, session_id: int, item: Item) -> Item:
        item = _checked_item(item)
        self._check_participant(session_id, item.by_id, "by_id")
        self._check_participant(session_id, item.owner_id, "owner_id")
        return item

    def add_item(self, session_id: int, item: Item) -> Item:
        """Store a new item at the end of its phase."""
        self._require_session(session_id)
        item = self._validated_item(session_id, item)
        with writing(self.db):
            item_id = self._insert_item(session_id, item)
            self._set_addresses(session_id, item_id, item.barrier_ids)
            self._touch(session_id)
        return self.get_item(item_id)

    def _insert_item(self, session_id: int, item: Item) -> int:
        (position,) = self._one(
            "SELECT coalesce(max(position) + 1, 0) FROM items WHERE session_id = ? AND phase = ?",
            [session_id, str(item.phase)],
        )
        values = rows.item_row(item) | {
            "session_id": session_id,
            "position": position,
            "created_at": rows.now_text(),
        }
        return self._insert("items", values)

    def _addresses(self, item_ids: list[int]) -> dict[int, list[int]]:
        if not item_ids:
            return {}
        found: dict[int, list[int]] = {}
        marks = ", ".join("?" for _ in item_ids)
        for idea_id, barrier_id in self.db.execute(
            f"SELECT idea_id, barrier_id FROM idea_barriers WHERE idea_id IN ({marks}) "
            "ORDER BY idea_id, position",
            item_ids,
        ):
            found.setdefault(idea_id, []).append(barrier_id)
        return found

    def get_item(self, item_id: int) -> Item:
        row = self._one(f"SELECT {rows.ITEM_COLUMNS} FROM items WHERE id = ?", [item_id])
        if row is None:
            raise NotFound(f"There is no item with id {item_id}.")
        return rows.item_value(row, self._addresses([item_id]).get(item_id, []))

    def items(self, session_id: int, phase: Phase | None = None) -> list[Item]:
        """A session's items in phase order, each phase in its own order."""
        where, params = "session_id = ?", [session_id]
        if phase is not None:
            where, params = where + " AND phase = ?", [*params, str(phase)]
        found = self.db.execute(
            f"SELECT {rows.ITEM_COLUMNS} FROM items WHERE {where} "
            "ORDER BY CASE phase WHEN 'narrative' THEN 0 WHEN 'barriers_opportunities' THEN 1 "
            "ELSE 2 END, position, id",
            params,
        ).fetchall()
        links = self._session_links(session_id)
        return [rows.item_value(r, links.get(r[0], [])) for r in found]

    def _session_links(self, session_id: int) -> dict[int, list[int]]:
        found: dict[int, list[int]] = {}
        for idea_id, barrier_id in self.db.execute(
            "SELECT l.idea_id, l.barrier_id FROM idea_barriers l "
            "JOIN items i ON i.id = l.idea_id WHERE i.session_id = ? "
            "ORDER BY l.idea_id, l.position",
            [session_id],
        ):
            found.setdefault(idea_id, []).append(barrier_id)
        return found

    def update_item(self, item_id: int, **changes: Any) -> Item:
        with writing(self.db):
            current = self.get_item(item_id)
            updated = self._validated_item(current.session_id, _changed(current, changes, "item"))
            values = rows.item_row(updated)
            if updated.phase != current.phase:
                (values["position"],) = self._one(
                    "SELECT coalesce(max(position) + 1, 0) FROM items "
                    "WHERE session_id = ? AND phase = ?",
                    [current.session_id, str(updated.phase)],
                )
            self._update("items", item_id, values)
            if updated.barrier_ids != current.barrier_ids:
                self._set_addresses(current.session_id, item_id, updated.barrier_ids)
            if current.kind is ItemKind.BARRIER and updated.kind is not ItemKind.BARRIER:
                self.db.execute("DELETE FROM idea_barriers WHERE barrier_id = ?", [item_id])
            self._touch(current.session_id)
        return self.get_item(item_id)

    def delete_item(self, item_id: int) -> None:
        current = self.get_item(item_id)
        with writing(self.db):
            self.db.execute("DELETE FROM items WHERE id = ?", [item_id])
            self._touch(current.session_id)

    def ideas_addressing(self, barrier_id: int) -> list[int]:
        """The ideas that answer a barrier, oldest link first."""
        return [
            r[0]
            for r in self.db.execute(
                "SELECT idea_id FROM idea_barriers WHERE barrier_id = ? ORDER BY idea_id",
                [barrier_id],
            )
        ]

    def restore_item(self, item: Item, addressed_by: Iterable[int] = ()) -> Item:
        """Put a deleted item back with its id and place, and re-link the ideas that
        answered it (undo of a delete, redo of an add)."""
        session_id = item.session_id
        self._require_session(session_id)
        checked = self._validated_item(session_id, item)
        with writing(self.db):
            if self._one("SELECT 1 FROM items WHERE id = ?", [item.id]):
                raise InvalidValue(f"Item {item.id} is already there.")
            values = rows.item_row(checked) | {
                "id": item.id,
                "session_id": session_id,
                "position": item.position,
                "created_at": rows.now_text(),
            }
            self._insert("items", values)
            self._set_addresses(session_id, item.id, checked.barrier_ids)
            for idea_id in addressed_by:
                (position,) = self._one(
                    "SELECT coalesce(max(position) + 1, 0) FROM idea_barriers WHERE idea_id = ?",
                    [idea_id],
                )
                self.db.execute(
                    "INSERT OR IGNORE INTO idea_barriers (idea_id, barrier_id, position) "
                    "SELECT id, ?, ? FROM items WHERE id = ? AND session_id = ? AND kind = 'idea'",
                    [item.id, position, idea_id, session_id],
                )
            self._touch(session_id)
        return self.get_item(item.id)

    def move_item(self, item_id: int, index: int) -> None:
        """Move an item to `index` within its phase (clamped to the phase's bounds)."""
        if type(index) is not int:
            raise InvalidValue(f"A position is a whole number, not {type(index).__name__}.")
        with writing(self.db):
            current = self.get_item(item_id)
            order = [
                r[0]
                for r in self.db.execute(
                    "SELECT id FROM items WHERE session_id = ? AND phase = ? ORDER BY position, id",
                    [current.session_id, str(current.phase)],
                )
            ]
            order.remove(item_id)
            order.insert(max(0, min(index, len(order))), item_id)
            for position, moved_id in enumerate(order):
                self.db.execute("UPDATE items SET position = ? WHERE id = ?", [position, moved_id])
            self._touch(current.session_id)

    def _set_addresses(self, session_id: int, idea_id: int, barrier_ids: list[int]) -> None:
        if len(set(barrier_ids)) != len(barrier_ids):
            raise InvalidValue("Invalid item: addresses lists the same barrier twice.")
        for barrier_id in barrier_ids:
            row = self._one(
                "SELECT kind FROM items WHERE id = ? AND session_id = ?", [barrier_id, session_id]
            )
            if row is None or row[0] != ItemKind.BARRIER:
                raise InvalidValue(
                    f"Invalid item: addresses names item {barrier_id}, "
                    "which is not a barrier in this session."
                )
        self.db.execute("DELETE FROM idea_barriers WHERE idea_id = ?", [idea_id])
        for position, barrier_id in enumerate(barrier_ids):
            self.db.execute(
                "INSERT INTO idea_barriers (idea_id, barrier_id, position) VALUES (?, ?, ?)",
                [idea_id, barrier_id, position],
            )

    def link_idea_to_barrier(self, idea_id: int, barrier_id: int) -> Item:
        idea = self.get_item(idea_id)
        if idea.kind is not ItemKind.IDEA:
            raise InvalidValue(f"Item {idea_id} is a {idea.kind}, not an idea.")
        if barrier_id in idea.barrier_ids:
            return idea
        return self.update_item(idea_id, barrier_ids=[*idea.barrier_ids, barrier_id])

    def unlink_idea_from_barrier(self, idea_id: int, barrier_id: int) -> Item:
        idea = self.get_item(idea_id)
        return self.update_item(
            idea_id, barrier_ids=[b for b in idea.barrier_ids if b != barrier_id]
        )

    # -- speaking turns ---------------------------------------------------------------

    def add_speaking_turn(self, session_id: int, turn: SpeakingTurn) -> SpeakingTurn:
        self._require_session(session_id)
        _raise_problems("speaking turn", validation.turn_problems(turn))
        self._check_participant(session_id, turn.by_id, "by_id", "speaking turn")
        with writing(self.db):
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
        _raise_problems("speaking turn", validation.turn_problems(turn))
        self._check_participant(turn.session_id, turn.by_id, "by_id", "speaking turn")
        with writing(self.db):
            if self._one("SELECT 1 FROM speaking_turns WHERE id = ?", [turn.id]):
                raise InvalidValue(f"Speaking turn {turn.id} is already there.")
            self._insert_turn(turn.session_id, turn, keep_id=True)
            self._touch(turn.session_id)
        return self.get_speaking_turn(turn.id)

    def end_speaking_turn(self, turn_id: int, ended_at: datetime | None) -> SpeakingTurn:
        """Record when a turn ended; None makes it running again (an undone end)."""
        with writing(self.db):
            turn = dataclasses.replace(self.get_speaking_turn(turn_id), ended_at=ended_at)
            _raise_problems("speaking turn", validation.turn_problems(turn))
            self.db.execute(
                "UPDATE speaking_turns SET ended_at = ? WHERE id = ?",
                [rows.dt_text(ended_at), turn_id],
            )
            self._touch(turn.session_id)
        return self.get_speaking_turn(turn_id)

    def speaking_turns(self, session_id: int) -> list[SpeakingTurn]:
        found = self.db.execute(
            f"SELECT {rows.TURN_COLUMNS} FROM speaking_turns WHERE session_id = ? ORDER BY id",
            [session_id],
        ).fetchall()
        # By the instant, not the stored text: turns may carry different UTC offsets.
        return sorted(map(rows.turn_value, found), key=lambda t: t.started_at)

    def delete_speaking_turn(self, turn_id: int) -> None:
        turn = self.get_speaking_turn(turn_id)
        with writing(self.db):
            self.db.execute("DELETE FROM speaking_turns WHERE id = ?", [turn_id])
            self._touch(turn.session_id)

    @contextlib.contextmanager
    def together(self) -> Iterator[None]:
        """The store calls made inside commit together, or none of them does."""
        with writing(self.db):
            yield

    # -- the speaker queue ------------------------------------------------------------

    def raised_hands(self, session_id: int) -> list[int]:
        """The participants waiting to speak, in queue order."""
        found = self.db.execute(
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
        with writing(self.db):
            self.db.execute("DELETE FROM raised_hands WHERE session_id = ?", [session_id])
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

    # -- whole sessions ---------------------------------------------------------------

    def import_bundle(self, bundle: SessionBundle) -> Session:
        """Store a whole session as a new one, all or nothing.

        Ids in the bundle are local to it; references between its parts use those ids.
        """
        _raise_problems("session", validation.session_problems(bundle.session))
        plans = rules.phases_with_defaults(bundle.phases)
        for plan in plans:
            _raise_problems("phase", validation.phase_problems(plan))
        with writing(self.db):
            session_id = self._insert_session(bundle.session, plans)
            people: dict[int | None, int | None] = {None: None}
            for participant in bundle.participants:
                _raise_problems("participant", validation.participant_problems(participant))
                people[participant.id] = self._insert_participant(session_id, participant)
            items: dict[int | None, int] = {}
            for item in bundle.items:
                item = _checked_item(item)
                try:
                    stored = dataclasses.replace(
                        item, by_id=people[item.by_id], owner_id=people[item.owner_id]
                    )
                except KeyError as exc:
                    raise InvalidValue(f"Invalid item: no participant {exc}.") from exc
                items[item.id] = self._insert_item(session_id, stored)
            for item in bundle.items:
                if item.kind is ItemKind.IDEA and item.barrier_ids:
                    try:
                        targets = [items[b] for b in item.barrier_ids]
                    except KeyError as exc:
                        raise InvalidValue(f"Invalid item: no barrier {exc}.") from exc
                    self._set_addresses(session_id, items[item.id], targets)
            for turn in bundle.speaking_turns:
                _raise_problems("speaking turn", validation.turn_problems(turn))
                if people.get(turn.by_id) is None:
                    raise InvalidValue(f"Invalid speaking turn: no participant {turn.by_id}.")
                self._insert_turn(session_id, dataclasses.replace(turn, by_id=people[turn.by_id]))
        return self.get_session(session_id)

    def export_bundle(self, session_id: int) -> SessionBundle:
        """Everything the session holds, with the store's ids."""
        return SessionBundle(
            session=self.get_session(session_id),
            phases=self.phases(session_id),
            participants=self.participants(session_id),
            items=self.items(session_id),
            speaking_turns=self.speaking_turns(session_id),
        )

    # -- search -----------------------------------------------------------------------

    def search(self, text: str, limit: int = 50) -> SearchResults:
        """Sessions (by title, theme, host or participant) and items (by title or text)
        matching every word of `text` as a prefix, accents ignored; newest first."""
        return search(self.db.conn, text, limit)

    # -- safety -----------------------------------------------------------------------

    def database_files(self) -> list[Path]:
        """The live database and its companion files; nothing may be written over them."""
        if self.data_dir is None:
            return []
        main = self.data_dir / paths.DATABASE_NAME
        return [main] + [main.with_name(main.name + end) for end in ("-wal", "-shm", "-journal")]

    def refuse_own_file(self, target: Path) -> None:
        """Refuse `target` when it is (or links to) one of the live database's files."""
        target = Path(target)
        for own in self.database_files():
            same = os.path.samefile(own, target) if own.exists() and target.exists() else False
            if same or own.resolve() == target.resolve():
                raise InvalidValue(
                    f"{target} is Roundtable's own database; writing there would destroy it. "
                    "Choose another file name."
                )

    def backup_to(self, target: Path) -> None:
        """A consistent copy of the whole database, written atomically."""
        self.refuse_own_file(Path(target))
        backups.copy_database(self.db.conn, Path(target))

    def take_automatic_backup(self) -> Path | None:
        """A rotating backup in the data folder, skipped when nothing changed since the last."""
        if self.backup_dir is None:
            return None
        return backups.take_automatic_backup(self.db.conn, self.backup_dir)

    def check(self) -> list[str]:
        """Problems found by SQLite's integrity, foreign-key and full-text checks; [] if sound."""
        problems = [str(r[0]) for r in self.db.execute("PRAGMA integrity_check") if r[0] != "ok"]
        problems += [
            f"{table} row {rowid} refers to a missing {parent}"
            for table, rowid, parent, _ in self.db.execute("PRAGMA foreign_key_check")
        ]
        for fts in ("sessions_fts", "items_fts", "participants_fts"):
            try:
                self.db.execute(f"INSERT INTO {fts} ({fts}, rank) VALUES ('integrity-check', 1)")
            except sqlite3.DatabaseError as exc:
                if "locked" in str(exc):
                    raise  # busy, not damaged: the caller says so
                problems.append(f"search index {fts}: {exc}")
        return problems
