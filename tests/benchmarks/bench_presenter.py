"""Benchmark of the presenter screen with hostile sizes, each beside a normal session.

    .venv/bin/python tests/benchmarks/bench_presenter.py            # 1 MB name and text
    .venv/bin/python tests/benchmarks/bench_presenter.py --quick    # 20 KB (seconds)

The presenter is opened (built, shown at 1280x800, laid out and painted) on a session whose
items are attributed to one participant, each case in a process of its own so its peak memory
is its own: (a) a normal name and text, (b) a participant name of 1 MB, (c) the same under the
Chatham House Rule (names hidden in every text), (d) one item text of 1 MB (written past the
store's limit, as an older or foreign database may hold it). Printed: the time to open, the
process's peak resident memory (getrusage) and Python's own peak allocation (tracemalloc).
What is drawn is limited, not what is stored (issue 15: before, a 1 MB name took 45 s and
20.6 GB). Figures only; nothing here asserts on time.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
import tracemalloc
from datetime import UTC, datetime
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

CASES = ("normal", "long name", "long name, Chatham House", "long item text")


def _library(folder: Path, case: str, size: int) -> None:
    from roundtable.domain.model import Item, ItemKind, Participant, Phase, Session
    from roundtable.edits import MoveToPhase
    from roundtable.storage import SessionStore

    name = ("Navn " * size)[:size] if "long name" in case else "Mette Frederiksen"
    rule = "Chatham" in case
    with SessionStore.open(folder, automatic_backup=False) as store:
        session = store.create_session(Session("Ældrepleje i Gribskov", chatham_house=rule))
        person = store.add_participant(session.id, Participant(name, "Gribskov"))
        for n in range(8):
            text = f"Punkt {n}: borgerne vil blive boende"
            store.add_item(session.id, Item(Phase.NARRATIVE, ItemKind.NOTE, text, by_id=person.id))
        MoveToPhase(session.id, Phase.NARRATIVE, datetime.now(UTC)).apply(store)
        if case == "long item text":
            store.conn.execute("UPDATE items SET text = ? WHERE id = 8", [("ord " * size)[:size]])
            store.conn.commit()


def _open_presenter(folder: Path) -> dict:
    from PySide6.QtWidgets import QApplication

    from roundtable.storage import SessionStore
    from roundtable.ui.presenter.presenter import PresenterWindow
    from roundtable.ui.workspace import Workspace

    app = QApplication.instance() or QApplication(sys.argv[:1])
    store = SessionStore.open(folder, automatic_backup=False)
    workspace = Workspace(store)
    tracemalloc.start()
    started = time.perf_counter()
    window = PresenterWindow(workspace)
    window.resize(1280, 800)
    window.set_session(1)
    window.show()
    window.grab()  # laid out and painted
    app.processEvents()
    seconds = time.perf_counter() - started
    _current, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    shown = len(window.body.text()) + len(window.title.text())
    window.close()
    store.close()
    return {
        "seconds": seconds,
        "peak_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
        "python_peak_mb": peak / 2**20,
        "shown_chars": shown,
    }


def _one_case(case: str, size: int) -> None:
    with tempfile.TemporaryDirectory(prefix="roundtable-bench-presenter-") as tmp:
        _library(Path(tmp), case, size)
        print(json.dumps(_open_presenter(Path(tmp))))


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--quick", action="store_true")
    parser.add_argument("--case", choices=CASES)
    parser.add_argument("--size", type=int)
    args = parser.parse_args()
    size = args.size or (20_000 if args.quick else 1_000_000)
    if args.case:
        _one_case(args.case, size)
        return
    figures = {}
    for case in CASES:
        done = subprocess.run(
            [sys.executable, __file__, "--case", case, "--size", str(size)],
            capture_output=True,
            encoding="utf-8",
            timeout=600,
        )
        if done.returncode != 0:
            sys.exit(f"{case}: {done.stderr}")
        figures[case] = json.loads(done.stdout.strip().splitlines()[-1])
    print(f"presenter open, {size:,}-character hostile values (each case its own process):")
    for n, case in enumerate(CASES):
        f = figures[case]
        print(
            f"{'abcd'[n]}) {case}: open {f['seconds'] * 1000:.0f} ms; peak memory "
            f"{f['peak_rss_mb']:.0f} MB (Python {f['python_peak_mb']:.1f} MB); "
            f"{f['shown_chars']:,} characters drawn"
        )
    normal = figures["normal"]
    for case in CASES[1:]:
        f = figures[case]
        print(
            f"   {case} vs normal: {f['seconds'] / normal['seconds']:.1f}x the time, "
            f"{f['peak_rss_mb'] - normal['peak_rss_mb']:+.0f} MB peak memory"
        )


if __name__ == "__main__":
    main()
