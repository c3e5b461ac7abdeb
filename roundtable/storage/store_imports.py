"""Importing a session file whose session may already be stored: by uid and lineage, never
by clock (docs/session-format.md, "Importing a file whose session is already there")."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass

from roundtable.domain import lineage, rules, validation
from roundtable.domain.lineage import Outcome
from roundtable.domain.model import (
    FollowUp,
    Item,
    ItemKind,
    Language,
    Participant,
    Session,
    SessionBundle,
)
from roundtable.errors import InvalidValue
from roundtable.storage import rows
from roundtable.storage.store_base import StoreBase, checked_item, raise_problems

COPY_SUFFIX = {Language.DA: " (modstridende kopi)", Language.EN: " (conflicting copy)"}


@dataclass(frozen=True)
class Imported:
    """What importing one file did: the session it went to, and new/updated/unchanged/copy."""

    session: Session
    outcome: Outcome


def conflicting_copy_title(title: str, language: Language) -> str:
    suffix = COPY_SUFFIX[Language(language)]
    return title[: rules.TITLE_MAX - len(suffix)] + suffix


def _followup_dicts(entries: list[FollowUp]) -> list[dict]:
    return [{"at": e.at.isoformat(), "status": e.status, "note": e.note} for e in entries]


def followups_merged(ours: list[FollowUp], theirs: list[FollowUp]) -> list[FollowUp]:
    """Both histories, each entry once, oldest first."""
    merged = lineage.followup_union(_followup_dicts(ours), _followup_dicts(theirs))
    return rows.followups_value(rows.json_text(merged))


def _participant_key(p: Participant) -> tuple[str, str]:
    return (p.name, p.organisation)


class ImportsPart(StoreBase):
    def session_id_by_uid(self, uid: str) -> int | None:
        row = self._one("SELECT id FROM sessions WHERE uid = ?", [uid]) if uid else None
        return None if row is None else row[0]

    def import_session(self, bundle: SessionBundle, as_new: bool = False) -> Imported:
        """Import one read session file by the rules of its uid and lineage, in one
        transaction. `as_new` stores it as a new session with new uids (a duplicate)."""
        if as_new:
            return Imported(self.import_bundle(bundle, fresh_identity=True), Outcome.NEW)
        with self._write():
            stored_id = self.session_id_by_uid(bundle.session.uid)
            if stored_id is None:
                return Imported(self.import_bundle(bundle), Outcome.NEW)
            # A session changed here since its last revision is compared as a new revision.
            stored = self.current_revision(stored_id)
            theirs = bundle.session
            outcome = lineage.compare(
                stored.revision, stored.revisions, theirs.revision, theirs.revisions
            )
            if outcome is Outcome.UPDATED:
                self._replace_session(stored_id, bundle)
            elif outcome is Outcome.COPY:
                # The copy's identity comes from the file it copies: two laptops that meet the
                # same stale file in a shared folder make one copy between them, not one each.
                copy_uid = validation.derived_uid("copy", theirs.uid, theirs.revision)
                made = self.session_id_by_uid(copy_uid)
                if made is None:
                    created = self.import_bundle(_conflicting_copy(bundle, copy_uid))
                # The stored session counts the file's revision as seen: the same file is
                # not copied twice.
                self.conn.execute(
                    "UPDATE sessions SET revisions = ? WHERE id = ?",
                    [
                        rows.json_text(lineage.extended(stored.revisions, theirs.revision)),
                        stored_id,
                    ],
                )
                if made is not None:  # copied already, here or on a laptop it came from
                    return Imported(self.get_session(made), Outcome.UNCHANGED)
                return Imported(created, outcome)
        return Imported(self.get_session(stored_id), outcome)

    def _replace_session(self, session_id: int, bundle: SessionBundle) -> None:
        """The stored session becomes what the file says; items are matched by uid, and the
        follow-up history of both sides is kept."""
        theirs = bundle.session
        raise_problems("session", validation.session_problems(theirs))
        stored = self.get_session(session_id)
        seen = [r for r in stored.revisions if r not in theirs.revisions]
        identity = dataclasses.replace(
            theirs,
            uid=stored.uid,
            revisions=lineage.extended([*seen, *theirs.revisions], theirs.revision),
            revised_at=theirs.revised_at or stored.revised_at,
        )
        values = rows.session_row(theirs) | rows.identity_row(identity)
        self._update("sessions", session_id, values | {"updated_at": rows.now_text()})
        self.conn.execute("UPDATE sessions SET changed = 0 WHERE id = ?", [session_id])
        for plan in rules.phases_with_defaults(bundle.phases):
            self._insert("phases", rows.phase_row(session_id, plan), "INSERT OR REPLACE")
        people = self._replace_participants(session_id, bundle.participants)
        self._replace_items(session_id, bundle, people)
        self.conn.execute("DELETE FROM speaking_turns WHERE session_id = ?", [session_id])
        for turn in bundle.speaking_turns:
            raise_problems("speaking turn", validation.turn_problems(turn))
            self._insert_turn(session_id, dataclasses.replace(turn, by_id=people[turn.by_id]))

    def _replace_participants(
        self, session_id: int, incoming: list[Participant]
    ) -> dict[int | None, int | None]:
        """Participants have no uid: one with the same name and organisation keeps its row
        (and so its place in the speaker queue); the rest go or come."""
        stored: dict[tuple[str, str], list[int]] = {}
        for person in self.participants(session_id):
            stored.setdefault(_participant_key(person), []).append(person.id)
        people: dict[int | None, int | None] = {None: None}
        kept: set[int] = set()
        for position, person in enumerate(incoming):
            raise_problems("participant", validation.participant_problems(person))
            matches = stored.get(_participant_key(person))
            values = rows.participant_row(person) | {"position": position}
            if matches:
                row_id = matches.pop(0)
                self._update("participants", row_id, values)
            else:
                row_id = self._insert("participants", values | {"session_id": session_id})
            people[person.id] = row_id
            kept.add(row_id)
        for ids in stored.values():
            for row_id in ids:
                if row_id not in kept:
                    self.conn.execute("DELETE FROM participants WHERE id = ?", [row_id])
        return people

    def _replace_items(
        self, session_id: int, bundle: SessionBundle, people: dict[int | None, int | None]
    ) -> None:
        stored = {item.uid: item for item in self.items(session_id)}
        self.conn.execute(
            "DELETE FROM idea_barriers "
            "WHERE idea_id IN (SELECT id FROM items WHERE session_id = ?)",
            [session_id],
        )
        ids: dict[int | None, int] = {}
        positions: dict[str, int] = {}
        kept: set[int] = set()
        for item in bundle.items:
            item = checked_item(item)
            try:
                item = dataclasses.replace(
                    item, by_id=people[item.by_id], owner_id=people[item.owner_id]
                )
            except KeyError as exc:
                raise InvalidValue(f"Invalid item: no participant {exc}.") from exc
            position = positions.get(item.phase, 0)
            positions[item.phase] = position + 1
            mine = stored.get(item.uid) if item.uid else None
            if mine is not None:
                item = dataclasses.replace(
                    item, followups=followups_merged(mine.followups, item.followups)
                )
                self._update("items", mine.id, rows.item_row(item) | {"position": position})
                row_id = mine.id
            else:
                row_id = self._insert_item(session_id, self._unused_uid(item))
                self._update("items", row_id, {"position": position})
            ids[item.id] = row_id
            kept.add(row_id)
        for mine in stored.values():
            if mine.id not in kept:
                self.conn.execute("DELETE FROM items WHERE id = ?", [mine.id])
        for item in bundle.items:
            if item.kind is ItemKind.IDEA and item.barrier_ids:
                try:
                    targets = [ids[b] for b in item.barrier_ids]
                except KeyError as exc:
                    raise InvalidValue(f"Invalid item: no barrier {exc}.") from exc
                self._set_addresses(session_id, ids[item.id], targets)

    def _unused_uid(self, item: Item) -> Item:
        """The item as given, or with a new uid when its own is taken by another item."""
        if item.uid and self._one("SELECT 1 FROM items WHERE uid = ?", [item.uid]):
            return dataclasses.replace(item, uid="")
        return item


def _conflicting_copy(bundle: SessionBundle, uid: str) -> SessionBundle:
    """`bundle` as the conflicting copy `uid`: its title says so, and its revision and its
    items' uids derive from `uid`, so the copy is the same wherever it is made. It is kept
    out of the session's series: a copy is not another roundtable, and in the series it
    counted twice in the overview and the synthesis ('5 roundtables' of 4)."""
    theirs = bundle.session
    revision = validation.derived_uid("revision", uid)
    session = dataclasses.replace(
        theirs,
        uid=uid,
        series="",
        title=conflicting_copy_title(theirs.title, theirs.language),
        revision=revision,
        revisions=[revision],
    )
    items = [
        dataclasses.replace(i, uid=validation.derived_uid("item", uid, i.uid) if i.uid else "")
        for i in bundle.items
    ]
    return dataclasses.replace(bundle, session=session, items=items)
