"""The store's sessions and their phases, and whole sessions in and out (bundles)."""

from __future__ import annotations

import dataclasses
import sqlite3
from typing import Any

from roundtable.domain import lineage, rules, validation
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
from roundtable.storage.faults import StorageFault, as_fault
from roundtable.storage.store_base import StoreBase, changed, checked_item, raise_problems
from roundtable.storage.summary_rows import NEWEST_FIRST, SUMMARY_SELECT, summary_value


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
        """A new row; identity kept as given (an imported file), else a fresh one."""
        now = rows.now_text()
        revision = session.revision or validation.new_uid()
        identity = dataclasses.replace(
            session,
            uid=session.uid or validation.new_uid(),
            revision=revision,
            revisions=lineage.extended(session.revisions, revision),
            revised_at=session.revised_at or rows.dt_value(now),
        )
        values = rows.session_row(session) | rows.identity_row(identity)
        values |= {"created_at": now, "updated_at": now}
        session_id = self._insert("sessions", values)
        for plan in plans:
            self._insert("phases", rows.phase_row(session_id, plan))
        return session_id

    def get_session(self, session_id: int) -> Session:
        row = self._one(f"SELECT {rows.SESSION_COLUMNS} FROM sessions WHERE id = ?", [session_id])
        if row is None:
            raise NotFound(f"There is no session with id {session_id}.")
        return rows.session_value(row)

    def session_stamp(self, session_id: int) -> str | None:
        """What changes whenever the session's content does (not when a revision is only
        named for a sync); None when it is gone. Cheap enough to ask after every edit."""
        row = self._one("SELECT updated_at FROM sessions WHERE id = ?", [session_id])
        return None if row is None else row[0]

    def under_the_rule(self, session_ids: list[int]) -> set[int]:
        """Which of the sessions were held under the Chatham House Rule (one query)."""
        held = {
            row[0] for row in self.conn.execute("SELECT id FROM sessions WHERE chatham_house = 1")
        }
        return held & set(session_ids)

    def list_sessions(self) -> list[SessionSummary]:
        """All sessions, newest first (by start, else by creation)."""
        found = self.conn.execute(f"{SUMMARY_SELECT} {NEWEST_FIRST}").fetchall()
        return [summary_value(r) for r in found]

    def update_session(self, session_id: int, **changes: Any) -> Session:
        # Read, check and write under one lock: another window's edit cannot slip between.
        with self._write():
            updated = changed(self.get_session(session_id), changes, "session")
            raise_problems("session", validation.session_problems(updated))
            self._update("sessions", session_id, rows.session_row(updated))
            self._touch(session_id)
        return self.get_session(session_id)

    def current_revision(self, session_id: int) -> Session:
        """The session with a revision that names what it holds now: a session changed since
        its last revision gets a new one, appended to its lineage (docs/session-format.md)."""
        row = self._one("SELECT changed FROM sessions WHERE id = ?", [session_id])
        if row is None:
            raise NotFound(f"There is no session with id {session_id}.")
        session = self.get_session(session_id)
        if not row[0]:
            return session
        revision = validation.new_uid()
        revisions = lineage.extended(session.revisions, revision)
        if self.read_only_reason is None:
            try:
                with self._write():
                    self.conn.execute(
                        "UPDATE sessions SET revision = ?, revisions = ?, changed = 0 WHERE id = ?",
                        [revision, rows.json_text(revisions), session_id],
                    )
                return self.get_session(session_id)
            except (sqlite3.Error, OSError, StorageFault) as exc:
                if not isinstance(exc, StorageFault) and as_fault(exc, self.data_dir) is None:
                    raise
        # A full disk or read-only folder cannot record the revision, and the file must
        # still name one of its own. The store keeps the session marked changed and mints
        # another once it can write: where both meet, a conflicting copy, nothing lost.
        return dataclasses.replace(session, revision=revision, revisions=revisions)

    def sessions_in_series(self, series: str) -> list[SessionSummary]:
        """The sessions of one series, newest first."""
        found = self.conn.execute(
            f"{SUMMARY_SELECT} WHERE s.series = ? {NEWEST_FIRST}", [series]
        ).fetchall()
        return [summary_value(r) for r in found]

    def series_text(self, series: str) -> str:
        """The organiser's synthesis text of a series; '' when none was written."""
        found = self._one("SELECT text FROM series_notes WHERE series = ?", [series])
        return found[0] if found else ""

    def set_series_text(self, series: str, text: str) -> None:
        if not series.strip():
            raise InvalidValue("A synthesis text belongs to a series: give the series' name.")
        with self._write():
            self.conn.execute(
                "INSERT INTO series_notes (series, text, updated_at) VALUES (?, ?, ?) "
                "ON CONFLICT (series) DO UPDATE SET text = excluded.text, "
                "updated_at = excluded.updated_at",
                [series, text, rows.now_text()],
            )

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
            uid="",
            revision="",
            revisions=[],
            revised_at=None,
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

    def import_bundle(self, bundle: SessionBundle, fresh_identity: bool = False) -> Session:
        """Store a whole session as a new one, all or nothing.

        Ids in the bundle are local to it; references between its parts use those ids. The
        uids, revision and lineage are kept, unless `fresh_identity` (a duplicate) or a uid
        is already stored (the same file imported as new twice): then they are new.
        """
        raise_problems("session", validation.session_problems(bundle.session))
        session = bundle.session
        if fresh_identity or self._one("SELECT 1 FROM sessions WHERE uid = ?", [session.uid]):
            session = dataclasses.replace(
                session, uid="", revision="", revisions=[], revised_at=None
            )
        plans = rules.phases_with_defaults(bundle.phases)
        for plan in plans:
            raise_problems("phase", validation.phase_problems(plan))
        with self._write():
            session_id = self._insert_session(session, plans)
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
                if fresh_identity or (
                    stored.uid and self._one("SELECT 1 FROM items WHERE uid = ?", [stored.uid])
                ):
                    stored = dataclasses.replace(stored, uid="")
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

    def export_bundle(self, session_id: int, revised: bool = False) -> SessionBundle:
        """Everything the session holds, with the store's ids. `revised` (for a session file)
        first gives a session changed since its last revision a new one, so the file names
        what it holds; the minutes need no revision, and a read-only database still reads."""
        session = self.current_revision(session_id) if revised else self.get_session(session_id)
        return SessionBundle(
            session=session,
            phases=self.phases(session_id),
            participants=self.participants(session_id),
            items=self.items(session_id),
            speaking_turns=self.speaking_turns(session_id),
        )
