"""Which statements say much the same thing: shared concepts weighted by how rare they are.

A concept is a group of related stems (`words.related`). Two statements are similar by the
weighted Jaccard of their concepts, each weighted by its inverse document frequency, so a
shared "robotstøvsuger" counts for more than a shared "pilot". Candidate pairs come from an
inverted index that skips the concepts half the statements share: comparing every pair of
5,000 barriers would take far too long.
"""

from __future__ import annotations

import math
from bisect import bisect_right
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

from rapidfuzz import process
from rapidfuzz.distance import Indel

from roundtable.insights.words import anchor, fold, related, stems


class Cancelled(Exception):
    """The caller asked to stop (a newer request replaced this one)."""


@dataclass(frozen=True)
class Statement:
    key: str  # what the caller knows the statement by (an item uid)
    session: str  # which session it was said in
    text: str
    language: str = "da"


_BUCKET = 4  # stems related by a compound share their first letters
_COMMON = 0.5  # a concept in more than this share of statements does not make a pair
_FIRST_CHAR = 0x4E00  # concepts as characters, well clear of surrogates
_MAX_REPEAT = 4


def _repeats(idf: float) -> int:
    """A concept's weight as a small whole number: rarer words count up to four times."""
    return max(1, min(_MAX_REPEAT, round(idf / 2)))


def _check(cancelled: Callable[[], bool] | None) -> None:
    if cancelled is not None and cancelled():
        raise Cancelled


