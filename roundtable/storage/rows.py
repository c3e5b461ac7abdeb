"""Conversions between database rows and domain objects."""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Any

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
from roundtable.domain.validation import as_aware
from roundtable.storage.summary_rows import dt_value


def _json():
    """json, imported when a row first needs it: not on the start's path to the library."""
    import json

    return json


def json_text(value: Any) -> str:
    return _json().dumps(value)


def dt_text(value: datetime | None) -> str | None:
    return None if value is None else as_aware(value).isoformat()


def utc_text(value: datetime | None) -> str | None:
    return None if value is None else as_aware(value).astimezone(UTC).isoformat()


def now_text() -> str:
    return datetime.now(UTC).isoformat(timespec="microseconds")


def date_value(text: str | None) -> date | None:
    return None if text is None else date.fromisoformat(text)


SESSION_COLUMNS = (
    "id, title, theme, host, venue, starts_at, language, facilitator, status, "
    "chatham_house, summary, created_at, updated_at, purpose, next_meeting, minute_taker, "
    "distribution, series, uid, revision, revisions, revised_at"
)


def session_row(session: Session) -> dict[str, Any]:
    return {
        "title": session.title,
        "theme": session.theme,
        "host": session.host,
        "venue": session.venue,
        "starts_at": dt_text(session.starts_at),
        "starts_at_utc": utc_text(session.starts_at),
        "language": str(session.language),
        "facilitator": session.facilitator,
        "status": str(session.status),
        "chatham_house": int(session.chatham_house),
        "summary": session.summary,
        "purpose": session.purpose,
        "next_meeting": None if session.next_meeting is None else session.next_meeting.isoformat(),
        "minute_taker": session.minute_taker,
        "distribution": session.distribution,
        "series": session.series,
    }


def identity_row(session: Session) -> dict[str, Any]:
    """The session's identity columns, as a file or the store gave them."""
    return {
        "uid": session.uid,
        "revision": session.revision,
        "revisions": _json().dumps(session.revisions),
        "revised_at": dt_text(session.revised_at),
    }


def session_value(row: tuple) -> Session:
    (id_, title, theme, host, venue, starts_at, language, facilitator, status, chatham,
     summary, created_at, updated_at, purpose, next_meeting, minute_taker, distribution,
     series, uid, revision, revisions, revised_at) = row  # fmt: skip
    return Session(
        id=id_,
        title=title,
        theme=theme,
        host=host,
        venue=venue,
        starts_at=dt_value(starts_at),
        language=Language(language),
        facilitator=facilitator,
        status=SessionStatus(status),
        chatham_house=bool(chatham),
        summary=summary,
        purpose=purpose,
        next_meeting=date_value(next_meeting),
        minute_taker=minute_taker,
        distribution=distribution,
        created_at=dt_value(created_at),
        updated_at=dt_value(updated_at),
        series=series,
        uid=uid or "",
        revision=revision or "",
        revisions=_json().loads(revisions),
        revised_at=dt_value(revised_at),
    )


def phase_value(row: tuple) -> PhasePlan:
    phase, minutes, started, ended = row
    return PhasePlan(Phase(phase), minutes, dt_value(started), dt_value(ended))


def phase_row(session_id: int, plan: PhasePlan) -> dict[str, Any]:
    return {
        "session_id": session_id,
        "phase": str(plan.phase),
        "planned_minutes": plan.planned_minutes,
        "started_at": dt_text(plan.started_at),
        "ended_at": dt_text(plan.ended_at),
    }


PARTICIPANT_COLUMNS = "id, session_id, name, organisation, role, sector, aliases"


def aliases_value(stored: str | None) -> list[str]:
    """The stored JSON list of "also written as" names; anything else reads as none."""
    if not stored or stored == "[]":
        return []
    try:
        found = _json().loads(stored)
    except ValueError:
        return []
    return [a for a in found if isinstance(a, str)] if isinstance(found, list) else []


def participant_row(participant: Participant) -> dict[str, Any]:
    """The fields a person can change; ids and places are the store's."""
    return {
        "name": participant.name,
        "organisation": participant.organisation,
        "role": participant.role,
        "sector": str(participant.sector),
        "aliases": _json().dumps(participant.aliases, ensure_ascii=False),
    }


