"""A crash of the process itself leaves a report the user can send."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path


def _run(code: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)


def test_a_crash_of_the_process_leaves_its_stacks_among_the_crash_reports(tmp_path):
    # The window vanished on a segmentation fault in Qt, with no word and nothing to send.
    data = tmp_path / "data"
    crash = (
        "import ctypes, pathlib\n"
        "from roundtable.crash_report import record_fatal_errors\n"
        f"record_fatal_errors(pathlib.Path({str(data)!r}))\n"
        "def searching_the_library():\n"
        "    ctypes.string_at(0)\n"
        "searching_the_library()\n"
    )
    assert _run(crash).returncode != 0
    fatal = data / "crash-reports" / "fatal.txt"
    written = fatal.read_text(encoding="utf-8")
    assert "Segmentation fault" in written and "searching_the_library" in written
    again = _run(
        "import pathlib\nfrom roundtable.crash_report import record_fatal_errors\n"
        f"print(record_fatal_errors(pathlib.Path({str(data)!r})))"
    )
    kept = Path(again.stdout.strip())
    assert kept.parent == data / "crash-reports" and kept.name.endswith("-fatal.txt")
    assert "searching_the_library" in kept.read_text(encoding="utf-8")
    assert fatal.read_text(encoding="utf-8") == ""  # ready for the next one
