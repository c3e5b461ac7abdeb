"""Suggested themes: groups of similar statements from several sessions, for the organiser
to accept, edit or reject. Nothing is grouped without them saying so (Parabol turned its
automatic grouping into suggestions when users could not trust it)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from roundtable.insights.similarity import Cancelled, ConceptIndex, Statement

THRESHOLD = 0.25  # tuned on tests/data/theme_statements.json (bench_insights.py)
MAX_GROUP = 40
LINK = 0.5  # two groups join when their members are on average this share of THRESHOLD alike


@dataclass(frozen=True)
class Suggestion:
    name: str  # two or three of its most shared words, e.g. "udbud · dialog"
    keys: tuple[str, ...]  # the statements' keys, in the order given
    sessions: int  # in how many sessions it was said


def _groups(index: ConceptIndex, threshold: float, cancelled) -> list[list[int]]:
    """Average-link clustering over the alike pairs, best pairs first: two groups join only
    if their members are alike on average, so one shared word cannot chain unrelated
    statements into one soup."""
    edges = index.pairs(threshold, cancelled)
    score = {(i, j): s for i, j, s in edges}
    group_of: dict[int, list[int]] = {}
    for n, (i, j, _s) in enumerate(sorted(edges, key=lambda e: -e[2])):
        if n % 2000 == 0 and cancelled is not None and cancelled():
            raise Cancelled
        a, b = group_of.get(i, [i]), group_of.get(j, [j])
        if a is b or len(a) + len(b) > MAX_GROUP:
            continue
        total = sum(score.get((min(x, y), max(x, y)), 0.0) for x in a for y in b)
        if total / (len(a) * len(b)) < threshold * LINK:
            continue
        merged = a + b
        for m in merged:
            group_of[m] = merged
    unique = {id(g): g for g in group_of.values()}
    return [g for g in unique.values() if len(g) > 1]


def _name(index: ConceptIndex, group: list[int]) -> str:
    counts: Counter[int] = Counter()
    words: dict[int, Counter[str]] = {}
    for n in group:
        for concept, word in index.surface_words(n).items():
            counts[concept] += 1
            words.setdefault(concept, Counter())[word] += 1
    shared = [c for c, k in counts.items() if k > 1] or list(counts)
    shared.sort(key=lambda c: (-counts[c], -index.weight([c])))
    return " · ".join(words[c].most_common(1)[0][0] for c in shared[:3])


def suggest(
    statements: Sequence[Statement],
    *,
    threshold: float = THRESHOLD,
    min_sessions: int = 2,
    cancelled: Callable[[], bool] | None = None,
) -> list[Suggestion]:
    """Groups of alike statements said in at least `min_sessions` sessions, the most
    widespread first. Raises `Cancelled` when `cancelled()` turns true."""
    index = ConceptIndex(statements, cancelled)
    suggestions = []
    for group in _groups(index, threshold, cancelled):
        sessions = len({statements[n].session for n in group})
        if sessions >= min_sessions:
            keys = tuple(statements[n].key for n in sorted(group))
            suggestions.append(Suggestion(_name(index, group), keys, sessions))
    suggestions.sort(key=lambda s: (-s.sessions, -len(s.keys), s.name))
    return suggestions
