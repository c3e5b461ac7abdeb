"""The rows of the organiser's workbook, as plain values: what export-data writes to the
.xlsx sheets and the CSV, and what import-status compares a returned workbook with.

Under the Chatham House Rule (any session of the selection held under it) no row names a
participant: a person is their sector, and free text goes through the session's audience.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from roundtable.audience import Audience
from roundtable.domain.model import Item, ItemKind, Language, SessionBundle
from roundtable.insights.followup import FOLLOWED_KINDS
from roundtable.minutes.labels import category_label, labels_for
from roundtable.report.sheet_words import sheet_words

Row = list[Any]


@dataclass
class Sheet:
    title: str
    header: tuple[str, ...]
    rows: list[Row]
    status_column: int | None = None
    # Each row's kind, for the status drop-down: an idea's statuses are not an action's.
    row_kinds: list[ItemKind] = field(default_factory=list)


def audiences(
    bundles: Sequence[SessionBundle], language: Language, rule: bool | None = None
) -> dict[int, Audience]:
    """Each session's audience: under the Chatham House Rule where that session was held
    under it, or every session's with `rule` True. The rows of a session under the rule name
    no one, whatever the others' do; one such session among ten made the follow-up sheet
    name no owner at all ("en deltager"), which is what the organiser chases it for."""
    return {
        b.session.id: Audience.for_session(
            b, b.session.chatham_house if rule is None else rule, language=language
        )
        for b in bundles
    }


def _local(moment: datetime | None) -> datetime | None:
    # Excel has no time zones: the clock of the meeting room, as the minutes show it.
    return None if moment is None else moment.replace(tzinfo=None)


def owner_shown(item: Item, audience: Audience) -> str:
    if item.owner_id is not None:
        return audience.attribution(item.owner_id, organisation=False)
    return audience.value(item.owner_text)


def workbook_sheets(
    bundles: Sequence[SessionBundle], language: Language, rule: bool | None = None
) -> list[Sheet]:
    words = sheet_words(language)
    labels = labels_for(language)
    seen = audiences(bundles, language, rule)
    sessions, people, items, follow = [], [], [], []
    follow_kinds: list[ItemKind] = []
    for bundle in bundles:
        s = bundle.session
        audience = seen[s.id]
        title = audience.title()
        sessions.append(
            [
                s.uid,
                title,
                s.series,
                audience.text(s.theme),
                s.host,
                audience.text(s.venue),
                _local(s.starts_at),
                words.session_statuses[str(s.status)],
                len(bundle.participants),
                len(bundle.items),
            ]
        )
        for p in bundle.participants:
            name = audience.attribution(p.id, organisation=False)
            sector = labels.sector_names[p.sector]
            # Under the rule a role is not given: the host's "Ældrechef" is one person.
            role = "" if audience.chatham_house else p.role
            people.append([title, name, audience.text(p.organisation), role, sector])
        for item in bundle.items:
            # Without the rule the text is as stored: no copy of 100,000 items to say so.
            shown = audience.item(item) if audience.chatham_house else item
            items.append(
                [
                    item.uid,
                    title,
                    labels.phases[item.phase],
                    words.kinds[str(item.kind)],
                    category_label(item.category, labels) if item.category else "",
                    shown.title,
                    shown.text,
                    audience.attribution(item.by_id, organisation=False),
                    item.votes,
                    item.impact,
                    item.effort,
                    ", ".join(audience.text(t) for t in item.themes),
                ]
            )
            if item.kind in FOLLOWED_KINDS:
                status = words.statuses[str(item.status)] if item.status else ""
                owner, outcome = owner_shown(item, audience), audience.text(item.outcome)
                follow_kinds.append(item.kind)
                follow.append(
                    [
                        item.uid,
                        title,
                        words.kinds[str(item.kind)],
                        shown.title,
                        shown.text,
                        owner,
                        item.due,
                        status,
                        outcome,
                        exported_cell(owner, item.due, status, outcome),
                    ]
                )
    return [
        Sheet(words.sessions, words.session_headers, sessions),
        Sheet(words.participants, words.participant_headers, people),
        Sheet(words.items, words.item_headers, items),
        Sheet(
            words.follow_up,
            words.follow_up_headers,
            follow,
            status_column=7,
            row_kinds=follow_kinds,
        ),
    ]


def exported_cell(owner: str, due: date | None, status: str, outcome: str) -> str:
    """The follow-up cells of a row as they go out, as one hidden cell (JSON)."""
    due_text = due.isoformat() if due else ""
    values = {"owner": owner, "due": due_text, "status": status, "outcome": outcome}
    return json.dumps(values, ensure_ascii=False, separators=(",", ":"))


def cell_text(value: Any) -> str:
    """A value as the CSV holds it: dates in ISO form, nothing for None."""
    if value is None:
        return ""
    if isinstance(value, datetime):
        return value.isoformat(sep=" ", timespec="minutes")
    if isinstance(value, date):
        return value.isoformat()
    return str(value)
