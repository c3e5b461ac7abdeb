"""A process killed at any moment loses nothing it was told was saved.

A child process adds items in an endless loop and reports each item's id only after
`add_item` has returned (so after the commit). The parent kills it with SIGKILL at a
random moment, many times in a row on the same data folder, and after every kill checks
that the database is sound and holds every reported item.
"""

from __future__ import annotations

import os
import queue
import random
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from roundtable import paths
from roundtable.storage import SessionStore

pytestmark = pytest.mark.skipif(
    sys.platform == "win32" or not hasattr(signal, "SIGKILL"), reason="needs SIGKILL (POSIX)"
)

ROOT = Path(__file__).resolve().parents[2]
ROUNDS = 30
STARTUP_TIMEOUT = 30.0  # seconds for a child to report its first item
KILL_AFTER = (0.05, 0.6)  # seconds after the first report
KILL_EARLY = (0.0, 0.5)  # seconds after the start, every fifth round

# Notes, barriers and ideas that address the latest barrier: each add is one transaction
# over items, their search index and the idea-barrier links.
CHILD_CODE = """
import sys
from pathlib import Path

from roundtable.domain.model import Item, ItemKind, Phase, Session
from roundtable.storage import SessionStore

store = SessionStore.open(Path(sys.argv[1]))
found = store.list_sessions()
session_id = found[0].id if found else store.create_session(Session("Durability")).id
barriers = [i.id for i in store.items(session_id) if i.kind is ItemKind.BARRIER]
n = 0
while True:
    n += 1
    if n % 3 == 0:
        item = Item(Phase.BARRIERS_OPPORTUNITIES, ItemKind.BARRIER, f"barrier {n}")
    elif n % 3 == 1 and barriers:
        item = Item(Phase.IDEAS, ItemKind.IDEA, f"idea {n}", votes=n, barrier_ids=barriers[-1:])
    else:
        item = Item(Phase.NARRATIVE, ItemKind.NOTE, f"note {n} æøå " + "ord " * (n % 40))
    item = store.add_item(session_id, item)
    if item.kind is ItemKind.BARRIER:
        barriers.append(item.id)
    sys.stdout.write(f"{item.id}\\n")
    sys.stdout.flush()
"""


def _read_lines(stream, lines: queue.Queue) -> None:
    """Every line the child writes, the last one possibly cut short; None at the end."""
    try:
        for line in stream:
            lines.put(line)
    finally:
        lines.put(None)


def _run_and_kill(
    data_dir: Path, rng: random.Random, stderr_path: Path, early: bool = False
) -> list[int]:
    """Start a child, let it add items for a random moment, SIGKILL it; the ids it reported.

    `early` kills it at a random moment after its start instead, perhaps while it is still
    opening the database or taking its automatic backup.
    """
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT), env.get("PYTHONPATH")]))
    with open(stderr_path, "wb") as stderr:
        child = subprocess.Popen(
            [sys.executable, "-c", CHILD_CODE, str(data_dir)],
            stdout=subprocess.PIPE,
            stderr=stderr,
            cwd=ROOT,
            env=env,
        )
    lines: queue.Queue = queue.Queue()
    reader = threading.Thread(target=_read_lines, args=(child.stdout, lines), daemon=True)
    try:
        reader.start()

        def failure(why: str) -> str:
            return f"{why}; the child's stderr:\n{stderr_path.read_text(errors='replace')}"

        received: list[bytes] = []
        if early:
            time.sleep(rng.uniform(*KILL_EARLY))
        else:
            try:
                first = lines.get(timeout=STARTUP_TIMEOUT)
            except queue.Empty:
                pytest.fail(failure(f"the child reported nothing within {STARTUP_TIMEOUT} s"))
            if first is None:
                child.wait(timeout=10)
                pytest.fail(failure(f"the child ended ({child.returncode}) without reporting"))
            received.append(first)
            time.sleep(rng.uniform(*KILL_AFTER))
        child.send_signal(signal.SIGKILL)
        child.wait(timeout=10)
        assert child.returncode == -signal.SIGKILL, failure(
            f"the child ended by itself (status {child.returncode})"
        )
        reader.join(timeout=10)
        assert not reader.is_alive(), "the child's output never ended"
    finally:
        if child.poll() is None:
            child.kill()
            child.wait(timeout=10)
        child.stdout.close()

    while (line := lines.get(timeout=10)) is not None:
        received.append(line)
    # A line cut short by the kill is not a report.
    return [int(line) for line in received if line.endswith(b"\n")]


def _check_database(db_path: Path, reported: set[int], where: str) -> set[int]:
    """The database is sound and holds every reported item; the ids it holds."""
    # Read-only, so that a WAL the kill left behind stays for the next child to recover.
    conn = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)], where
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == [], where
        stored = {row[0] for row in conn.execute("SELECT id FROM items")}
    finally:
        conn.close()
    missing = reported - stored
    assert not missing, f"{where}: reported as saved but not in the database: {sorted(missing)}"
    return stored


def test_a_killed_process_loses_no_committed_item(tmp_path: Path):
    seed = random.randrange(2**32)
    rng = random.Random(seed)
    data_dir = tmp_path / "data"
    db_path = data_dir / paths.DATABASE_NAME
    reported: set[int] = set()
    for round_ in range(1, ROUNDS + 1):
        where = f"round {round_} (seed {seed})"
        early = round_ % 5 == 0
        ids = _run_and_kill(data_dir, rng, tmp_path / f"child-{round_}.stderr", early)
        assert ids or early, f"{where}: no complete report"
        assert len(set(ids)) == len(ids), f"{where}: an id was reported twice"
        assert not reported & set(ids), f"{where}: an id of an earlier round came back"
        reported |= set(ids)
        stored = _check_database(db_path, reported, where)
        # Per kill, at most the one item committed but not yet (fully) reported.
        assert len(stored - reported) <= round_, where

    # Finally, through the store: search index and links consistent, every item readable.
    with SessionStore.open(data_dir, automatic_backup=False) as store:
        assert store.check() == []
        (session,) = store.list_sessions()
        items = store.items(session.id)
        assert reported <= {item.id for item in items}
        assert len(items) == len(stored)
