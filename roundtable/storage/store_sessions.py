"""The store's sessions and their phases, and whole sessions in and out (bundles)."""

from __future__ import annotations

import dataclasses
from typing import Any

from roundtable.domain import rules, validation
from roundtable.domain.model import (
    ItemKind,
    Phase,
    PhasePlan,
    Session,
    SessionBundle,
    SessionStatus,
    SessionSummary,
)
from roundtable.errors import InvalidValue, NotFound
from roundtable.storage import rows
from roundtable.storage.store_base import StoreBase, changed, checked_item, raise_problems


class SessionsPart(StoreBase):
    def create_session(self, session: Session, phases: list[PhasePlan] | None = None) -> Session:
        raise_problems("session", validation.session_problems(session))
        plans = rules.phases_with_defaults(phases or [])
        for plan in plans:
            raise_problems("phase", validation.phase_problems(plan))
        with self._write():
            session_id = self._insert_session(session, plans)
        return self.get_session(session_id)

    def _insert_session(self, session: Session, plans: list[PhasePlan]) -> int:
        now = rows.now_text()
        values = rows.session_row(session) | {"created_at": now, "updated_at": now}
        session_id = self._insert("sessions", values)
        for plan in plans:
            self._insert("phases", rows.phase_row(session_id, plan))
        return session_id

    def get_session(self, session_id: int) -> Session:
        row = self._one(f"SELECT {rows.SESSION_COLUMNS} FROM sessions WHERE id = ?", [session_id])
        if row is None:
            raise NotFound(f"There is no session with id {session_id}.")
        return rows.session_value(row)

    def list_sessions(self) -> list[SessionSummary]:
        """All sessions, newest first (by start, else by creation)."""
        found = self.conn.execute(f"{rows.SUMMARY_SELECT} {rows.NEWEST_FIRST}").fetchall()
        return [rows.summary_value(r) for r in found]

    def update_session(self, session_id: int, **changes: Any) -> Session:
        # Read, check and write under one lock: another window's edit cannot slip between.
        with self._write():
            updated = changed(self.get_session(session_id), changes, "session")
            raise_problems("session", validation.session_problems(updated))
            values = rows.session_row(updated) | {"updated_at": rows.now_text()}
            self._update("sessions", session_id, values)
        return self.get_session(session_id)

    def delete_session(self, session_id: int) -> None:
        with self._write():
            self._require_session(session_id)
            self.conn.execute("DELETE FROM sessions WHERE id = ?", [session_id])
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
        raise_problems("session", validation.session_problems(copy))
        plans = [PhasePlan(p.phase, p.planned_minutes) for p in self.phases(session_id)]
        with self._write():
            new_id = self._insert_session(copy, plans)
            for person in self.participants(session_id):
                self._insert_participant(new_id, person)
        return self.get_session(new_id)

    def phases(self, session_id: int) -> list[PhasePlan]:
        self._require_session(session_id)
        found = self.conn.execute(
            "SELECT phase, planned_minutes, started_at, ended_at FROM phases WHERE session_id = ?",
            [session_id],
        ).fetchall()
        by_phase = {plan.phase: plan for plan in map(rows.phase_value, found)}
        return rules.phases_with_defaults(list(by_phase.values()))

    def update_phase(self, session_id: int, phase: Phase, **changes: Any) -> PhasePlan:
        if not validation.is_member(Phase, phase):
            raise InvalidValue(f"There is no phase called {phase!r}.")
        with self._write():
            current = next(p for p in self.phases(session_id) if p.phase == phase)
            updated = changed(current, changes, "phase")
            if updated.phase != phase:
                raise InvalidValue("A phase's key cannot be changed.")
            raise_problems("phase", validation.phase_problems(updated))
            self._insert("phases", rows.phase_row(session_id, updated), "INSERT OR REPLACE")
            self._touch(session_id)
        return updated

    def import_bundle(self, bundle: SessionBundle) -> Session:
        """Store a whole session as a new one, all or nothing.

        Ids in the bundle are local to it; references between its parts use those ids.
        """
        raise_problems("session", validation.session_problems(bundle.session))
        plans = rules.phases_with_defaults(bundle.phases)
        for plan in plans:
            raise_problems("phase", validation.phase_problems(plan))
        with self._write():
            session_id = self._insert_session(bundle.session, plans)
            people: dict[int | None, int | None] = {None: None}
            for participant in bundle.participants:
                raise_problems("participant", validation.participant_problems(participant))
                people[participant.id] = self._insert_participant(session_id, participant)
            items: dict[int | None, int] = {}
            for item in bundle.items:
                item = checked_item(item)
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
                raise_problems("speaking turn", validation.turn_problems(turn))
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
