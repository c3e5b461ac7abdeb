"""A damaged database is diagnosed without writing: its -wal is neither merged nor deleted,
whichever way it is opened and whether or not a -wal lies beside it."""

from __future__ import annotations

import hashlib
import shutil
import sqlite3
import struct
from pathlib import Path

import pytest
from test_cli import run

from roundtable.domain import Item, ItemKind, Phase, Session
from roundtable.storage import SessionStore
from roundtable.storage.database import DamagedDatabase

ENDS = ("", "-wal", "-shm")


def _pages_in_wal(wal: bytes) -> set[int]:
    page_size = struct.unpack(">I", wal[8:12])[0]
    pages, offset = set(), 32
    while offset + 24 <= len(wal):
        pages.add(struct.unpack(">I", wal[offset : offset + 4])[0])
        offset += 24 + page_size
    return pages


def crashed_and_damaged(tmp_path: Path, with_wal: bool) -> Path:
    """A data folder as a crash leaves it (database, -wal, -shm) with a page of items broken
    in the database file itself."""
    data = tmp_path / "data"
    with SessionStore.open(data) as store:
        session = store.create_session(Session("Ældrepleje"))
        for n in range(200):
            store.add_item(session.id, Item(Phase.NARRATIVE, ItemKind.NOTE, f"note {n} " * 30))
    live = sqlite3.connect(data / "roundtable.sqlite3")
    live.execute("PRAGMA wal_autocheckpoint = 0")
    live.execute("UPDATE sessions SET title = 'written after the last checkpoint'")
    live.commit()
    crashed = tmp_path / "crashed"
    crashed.mkdir()
    for end in ENDS if with_wal else ("",):
        shutil.copy(data / f"roundtable.sqlite3{end}", crashed / f"roundtable.sqlite3{end}")
    live.close()
    in_wal = _pages_in_wal((crashed / "roundtable.sqlite3-wal").read_bytes()) if with_wal else set()
    leaves = [
        r[0]
        for r in sqlite3.connect(data / "roundtable.sqlite3").execute(
            "SELECT pageno FROM dbstat WHERE name = 'items' AND pagetype = 'leaf'"
        )
    ]
    victim = next(p for p in leaves if p not in in_wal)
    with open(crashed / "roundtable.sqlite3", "r+b") as fh:
        fh.seek(4096 * (victim - 1) + 8)
        fh.write(b"\xff" * 64)
    return crashed


def _digests(folder: Path) -> dict[str, str | None]:
    # The -shm is SQLite's scratch index of the -wal, rebuilt by any reader: not data.
    found = {}
    for end in ("", "-wal"):
        path = folder / f"roundtable.sqlite3{end}"
        # A reader may leave an empty -wal where there was none: nothing was merged.
        content = path.read_bytes() if path.exists() else b""
        found[end] = hashlib.sha256(content).hexdigest() if content else None
    return found


@pytest.mark.parametrize("with_wal", [True, False], ids=["with-wal", "without-wal"])
def test_the_commands_refuse_a_damaged_database_and_leave_its_files_as_they_were(
    tmp_path, with_wal
):
    crashed = crashed_and_damaged(tmp_path, with_wal)
    before = _digests(crashed)
    assert (before["-wal"] is not None) == with_wal
    for args in (["check"], ["check", "--full"], ["list"], ["import", "nothing.json"]):
        done = run(*args, data=crashed)
        assert done.returncode == 1
        assert "damaged" in done.stderr and "has not been changed" in done.stderr
        assert _digests(crashed) == before, args


@pytest.mark.parametrize("with_wal", [True, False], ids=["with-wal", "without-wal"])
def test_the_app_s_deferred_check_leaves_a_damaged_database_as_it_was(tmp_path, with_wal):
    crashed = crashed_and_damaged(tmp_path, with_wal)
    before = _digests(crashed)
    store = SessionStore.open(crashed, automatic_backup=False, check_later=True)
    store.list_sessions()  # the library is painted from it before the check ends
    with pytest.raises(DamagedDatabase, match="salvage"):
        store.finish_check()
    store.close()
    assert _digests(crashed) == before
