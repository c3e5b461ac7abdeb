"""Benchmark of the desktop app, each figure beside a baseline from the same run.

    .venv/bin/python tests/benchmarks/bench_app.py            # full sizes (about a minute)
    .venv/bin/python tests/benchmarks/bench_app.py --quick    # tiny sizes (seconds)

1. Start to a shown main window with 1,000 stored sessions, whole process, against a bare
   PySide6 window started the same way (target: <= 1.3x).
2. Capture with 500 items in the phase: from Enter in the capture line to the item committed
   and shown in the list (target: median <= 30 ms); the bare store call is the baseline.

Figures only; nothing here asserts on time.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

BARE_WINDOW = """
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(sys.argv[:1])
window = QMainWindow()
window.resize(1280, 800)
window.show()
QTimer.singleShot(0, app.quit)
app.exec()
"""


def fill_sessions(data_dir: Path, count: int) -> None:
    from roundtable.domain.model import Item, ItemKind, Participant, Phase, Session
    from roundtable.storage import SessionStore

    with SessionStore.open(data_dir) as store:
        for n in range(count):
            session = store.create_session(
                Session(title=f"Rundbordsdialog {n}", theme=f"Tema {n % 7}", host="Vestby")
            )
            store.add_participant(session.id, Participant(f"Deltager {n}", "Vestby Kommune"))
            store.add_item(session.id, Item(Phase.NARRATIVE, ItemKind.NOTE, f"Note {n}"))


def timed_process(command: list[str], env: dict[str, str]) -> float:
    began = time.perf_counter()
    subprocess.run(command, env=env, check=True, capture_output=True, timeout=120)
    return time.perf_counter() - began


def bench_start(sessions: int, runs: int) -> None:
    data_dir = Path(tempfile.mkdtemp()) / "data"
    fill_sessions(data_dir, sessions)
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "ROUNDTABLE_QUIT_WHEN_SHOWN": "1"}
    app_command = [sys.executable, "-m", "roundtable", "--data-dir", str(data_dir)]
    bare_command = [sys.executable, "-c", BARE_WINDOW]
    timed_process(app_command, env)  # warm the file cache for both
    timed_process(bare_command, env)
    app_times, bare_times = [], []
    for _ in range(runs):  # interleaved, so drift in the machine hits both alike
        bare_times.append(timed_process(bare_command, env))
        app_times.append(timed_process(app_command, env))
    app, bare = statistics.median(app_times), statistics.median(bare_times)
    print(
        f"1. start to a shown window ({sessions:,} sessions): median {app * 1000:.0f} ms; "
        f"bare PySide6 window {bare * 1000:.0f} ms; ratio {app / bare:.2f}x "
        f"(target <= 1.3x; {runs} runs each)"
    )


def bench_capture(items: int, captures: int) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from roundtable import app as app_module
    from roundtable.domain.model import Item, ItemKind, Phase, Session

    data_dir = Path(tempfile.mkdtemp()) / "data"
    running = app_module.start(data_dir)
    ws, window = running.workspace, running.window
    session = ws.create_session(Session(title="Benchmark"))
    for n in range(items):
        ws.store.add_item(session.id, Item(Phase.NARRATIVE, ItemKind.NOTE, f"Punkt {n} " * 4))
    window.open_session(session.id, "run")
    run = window.run
    run.capture_item("start", ItemKind.NOTE, "", "")  # starts the phase
    QApplication.processEvents()
    line = run.capture.line
    times = []
    for n in range(captures):
        line.setText(f"Fanget punkt nummer {n}")
        began = time.perf_counter()
        QTest.keyClick(line, Qt.Key.Key_Return)
        shown = run.model.rowCount() - 1
        run.list.viewport().repaint()  # painted, not just queued
        times.append(time.perf_counter() - began)
        assert run.model.item_at(shown).text == f"Fanget punkt nummer {n}"
    baseline = []
    for n in range(captures):
        began = time.perf_counter()
        ws.store.add_item(session.id, Item(Phase.NARRATIVE, ItemKind.NOTE, f"Rå {n}"))
        baseline.append(time.perf_counter() - began)
    running.close()
    median = statistics.median(times) * 1000
    p95 = sorted(times)[int(len(times) * 0.95)] * 1000
    base = statistics.median(baseline) * 1000
    print(
        f"2. capture with {items} items in the phase: median {median:.1f} ms, p95 {p95:.1f} ms "
        f"(store.add_item alone {base:.2f} ms; {median / base:.0f}x) (target: median <= 30 ms)"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="tiny sizes, for a smoke test")
    args = parser.parse_args()
    if args.quick:
        bench_start(sessions=20, runs=2)
        bench_capture(items=20, captures=5)
    else:
        bench_start(sessions=1000, runs=9)
        bench_capture(items=500, captures=60)


if __name__ == "__main__":
    main()
