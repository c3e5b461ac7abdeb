"""Value rules shared by the store and the session-file reader.

Each function returns (field, message) pairs; an empty list means the value is acceptable.
The session-file reader prefixes them with a JSON path, the store raises them.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime
from enum import StrEnum
from typing import Any

from roundtable.domain import rules
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
    SessionStatus,
    SpeakingTurn,
)

Problems = list[tuple[str, str]]

# What each stored field may hold. The store is handed values by the UI and by scripts, not
# only by the session-file reader, so it checks types itself rather than let SQLite coerce
# them into something that cannot be read back.
_OPTIONAL = type(None)
_SESSION_TYPES: dict[str, tuple[type, ...]] = {
    "title": (str,),
    "theme": (str,),
    "host": (str,),
    "venue": (str,),
    "starts_at": (datetime, _OPTIONAL),
    "language": (Language,),
    "facilitator": (str,),
    "status": (SessionStatus,),
    "chatham_house": (bool,),
    "summary": (str,),
    "series": (str,),
    "uid": (str,),
    "revision": (str,),
    "revised_at": (datetime, _OPTIONAL),
}
_PHASE_TYPES: dict[str, tuple[type, ...]] = {
    "phase": (Phase,),
    "planned_minutes": (int,),
    "started_at": (datetime, _OPTIONAL),
    "ended_at": (datetime, _OPTIONAL),
}
_PARTICIPANT_TYPES: dict[str, tuple[type, ...]] = {
    "name": (str,),
    "organisation": (str,),
    "role": (str,),
    "sector": (Sector,),
}
_ITEM_TYPES: dict[str, tuple[type, ...]] = {
    "phase": (Phase,),
    "kind": (ItemKind,),
    "text": (str,),
    "title": (str,),
    "by_id": (int, _OPTIONAL),
    "category": (str,),
    "votes": (int, _OPTIONAL),
    "impact": (int, _OPTIONAL),
    "effort": (int, _OPTIONAL),
    "barrier_ids": (list,),
    "next_step": (str,),
    "owner_id": (int, _OPTIONAL),
    "owner_text": (str,),
    "outcome": (str,),
    "due": (date, _OPTIONAL),
    "uid": (str,),
    "pinned": (bool,),
    "standing": (bool,),
    "builds_on": (str,),
}
_TURN_TYPES: dict[str, tuple[type, ...]] = {
    "by_id": (int,),
    "started_at": (datetime,),
    "ended_at": (datetime, _OPTIONAL),
}
_TYPE_NAMES = {
    str: "text",
    int: "a whole number",
    bool: "true or false",
    datetime: "a date-time",
    date: "a date",
    list: "a list of item ids",
}


_SQLITE_MIN, _SQLITE_MAX = -(2**63), 2**63 - 1


def is_member(kind: type[StrEnum], value: Any) -> bool:
    """Whether `value` is one of the enum's members or the text of one."""
    return isinstance(value, str) and value in kind._value2member_map_


def _type_problem(value: Any, allowed: tuple[type, ...]) -> str | None:
    if value is None:
        return None if _OPTIONAL in allowed else "is missing"
    kind = allowed[0]
    if issubclass(kind, StrEnum):
        if is_member(kind, value):
            return None
        choices = ", ".join(f'"{m.value}"' for m in kind)
        return f"must be one of {choices}, not {value!r}"[:300]
    # bool is an int and datetime is a date to Python; neither is to the session file.
    ok = type(value) is kind if kind in (int, bool, date) else isinstance(value, kind)
    if kind is int and ok and not _SQLITE_MIN <= value <= _SQLITE_MAX:
        return f"is too large ({value})"
    if kind is str and ok:
        try:
            value.encode("utf-8")
        except UnicodeEncodeError:
            return "holds a character that is not valid Unicode (a lone surrogate)"
    if (
        kind is list
        and ok
        and not all(type(v) is int and _SQLITE_MIN <= v <= _SQLITE_MAX for v in value)
    ):
        return "must be a list of item ids"
    if kind is datetime and ok:
        return instant_problem(value)
    if ok:
        return None
    return f"must be {_TYPE_NAMES[kind]}, not {type(value).__name__}"


def _types(obj: Any, spec: dict[str, tuple[type, ...]]) -> Problems:
    return [
        (name, msg)
        for name, allowed in spec.items()
        if (msg := _type_problem(getattr(obj, name), allowed))
    ]


