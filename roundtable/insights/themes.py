"""Suggested themes: groups of similar statements from several sessions, for the organiser
to accept, edit or reject. Nothing is grouped without them saying so (Parabol turned its
automatic grouping into suggestions when users could not trust it)."""

from __future__ import annotations

from collections import Counter, defaultdict
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
    statements into one soup. The sums between groups are kept as groups merge, so each
    pair is looked at once."""
    edges = index.pairs(threshold, cancelled)
    between: dict[int, dict[int, float]] = defaultdict(dict)
    for i, j, score in edges:
        between[i][j] = between[j][i] = score
    members: dict[int, list[int]] = {}
    leader: dict[int, int] = {}

    def group(n: int) -> int:
        while leader.get(n, n) != n:
            n = leader[n]
        return n

    for n, (i, j, _score) in enumerate(sorted(edges, key=lambda e: -e[2])):
        if n % 5000 == 0 and cancelled is not None and cancelled():
            raise Cancelled
        a, b = group(i), group(j)
        size_a, size_b = len(members.get(a, (a,))), len(members.get(b, (b,)))
        if a == b or size_a + size_b > MAX_GROUP:
            continue
        if between[a].get(b, 0.0) / (size_a * size_b) < threshold * LINK:
            continue
        members[a] = members.pop(a, [a]) + members.pop(b, [b])
        leader[b] = a
        for other, total in between.pop(b).items():
            if other != a:
                between[a][other] = between[a].get(other, 0.0) + total
                between[other][a] = between[a][other]
                del between[other][b]
        between[a].pop(b, None)
    return [group_ for group_ in members.values() if len(group_) > 1]


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
