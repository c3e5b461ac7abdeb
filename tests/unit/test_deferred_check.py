"""Opening a large archive without waiting for SQLite's quick_check: the check comes later,
and nothing is written before it passed."""

from __future__ import annotations

import hashlib
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from roundtable.domain import Item, ItemKind, Phase, Session
from roundtable.storage import DamagedDatabase, SessionStore


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _archive(folder: Path, items: int = 300) -> Path:
    with SessionStore.open(folder, automatic_backup=False) as store:
        session = store.create_session(Session("Ældrepleje"))
        for n in range(items):
            store.add_item(session.id, Item(Phase.NARRATIVE, ItemKind.NOTE, f"Punkt {n} " * 20))
    path = folder / "roundtable.sqlite3"
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    return path


def _damage_the_last_page(path: Path) -> None:
    """Garbage over the file's last page: the schema still reads, quick_check does not pass."""
    conn = sqlite3.connect(path)
    (page_size,) = conn.execute("PRAGMA page_size").fetchone()
    conn.close()
    size = path.stat().st_size
    with open(path, "r+b") as fh:
        fh.seek(size - page_size)
        fh.write(b"\xa5" * page_size)


def test_a_deferred_check_reads_at_once_and_checks_before_the_first_write(tmp_path):
    _archive(tmp_path, items=3)
    with SessionStore.open(tmp_path, automatic_backup=False, check_later=True) as store:
        assert store.check_pending
        assert [s.title for s in store.list_sessions()] == ["Ældrepleje"]
        store.create_session(Session("Beskæftigelse"))
        assert not store.check_pending
        assert len(store.list_sessions()) == 2


def test_damage_found_after_opening_refuses_every_write_and_leaves_the_file_untouched(tmp_path):
    path = _archive(tmp_path)
    _damage_the_last_page(path)
    before = _digest(path)
    with SessionStore.open(tmp_path, automatic_backup=False, check_later=True) as store:
        assert store.list_sessions()  # reading goes on
        with pytest.raises(DamagedDatabase, match="is damaged") as caught:
            store.finish_check()
        assert "has not been changed" in str(caught.value)
        with pytest.raises(DamagedDatabase):
            store.create_session(Session("Ny"))
        with pytest.raises(DamagedDatabase):
            store.take_automatic_backup()  # no damaged copy among the good backups
        assert store.damage is caught.value
    assert _digest(path) == before


def test_a_write_before_the_check_ran_runs_it_first_and_is_refused_on_damage(tmp_path):
    path = _archive(tmp_path)
    _damage_the_last_page(path)
    before = _digest(path)
    store = SessionStore.open(tmp_path, automatic_backup=False, check_later=True)
    with store, pytest.raises(DamagedDatabase):
        store.create_session(Session("Ny"))
    assert _digest(path) == before


def test_without_check_later_a_damaged_database_is_refused_at_opening(tmp_path):
    path = _archive(tmp_path)
    _damage_the_last_page(path)
    with pytest.raises(DamagedDatabase):
        SessionStore.open(tmp_path, automatic_backup=False)


def test_reading_the_library_does_not_load_sqlite_utils(tmp_path):
    _archive(tmp_path, items=3)
    code = (
        "import sys\nfrom pathlib import Path\nfrom roundtable.storage import SessionStore\n"
        f"store = SessionStore.open(Path({str(tmp_path)!r}), automatic_backup=False, "
        "check_later=True)\n"
        "assert store.list_sessions()\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] in "
        "('sqlite_utils', 'dateutil', 'click', 'pluggy')))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, encoding="utf-8", check=True
    )
    assert done.stdout.strip() == "[]"