class ConceptIndex:
    def __init__(
        self, statements: Sequence[Statement], cancelled: Callable[[], bool] | None = None
    ) -> None:
        self.statements = list(statements)
        self._stems = []
        for n, statement in enumerate(self.statements):
            if n % 500 == 0:
                _check(cancelled)
            self._stems.append(stems(statement.text, statement.language))
        self._concept_of: dict[str, int] = {}
        self._buckets: dict[str, list[str]] = defaultdict(list)
        self._join_stems({s for found in self._stems for s in found}, cancelled)
        self.concepts = [frozenset(self._concept_of[s] for s in found) for found in self._stems]
        df = Counter(c for concepts in self.concepts for c in concepts)
        total = max(len(self.statements), 1)
        self._idf = {c: math.log((1 + total) / (1 + n)) + 1.0 for c, n in df.items()}
        self._common = {c for c, n in df.items() if n > max(20, _COMMON * total)}
        self._codes = [self._code(c) for c in self.concepts]

    def _join_stems(self, vocabulary: set[str], cancelled: Callable[[], bool] | None) -> None:
        parent: dict[str, str] = {s: s for s in vocabulary}

        def root(s: str) -> str:
            while parent[s] != s:
                parent[s] = parent[parent[s]]
                s = parent[s]
            return s

        for stem in sorted(vocabulary):
            self._buckets[stem[:_BUCKET]].append(stem)
        for n, bucket in enumerate(self._buckets.values()):
            if n % 200 == 0:
                _check(cancelled)
            for i, a in enumerate(bucket):
                for b in bucket[i + 1 :]:
                    if related(a, b):
                        parent[root(a)] = root(b)
        anchored: dict[str, str] = {}
        for stem in vocabulary:
            if (field := anchor(stem)) is not None:
                parent[root(stem)] = root(anchored.setdefault(field, stem))
        roots: dict[str, int] = {}
        for stem in vocabulary:
            self._concept_of[stem] = roots.setdefault(root(stem), len(roots))

    def concepts_of(self, text: str, language: str = "da") -> frozenset[int]:
        """The known concepts a new text mentions (words never seen before match nothing)."""
        found = set()
        for stem in stems(text, language):
            concept = self._concept_of.get(stem)
            field = anchor(stem) if concept is None else None
            if field is not None:
                concept = next((c for s, c in self._concept_of.items() if anchor(s) == field), None)
            if concept is None:
                for known in self._buckets.get(stem[:_BUCKET], ()):
                    if related(stem, known):
                        concept = self._concept_of[known]
                        break
            if concept is not None:
                found.add(concept)
        return frozenset(found)

    def weight(self, concepts: Iterable[int]) -> float:
        return sum(self._idf.get(c, 0.0) for c in concepts)

    def similarity(self, a: frozenset[int], b: frozenset[int]) -> float:
        # Dice rather than Jaccard: short statements share one or two words at best.
        total = self.weight(a) + self.weight(b)
        return 2 * self.weight(a & b) / total if total else 0.0

    def _code(self, concepts: Iterable[int]) -> str:
        """A statement as a sorted string, one character per concept, repeated by weight.

        For two such strings the longest common subsequence is their weighted intersection,
        so rapidfuzz's normalised Indel similarity is exactly the weighted Dice coefficient,
        computed in C: comparing 5,000 statements with each other takes a second, not a
        minute of Python."""
        kept = sorted(c for c in concepts if c not in self._common)
        return "".join(chr(_FIRST_CHAR + c) * _repeats(self._idf[c]) for c in kept)

    def pairs(
        self, threshold: float, cancelled: Callable[[], bool] | None = None, limit: int = 20
    ) -> list[tuple[int, int, float]]:
        """Pairs of statements at least `threshold` alike, as (i, j, similarity) with i < j:
        each statement with its `limit` most alike (a theme is a handful of statements, and
        the cap keeps the grouping linear). Only candidates are compared (`_candidates`)."""
        codes = self._codes
        out = []
        for i, candidates in enumerate(self._candidates(threshold, cancelled)):
            if i % 250 == 0:
                _check(cancelled)
            if not candidates:
                continue
            found = process.extract(
                codes[i], [codes[j] for j in candidates], scorer=Indel.normalized_similarity,
                processor=None, score_cutoff=threshold, limit=limit,
            )  # fmt: skip
            out.extend((i, candidates[k], score) for _choice, score, k in found)
        return out

    def _candidates(
        self, threshold: float, cancelled: Callable[[], bool] | None = None
    ) -> list[list[int]]:
        """For each statement, the later ones that can be `threshold` alike, ascending.

        Prefix filtering: with a statement's concepts rarest first, two statements can be
        alike only if they share one of the concepts before the tail that is too light to
        reach the threshold alone, in both. So each is listed under its few rarest concepts
        only, and comparing 5,000 barriers looks at a fraction of the pairs."""
        weights = [
            {c: _repeats(self._idf[c]) for c in concepts if c not in self._common}
            for concepts in self.concepts
        ]
        df = Counter(c for w in weights for c in w)
        need = threshold / (2 - threshold)  # the least shared weight, as a share of one's own
        prefixes = []
        listed: dict[int, list[int]] = defaultdict(list)
        for n, w in enumerate(weights):
            if n % 1000 == 0:
                _check(cancelled)
            order = sorted(w, key=lambda c: (df[c], c))
            tail, bound, prefix = sum(w.values()), need * sum(w.values()), []
            for c in order:
                if tail < bound:
                    break
                prefix.append(c)
                tail -= w[c]
                listed[c].append(n)
            prefixes.append(prefix)
        out = []
        for n, prefix in enumerate(prefixes):
            if n % 1000 == 0:
                _check(cancelled)
            found: set[int] = set()
            for c in prefix:
                later = listed[c]  # ascending: the later statements are its tail
                found.update(later[bisect_right(later, n) :])
            out.append(sorted(found))
        return out

    def nearest(
        self, text: str, language: str = "da", limit: int = 5, threshold: float = 0.3
    ) -> list[tuple[int, float]]:
        """The statements most like `text`, best first: (index, similarity)."""
        code = self._code(self.concepts_of(text, language))
        if not code:
            return []
        found = process.extract(
            code, self._codes, scorer=Indel.normalized_similarity, processor=None,
            score_cutoff=threshold, limit=limit,
        )  # fmt: skip
        return sorted(((j, score) for _c, score, j in found), key=lambda p: (-p[1], p[0]))

    def surface_words(self, index: int) -> dict[int, str]:
        """For one statement, each concept it mentions as the word it was written with."""
        written = fold(self.statements[index].text).replace("-", " ").split()
        words: dict[int, str] = {}
        for stem in self._stems[index]:
            concept = self._concept_of[stem]
            if concept not in words:
                word = next((w for w in written if w.startswith(stem)), stem)
                words[concept] = word.strip(".,;:!?()«»\"'")
        return words
