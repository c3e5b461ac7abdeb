"""One pass over a parsed document: every problem with its JSON path, and the bundle it
describes when there is none."""

from __future__ import annotations

import hashlib
import json
from typing import Any

from roundtable.domain import lineage, rules, validation
from roundtable.domain.model import (
    ActionStatus,
    FollowUp,
    IdeaStatus,
    Item,
    ItemKind,
    Language,
    Participant,
    Phase,
    PhasePlan,
    Sector,
    Session,
    SessionBundle,
    SessionStatus,
    SpeakingTurn,
)
from roundtable.sessionfile.fields import FieldReader, a_or_an, type_name
from roundtable.sessionfile.format import FORMAT, VERSION

_TOP_KEYS = {"format", "version", "session"}
_SESSION_KEYS = {
    "title", "theme", "host", "venue", "starts_at", "language", "facilitator", "status",
    "chatham_house", "summary", "phases", "participants", "items", "speaking_turns",
    "purpose", "next_meeting", "minute_taker", "distribution",
    "uid", "revision", "revisions", "revised_at", "series",
}  # fmt: skip
_PHASE_KEYS = {"key", "planned_minutes", "started_at", "ended_at"}
_PARTICIPANT_KEYS = {"id", "name", "organisation", "sector", "role", "aliases"}
_ITEM_KEYS = {
    "id", "phase", "kind", "text", "title", "by", "category", "votes", "impact", "effort",
    "addresses", "owner", "next_step", "status", "due",
    "uid", "owner_text", "outcome", "followups", "themes", "pinned", "builds_on", "standing",
}  # fmt: skip
_FOLLOWUP_KEYS = {"at", "status", "note"}
_TURN_KEYS = {"by", "started_at", "ended_at"}

# Which kinds each kind-specific item field applies to; on other kinds it is ignored.
_APPLIES_TO: dict[str, frozenset[ItemKind]] = {
    "category": rules.CATEGORY_KINDS,
    "votes": rules.IDEA_KINDS,
    "impact": rules.IDEA_KINDS,
    "effort": rules.IDEA_KINDS,
    "addresses": rules.IDEA_KINDS,
    "next_step": rules.IDEA_KINDS,
    "status": rules.FOLLOWUP_KINDS,
    "owner": rules.OWNER_KINDS,
    "owner_text": rules.OWNER_KINDS,
    "outcome": rules.FOLLOWUP_KINDS,
    "followups": rules.FOLLOWUP_KINDS,
    "due": rules.DUE_KINDS,
}


