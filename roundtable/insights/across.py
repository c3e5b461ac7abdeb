"""Figures across a selection of sessions: what recurs, whose ideas drew the votes, who
came. The overview, `roundtable insights` and the synthesis report all read these, so the
window, the command line and the Word report can never disagree."""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from roundtable.domain.figures import speaking_time
from roundtable.domain.model import Item, ItemKind, Sector, SessionBundle
from roundtable.insights.words import fold
from roundtable.minutes.labels import canonical_category

CATEGORY_KINDS = (ItemKind.BARRIER, ItemKind.OPPORTUNITY)


@dataclass
class CategoryRow:
    """One category across the selection: "in `sessions` of N sessions"."""

    category: str  # as first written; categories that differ only in case are one
    sessions: int = 0
    barriers: int = 0
    opportunities: int = 0
    # The statements: Items, or the store's light ItemRefs where the overview reads them
    # only when a cell is opened.
    by_session: dict[int, list[Any]] = field(default_factory=dict)


def recurring_categories(bundles: Sequence[SessionBundle]) -> list[CategoryRow]:
    """Categories of barriers and opportunities, the most recurring first (in most
    sessions, then most barriers); uncategorised statements are left out. A suggested
    category is one whichever language it was typed in ("Økonomi", "economy")."""
    return recurring_categories_of(
        (b.session.id, item.kind, item.category, [item]) for b in bundles for item in b.items
    )


def recurring_categories_of(
    groups: Iterable[tuple[int, ItemKind, str, list[Any]]],
) -> list[CategoryRow]:
    """`recurring_categories` of groups of statements: (session id, kind, category, the
    statements), a statement being an Item or, for the overview, an item's id
    (`SessionStore.category_groups`)."""
    rows: dict[str, CategoryRow] = {}
    canonical: dict[str, str] = {}  # a library repeats a dozen categories 100,000 times
    for session_id, kind, category, members in groups:
        if kind not in CATEGORY_KINDS or not category.strip():
            continue
        key = canonical.get(category)
        if key is None:
            key = canonical[category] = fold(canonical_category(category))
        row = rows.get(key)
        if row is None:
            row = rows[key] = CategoryRow(canonical_category(category))
        row.by_session.setdefault(session_id, []).extend(members)
        if kind is ItemKind.BARRIER:
            row.barriers += len(members)
        else:
            row.opportunities += len(members)
    for row in rows.values():
        row.sessions = len(row.by_session)
    return sorted(rows.values(), key=lambda r: (-r.sessions, -r.barriers, fold(r.category)))


@dataclass(frozen=True)
class IdeaShare:
    session_id: int
    idea: Item
    share: float  # of the votes given in its own session; 0 where none were given


def ideas_by_share(bundles: Sequence[SessionBundle]) -> list[IdeaShare]:
    """Every idea of the selection, ranked by its share of the votes in its own session:
    a session of 40 dots and one of 12 weigh the same."""
    out = []
    for bundle in bundles:
        ideas = [i for i in bundle.items if i.kind is ItemKind.IDEA]
        total = sum(i.votes or 0 for i in ideas)
        out.extend(
            IdeaShare(bundle.session.id, i, (i.votes or 0) / total if total else 0.0) for i in ideas
        )
    return sorted(out, key=lambda s: (-s.share, -(s.idea.votes or 0), s.session_id))


@dataclass
class Participation:
    by_session: dict[int, Counter[Sector]]  # participants per sector
    organisations: dict[str, set[int]]  # organisation -> the sessions it came to
    talk_share: dict[int, dict[Sector, float]]  # finished speaking time per sector

    def returning(self) -> list[tuple[str, int]]:
        """Organisations that came to more than one session, most sessions first."""
        again = [(org, len(ids)) for org, ids in self.organisations.items() if len(ids) > 1]
        return sorted(again, key=lambda pair: (-pair[1], fold(pair[0])))

    def sectors(self) -> Counter[Sector]:
        total: Counter[Sector] = Counter()
        for counts in self.by_session.values():
            total.update(counts)
        return total


def participation(bundles: Sequence[SessionBundle]) -> Participation:
    by_session: dict[int, Counter[Sector]] = {}
    organisations: dict[str, set[int]] = defaultdict(set)
    names: dict[str, str] = {}
    talk: dict[int, dict[Sector, float]] = {}
    for bundle in bundles:
        sid = bundle.session.id
        by_session[sid] = Counter(p.sector for p in bundle.participants)
        for person in bundle.participants:
            if person.organisation.strip():
                key = fold(person.organisation.strip())
                organisations[names.setdefault(key, person.organisation.strip())].add(sid)
        spoken = speaking_time(bundle.participants, bundle.speaking_turns)
        talk[sid] = {sector: spoken.share(t) for sector, t in spoken.by_sector.items()}
    return Participation(by_session, dict(organisations), talk)
