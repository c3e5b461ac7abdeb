"""The benchmarks still run and print their figures (times are not checked)."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

BENCHMARKS = Path(__file__).resolve().parents[1] / "benchmarks"
SCRIPT = BENCHMARKS / "bench_store.py"

FIGURE_LINES = [
    r"^1\. add one item \([\d,]+ stored\) .*target <= 2 ms",
    r"^2\. import a 600-item session file .*target <= 300 ms",
    r"^3\. search \([\d,]+ items\) .*target <= 20 ms",
]


def test_quick_benchmark_prints_every_figure() -> None:
    done = subprocess.run(
        [sys.executable, str(SCRIPT), "--quick"],
        capture_output=True,
        encoding="utf-8",
        env={**os.environ, "PYTHONIOENCODING": "utf-8"},
        timeout=300,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    for pattern in FIGURE_LINES:
        assert re.search(pattern, done.stdout, re.MULTILINE), f"{pattern!r} not in:\n{done.stdout}"


APP_FIGURES = [
    r"^1\. start to a shown window \([\d,]+ sessions\): median \d+ ms; bare .* ratio [\d.]+x",
    r"^2\. capture with \d+ items in the phase: median [\d.]+ ms",
]


def test_quick_app_benchmark_prints_both_figures() -> None:
    done = subprocess.run(
        [sys.executable, str(BENCHMARKS / "bench_app.py"), "--quick"],
        capture_output=True,
        encoding="utf-8",
        env={**os.environ, "PYTHONIOENCODING": "utf-8", "QT_QPA_PLATFORM": "offscreen"},
        timeout=300,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    for pattern in APP_FIGURES:
        assert re.search(pattern, done.stdout, re.MULTILINE), f"{pattern!r} not in:\n{done.stdout}"
