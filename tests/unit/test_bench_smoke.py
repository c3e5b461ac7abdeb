"""The store benchmark still runs and prints its three figures (times are not checked)."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

SCRIPT = Path(__file__).resolve().parents[1] / "benchmarks" / "bench_store.py"

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
