"""Automatic backups: kept by age, checked before they are kept, never left half-written."""

from __future__ import annotations

import os
import sqlite3
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from roundtable.domain import Item, ItemKind, Phase, Session
from roundtable.errors import RoundtableError
from roundtable.storage import SessionStore, backups
from roundtable.storage.backups import UnverifiedBackup, kept_by_age

NOW = datetime(2025, 3, 1, 12, 0, tzinfo=UTC)


def _note(store: SessionStore, session_id: int, text: str) -> None:
    store.add_item(session_id, Item(Phase.NARRATIVE, ItemKind.NOTE, text))


def test_a_crash_loop_of_backups_does_not_push_out_the_older_ones(tmp_path):
    folder = tmp_path / "backups"
    with SessionStore.open(tmp_path, automatic_backup=False) as store:
        session = store.create_session(Session("Crash loop"))
        ages = [timedelta(days=3), timedelta(hours=5), timedelta(minutes=40)]
        for n, age in enumerate(ages):
            _note(store, session.id, f"before {n}")
            backups.take_automatic_backup(store.db.conn, folder, NOW - age)
        older = set(backups.automatic_backups(folder))
        # Twenty commands that each changed something, all within 12 seconds.
        for n in range(20):
            _note(store, session.id, f"loop {n}")
            moment = NOW + timedelta(seconds=n * 0.6)
            assert backups.take_automatic_backup(store.db.conn, folder, moment) is not None
    kept = backups.automatic_backups(folder)
    assert older <= set(kept)
    assert len(kept) == len(older) + 1  # the loop left one: the newest of its 10 minutes
    newest = sqlite3.connect(kept[0])
    assert newest.execute("SELECT count(*) FROM items").fetchone() == (23,)
    newest.close()


def test_backups_thin_out_to_one_per_10_minutes_hour_and_day():
    every_five_minutes = [NOW - timedelta(minutes=5 * n) for n in range(12 * 24 * 40)]
    kept = kept_by_age(every_five_minutes, NOW)
    ages = sorted(NOW - t for t in kept)
    assert sum(a < timedelta(hours=1) for a in ages) in (6, 7)  # slots cut by the hour
    assert sum(timedelta(hours=1) <= a < timedelta(days=1) for a in ages) in (23, 24)
    assert sum(timedelta(days=1) <= a < timedelta(days=30) for a in ages) in (29, 30)
    assert max(ages) < timedelta(days=30)


def test_the_newest_backup_is_kept_however_old_it_is():
    long_ago = [NOW - timedelta(days=90), NOW - timedelta(days=60)]
    assert kept_by_age(long_ago, NOW) == {NOW - timedelta(days=60)}
    assert kept_by_age([NOW + timedelta(hours=2)], NOW)  # a clock set back


def _quietly_damage(database: Path, text: bytes) -> None:
    """Change 4 bytes of an item's text in the file: SQLite's quick_check does not see it."""
    data = bytearray(database.read_bytes())
    at = data.index(text)
    data[at : at + 4] = b"XXXX"
    database.write_bytes(bytes(data))


def test_a_quietly_damaged_database_is_not_backed_up(tmp_path):
    folder = tmp_path / "backups"
    with SessionStore.open(tmp_path) as store:
        session = store.create_session(Session("Stille skade"))
        _note(store, session.id, "Hjemmeplejen mangler hænder")
        good = store.take_automatic_backup()
    assert good is not None
    _quietly_damage(tmp_path / "roundtable.sqlite3", b"Hjemmeplejen")
    with SessionStore.open(tmp_path, automatic_backup=False) as store:
        assert store.db.execute("PRAGMA quick_check").fetchone() == ("ok",)
        _note(store, session.id, "a change since the last backup")
        with pytest.raises(UnverifiedBackup, match="not kept"):
            store.take_automatic_backup()
    assert backups.automatic_backups(folder) == [good]
    assert [p.name for p in folder.iterdir() if p.name.startswith(".")] == []


def test_interrupted_copies_are_cleaned_after_a_backup_but_not_a_running_one(tmp_path):
    folder = tmp_path / "backups"
    folder.mkdir()
    stale = folder / ".auto-20250101T000000000000Z.sqlite3.k2j3h4.tmp"
    stale.write_bytes(b"personal data" * 1000)
    hour_ago = time.time() - 3600
    os.utime(stale, (hour_ago, hour_ago))
    running = folder / ".auto-20250101T000100000000Z.sqlite3.a8s7d6.tmp"
    running.write_bytes(b"being written now")
    with SessionStore.open(tmp_path) as store:
        store.create_session(Session("Rydder op"))
        assert store.take_automatic_backup() is not None
    assert not stale.exists()
    assert running.exists()


def test_a_file_where_the_backups_folder_should_be_is_named(tmp_path):
    with SessionStore.open(tmp_path, automatic_backup=False) as store:
        store.create_session(Session("Fil"))
        (tmp_path / "backups").write_text("not a folder")
        with pytest.raises(RoundtableError, match="is a file, but Roundtable keeps its backups"):
            store.take_automatic_backup()
    assert (tmp_path / "backups").read_text() == "not a folder"
