"""The benchmarks still run and print their figures (times are not checked)."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

BENCHMARKS = Path(__file__).resolve().parents[1] / "benchmarks"

STORE_FIGURES = [
    r"^1\. add one item \([\d,]+ stored\) .*target <= 2 ms",
    r"^2\. import a 600-item session file .*target <= 300 ms",
    r"^3\. search \([\d,]+ items\) .*target <= 20 ms",
]
MINUTES_FIGURES = [
    r"roundtable export --format docx \(whole process\) +[\d.]+ ms",
    r"baseline: plain python-docx script \(whole process\) +[\d.]+ ms",
    r"^whole-process export, 60 items: [\d.]+x the plain baseline +target <= 1\.2x",
    r"the plain baseline is python-docx's documented calls",
    r"^ +1,000 items: +[\d.]+ s in all, +[\d.]+ ms per 1,000",
]
APP_FIGURES = [
    r"^1a\. start to the library's rows painted \([\d,]+ sessions, [\d,]+ items, [\d,]+ MB\): "
    r"median \d+ ms; bare PySide6 window \d+ ms; ratio [\d.]+x \(target <= 1\.3x",
    r"^1b\. start to the library's rows painted \([\d,]+ sessions, [\d,]+ items, [\d,]+ MB\): "
    r"median \d+ ms; bare PySide6 window \d+ ms; ratio [\d.]+x \(target <= 1\.5x",
    r"^1a\. .*; the library screen alone \(its widgets and rows in one script, none of the "
    r"app's modules\) \d+ ms, [\d.]+x$",
    r"^2\. capture with \d+ items in the phase: median [\d.]+ ms",
    r"^1a\. instructions to the paint(, main thread \(callgrind, offscreen; the same on every "
    r"run\): app [\d,]+ M; bare PySide6 window [\d,]+ M; ratio [\d.]+x|: not counted)",
]
INSIGHTS_FIGURES = [
    r"^theme suggestions at [\d.]+ \(shipped\): precision [\d.]+, recall [\d.]+",
    r"^suggestions over [\d,]+ barriers: median [\d.]+ s .*target <= 2 s",
    r"^had-before lookup over [\d,]+ statements: [\d.]+ ms each",
    r"^overview of [\d,]+ sessions: opens in median [\d]+ ms .*target <= 300 ms",
    r"^insights --json as a whole process: median [\d.]+ s .*target <= 1 s",
]

SYNC_FIGURES = [
    r"^1\. sync of [\d,]+ unchanged session files: median [\d.]+ ms; listing and stat-ing "
    r"the folder [\d.]+ ms; ratio [\d.]+x \(target <= 500 ms for 500\)",
    r"^2\. first sync of [\d,]+ session files into an empty store: \d+ ms",
]

REPORT_FIGURES = [
    r"roundtable export-data, [\d,]+ items \(whole process\) +[\d.]+ s",
    r"baseline: plain openpyxl write-only script, same rows \(whole process\) +[\d.]+ s",
    r"^1\. export-data of [\d,]+ items: [\d.]+x the plain baseline +target <= 1\.3x",
    r"^2\. report of a \d+-session series \(whole process\): median [\d.]+ s",
    r"^3\. import-status of [\d,]+ changed rows \(whole process\): [\d.]+ s",
]

PRESENTER_FIGURES = [
    r"^presenter open, [\d,]+-character hostile values",
    r"^a\) normal: open \d+ ms; peak memory \d+ MB \(Python [\d.]+ MB\); [\d,]+ characters",
    r"^b\) long name: open \d+ ms; peak memory \d+ MB",
    r"^c\) long name, Chatham House: open \d+ ms; peak memory \d+ MB",
    r"^d\) long item text: open \d+ ms; peak memory \d+ MB",
    r"^   long name vs normal: [\d.]+x the time, [+-]\d+ MB peak memory",
]


@pytest.mark.parametrize(
    ("script", "figures"),
    [
        ("bench_store.py", STORE_FIGURES),
        ("bench_minutes.py", MINUTES_FIGURES),
        ("bench_app.py", APP_FIGURES),
        ("bench_insights.py", INSIGHTS_FIGURES),
        ("bench_sync.py", SYNC_FIGURES),
        ("bench_report.py", REPORT_FIGURES),
        ("bench_presenter.py", PRESENTER_FIGURES),
    ],
)
def test_quick_benchmark_prints_every_figure(script: str, figures: list[str]) -> None:
    done = subprocess.run(
        [sys.executable, str(BENCHMARKS / script), "--quick"],
        capture_output=True,
        encoding="utf-8",
        env={**os.environ, "PYTHONIOENCODING": "utf-8", "QT_QPA_PLATFORM": "offscreen"},
        timeout=300,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    for pattern in figures:
        assert re.search(pattern, done.stdout, re.MULTILINE), f"{pattern!r} not in:\n{done.stdout}"


def test_the_start_is_measured_on_an_x_display_only_when_one_answers() -> None:
    # The offscreen figures are always printed; a DISPLAY that names no server (a CI
    # machine with a stale variable) must not stop the benchmark or print X figures.
    sys.path.insert(0, str(BENCHMARKS))
    try:
        import bench_app
    finally:
        sys.path.remove(str(BENCHMARKS))
    unset = {k: v for k, v in os.environ.items() if k != "DISPLAY"}
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(os, "environ", unset)
        assert bench_app.x_display() is None
        patch.setitem(unset, "DISPLAY", ":9371")  # no server there
        assert bench_app.x_display() is None