def participant_value(row: tuple) -> Participant:
    id_, session_id, name, organisation, role, sector, aliases = row
    return Participant(
        id=id_,
        session_id=session_id,
        name=name,
        organisation=organisation,
        role=role,
        sector=Sector(sector),
        aliases=aliases_value(aliases),
    )


ITEM_COLUMNS = (
    "id, session_id, phase, kind, position, title, text, by_id, category, votes, impact, "
    "effort, owner_id, next_step, status, due, uid, action_status, owner_text, outcome, "
    "followups, themes, pinned, builds_on, standing"
)


def followups_text(entries: list[FollowUp]) -> str:
    return _json().dumps(
        [{"at": e.at.isoformat(), "status": e.status, "note": e.note} for e in entries],
        ensure_ascii=False,
    )


def followups_value(text: str) -> list[FollowUp]:
    if text == "[]":  # nearly every item: no JSON to parse on the capture path
        return []
    return [
        FollowUp(datetime.fromisoformat(e["at"]), e["status"], e.get("note", ""))
        for e in _json().loads(text)
    ]


def item_row(item: Item) -> dict[str, Any]:
    status = None if item.status is None else str(item.status)
    is_action = item.kind == ItemKind.ACTION
    return {
        "phase": str(item.phase),
        "kind": str(item.kind),
        "title": item.title,
        "text": item.text,
        "by_id": item.by_id,
        "category": item.category,
        "votes": item.votes,
        "impact": item.impact,
        "effort": item.effort,
        "owner_id": item.owner_id,
        "next_step": item.next_step,
        "status": None if is_action else status,
        "action_status": status if is_action else None,
        "due": None if item.due is None else item.due.isoformat(),
        "owner_text": item.owner_text,
        "outcome": item.outcome,
        "followups": followups_text(item.followups),
        "themes": _json().dumps(item.themes, ensure_ascii=False),
        "pinned": int(item.pinned),
        "builds_on": item.builds_on,
        "standing": int(item.standing),
    }


FOLLOWUP_COLUMNS = (
    "status",
    "action_status",
    "owner_id",
    "owner_text",
    "due",
    "outcome",
    "followups",
)


def followup_row(item: Item) -> list[Any]:
    """The FOLLOWUP_COLUMNS of `item_row`, in that order."""
    status = None if item.status is None else str(item.status)
    is_action = item.kind == ItemKind.ACTION
    return [
        None if is_action else status,
        status if is_action else None,
        item.owner_id,
        item.owner_text,
        None if item.due is None else item.due.isoformat(),
        item.outcome,
        followups_text(item.followups),
    ]


# Enum members by their stored text: a dict lookup, not Enum's call, for the overview's
# 100,000 items.
_PHASES = {str(m): m for m in Phase}
_KINDS = {str(m): m for m in ItemKind}
_IDEA_STATUSES = {str(m): m for m in IdeaStatus}
_ACTION_STATUSES = {str(m): m for m in ActionStatus}


def item_value(row: tuple, addresses: list[int]) -> Item:
    (id_, session_id, phase, kind, position, title, text, by_id, category, votes, impact,
     effort, owner_id, next_step, status, due, uid, action_status, owner_text, outcome,
     followups, themes, pinned, builds_on, standing) = row  # fmt: skip
    if action_status is not None:
        status = _ACTION_STATUSES[action_status]
    elif status is not None:
        status = _IDEA_STATUSES[status]
    return Item(
        id=id_,
        session_id=session_id,
        phase=_PHASES[phase],
        kind=_KINDS[kind],
        position=position,
        title=title,
        text=text,
        by_id=by_id,
        category=category,
        votes=votes,
        impact=impact,
        effort=effort,
        owner_id=owner_id,
        next_step=next_step,
        status=status,
        due=None if due is None else date.fromisoformat(due),
        barrier_ids=addresses,
        uid=uid or "",
        owner_text=owner_text,
        outcome=outcome,
        followups=followups_value(followups),
        themes=[] if themes == "[]" else _json().loads(themes),
        pinned=bool(pinned),
        builds_on=builds_on,
        standing=bool(standing),
    )


TURN_COLUMNS = "id, session_id, participant_id, started_at, ended_at"


def turn_value(row: tuple) -> SpeakingTurn:
    id_, session_id, participant_id, started, ended = row
    return SpeakingTurn(
        id=id_,
        session_id=session_id,
        by_id=participant_id,
        started_at=dt_value(started),
        ended_at=dt_value(ended),
    )
