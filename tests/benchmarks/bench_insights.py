"""Benchmark of the cross-session insights, each figure beside a baseline from the same run.

    .venv/bin/python tests/benchmarks/bench_insights.py            # full sizes
    .venv/bin/python tests/benchmarks/bench_insights.py --quick    # tiny sizes (seconds)

1. Theme suggestions on the labelled set (tests/data/theme_statements.json): pairwise
   precision and recall against the themes a person gave, at the shipped threshold and two
   around it.
2. Theme suggestions over 5,000 barriers (target <= 2 s), beside the baseline of only
   stemming them.
3. "Had before": the statements most like a new one, over the same 5,000 (target <= 50 ms).
4. The overview of 500 sessions holding 100,000 items (offscreen): from asking for it to its
   first tab painted (target <= 300 ms), and each other tab's first showing, beside the
   baseline of listing the library's sessions.
5. `roundtable insights --json` over the same library as a whole process (target <= 1 s),
   beside `roundtable list --json` and `python -c pass` in the same run.

Figures only; nothing here asserts on time. The labelled set was written by the same people
who wrote the matcher: read precision and recall as a floor check, not a promise.
"""

from __future__ import annotations

import argparse
import itertools
import json
import os
import random
import resource
import statistics
import subprocess
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
    # Local colour as words (the tokeniser drops digits): 1,600 place names, each rare.
    syllables = ["al", "bo", "dal", "e", "fjor", "gå", "holm", "in", "kær", "lun", "mo",
                 "næs", "os", "rup", "sø", "tof", "ul", "vig", "bæk", "ring"]  # fmt: skip
    colour = [f"{a}{b}{c}sted" for a in syllables for b in syllables for c in syllables[:4]]
    out = []
    for n in range(count):
        words = rng.choice(base).text.split()
        kept = [w for w in words if rng.random() > 0.15] + rng.sample(colour, 2)
        out.append(Statement(f"s{n}", f"session {n % 100}", " ".join(kept)))
    return out


CPU: list[float] = []  # the processor time of each timed run, beside its wall-clock time


def timed(step, runs: int) -> list[float]:
    """Wall-clock seconds of each run; their processor seconds go to CPU. On a shared
    machine the two differ: read the processor time as what the code costs."""
    times = []
    CPU.clear()
    for _ in range(runs):
        began, cpu = time.perf_counter(), time.process_time()
        step()
        times.append(time.perf_counter() - began)
        CPU.append(time.process_time() - cpu)
    return times


def load() -> str:
    return f"load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} processors"


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
    print(f"suggestions over {count:,} barriers: median {took:.2f} s (processor "
          f"{statistics.median(CPU):.2f} s; stemming alone {baseline:.2f} s, "
          f"{took / baseline:.1f}x; target <= 2 s; {load()})")  # fmt: skip

    index = ConceptIndex(statements)
    probes = [s.text for s in statements[: 50 if not args.quick else 5]]
    lookups = timed(lambda: [index.nearest(p) for p in probes], 1)[0] / len(probes)
    print(
        f"had-before lookup over {count:,} statements: {lookups * 1000:.1f} ms each "
        "(target <= 50 ms)"
    )
    bench_overview(args.quick)
    bench_insights_process(args.quick)
    return 0


def _library(quick: bool) -> Path:
    sys.path.insert(0, str(Path(__file__).parent))
    from organiser_library import library

    return library(20, 2_000) if quick else library(500, 100_000)


def bench_overview(quick: bool) -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from roundtable.storage import SessionStore
    from roundtable.ui.overview.overview_page import OverviewPage
    from roundtable.ui.workspace import Workspace

    app = QApplication.instance() or QApplication([])
    data = _library(quick)
    store = SessionStore.open(data, automatic_backup=False)
    try:
        workspace = Workspace(store)
        settings = QSettings(str(data / "settings.ini"), QSettings.Format.IniFormat)
        page = OverviewPage(workspace, settings)
        page.resize(1300, 700)
        page.show()
        app.processEvents()
        ids = [s.id for s in store.list_sessions()]

        def opened() -> None:
            page.tabs.setCurrentIndex(0)
            page.show_scope(None, ids)
            page.repaint()

        listing = timed(store.list_sessions, 5)
        opens = timed(opened, 5)
        opens_cpu = statistics.median(CPU)
        tabs = []
        for tab in range(1, page.tabs.count()):

            def shown(tab: int = tab) -> None:
                page.tabs.setCurrentIndex(tab)
                page.repaint()

            took = timed(shown, 1)[0]
            tabs.append(f"{page.tabs.tabText(tab).lower()} {took * 1000:.0f} ms")
        print(
            f"overview of {len(ids):,} sessions: opens in median "
            f"{statistics.median(opens) * 1000:.0f} ms (processor {opens_cpu * 1000:.0f} ms; "
            f"listing the sessions alone "
            f"{statistics.median(listing) * 1000:.0f} ms; target <= 300 ms); "
            f"then first showing of {', '.join(tabs)}; {load()}"
        )
        page.close()
    finally:
        store.close()


def bench_insights_process(quick: bool) -> None:
    data = _library(quick)
    env = {**os.environ, "ROUNDTABLE_DATA_DIR": str(data)}

    def run(*command: str) -> float:
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        began = time.perf_counter()
        subprocess.run(command, env=env, check=True, capture_output=True)
        took = time.perf_counter() - began
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        used.append(after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime)
        return took

    used: list[float] = []

    cli = [sys.executable, "-m", "roundtable"]
    runs = 3 if quick else 5
    bare = statistics.median(run(sys.executable, "-c", "pass") for _ in range(runs))
    listing = statistics.median(run(*cli, "list", "--json") for _ in range(runs))
    used.clear()
    insights = statistics.median(run(*cli, "insights", "--json") for _ in range(runs))
    insights_cpu = statistics.median(used)
    print(
        f"insights --json as a whole process: median {insights:.2f} s (processor "
        f"{insights_cpu:.2f} s; list --json {listing:.2f} s, python -c pass {bare:.2f} s; "
        f"target <= 1 s; {load()})"
    )


if __name__ == "__main__":
    raise SystemExit(main())
