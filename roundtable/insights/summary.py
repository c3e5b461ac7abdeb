"""The figures of a selection as one plain structure: what `roundtable insights --json`
prints and what the overview and the synthesis report show."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING, Any

from roundtable.domain.model import Language, SessionBundle, SessionSummary
from roundtable.insights.across import (
    CATEGORY_KINDS,
    CategoryRow,
    IdeaShare,
    Participation,
    idea_shares,
    ideas_by_share,
    participation,
    participation_of,
    recurring_categories,
    recurring_category_counts,
    talk_shares,
)
from roundtable.minutes.labels import category_label, labels_for

if TYPE_CHECKING:
    from roundtable.storage import SessionStore
    from roundtable.storage.store_bundles import IdeaRow


def main_language(bundles: Sequence[SessionBundle]) -> Language:
    """The language most of the sessions were held in (Danish when it is a tie)."""
    return _main_language(b.session.language for b in bundles)


def _main_language(languages: Iterable[Language]) -> Language:
    counts = Counter(languages)
    return max((Language.DA, Language.EN), key=lambda lang: (counts[lang], lang is Language.DA))


def theme_rows(bundles: Sequence[SessionBundle]) -> list[dict[str, Any]]:
    """The organiser's themes with how many items and sessions they gather, largest first."""
    return theme_rows_of((b.session.id, item.themes) for b in bundles for item in b.items)


def theme_rows_of(themed: Iterable[tuple[int, list[str]]]) -> list[dict[str, Any]]:
    """`theme_rows` of (session id, an item's themes) pairs."""
    items: Counter[str] = Counter()
    sessions: dict[str, set[int]] = {}
    for session_id, names in themed:
        for name in names:
            items[name] += 1
            sessions.setdefault(name, set()).add(session_id)
    rows = [{"name": n, "items": items[n], "sessions": len(sessions[n])} for n in items]
    # The name itself last: the order never depends on the order the items were read in.
    return sorted(
        rows, key=lambda r: (-r["sessions"], -r["items"], r["name"].casefold(), r["name"])
    )


def insights_document(
    bundles: Sequence[SessionBundle], language: Language | None = None
) -> dict[str, Any]:
    """The figures of `bundles`, whole sessions."""
    return _document(
        [(b.session.id, b.session.title) for b in bundles],
        language or main_language(bundles),
        recurring_categories(bundles),
        theme_rows(bundles),
        ideas_by_share(bundles),
        participation(bundles),
    )


def read_insights(
    store: SessionStore, sessions: Sequence[SessionSummary], language: Language | None = None
) -> dict[str, Any]:
    """`insights_document` of the sessions, read lightly: the categories as counts, the
    themes as names, and of the ideas, the people and their speaking turns only the columns
    the figures use. A library of 100,000 items reads in a fraction of the time."""
    ids = [s.id for s in sessions]
    ideas: dict[int, list[IdeaRow]] = {sid: [] for sid in ids}
    for idea in store.idea_rows(ids):
        ideas[idea.session_id].append(idea)
    people, turns = store.people_rows(ids)
    return _document(
        [(s.id, s.title) for s in sessions],
        language or _main_language(s.language for s in sessions),
        recurring_category_counts(store.category_counts(ids, CATEGORY_KINDS)),
        theme_rows_of(store.theme_lists(ids)),
        idea_shares(ideas.items()),
        participation_of(
            (sid, people.get(sid, []), talk_shares(people.get(sid, []), turns.get(sid, [])))
            for sid in ids
        ),
    )


def _document(
    sessions: list[tuple[int, str]],
    language: Language,
    categories: list[CategoryRow],
    themes: list[dict[str, Any]],
    ideas: list[IdeaShare],
    seen: Participation,
) -> dict[str, Any]:
    labels = labels_for(language)
    return {
        "sessions": [{"id": sid, "title": title} for sid, title in sessions],
        "categories": [
            {
                "category": row.category,
                "label": category_label(row.category, labels),
                "sessions": row.sessions,
                "barriers": row.barriers,
                "opportunities": row.opportunities,
            }
            for row in categories
        ],
        "themes": themes,
        "ideas": [
            {
                "session_id": share.session_id,
                "uid": share.idea.uid,
                "title": share.idea.title,
                "text": share.idea.text,
                "votes": share.idea.votes or 0,
                "share": round(share.share, 4),
                "status": str(share.idea.status) if share.idea.status else None,
                "pinned": share.idea.pinned,
            }
            for share in ideas
        ],
        "sectors": {
            "participants": {str(k): v for k, v in sorted(seen.sectors().items())},
            "by_session": [
                {
                    "session_id": sid,
                    "participants": {str(k): v for k, v in sorted(counts.items())},
                    "talk_share": {
                        str(k): round(v, 4) for k, v in sorted(seen.talk_share[sid].items())
                    },
                }
                for sid, counts in seen.by_session.items()
            ],
            "returning_organisations": [
                {"organisation": org, "sessions": n} for org, n in seen.returning()
            ],
        },
    }
