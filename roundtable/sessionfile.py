"""The session file (`roundtable-session`, version 1): read, validate and write.

The contract is ../shared/session-format.md. Reading never raises anything but
`SessionFileError`, which lists every problem with its JSON path; a refused file yields
nothing, so nothing of it can be half-imported.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import date, datetime
from enum import StrEnum
from pathlib import Path
from typing import Any, TypeVar

from roundtable.atomicfile import write_atomic
from roundtable.domain import rules, validation
from roundtable.domain.model import (
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
from roundtable.errors import RoundtableError

FORMAT = "roundtable-session"
VERSION = 1
MAX_FILE_BYTES = 100 * 1024 * 1024
_SHOWN_PROBLEMS = 50

E = TypeVar("E", bound=StrEnum)

_ID_PREFIX = {
    ItemKind.NOTE: "n",
    ItemKind.QUOTE: "n",
    ItemKind.QUESTION: "n",
    ItemKind.BARRIER: "b",
    ItemKind.OPPORTUNITY: "o",
    ItemKind.IDEA: "i",
    ItemKind.ACTION: "a",
}

_TOP_KEYS = {"format", "version", "session"}
_SESSION_KEYS = {
    "title", "theme", "host", "venue", "starts_at", "language", "facilitator", "status",
    "chatham_house", "summary", "phases", "participants", "items", "speaking_turns",
}  # fmt: skip
_PHASE_KEYS = {"key", "planned_minutes", "started_at", "ended_at"}
_PARTICIPANT_KEYS = {"id", "name", "organisation", "sector", "role", "aliases"}
_ITEM_KEYS = {
    "id", "phase", "kind", "text", "title", "by", "category", "votes", "impact", "effort",
    "addresses", "owner", "next_step", "status", "due",
}  # fmt: skip
_TURN_KEYS = {"by", "started_at", "ended_at"}

# Which kinds each kind-specific item field applies to; on other kinds it is ignored.
_APPLIES_TO: dict[str, frozenset[ItemKind]] = {
    "category": rules.CATEGORY_KINDS,
    "votes": rules.IDEA_KINDS,
    "impact": rules.IDEA_KINDS,
    "effort": rules.IDEA_KINDS,
    "addresses": rules.IDEA_KINDS,
    "next_step": rules.IDEA_KINDS,
    "status": rules.IDEA_KINDS,
    "owner": rules.OWNER_KINDS,
    "due": rules.DUE_KINDS,
}


@dataclass(frozen=True)
class Problem:
    path: str
    message: str

    def __str__(self) -> str:
        return f"{self.path}: {self.message}" if self.path else self.message


class SessionFileError(RoundtableError):
    """A file that is refused whole, with every problem found."""

    def __init__(self, source: str, problems: list[Problem]) -> None:
        self.source = source
        self.problems = problems
        count = len(problems)
        lines = [f"  {p}" for p in problems[:_SHOWN_PROBLEMS]]
        if count > _SHOWN_PROBLEMS:
            lines.append(f"  … and {count - _SHOWN_PROBLEMS} more")
        noun = "problem" if count == 1 else "problems"
        super().__init__(
            f"{source} was refused ({count} {noun}; nothing was imported):\n" + "\n".join(lines)
        )


@dataclass
class ReadResult:
    bundle: SessionBundle
    # JSON paths of fields that were present but ignored, each with the reason.
    ignored: list[str] = field(default_factory=list)


# -- reading ---------------------------------------------------------------------------


def _int_range(low: int, high: int) -> str:
    # A bound that only keeps the number inside SQLite is not worth reading out.
    return f"{low} or more" if high >= 2**62 else f"{low}–{high:,}"


def read_session_file(path: str | Path) -> ReadResult:
    path = Path(path)
    try:
        # Read at most one byte past the limit: a device or pipe (/dev/zero) has no size.
        with path.open("rb") as handle:
            data = handle.read(MAX_FILE_BYTES + 1)
    except OSError as exc:
        raise RoundtableError(f"Cannot read {path}: {exc.strerror or exc}.") from exc
    return parse_session_bytes(data, str(path))


def parse_session_bytes(data: bytes, source: str = "the session file") -> ReadResult:
    if len(data) > MAX_FILE_BYTES:
        raise SessionFileError(
            source, [Problem("", f"the file is larger than {MAX_FILE_BYTES // 2**20} MiB")]
        )
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise SessionFileError(
            source, [Problem("", f"the file is not UTF-8 text (byte {exc.start} is not valid)")]
        ) from None
    try:
        document = json.loads(text)
    except RecursionError:
        raise SessionFileError(source, [Problem("", "the JSON is nested too deeply")]) from None
    except json.JSONDecodeError as exc:
        raise SessionFileError(
            source,
            [Problem("", f"not valid JSON: {exc.msg} at line {exc.lineno}, column {exc.colno}")],
        ) from None
    except ValueError as exc:  # e.g. an integer longer than Python converts (4,300 digits)
        raise SessionFileError(source, [Problem("", f"not valid JSON: {exc}")]) from None
    return parse_session_document(document, source)


def parse_session_document(document: Any, source: str = "the session file") -> ReadResult:
    reader = _Reader()
    bundle = reader.read(document)
    if reader.problems or bundle is None:
        raise SessionFileError(source, reader.problems)
    return ReadResult(bundle, reader.ignored)


def _type_name(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, str):
        return "text"
    if isinstance(value, int | float):
        return f"the number {value}"
    if isinstance(value, list):
        return "a list"
    return "an object"


def _a(word: str) -> str:
    return f"an {word}" if word[:1] in "aeiou" else f"a {word}"


class _Reader:
    """One pass over the document, collecting every problem rather than stopping at the first."""

    def __init__(self) -> None:
        self.problems: list[Problem] = []
        self.ignored: list[str] = []

    def problem(self, path: str, message: str) -> None:
        self.problems.append(Problem(path, message))

    def _object(self, value: Any, path: str, known: set[str]) -> dict[str, Any] | None:
        if not isinstance(value, dict):
            self.problem(path, f"must be an object, not {_type_name(value)}")
            return None
        for key in value:
            if key not in known:
                self.ignored.append(f"{path}.{key} (unknown field)")
        return value

    def _list(self, obj: dict[str, Any], key: str, path: str) -> list[Any]:
        value = obj.get(key)
        if value is None and key not in obj:
            return []
        if not isinstance(value, list):
            self.problem(f"{path}.{key}", f"must be a list, not {_type_name(value)}")
            return []
        return value

    def _text(
        self,
        obj: dict[str, Any],
        key: str,
        path: str,
        required: bool = False,
        low: int = 0,
        high: int | None = None,
    ) -> str | None:
        where = f"{path}.{key}"
        if key not in obj:
            if required:
                self.problem(where, "is required")
            return None
        value = obj[key]
        if not isinstance(value, str):
            self.problem(where, f"must be text, not {_type_name(value)}")
            return None
        try:
            value.encode("utf-8")
        except UnicodeEncodeError as exc:
            self.problem(where, f"holds an invalid character at position {exc.start}")
            return None
        if len(value) < low or (high is not None and len(value) > high):
            if high is None:
                self.problem(where, "must not be empty" if low == 1 else f"needs {low} characters")
            else:
                self.problem(where, f"must be {low}–{high:,} characters long, not {len(value):,}")
            return None
        return value

    def _int(self, obj: dict[str, Any], key: str, path: str, low: int, high: int) -> int | None:
        if key not in obj:
            return None
        value = obj[key]
        where = f"{path}.{key}"
        if isinstance(value, bool) or not isinstance(value, int):
            self.problem(where, f"must be a whole number, not {_type_name(value)}")
            return None
        if value > high >= 2**62:
            self.problem(where, f"is too large ({value}); the largest possible is {high}")
            return None
        if not low <= value <= high:
            self.problem(where, f"must be {_int_range(low, high)}, not {value}")
            return None
        return value

    def _enum(
        self, obj: dict[str, Any], key: str, path: str, kind: type[E], required: bool = False
    ) -> E | None:
        text = self._text(obj, key, path, required=required)
        if text is None:
            return None
        try:
            return kind(text)
        except ValueError:
            choices = ", ".join(f'"{m.value}"' for m in kind)
            self.problem(f"{path}.{key}", f'"{text}" is not one of {choices}')
            return None

    def _datetime(
        self, obj: dict[str, Any], key: str, path: str, required: bool = False
    ) -> datetime | None:
        text = self._text(obj, key, path, required=required)
        if text is None:
            return None
        where = f"{path}.{key}"
        try:
            value = datetime.fromisoformat(text)
        except ValueError:
            self.problem(where, f'"{text}" is not an ISO 8601 date-time')
            return None
        if value.tzinfo is None:
            self.problem(where, f'"{text}" has no UTC offset (for example +01:00)')
            return None
        if problem := validation.instant_problem(value):
            self.problem(where, f'"{text}" {problem}')
            return None
        return value

    def _date(self, obj: dict[str, Any], key: str, path: str) -> date | None:
        text = self._text(obj, key, path)
        if text is None:
            return None
        try:
            return date.fromisoformat(text)
        except ValueError:
            self.problem(f"{path}.{key}", f'"{text}" is not an ISO 8601 date (YYYY-MM-DD)')
            return None

    def _id(self, obj: dict[str, Any], path: str, seen: dict[str, str]) -> str | None:
        value = self._text(obj, "id", path, required=True, low=1)
        if value is None:
            return None
        if value in seen:
            self.problem(f"{path}.id", f'"{value}" is already used by {seen[value]}')
            return None
        seen[value] = path
        return value

    def _report_problems(self, path: str, problems: validation.Problems) -> None:
        for name, message in problems:
            self.problem(f"{path}.{name}", message)

    # -- the document -----------------------------------------------------------------

    def read(self, document: Any) -> SessionBundle | None:
        top = self._object(document, "", _TOP_KEYS) if isinstance(document, dict) else None
        if top is None:
            self.problem("", f"the file must hold a JSON object, not {_type_name(document)}")
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
        )
        if "chatham_house" in obj:
            if isinstance(obj["chatham_house"], bool):
                session.chatham_house = obj["chatham_house"]
            else:
                self.problem(
                    f"{path}.chatham_house",
                    f"must be true or false, not {_type_name(obj['chatham_house'])}",
                )
        phases = self._phases(self._list(obj, "phases", path))
        people, participants = self._participants(self._list(obj, "participants", path))
        items = self._items(self._list(obj, "items", path), people)
        turns = self._turns(self._list(obj, "speaking_turns", path), people)
        return SessionBundle(session, phases, participants, items, turns)

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
                self.problem(f"{path}.aliases[{index}]", f"must be text, not {_type_name(value)}")
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
                    self.ignored.append(f"{path}.{name} (does not apply to {_a(kind)})")
            item = Item(
                id=len(found) + 1,
                phase=phase,
                kind=kind,
                # A missing text was reported above; the bundle is not returned then.
                text=text or "",
                title=title,
                by_id=by or None,
            )
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
                item.status = self._enum(obj, "status", path, IdeaStatus)
            if applies.get("owner"):
                item.owner_id = self._reference(obj, "owner", path, people) or None
            if applies.get("due"):
                item.due = self._date(obj, "due", path)
            if applies.get("addresses"):
                links = obj["addresses"]
                if isinstance(links, list):
                    pending_links.append((item, path, links))
                else:
                    self.problem(f"{path}.addresses", f"must be a list, not {_type_name(links)}")
            if not rules.kind_fits_phase(kind, phase):
                self.problem(f"{path}.kind", f'{_a(kind)} does not belong in the phase "{phase}"')
            if key is not None:
                keys[key] = len(found)
            found.append(item)
        for item, path, links in pending_links:
            self._links(item, path, links, keys, found)
        return found

    def _links(
        self, idea: Item, path: str, links: list[Any], keys: dict[str, int], items: list[Item]
    ) -> None:
        for index, ref in enumerate(links):
            where = f"{path}.addresses[{index}]"
            if not isinstance(ref, str):
                self.problem(where, f"must be an item id (text), not {_type_name(ref)}")
                continue
            if ref not in keys:
                self.problem(where, f'no barrier with id "{ref}"')
                continue
            target = items[keys[ref]]
            if target.kind is not ItemKind.BARRIER:
                self.problem(where, f'"{ref}" is {_a(target.kind)}, not a barrier')
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


# -- writing ---------------------------------------------------------------------------


def _put(target: dict[str, Any], key: str, value: Any) -> None:
    """Optional fields are written only when they hold something."""
    if value not in (None, "", []):
        target[key] = value


def _iso(value: datetime | date | None) -> str | None:
    return None if value is None else value.isoformat()


def bundle_to_document(bundle: SessionBundle) -> dict[str, Any]:
    """The session as a version-1 document, with fresh ids that are stable for the same data."""
    people = {p.id: f"p{n}" for n, p in enumerate(bundle.participants, start=1)}
    counters: dict[str, int] = {}
    item_keys: dict[int | None, str] = {}
    ordered = sorted(bundle.items, key=lambda i: rules.PHASE_ORDER.index(i.phase))
    for item in ordered:
        prefix = _ID_PREFIX[item.kind]
        counters[prefix] = counters.get(prefix, 0) + 1
        item_keys[item.id] = f"{prefix}{counters[prefix]}"

    s = bundle.session
    session: dict[str, Any] = {"title": s.title}
    for key in ("theme", "host", "venue"):
        _put(session, key, getattr(s, key))
    _put(session, "starts_at", _iso(s.starts_at))
    session["language"] = str(s.language)
    _put(session, "facilitator", s.facilitator)
    session["status"] = str(s.status)
    session["chatham_house"] = s.chatham_house
    _put(session, "summary", s.summary)

    session["phases"] = []
    for plan in rules.phases_with_defaults(bundle.phases):
        entry: dict[str, Any] = {"key": str(plan.phase), "planned_minutes": plan.planned_minutes}
        _put(entry, "started_at", _iso(plan.started_at))
        _put(entry, "ended_at", _iso(plan.ended_at))
        session["phases"].append(entry)

    session["participants"] = []
    for p in bundle.participants:
        entry = {"id": people[p.id], "name": p.name}
        _put(entry, "organisation", p.organisation)
        entry["sector"] = str(p.sector)
        _put(entry, "role", p.role)
        if p.aliases:
            entry["aliases"] = list(p.aliases)
        session["participants"].append(entry)

    session["items"] = [_item_entry(i, item_keys, people) for i in ordered]
    session["speaking_turns"] = []
    for turn in bundle.speaking_turns:
        entry = {"by": people[turn.by_id], "started_at": _iso(turn.started_at)}
        _put(entry, "ended_at", _iso(turn.ended_at))
        session["speaking_turns"].append(entry)
    return {"format": FORMAT, "version": VERSION, "session": session}


def _item_entry(
    item: Item, keys: dict[int | None, str], people: dict[int | None, str]
) -> dict[str, Any]:
    entry: dict[str, Any] = {
        "id": keys[item.id],
        "phase": str(item.phase),
        "kind": str(item.kind),
    }
    _put(entry, "title", item.title)
    entry["text"] = item.text
    _put(entry, "by", people.get(item.by_id))
    if item.kind in rules.CATEGORY_KINDS:
        _put(entry, "category", item.category)
    if item.kind is ItemKind.IDEA:
        entry["votes"] = item.votes or 0
        _put(entry, "impact", item.impact)
        _put(entry, "effort", item.effort)
        _put(entry, "addresses", [keys[b] for b in item.barrier_ids])
    if item.kind in rules.OWNER_KINDS:
        _put(entry, "owner", people.get(item.owner_id))
    if item.kind is ItemKind.IDEA:
        _put(entry, "next_step", item.next_step)
        entry["status"] = str(item.status or IdeaStatus.PROPOSED)
    if item.kind in rules.DUE_KINDS:
        _put(entry, "due", _iso(item.due))
    return entry


def dumps(bundle: SessionBundle) -> str:
    return json.dumps(bundle_to_document(bundle), ensure_ascii=False, indent=2) + "\n"


def write_session_file(bundle: SessionBundle, path: str | Path) -> None:
    """Write the session file atomically: on failure an existing file is left as it was."""
    write_atomic(path, dumps(bundle).encode("utf-8"))
