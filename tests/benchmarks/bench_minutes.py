"""Benchmark of the Word minutes: a whole `roundtable export --format docx` process beside a
plain python-docx script writing the same paragraphs and tables, both timed in this run.

    .venv/bin/python tests/benchmarks/bench_minutes.py           # 600 items, 40 participants
    .venv/bin/python tests/benchmarks/bench_minutes.py --quick   # small and few runs (seconds)

Both sides are separate processes started the same way, so both pay for starting Python
and importing python-docx. The export also opens the store, reads the session, builds the
minutes and writes atomically; the baseline reads the finished paragraphs and tables from a
JSON file and writes them with python-docx's plain calls. It prints figures and never
asserts on time.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import random
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

from bench_store import SEED, Writer, filesystem, ms

from roundtable.domain.model import SessionBundle
from roundtable.minutes.blocks import Heading, Minutes, Paragraph
from roundtable.minutes.content import build_minutes
from roundtable.minutes.document import write_document
from roundtable.storage import SessionStore

TARGET_RATIO = 1.2
# Sessions of these sizes are built and written in this process: the time per 1,000 items
# stays flat when the export grows linearly.
SLOPE_ITEMS = (1_000, 10_000, 50_000)
QUICK_SLOPE_ITEMS = (200, 1_000)
BASELINE_NAME = (
    "python-docx's documented calls: document.add_heading, add_paragraph(style=...), "
    "paragraph.add_run with run.bold/italic, add_table with table.style, add_row and cell.text"
)


@dataclass(frozen=True)
class Sizes:
    items: int
    participants: int
    turns: int
    runs: int


FULL = Sizes(600, 40, 150, 9)
QUICK = Sizes(60, 10, 20, 2)

# The baseline: what anyone would write with python-docx's documented calls. With "lean" it
# sets each paragraph's style id directly, as the export does, skipping python-docx's search
# for the default style on every `style=` (which is most of the plain script's time).
BASELINE = """
import json, sys
import docx

blocks = json.load(open(sys.argv[1], encoding="utf-8"))
lean = sys.argv[3] == "lean"
document = docx.Document()
names = {"body": None, "subtitle": "Subtitle", "bullet": "List Bullet", "quote": "Quote"}
heading_names = ["Title", "Heading 1", "Heading 2"]
ids = {name: document.styles[name].style_id for name in [*heading_names, *names.values()] if name}


def styled(name):
    if not lean:
        return document.add_paragraph(style=name)
    paragraph = document.add_paragraph()
    if name:
        paragraph._p.style = ids[name]
    return paragraph


for block in blocks:
    if block[0] == "heading":
        if lean:
            styled(heading_names[block[1]]).add_run(block[2])
        else:
            document.add_heading(block[2], block[1])
    elif block[0] == "paragraph":
        paragraph = styled(names[block[1]])
        for text, bold, italic in block[2]:
            run = paragraph.add_run(text)
            run.bold = bold or None
            run.italic = italic or None
    else:
        header, rows = block[1], block[2]
        table = document.add_table(rows=1, cols=len(header))
        table.style = "Light Grid Accent 1"
        for cell, text in zip(table.rows[0].cells, header):
            cell.text = text
        for values in rows:
            for cell, text in zip(table.add_row().cells, values):
                cell.text = text
        document.add_paragraph()