def as_aware(value: datetime) -> datetime:
    """A naive date-time is taken as local time: the facilitator's laptop clock."""
    if value.utcoffset() is not None:
        return value
    # A tzinfo that knows no offset is as good as none.
    naive = value.replace(tzinfo=None)
    try:
        return naive.astimezone()
    except (OSError, OverflowError, ValueError):
        # Windows cannot look up local time before 1970, nor anyone at the calendar's ends:
        # today's offset is the best guess, and instant_problem judges the result.
        return naive.replace(tzinfo=datetime.now().astimezone().tzinfo)


def _length(value: str, low: int, high: int) -> str | None:
    if not low <= len(value) <= high:
        return f"must be {low}–{high:,} characters long, not {len(value):,}"
    return None


def _order(start: datetime | None, end: datetime | None) -> str | None:
    if start is not None and end is not None and as_aware(end) < as_aware(start):
        return "is before started_at"
    return None


def instant_problem(value: datetime) -> str | None:
    """A date-time must be expressible in UTC, which is how it is sorted."""
    try:
        as_aware(value).astimezone(UTC)
    except (OverflowError, ValueError, OSError):
        return "is too close to the ends of the calendar (years 1 and 9999)"
    return None


def is_uid(text: str) -> bool:
    """Whether `text` is a UUID in its text form (36 characters with hyphens)."""
    import uuid  # here: uuid imports `platform`, which a start need not load (3-4 ms)

    try:
        return len(text) == 36 and str(uuid.UUID(text)) == text.lower()
    except ValueError:
        return False


def new_uid() -> str:
    import uuid

    return str(uuid.uuid4())


def derived_uid(*parts: str) -> str:
    """A uid that is the same wherever it is made from the same parts: a conflicting copy of
    one file gets one identity on every laptop that imports the file."""
    import uuid

    return str(uuid.uuid5(uuid.NAMESPACE_URL, "roundtable:" + "/".join(parts)))


def _text_list_problem(value: Any) -> str | None:
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        return "must be a list of text"
    return None


def session_problems(session: Session) -> Problems:
    if out := _types(session, _SESSION_TYPES):
        return out
    if msg := _length(session.title, 1, rules.TITLE_MAX):
        out.append(("title", msg))
    if session.series and (msg := _length(session.series, 1, rules.SERIES_MAX)):
        out.append(("series", msg))
    if session.uid and not is_uid(session.uid):
        out.append(("uid", f"must be a UUID, not {session.uid!r}"[:300]))
    if msg := _text_list_problem(session.revisions):
        out.append(("revisions", msg))
    return out


def phase_problems(plan: PhasePlan) -> Problems:
    if out := _types(plan, _PHASE_TYPES):
        return out
    if not rules.MINUTES_MIN <= plan.planned_minutes <= rules.MINUTES_MAX:
        out.append(
            (
                "planned_minutes",
                f"must be {rules.MINUTES_MIN}–{rules.MINUTES_MAX}, not {plan.planned_minutes}",
            )
        )
    if msg := _order(plan.started_at, plan.ended_at):
        out.append(("ended_at", msg))
    return out


def participant_problems(participant: Participant) -> Problems:
    if out := _types(participant, _PARTICIPANT_TYPES):
        return out
    if not participant.name.strip():
        return [("name", "must not be empty")]
    aliases = participant.aliases
    if not isinstance(aliases, list) or not all(isinstance(a, str) for a in aliases):
        return [("aliases", "must be a list of text")]
    return []


def _status_problem(item: Item) -> str | None:
    allowed: type[StrEnum] | None = {
        ItemKind.IDEA: IdeaStatus,
        ItemKind.ACTION: ActionStatus,
    }.get(item.kind)
    if allowed is None:
        return None if item.status is None else f"does not apply to a {item.kind}"
    if item.status is None or is_member(allowed, item.status):
        return None
    choices = ", ".join(f'"{m.value}"' for m in allowed)
    return f"must be one of {choices}, not {item.status!r}"[:300]


def _followup_problem(item: Item) -> str | None:
    entries = item.followups
    if not isinstance(entries, list) or not all(isinstance(e, FollowUp) for e in entries):
        return "must be a list of follow-up entries"
    for entry in entries:
        if not isinstance(entry.at, datetime) or instant_problem(entry.at):
            return "has an entry without a valid date-time"
        if not isinstance(entry.status, str) or not isinstance(entry.note, str):
            return "has an entry whose status or note is not text"
    return None


