"""Benchmark of keeping a shared folder in step, beside a baseline from the same run.

    .venv/bin/python tests/benchmarks/bench_sync.py            # 500 session files
    .venv/bin/python tests/benchmarks/bench_sync.py --quick    # 50 (seconds)

1. `sync` of a folder of N session files where nothing changed (target <= 0.5 s for 500),
   beside the baseline of only listing and stat-ing the folder: the cost of deciding,
   without parsing, that nothing moved.
2. The first sync of the same folder into an empty data folder (every file imported), for
   scale.

Figures only; nothing here asserts on time.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from roundtable.domain import Item, ItemKind, Participant, Phase, Session  # noqa: E402
from roundtable.sessionfile.sync import sync_folder  # noqa: E402
from roundtable.storage import SessionStore  # noqa: E402


def fill(store: SessionStore, count: int) -> None:
    for n in range(count):
        session = store.create_session(Session(f"Rundbordsdialog {n}", theme="Ældrepleje"))
        with store.transaction():
            person = store.add_participant(session.id, Participant(f"Deltager {n}"))
            for k in range(12):
                store.add_item(
                    session.id,
                    Item(
                        Phase.NARRATIVE,
                        ItemKind.NOTE,
                        f"Punkt {k} om hjemmeplejen",
                        by_id=person.id,
                    ),
                )


def listing(folder: Path) -> int:
    with os.scandir(folder) as entries:
        return sum(1 for e in entries if e.name.endswith(".json") and e.stat().st_size >= 0)


def median_ms(action, repeat: int) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        action()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--quick", action="store_true")
    count = 50 if parser.parse_args().quick else 500
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        shared = root / "shared"
        shared.mkdir()
        with SessionStore.open(root / "a", automatic_backup=False) as a:
            fill(a, count)
            sync_folder(a, shared)
        # The files arrived a while ago (a file written within the last seconds is read
        # again on purpose: it may still be changing within the clock's resolution).
        old = time.time() - 3600
        for file in shared.iterdir():
            os.utime(file, (old, old))
        with SessionStore.open(root / "b", automatic_backup=False) as b:
            start = time.perf_counter()
            first = sync_folder(b, shared)
            first_ms = (time.perf_counter() - start) * 1000
            assert len(first.imported) == count, first
            unchanged = median_ms(lambda: sync_folder(b, shared), 7)
            assert sync_folder(b, shared).moved == []
        baseline = median_ms(lambda: listing(shared), 7)
    print(
        f"1. sync of {count:,} unchanged session files: median {unchanged:.1f} ms; "
        f"listing and stat-ing the folder {baseline:.1f} ms; "
        f"ratio {unchanged / max(baseline, 0.001):.1f}x (target <= 500 ms for 500)"
    )
    print(f"2. first sync of {count:,} session files into an empty store: {first_ms:.0f} ms")


if __name__ == "__main__":
    main()