document.sections[0].footer.paragraphs[0].text = "Side 1 af 1"
document.save(sys.argv[2])
"""


def as_json(minutes: Minutes) -> list[list[object]]:
    out: list[list[object]] = []
    for block in minutes.blocks:
        if isinstance(block, Heading):
            out.append(["heading", block.level, block.text])
        elif isinstance(block, Paragraph):
            spans = [[s.text, s.bold, s.italic] for s in block.spans]
            out.append(["paragraph", str(block.style), spans])
        else:
            out.append(["table", list(block.header), [list(r) for r in block.rows]])
    return out


def timed_process(command: list[str]) -> float:
    start = time.perf_counter()
    done = subprocess.run(command, capture_output=True, text=True)
    elapsed = time.perf_counter() - start
    if done.returncode != 0:
        raise SystemExit(f"{' '.join(command)} failed:\n{done.stderr}")
    return elapsed


def in_process(bundle: SessionBundle, folder: Path, runs: int) -> tuple[list[float], list[float]]:
    """Building the minutes and writing the document, timed inside this process."""
    build, write = [], []
    for n in range(runs):
        start = time.perf_counter()
        minutes = build_minutes(bundle, chatham_house=False, language=bundle.session.language)
        build.append(time.perf_counter() - start)
        start = time.perf_counter()
        write_document(minutes, folder / f"in-process-{n}.docx")
        write.append(time.perf_counter() - start)
    return build, write


def slope(items: tuple[int, ...], folder: Path) -> None:
    """Time per 1,000 items for sessions of each size, built and written in this process."""
    print()
    print("time per 1,000 items (build_minutes + write_document, in process):")
    for n in items:
        writer = Writer(random.Random(SEED))
        bundle = writer.bundle(n, 40, 150)
        for local_id, item in enumerate(bundle.items, start=1):
            item.id = item.id or local_id
        start = time.perf_counter()
        minutes = build_minutes(bundle, chatham_house=False, language=bundle.session.language)
        write_document(minutes, folder / f"slope-{n}.docx")
        elapsed = time.perf_counter() - start
        per_thousand = elapsed * 1000 / n * 1000  # ms
        print(f"    {n:>7,} items: {elapsed:7.2f} s in all, {per_thousand:7.1f} ms per 1,000")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Benchmark the Word minutes.")
    parser.add_argument("--quick", action="store_true", help="small sizes, for a smoke test")
    parser.add_argument("--dir", type=Path, default=None, help="where the temporary folder goes")
    args = parser.parse_args(argv)
    sizes = QUICK if args.quick else FULL
    writer = Writer(random.Random(SEED))

    with tempfile.TemporaryDirectory(prefix="roundtable-bench-", dir=args.dir) as tmp:
        folder = Path(tmp)
        print(f"Roundtable minutes benchmark ({'quick' if args.quick else 'full'} sizes)")
        print(
            f"Python {platform.python_version()}, {platform.machine()}, {os.cpu_count()} CPUs; "
            f"folder {folder} ({filesystem(folder)})"
        )
        data = folder / "data"
        with SessionStore.open(data) as store:
            session = store.import_bundle(
                writer.bundle(sizes.items, sizes.participants, sizes.turns)
            )
            bundle = store.export_bundle(session.id)
        minutes = build_minutes(bundle, chatham_house=False, language=bundle.session.language)
        blocks = folder / "blocks.json"
        blocks.write_text(json.dumps(as_json(minutes), ensure_ascii=False), encoding="utf-8")
        script = folder / "baseline.py"
        script.write_text(BASELINE, encoding="utf-8")
        n_tables = sum(1 for b in minutes.blocks if not isinstance(b, Heading | Paragraph))
        n_rows = sum(
            len(b.rows) + 1 for b in minutes.blocks if not isinstance(b, Heading | Paragraph)
        )
        print(
            f"Session: {len(bundle.items)} items, {len(bundle.participants)} participants, "
            f"{len(bundle.speaking_turns)} speaking turns, language {bundle.session.language}; "
            f"minutes: {len(minutes.blocks) - n_tables} paragraphs, {n_tables} tables "
            f"({n_rows} rows)"
        )

        ours = [
            sys.executable, "-m", "roundtable", "--data-dir", str(data),
            "export", str(session.id), "--format", "docx", "-o", str(folder / "minutes.docx"),
        ]  # fmt: skip
        plain = [sys.executable, str(script), str(blocks), str(folder / "plain.docx"), "plain"]
        lean = [sys.executable, str(script), str(blocks), str(folder / "lean.docx"), "lean"]
        # Once each, untimed: compiled bytecode, the page cache, and the store's backup on
        # its first open after the import.
        for command in (ours, plain, lean):
            timed_process(command)
        times: dict[str, list[float]] = {"ours": [], "plain": [], "lean": []}
        for _ in range(sizes.runs):  # interleaved, so a slow spell hits all alike
            for name, command in (("ours", ours), ("plain", plain), ("lean", lean)):
                times[name].append(timed_process(command))
        build, write = in_process(bundle, folder, sizes.runs)

        size_ours = (folder / "minutes.docx").stat().st_size
        size_plain = (folder / "plain.docx").stat().st_size
        print()
        print(f"{sizes.runs} runs each, interleaved; medians (min)")
        for label, samples in (
            ("roundtable export --format docx (whole process)", times["ours"]),
            ("baseline: plain python-docx script (whole process)", times["plain"]),
            ("baseline, lean: style ids set directly (whole process)", times["lean"]),
            ("  in-process: build_minutes", build),
            ("  in-process: write_document (python-docx, atomic save)", write),
        ):
            print(f"    {label:<56} {ms(statistics.median(samples))} ({ms(min(samples)).strip()})")
        print(f"    files: {size_ours / 1024:.0f} KiB (export) and {size_plain / 1024:.0f} KiB")
        print()
        ours_median = statistics.median(times["ours"])
        ratio = ours_median / statistics.median(times["plain"])
        lean_ratio = ours_median / statistics.median(times["lean"])
        met = "yes" if ratio <= TARGET_RATIO else "NO"
        print(
            f"whole-process export, {len(bundle.items)} items: {ratio:.2f}x the plain baseline   "
            f"target <= {TARGET_RATIO}x   met: {met}"
        )
        print(f"  and {lean_ratio:.2f}x the lean baseline (the cost of the store and the wording)")
        print(f"  the plain baseline is {BASELINE_NAME}")
        slope(QUICK_SLOPE_ITEMS if args.quick else SLOPE_ITEMS, folder)
    return 0


if __name__ == "__main__":
    sys.exit(main())