def item_problems(item: Item) -> Problems:
    if out := _types(item, _ITEM_TYPES):
        return out
    if msg := _status_problem(item):
        return [("status", msg)]
    if msg := _followup_problem(item):
        out.append(("followups", msg))
    if msg := _text_list_problem(item.themes):
        out.append(("themes", msg))
    if item.uid and not is_uid(item.uid):
        out.append(("uid", f"must be a UUID, not {item.uid!r}"[:300]))
    if item.builds_on and not is_uid(item.builds_on):
        out.append(("builds_on", f"must be an item's uid, not {item.builds_on!r}"[:300]))
    elif item.builds_on and item.builds_on == item.uid:
        out.append(("builds_on", "cannot be the item itself"))
    if item.owner_id is not None and item.owner_text:
        out.append(("owner_text", "cannot be given together with owner"))
    if not rules.kind_fits_phase(item.kind, item.phase):
        out.append(("kind", f'"{item.kind}" does not belong in the phase "{item.phase}"'))
    if msg := _length(item.text, 1, rules.TEXT_MAX):
        out.append(("text", msg))
    if item.votes is not None and not 0 <= item.votes <= rules.VOTES_MAX:
        out.append(("votes", f"must be 0–{rules.VOTES_MAX}, not {item.votes}"))
    for name in ("impact", "effort"):
        value = getattr(item, name)
        if value is not None and not rules.SCORE_MIN <= value <= rules.SCORE_MAX:
            out.append((name, f"must be {rules.SCORE_MIN}–{rules.SCORE_MAX}, not {value}"))
    return out


_FOLLOWUP_TYPES = {
    name: _ITEM_TYPES[name] for name in ("kind", "owner_id", "owner_text", "outcome", "due")
}


def followup_problems(item: Item) -> Problems:
    """What is wrong with the follow-up fields of a stored idea or action (status, owner,
    due, outcome, followups), its other fields taken as stored: a returned workbook changes
    thousands at once, and checking each whole item cost most of the import."""
    if out := _types(item, _FOLLOWUP_TYPES):
        return out
    if item.kind not in rules.FOLLOWUP_KINDS:
        return [("kind", f'"{item.kind}" has no follow-up')]
    if msg := _status_problem(item):
        return [("status", msg)]
    if msg := _followup_problem(item):
        out.append(("followups", msg))
    if item.owner_id is not None and item.owner_text:
        out.append(("owner_text", "cannot be given together with owner"))
    return out


def turn_problems(turn: SpeakingTurn) -> Problems:
    if out := _types(turn, _TURN_TYPES):
        return out
    if msg := _order(turn.started_at, turn.ended_at):
        return [("ended_at", msg)]
    return []


def _is_status(value: Any) -> bool:
    return is_member(IdeaStatus, value) or is_member(ActionStatus, value)


def _member(kind: type[StrEnum], value: Any) -> Any:
    """The enum member for a valid string; anything else unchanged, for the checks to name."""
    return kind(value) if is_member(kind, value) else value


def normalized_item(item: Item) -> Item:
    """The item with the fields that do not apply to its kind cleared, and idea defaults set."""
    kind = _member(ItemKind, item.kind)
    status_kind = rules.statuses_of(kind)
    status = _member(status_kind, item.status)
    if kind not in (ItemKind.IDEA, ItemKind.ACTION) or (
        # A kind changed between idea and action: the other kind's status starts over.
        not is_member(status_kind, status) and (_is_status(status))
    ):
        status = None
    item = replace(item, phase=_member(Phase, item.phase), kind=kind, status=status)
    if _types(item, _ITEM_TYPES) or _status_problem(item):
        return item  # left as given, for item_problems to name what is wrong
    is_idea = kind is ItemKind.IDEA
    followed = kind in rules.FOLLOWUP_KINDS
    if is_idea:
        status = IdeaStatus.PROPOSED if status is None else status
    elif kind is ItemKind.ACTION:
        status = ActionStatus.OPEN if status is None else status
    else:
        status = None
    return replace(
        item,
        category=item.category if kind in rules.CATEGORY_KINDS else "",
        votes=(0 if item.votes is None else item.votes) if is_idea else None,
        impact=item.impact if is_idea else None,
        effort=item.effort if is_idea else None,
        barrier_ids=list(item.barrier_ids) if is_idea else [],
        next_step=item.next_step if is_idea else "",
        status=status,
        owner_id=item.owner_id if kind in rules.OWNER_KINDS else None,
        owner_text=item.owner_text if kind in rules.OWNER_KINDS else "",
        outcome=item.outcome if followed else "",
        followups=list(item.followups) if followed else [],
        due=item.due if kind in rules.DUE_KINDS else None,
    )
