"""Benchmark of the cross-session insights, each figure beside a baseline from the same run.

    .venv/bin/python tests/benchmarks/bench_insights.py            # full sizes
    .venv/bin/python tests/benchmarks/bench_insights.py --quick    # tiny sizes (seconds)

1. Theme suggestions on the labelled set (tests/data/theme_statements.json): pairwise
   precision and recall against the themes a person gave, at the shipped threshold and two
   around it.
2. Theme suggestions over 5,000 barriers (target <= 2 s), beside the baseline of only
   stemming them.
3. "Had before": the statements most like a new one, over the same 5,000 (target <= 50 ms).

Figures only; nothing here asserts on time. The labelled set was written by the same people
who wrote the matcher: read precision and recall as a floor check, not a promise.
"""

from __future__ import annotations

import argparse
import itertools
import json
import random
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from roundtable.insights import themes  # noqa: E402
from roundtable.insights.similarity import ConceptIndex, Statement  # noqa: E402
from roundtable.insights.words import stems  # noqa: E402

LABELLED = ROOT / "tests" / "data" / "theme_statements.json"


def labelled() -> tuple[list[Statement], dict[str, str | None]]:
    rows = json.loads(LABELLED.read_text(encoding="utf-8"))["statements"]
    statements = [Statement(str(n), r["session"], r["text"]) for n, r in enumerate(rows)]
    return statements, {str(n): r["theme"] for n, r in enumerate(rows)}


def precision_recall(threshold: float) -> tuple[float, float, int]:
    statements, gold = labelled()
    suggested = themes.suggest(statements, threshold=threshold)
    predicted = {pair for s in suggested for pair in itertools.combinations(sorted(s.keys), 2)}
    true = {
        (a, b)
        for a, b in itertools.combinations(sorted(gold), 2)
        if gold[a] is not None and gold[a] == gold[b]
    }
    hits = len(predicted & true)
    return hits / max(len(predicted), 1), hits / len(true), len(suggested)


def many_barriers(count: int, seed: int = 7) -> list[Statement]:
    """`count` statements in 100 sessions, made from the labelled ones with words dropped
    and local colour added, so the vocabulary grows as a real archive's does."""
    base, _gold = labelled()
    rng = random.Random(seed)
    colour = [f"{w}{n}" for n in range(400) for w in ("område", "projekt", "center", "vej")]
    out = []
    for n in range(count):
        words = rng.choice(base).text.split()
        kept = [w for w in words if rng.random() > 0.15] + rng.sample(colour, 2)
        out.append(Statement(f"s{n}", f"session {n % 100}", " ".join(kept)))
    return out


def timed(step, runs: int) -> list[float]:
    times = []
    for _ in range(runs):
        began = time.perf_counter()
        step()
        times.append(time.perf_counter() - began)
    return times


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--quick", action="store_true")
    args = parser.parse_args()
    count, runs = (300, 1) if args.quick else (5000, 3)
    print("Roundtable insights benchmark" + (" (quick sizes)" if args.quick else ""))

    for threshold in (themes.THRESHOLD - 0.05, themes.THRESHOLD, themes.THRESHOLD + 0.05):
        p, r, n = precision_recall(threshold)
        shipped = " (shipped)" if threshold == themes.THRESHOLD else ""
        print(f"theme suggestions at {threshold:.2f}{shipped}: precision {p:.2f}, "
              f"recall {r:.2f}, {n} groups")  # fmt: skip

    statements = many_barriers(count)
    stem_only = timed(lambda: [stems(s.text) for s in statements], runs)
    suggest = timed(lambda: themes.suggest(statements), runs)
    took, baseline = statistics.median(suggest), statistics.median(stem_only)
    print(f"suggestions over {count:,} barriers: median {took:.2f} s (stemming alone "
          f"{baseline:.2f} s, {took / baseline:.1f}x; target <= 2 s)")  # fmt: skip

    index = ConceptIndex(statements)
    probes = [s.text for s in statements[: 50 if not args.quick else 5]]
    lookups = timed(lambda: [index.nearest(p) for p in probes], 1)[0] / len(probes)
    print(
        f"had-before lookup over {count:,} statements: {lookups * 1000:.1f} ms each "
        "(target <= 50 ms)"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
