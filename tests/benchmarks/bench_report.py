"""Benchmark of the organiser's report and workbook, each beside a baseline from the same run.

    .venv/bin/python tests/benchmarks/bench_report.py            # full sizes
    .venv/bin/python tests/benchmarks/bench_report.py --quick    # tiny sizes (seconds)

1. `roundtable export-data -o FILE.xlsx` of 100,000 items as a whole process, beside a plain
   openpyxl write-only script (a whole process too) writing the same rows, read ready-made
   from a pickle (target <= 1.3x); the two are run in turn.
2. `roundtable report` of a 20-session series as a whole process (target <= 3 s), beside
   `roundtable --version` (the interpreter's and the command's start).
3. `roundtable import-status` of a workbook with 10,000 follow-up rows, every one changed,
   as a whole process (target <= 2 s).

Figures only; nothing here asserts on time.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import os
import pickle
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

try:
    import resource
except ImportError:  # Windows: wall time only
    resource = None

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from roundtable.domain.model import ItemKind, Language  # noqa: E402
from roundtable.insights.selection import select  # noqa: E402
from roundtable.report.sheet_rows import workbook_sheets  # noqa: E402
from roundtable.sessionfile import parse_session_document  # noqa: E402
from roundtable.storage import SessionStore  # noqa: E402

SAMPLE = ROOT / "resources" / "sample" / "sample.roundtable.json"
CLI = [sys.executable, "-m", "roundtable"]

PLAIN_SCRIPT = """
import pickle, sys
from openpyxl import Workbook
sheets = pickle.load(open(sys.argv[1], "rb"))
book = Workbook(write_only=True)
for title, header, rows in sheets:
    ws = book.create_sheet(title)
    ws.append(header)
    for row in rows:
        ws.append(row)