class DocumentReader(FieldReader):
    """One pass over the document, collecting every problem rather than stopping at the first."""

    def read(self, document: Any) -> SessionBundle | None:
        top = self._object(document, "", _TOP_KEYS) if isinstance(document, dict) else None
        if top is None:
            self.problem("", f"the file must hold a JSON object, not {type_name(document)}")
            return None
        self.ignored = [entry.lstrip(".") for entry in self.ignored]
        if top.get("format") != FORMAT:
            self.problem("format", f'must be "{FORMAT}": this is not a Roundtable session file')
            return None
        version = top.get("version")
        if isinstance(version, bool) or not isinstance(version, int):
            self.problem("version", f"must be the whole number {VERSION}")
            return None
        if version > VERSION:
            self.problem(
                "version",
                f"the file is version {version}, written by a newer Roundtable; "
                f"this version reads version {VERSION}",
            )
            return None
        if version != VERSION:
            self.problem("version", f"must be {VERSION}, not {version}")
            return None
        if "session" not in top:
            self.problem("session", "is required")
            return None
        return self._session(top["session"])

    def _session(self, value: Any) -> SessionBundle | None:
        path = "session"
        obj = self._object(value, path, _SESSION_KEYS)
        if obj is None:
            return None
        title = self._text(obj, "title", path, required=True, low=1, high=rules.TITLE_MAX)
        session = Session(
            title=title or "",
            theme=self._text(obj, "theme", path) or "",
            host=self._text(obj, "host", path) or "",
            venue=self._text(obj, "venue", path) or "",
            starts_at=self._datetime(obj, "starts_at", path),
            language=self._enum(obj, "language", path, Language) or Language.DA,
            facilitator=self._text(obj, "facilitator", path) or "",
            status=self._enum(obj, "status", path, SessionStatus) or SessionStatus.PLANNED,
            summary=self._text(obj, "summary", path) or "",
            purpose=self._text(obj, "purpose", path) or "",
            next_meeting=self._date(obj, "next_meeting", path),
            minute_taker=self._text(obj, "minute_taker", path) or "",
            distribution=self._text(obj, "distribution", path) or "",
            series=self._text(obj, "series", path, low=1, high=rules.SERIES_MAX) or "",
            revised_at=self._datetime(obj, "revised_at", path),
        )
        self._identity(obj, path, session)
        if "chatham_house" in obj:
            if isinstance(obj["chatham_house"], bool):
                session.chatham_house = obj["chatham_house"]
            else:
                self.problem(
                    f"{path}.chatham_house",
                    f"must be true or false, not {type_name(obj['chatham_house'])}",
                )
        phases = self._phases(self._list(obj, "phases", path))
        people, participants = self._participants(self._list(obj, "participants", path))
        items = self._items(self._list(obj, "items", path), people)
        turns = self._turns(self._list(obj, "speaking_turns", path), people)
        return SessionBundle(session, phases, participants, items, turns)

    def _uid(self, obj: dict[str, Any], path: str) -> str:
        text = self._text(obj, "uid", path)
        if text is not None and not validation.is_uid(text):
            self.problem(f"{path}.uid", f'"{text}" is not a UUID in its text form'[:300])
            return ""
        return text or ""

    def _identity(self, obj: dict[str, Any], path: str, session: Session) -> None:
        session.uid = self._uid(obj, path)
        revision = self._text(obj, "revision", path, low=1, high=200)
        revisions: list[str] = []
        for index, entry in enumerate(self._list(obj, "revisions", path)):
            if isinstance(entry, str) and 1 <= len(entry) <= 200:
                revisions.append(entry)
            else:
                self.problem(f"{path}.revisions[{index}]", "must be a revision id (text)")
        if revision is None and "revision" not in obj:
            # A file from before revisions (or written by hand): its content names it, so
            # the same file read twice is the same revision.
            canonical = json.dumps(obj, sort_keys=True, ensure_ascii=True, default=str)
            revision = "content-" + hashlib.sha256(canonical.encode()).hexdigest()[:32]
        if revision is not None:
            session.revision = revision
            session.revisions = lineage.extended(revisions, revision)

    def _phases(self, entries: list[Any]) -> list[PhasePlan]:
        plans: list[PhasePlan] = []
        seen: dict[Phase, str] = {}
        for index, entry in enumerate(entries):
            path = f"session.phases[{index}]"
            obj = self._object(entry, path, _PHASE_KEYS)
            if obj is None:
                continue
            phase = self._enum(obj, "key", path, Phase, required=True)
            minutes = self._int(obj, "planned_minutes", path, rules.MINUTES_MIN, rules.MINUTES_MAX)
            started = self._datetime(obj, "started_at", path)
            ended = self._datetime(obj, "ended_at", path)
            if phase is None:
                continue
            if phase in seen:
                self.problem(f"{path}.key", f'"{phase}" is already given at {seen[phase]}')
                continue
            seen[phase] = path
            plan = PhasePlan(phase, minutes or rules.DEFAULT_PLANNED_MINUTES[phase], started, ended)
            self._report_problems(path, validation.phase_problems(plan))
            plans.append(plan)
        return plans

    def _participants(self, entries: list[Any]) -> tuple[dict[str, int], list[Participant]]:
        people: dict[str, int] = {}
        seen: dict[str, str] = {}
        found: list[Participant] = []
        for index, entry in enumerate(entries):
            path = f"session.participants[{index}]"
            obj = self._object(entry, path, _PARTICIPANT_KEYS)
            if obj is None:
                continue
            key = self._id(obj, path, seen)
            name = self._text(obj, "name", path, required=True, low=1)
            participant = Participant(
                id=len(found) + 1,
                name=name or "",
                organisation=self._text(obj, "organisation", path) or "",
                role=self._text(obj, "role", path) or "",
                sector=self._enum(obj, "sector", path, Sector) or Sector.OTHER,
                aliases=self._aliases(obj, path),
            )
            if name is not None:
                self._report_problems(path, validation.participant_problems(participant))
            if key is not None:
                people[key] = participant.id
            found.append(participant)
        return people, found

    def _aliases(self, obj: dict[str, Any], path: str) -> list[str]:
        """The optional "also written as" names: a list of text, the empty ones left out."""
        found = []
        for index, value in enumerate(self._list(obj, "aliases", path)):
            if not isinstance(value, str):
                self.problem(f"{path}.aliases[{index}]", f"must be text, not {type_name(value)}")
            elif value.strip():
                found.append(value.strip())
        return found

    def _reference(self, obj: dict[str, Any], key: str, path: str, people: dict[str, int]) -> int:
        ref = self._text(obj, key, path)
        if ref is None:
            return 0
        if ref not in people:
            self.problem(f"{path}.{key}", f'no participant with id "{ref}"')
            return 0
        return people[ref]

    def _items(self, entries: list[Any], people: dict[str, int]) -> list[Item]:
        found: list[Item] = []
        keys: dict[str, int] = {}
        seen: dict[str, str] = {}
        uids: dict[str, str] = {}
        pending_links: list[tuple[Item, str, list[Any]]] = []
        for index, entry in enumerate(entries):
            path = f"session.items[{index}]"
            obj = self._object(entry, path, _ITEM_KEYS)
            if obj is None:
                continue
            key = self._id(obj, path, seen)
            phase = self._enum(obj, "phase", path, Phase, required=True)
            kind = self._enum(obj, "kind", path, ItemKind, required=True)
            text = self._text(obj, "text", path, required=True, low=1, high=rules.TEXT_MAX)
            title = self._text(obj, "title", path) or ""
            by = self._reference(obj, "by", path, people)
            if phase is None or kind is None:
                continue
            applies = {name: kind in kinds for name, kinds in _APPLIES_TO.items() if name in obj}
            for name, fits in applies.items():
                if not fits:
                    self.ignored.append(f"{path}.{name} (does not apply to {a_or_an(kind)})")
            item = Item(
                id=len(found) + 1,
                phase=phase,
                kind=kind,
                # A missing text was reported above; the bundle is not returned then.
                text=text or "",
                title=title,
                by_id=by or None,
                uid=self._uid(obj, path),
            )
            if item.uid in uids:
                self.problem(f"{path}.uid", f'"{item.uid}" is already used by {uids[item.uid]}')
            elif item.uid:
                uids[item.uid] = path
            if applies.get("category"):
                item.category = self._text(obj, "category", path) or ""
            if applies.get("votes"):
                item.votes = self._int(obj, "votes", path, 0, rules.VOTES_MAX)
            for score in ("impact", "effort"):
                if applies.get(score):
                    setattr(
                        item, score, self._int(obj, score, path, rules.SCORE_MIN, rules.SCORE_MAX)
                    )
            if applies.get("next_step"):
                item.next_step = self._text(obj, "next_step", path) or ""
            if applies.get("status"):
                statuses = rules.statuses_of(kind)
                item.status = self._enum(obj, "status", path, statuses)
            if applies.get("owner_text"):
                item.owner_text = self._text(obj, "owner_text", path) or ""
                if obj.get("owner") is not None and item.owner_text:
                    self.problem(f"{path}.owner_text", "cannot be given together with owner")
            if applies.get("outcome"):
                item.outcome = self._text(obj, "outcome", path) or ""
            if applies.get("followups"):
                item.followups = self._followups(obj, path)
            if "themes" in obj:
                item.themes = self._themes(obj, path)
            if "pinned" in obj:
                item.pinned = self._flag(obj, "pinned", path)
            if "standing" in obj:
                item.standing = self._flag(obj, "standing", path)
            if "builds_on" in obj:
                item.builds_on = self._builds_on(obj, path)
            if applies.get("owner"):
                item.owner_id = self._reference(obj, "owner", path, people) or None
            if applies.get("due"):
                item.due = self._date(obj, "due", path)
            if applies.get("addresses"):
                links = obj["addresses"]
                if isinstance(links, list):
                    pending_links.append((item, path, links))
                else:
                    self.problem(f"{path}.addresses", f"must be a list, not {type_name(links)}")
            if not rules.kind_fits_phase(kind, phase):
                self.problem(
                    f"{path}.kind", f'{a_or_an(kind)} does not belong in the phase "{phase}"'
                )
            if key is not None:
                keys[key] = len(found)
            found.append(item)
        for item, path, links in pending_links:
            self._links(item, path, links, keys, found)
        return found

    def _followups(self, obj: dict[str, Any], path: str) -> list[FollowUp]:
        found: list[FollowUp] = []
        for index, entry in enumerate(self._list(obj, "followups", path)):
            where = f"{path}.followups[{index}]"
            step = self._object(entry, where, _FOLLOWUP_KEYS)
            if step is None:
                continue
            at = self._datetime(step, "at", where, required=True)
            status = self._text(step, "status", where, required=True, low=1)
            if status is not None and not (
                validation.is_member(IdeaStatus, status)
                or validation.is_member(ActionStatus, status)
            ):
                self.problem(f"{where}.status", f'"{status}" is not a status'[:300])
            note = self._text(step, "note", where) or ""
            if at is not None and status is not None:
                found.append(FollowUp(at, status, note))
        return found

    def _flag(self, obj: dict[str, Any], key: str, path: str) -> bool:
        value = obj[key]
        if not isinstance(value, bool):
            self.problem(f"{path}.{key}", f"must be true or false, not {type_name(value)}")
            return False
        return value

    def _builds_on(self, obj: dict[str, Any], path: str) -> str:
        value = obj["builds_on"]
        if not isinstance(value, str) or not (value == "" or validation.is_uid(value)):
            self.problem(f"{path}.builds_on", "must be the uid of an earlier item")
            return ""
        return value

    def _themes(self, obj: dict[str, Any], path: str) -> list[str]:
        found: list[str] = []
        for index, entry in enumerate(self._list(obj, "themes", path)):
            if isinstance(entry, str) and entry.strip():
                found.append(entry)
            else:
                self.problem(f"{path}.themes[{index}]", "must be a theme name (text)")
        return found

    def _links(
        self, idea: Item, path: str, links: list[Any], keys: dict[str, int], items: list[Item]
    ) -> None:
        for index, ref in enumerate(links):
            where = f"{path}.addresses[{index}]"
            if not isinstance(ref, str):
                self.problem(where, f"must be an item id (text), not {type_name(ref)}")
                continue
            if ref not in keys:
                self.problem(where, f'no barrier with id "{ref}"')
                continue
            target = items[keys[ref]]
            if target.kind is not ItemKind.BARRIER:
                self.problem(where, f'"{ref}" is {a_or_an(target.kind)}, not a barrier')
                continue
            if target.id in idea.barrier_ids:
                self.ignored.append(f'{where} ("{ref}" is listed twice; kept once)')
                continue
            idea.barrier_ids.append(target.id)

    def _turns(self, entries: list[Any], people: dict[str, int]) -> list[SpeakingTurn]:
        found: list[SpeakingTurn] = []
        for index, entry in enumerate(entries):
            path = f"session.speaking_turns[{index}]"
            obj = self._object(entry, path, _TURN_KEYS)
            if obj is None:
                continue
            if "by" not in obj:
                self.problem(f"{path}.by", "is required")
            by = self._reference(obj, "by", path, people)
            started = self._datetime(obj, "started_at", path, required=True)
            ended = self._datetime(obj, "ended_at", path)
            if not by or started is None:
                continue
            turn = SpeakingTurn(by_id=by, started_at=started, ended_at=ended)
            self._report_problems(path, validation.turn_problems(turn))
            found.append(turn)
        return found
