"""Writing a session file: fresh ids that are stable for the same data, written atomically."""

from __future__ import annotations

import json
from datetime import date, datetime
from pathlib import Path
from typing import Any

from roundtable.atomicfile import write_atomic
from roundtable.domain import lineage, rules
from roundtable.domain.model import ActionStatus, IdeaStatus, Item, ItemKind, SessionBundle
from roundtable.errors import RoundtableError
from roundtable.sessionfile.format import FORMAT, MAX_FILE_BYTES, VERSION

_ID_PREFIX = {
    ItemKind.NOTE: "n",
    ItemKind.QUOTE: "n",
    ItemKind.QUESTION: "n",
    ItemKind.BARRIER: "b",
    ItemKind.OPPORTUNITY: "o",
    ItemKind.IDEA: "i",
    ItemKind.ACTION: "a",
}


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
    # Optional, added later: a reader that does not know them ignores them.
    _put(session, "purpose", s.purpose)
    _put(session, "next_meeting", _iso(s.next_meeting))
    _put(session, "minute_taker", s.minute_taker)
    _put(session, "distribution", s.distribution)
    _put(session, "series", s.series)
    # Identity: always written when the session has one (a stored session always does).
    _put(session, "uid", s.uid)
    if s.revision:
        session["revision"] = s.revision
        session["revisions"] = lineage.extended(s.revisions, s.revision)
    _put(session, "revised_at", _iso(s.revised_at))

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
    _put(entry, "uid", item.uid)
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
        if item.status not in (None, ActionStatus.OPEN):  # open is the default: files stay short
            entry["status"] = str(item.status)
    if item.kind in rules.OWNER_KINDS:
        _put(entry, "owner_text", item.owner_text)
    if item.kind in rules.FOLLOWUP_KINDS:
        _put(entry, "outcome", item.outcome)
        _put(
            entry,
            "followups",
            [_followup_entry(f.at, f.status, f.note) for f in item.followups],
        )
    _put(entry, "themes", list(item.themes))
    # Only when set: older readers never meet the keys otherwise.
    if item.pinned:
        entry["pinned"] = True
    if item.standing:
        entry["standing"] = True
    _put(entry, "builds_on", item.builds_on)
    return entry


def _followup_entry(at: datetime, status: str, note: str) -> dict[str, Any]:
    entry = {"at": at.isoformat(), "status": status}
    _put(entry, "note", note)
    return entry


def dumps(bundle: SessionBundle) -> str:
    """The session file's text; compact when indenting would pass the size import accepts,
    refused when even that would: what is written here is always read back."""
    document = bundle_to_document(bundle)
    text = json.dumps(document, ensure_ascii=False, indent=2) + "\n"
    if _size(text) <= MAX_FILE_BYTES:
        return text
    text = json.dumps(document, ensure_ascii=False, separators=(",", ":")) + "\n"
    if _size(text) > MAX_FILE_BYTES:
        raise RoundtableError(
            f"The session would take {_size(text) / 2**20:.0f} MiB as a session file; a session "
            f"file may hold at most {MAX_FILE_BYTES // 2**20} MiB, so it could not be imported "
            "again. Nothing was written. Delete what is not needed (links between ideas and "
            "barriers, repeated items) and export again."
        )
    return text


def _size(text: str) -> int:
    # UTF-8 takes at most 3 bytes per character in the BMP and 4 outside; count exactly only
    # when the quick bound is near the limit.
    return len(text) if text.isascii() else len(text.encode("utf-8"))


def write_session_file(bundle: SessionBundle, path: str | Path) -> None:
    """Write the session file atomically: on failure an existing file is left as it was."""
    write_atomic(path, dumps(bundle).encode("utf-8"))
