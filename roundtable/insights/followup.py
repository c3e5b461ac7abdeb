"""The follow-up register: every idea and action of a selection with its status, owner,
due date and outcome, and which are overdue."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from roundtable.domain.model import ActionStatus, IdeaStatus, Item, ItemKind, SessionBundle
from roundtable.insights.words import fold

FOLLOWED_KINDS = (ItemKind.IDEA, ItemKind.ACTION)
_CLOSED = {IdeaStatus.DONE, IdeaStatus.DROPPED, ActionStatus.DONE, ActionStatus.DROPPED}


@dataclass(frozen=True)
class FollowUpRow:
    session_id: int
    session_title: str
    item: Item
    owner: str  # the participant's name, or the owner written as text
    overdue: bool
    # The owner's organisation; an owner written as text is usually one ("KL", "DI"), or
    # names one ("Mette fra KL").
    organisation: str = ""


def _organisation_named(text: str, known: dict[str, str]) -> str:
    """The organisation an owner written as text belongs to: the longest known organisation
    it names as whole words ("Mette fra KL" is KL's), else the text itself ("DI")."""
    folded = fold(text)
    named = [
        name for key, name in known.items() if re.search(rf"(?<!\w){re.escape(key)}(?!\w)", folded)
    ]
    return max(named, key=len) if named else text


def is_open(item: Item) -> bool:
    return item.status not in _CLOSED


def is_overdue(item: Item, today: date) -> bool:
    """An open action (or an idea neither done nor dropped) whose due date has passed."""
    due = getattr(item, "due", None)
    return due is not None and due < today and is_open(item)


def register(bundles: Sequence[SessionBundle], today: date) -> list[FollowUpRow]:
    """Ideas and actions in session order, then as captured."""
    rows = []
    known = {
        fold(p.organisation.strip()): p.organisation.strip()
        for bundle in bundles
        for p in bundle.participants
        if p.organisation.strip()
    }
    for bundle in bundles:
        people = {p.id: p for p in bundle.participants}
        for item in bundle.items:
            if item.kind not in FOLLOWED_KINDS:
                continue
            person = people.get(item.owner_id) if item.owner_id else None
            owner = person.name if person else ("" if item.owner_id else item.owner_text)
            organisation = person.organisation if person else _organisation_named(owner, known)
            rows.append(
                FollowUpRow(
                    bundle.session.id,
                    bundle.session.title,
                    item,
                    owner,
                    is_overdue(item, today),
                    organisation.strip(),
                )
            )
    return rows
