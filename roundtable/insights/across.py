"""Figures across a selection of sessions: what recurs, whose ideas drew the votes, who
came. The overview, `roundtable insights` and the synthesis report all read these, so the
window, the command line and the Word report can never disagree."""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any, NamedTuple

from roundtable.domain.figures import speaking_time
from roundtable.domain.model import ItemKind, Sector, SessionBundle
from roundtable.domain.validation import as_aware
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
    return _recurring((sid, kind, category, len(m), m) for sid, kind, category, m in groups)


def recurring_category_counts(
    groups: Iterable[tuple[int, ItemKind, str, int]],
) -> list[CategoryRow]:
    """`recurring_categories` of counted groups: (session id, kind, category, how many), as
    `SessionStore.category_counts` gives them; the rows' `by_session` lists stay empty."""
    return _recurring((sid, kind, category, n, ()) for sid, kind, category, n in groups)


def _recurring(
    groups: Iterable[tuple[int, ItemKind, str, int, Sequence[Any]]],
) -> list[CategoryRow]:
    rows: dict[str, CategoryRow] = {}
    canonical: dict[str, str] = {}  # a library repeats a dozen categories 100,000 times
    for session_id, kind, category, count, members in groups:
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
            row.barriers += count
        else:
            row.opportunities += count
    for row in rows.values():
        row.sessions = len(row.by_session)
    return sorted(rows.values(), key=lambda r: (-r.sessions, -r.barriers, fold(r.category)))


class IdeaShare(NamedTuple):  # a tuple: a library ranks 12,000 of them
    session_id: int
    idea: Any  # an Item, or the store's light IdeaRow
    share: float  # of the votes given in its own session; 0 where none were given


def ideas_by_share(bundles: Sequence[SessionBundle]) -> list[IdeaShare]:
    """Every idea of the selection, ranked by its share of the votes in its own session:
    a session of 40 dots and one of 12 weigh the same."""
    return idea_shares(
        (b.session.id, [i for i in b.items if i.kind is ItemKind.IDEA]) for b in bundles
    )


def idea_shares(sessions: Iterable[tuple[int, Sequence[Any]]]) -> list[IdeaShare]:
    """`ideas_by_share` of (session id, its ideas) pairs, an idea being anything with
    `votes` (an Item, or the store's IdeaRow)."""
    out = []
    for session_id, ideas in sessions:
        total = sum(i.votes or 0 for i in ideas)
        out.extend(
            IdeaShare(session_id, i, (i.votes or 0) / total if total else 0.0) for i in ideas
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


_UNDATED = datetime.min.replace(tzinfo=UTC)  # before every dated session


class People(NamedTuple):
    by_sector: Counter[Sector]  # each person once, however many sessions they came to
    returning: int  # how many came to more than one of the sessions


def distinct_people(bundles: Sequence[SessionBundle]) -> People:
    """The people of `bundles`: the same name in the same organisation in two sessions is
    one person (the session file has no participant uid), with the sector of the latest
    session they came to. Within one session each row is a person, namesakes included."""
    sector: dict[tuple[str, str], Sector] = {}
    most: Counter[tuple[str, str]] = Counter()  # the most rows of one person in a session
    sessions: Counter[tuple[str, str]] = Counter()
    for bundle in sorted(bundles, key=_when):
        here: Counter[tuple[str, str]] = Counter()
        for person in bundle.participants:
            name = fold(" ".join(person.name.split()))
            key = (name, fold(person.organisation.strip())) if name else (str(id(person)), "")
            sector[key] = person.sector
            here[key] += 1
        for key, count in here.items():
            most[key] = max(most[key], count)
            sessions[key] += 1
    by_sector: Counter[Sector] = Counter()
    for key, count in most.items():
        by_sector[sector[key]] += count
    return People(by_sector, sum(1 for n in sessions.values() if n > 1))


def _when(bundle: SessionBundle) -> datetime:
    starts = bundle.session.starts_at
    return as_aware(starts) if starts is not None else _UNDATED


def participation(bundles: Sequence[SessionBundle]) -> Participation:
    def talk(bundle: SessionBundle) -> dict[Sector, float]:
        spoken = speaking_time(bundle.participants, bundle.speaking_turns)
        return {sector: spoken.share(t) for sector, t in spoken.by_sector.items()}

    return participation_of((b.session.id, b.participants, talk(b)) for b in bundles)


def participation_of(
    sessions: Iterable[tuple[int, Sequence[Any], dict[Sector, float]]],
) -> Participation:
    """`participation` of (session id, its participants, talk share by sector) triples, a
    participant being anything with `sector` and `organisation`."""
    by_session: dict[int, Counter[Sector]] = {}
    organisations: dict[str, set[int]] = defaultdict(set)
    names: dict[str, str] = {}
    talk: dict[int, dict[Sector, float]] = {}
    for sid, people, shares in sessions:
        by_session[sid] = Counter(p.sector for p in people)
        for person in people:
            if person.organisation.strip():
                key = fold(person.organisation.strip())
                organisations[names.setdefault(key, person.organisation.strip())].add(sid)
        talk[sid] = shares
    return Participation(by_session, dict(organisations), talk)


def talk_shares(
    people: Sequence[Any], turns: Iterable[tuple[int, datetime, datetime]]
) -> dict[Sector, float]:
    """Each sector's share of the finished speaking time, as `speaking_time` gives it, of
    light rows: people with `id` and `sector`, and finished turns as (who, from, to).
    Every sector that has participants is there, 0 when they did not speak."""
    sector_of = {p.id: p.sector for p in people}
    by_sector = {sector: timedelta() for sector in Sector if sector in sector_of.values()}
    total = timedelta()
    for by_id, started, ended in turns:
        sector = sector_of.get(by_id)
        if sector is None:
            continue
        if started.tzinfo is None or ended.tzinfo is None:  # local time, as speaking_time
            started, ended = as_aware(started), as_aware(ended)
        length = ended - started
        by_sector[sector] += length
        total += length
    whole = total.total_seconds()
    return {sector: t.total_seconds() / whole if whole else 0.0 for sector, t in by_sector.items()}