book.save(sys.argv[2])
"""


def fill(data: Path, sessions: int, items_each: int, series: str) -> None:
    """`sessions` copies of the sample, each with `items_each` items, in one series."""
    doc = json.loads(SAMPLE.read_text(encoding="utf-8"))
    base = parse_session_document(doc).bundle
    store = SessionStore.open(data, automatic_backup=False)
    with store:
        for n in range(sessions):
            items = []
            for k in range(items_each):
                item = base.items[k % len(base.items)]
                kind_ok = item.kind not in (ItemKind.IDEA, ItemKind.ACTION) or k < len(base.items)
                if not kind_ok:  # one set of ideas and actions per session, the rest notes
                    item = dataclasses.replace(item, kind=ItemKind.NOTE, phase=base.items[0].phase)
                items.append(
                    dataclasses.replace(
                        item, uid="", text=f"{item.text} ({n}.{k})", barrier_ids=[], id=k + 1000
                    )
                )
            session = dataclasses.replace(
                base.session, uid="", title=f"{base.session.title} {n}", series=series
            )
            bundle = dataclasses.replace(base, session=session, items=items)
            store.import_session(bundle, as_new=True)


CPU: list[float] = []  # the processor time of each run, beside its wall time


def _children_cpu() -> float:
    if resource is None:
        return 0.0
    used = resource.getrusage(resource.RUSAGE_CHILDREN)
    return used.ru_utime + used.ru_stime


def run(command: list[str], data: Path) -> float:
    """The wall time of `command` as a whole process; its processor time goes to CPU (on a
    machine shared with other work the wall time says more about the neighbours)."""
    env = {**os.environ, "ROUNDTABLE_DATA_DIR": str(data)}
    cpu = _children_cpu()
    began = time.perf_counter()
    done = subprocess.run(command, env=env, capture_output=True, text=True)
    took = time.perf_counter() - began
    CPU.append(_children_cpu() - cpu)
    if done.returncode != 0:
        raise SystemExit(f"{' '.join(command)} failed: {done.stderr}")
    return took


def median(command: list[str], data: Path, runs: int) -> float:
    return statistics.median(run(command, data) for _ in range(runs))


def medians(commands: list[list[str]], data: Path, runs: int) -> list[float]:
    """The median wall time of each command, their runs taken in turn: this machine's speed
    drifts by a third within minutes, and runs one after another would compare the drift."""
    times: list[list[float]] = [[] for _ in commands]
    for _ in range(runs):
        for command, took in zip(commands, times, strict=True):
            took.append(run(command, data))
    return [statistics.median(took) for took in times]


def bench_export(folder: Path, items: int, runs: int) -> None:
    data = folder / "export"
    sessions = max(items // 200, 1)
    fill(data, sessions, items // sessions, "Stor")
    with SessionStore.open(data, automatic_backup=False) as store:
        bundles = select(store, series="Stor")
    sheets = workbook_sheets(bundles, Language.DA)
    rows = folder / "rows.pickle"
    rows.write_bytes(pickle.dumps([(s.title, list(s.header), s.rows) for s in sheets]))
    script = folder / "plain.py"
    script.write_text(PLAIN_SCRIPT, encoding="utf-8")
    ours, plain = medians(
        [
            [*CLI, "export-data", "-o", str(folder / "ours.xlsx")],
            [sys.executable, str(script), str(rows), str(folder / "plain.xlsx")],
        ],
        data,
        runs,
    )
    count = sum(len(b.items) for b in bundles)
    print(f"roundtable export-data, {count:,} items (whole process)  {ours:.2f} s")
    print(f"baseline: plain openpyxl write-only script, same rows (whole process)  {plain:.2f} s")
    print(f"1. export-data of {count:,} items: {ours / plain:.2f}x the plain baseline  "
          "target <= 1.3x")  # fmt: skip


def bench_report(folder: Path, sessions: int, runs: int) -> None:
    data = folder / "report"
    fill(data, sessions, 60, "Serie")
    start = median([*CLI, "--version"], data, runs)
    took = median([*CLI, "report", "--series", "Serie", "-o", str(folder / "r.docx")], data, runs)
    print(f"2. report of a {sessions}-session series (whole process): median {took:.2f} s; "
          f"roundtable --version {start:.2f} s  target <= 3 s")  # fmt: skip


def bench_import(folder: Path, rows: int, runs: int) -> None:
    from openpyxl import load_workbook

    data = folder / "import"
    sessions = max(rows // 100, 1)
    fill_followed(data, sessions, 100)
    book_path = folder / "status.xlsx"
    run([*CLI, "export-data", "-o", str(book_path)], data)
    book = load_workbook(book_path)
    follow = book["Opfølgning"]
    count = follow.max_row - 1
    for r in range(2, follow.max_row + 1):
        follow[f"I{r}"] = f"Resultat {r}"
    book.save(book_path)
    dry = median([*CLI, "import-status", str(book_path), "--dry-run"], data, runs)
    dry_cpu = statistics.median(CPU[-runs:])
    took = run([*CLI, "import-status", str(book_path)], data)
    print(f"3. import-status of {count:,} changed rows (whole process): {took:.2f} s "
          f"(processor {CPU[-1]:.2f} s); --dry-run {dry:.2f} s (processor {dry_cpu:.2f} s)  "
          "target <= 2 s")  # fmt: skip


def fill_followed(data: Path, sessions: int, each: int) -> None:
    """Sessions of ideas and actions only: `each` follow-up rows per session."""
    doc = json.loads(SAMPLE.read_text(encoding="utf-8"))
    base = parse_session_document(doc).bundle
    ideas = [i for i in base.items if i.kind in (ItemKind.IDEA, ItemKind.ACTION)]
    with SessionStore.open(data, automatic_backup=False) as store:
        for n in range(sessions):
            items = [
                dataclasses.replace(
                    ideas[k % len(ideas)], uid="", text=f"Idé {n}.{k}", barrier_ids=[], id=k + 1
                )
                for k in range(each)
            ]
            session = dataclasses.replace(base.session, uid="", title=f"Møde {n}")
            store.import_session(
                dataclasses.replace(base, session=session, items=items), as_new=True
            )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="tiny sizes, to check it runs")
    args = parser.parse_args()
    items, sessions, rows, runs = (2_000, 3, 300, 1) if args.quick else (100_000, 20, 10_000, 3)
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        bench_export(folder, items, runs)
        bench_report(folder, sessions, runs)
        bench_import(folder, rows, runs)
    return 0


if __name__ == "__main__":
    sys.exit(main())
