"""A bug's report: the traceback written to a file the user can send, never shown raw.

Known faults are RoundtableErrors with their own message; whatever else escapes is a bug.
"""

from __future__ import annotations

import platform
import sys
import tempfile
import traceback
from datetime import UTC, datetime
from pathlib import Path

from roundtable import __version__

FOLDER = "crash-reports"


def write_crash_report(exc: BaseException, data_dir: Path | None = None) -> Path | None:
    """Write what is known about `exc` to a new file; its path, or None if nowhere would
    take it. The data folder first, else the system's temporary folder."""
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S%fZ")
    text = "".join(
        [
            f"Roundtable {__version__}, Python {sys.version.split()[0]}, "
            f"{platform.platform()}\n{stamp}\n\n",
            *traceback.format_exception(exc),
        ]
    )
    places = [data_dir / FOLDER] if data_dir is not None else []
    places.append(Path(tempfile.gettempdir()) / "roundtable-crash-reports")
    for folder in places:
        try:
            folder.mkdir(mode=0o700, parents=True, exist_ok=True)
            report = folder / f"crash-{stamp}.txt"
            # Private: a traceback can quote what was typed.
            # A file name that is not UTF-8 reaches a traceback as a lone surrogate.
            with open(
                report, "x", encoding="utf-8", errors="backslashreplace", opener=_private
            ) as fh:
                fh.write(text)
            return report
        except OSError:
            continue
    return None


def _private(path: str, flags: int) -> int:
    import os

    return os.open(path, flags, 0o600)


FATAL = "fatal.txt"  # where a crash of the process itself is written, in FOLDER
_fatal_file = None  # open for the process's life: the crash writes into it


def record_fatal_errors(data_dir: Path) -> Path | None:
    """Have a crash of the process itself (a segmentation fault in Qt) leave the Python
    stacks of every thread in the data folder's crash reports, where the window vanished
    with no word and nothing to send. What an earlier run left there becomes a report of
    its own first; its path, or None. Nothing is done where something else already records
    such crashes (a test runner)."""
    import faulthandler

    global _fatal_file
    if faulthandler.is_enabled():
        return None
    folder = data_dir / FOLDER
    left = None
    try:
        folder.mkdir(mode=0o700, parents=True, exist_ok=True)
        fatal = folder / FATAL
        if fatal.exists() and fatal.stat().st_size:
            stamp = datetime.fromtimestamp(fatal.stat().st_mtime, UTC).strftime("%Y%m%dT%H%M%SZ")
            left = fatal.rename(folder / f"crash-{stamp}-fatal.txt")
        _fatal_file = open(fatal, "a", encoding="utf-8", opener=_private)  # noqa: SIM115
    except OSError:
        return left  # nowhere to write: the crash goes unrecorded, as before
    faulthandler.enable(_fatal_file, all_threads=True)
    return left
