"""Opening, migrating, refusing and backing up the database file."""

from __future__ import annotations

import hashlib
import os
import sqlite3
import stat
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from roundtable.domain import Item, ItemKind, Phase, Session
from roundtable.errors import RoundtableError
from roundtable.storage import (
    DamagedDatabase,
    DatabaseRefused,
    NewerDatabase,
    SessionStore,
    backups,
)
from roundtable.storage.database import open_database, writing
from roundtable.storage.schema import (
    STEPS,
    m001_initial,
    restore_search_index,
    schema_snapshot,
)

SNAPSHOT = Path(__file__).parent / "schema_snapshot.sql"


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _store_with_data(folder: Path) -> Path:
    with SessionStore.open(folder) as store:
        s = store.create_session(Session("Ældrepleje"))
        store.add_item(s.id, Item(Phase.NARRATIVE, ItemKind.NOTE, "Hjemmeplejen"))
    return folder / "roundtable.sqlite3"


def test_an_empty_database_migrates_to_the_committed_schema(tmp_path):
    db = open_database(tmp_path / "new.sqlite3")
    current = schema_snapshot(db)
    db.close()
    # To accept an intended schema change, write `current` over the snapshot file.
    assert current == SNAPSHOT.read_text(encoding="utf-8"), (
        "The schema differs from tests/unit/schema_snapshot.sql. Schema changes must be a new "
        "migration step; then update the snapshot."
    )


def test_the_database_is_durable_and_private(disk_store):
    conn = disk_store.db.conn
    assert conn.execute("PRAGMA journal_mode").fetchone() == ("wal",)
    assert conn.execute("PRAGMA synchronous").fetchone() == (2,)  # FULL
    assert conn.execute("PRAGMA foreign_keys").fetchone() == (1,)
    folder = disk_store.data_dir
    if os.name == "posix":
        assert stat.S_IMODE(folder.stat().st_mode) == 0o700
        assert stat.S_IMODE((folder / "roundtable.sqlite3").stat().st_mode) == 0o600


def test_reopening_keeps_everything(tmp_path):
    _store_with_data(tmp_path)
    with SessionStore.open(tmp_path) as store:
        [summary] = store.list_sessions()
        assert summary.title == "Ældrepleje" and summary.item_count == 1


def test_a_newer_database_is_refused_untouched(tmp_path):
    path = _store_with_data(tmp_path)
    conn = sqlite3.connect(path)
    conn.execute(
        "INSERT INTO _sqlite_migrations (migration_set, name, applied_at) "
        "VALUES ('roundtable', 'm999_from_the_future', '2030-01-01')"
    )
    conn.commit()
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    before = _digest(path)
    with pytest.raises(NewerDatabase, match="newer version of Roundtable") as caught:
        SessionStore.open(tmp_path)
    assert "has not been changed" in str(caught.value)
    assert _digest(path) == before


def test_a_foreign_sqlite_file_is_refused_untouched(tmp_path):
    path = tmp_path / "roundtable.sqlite3"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE photos (id INTEGER PRIMARY KEY)")
    conn.commit()
    conn.close()
    before = _digest(path)
    with pytest.raises(DatabaseRefused, match="not one of Roundtable's"):
        SessionStore.open(tmp_path)
    assert _digest(path) == before


def test_a_damaged_database_is_reported_with_the_newest_backup_and_not_overwritten(tmp_path):
    path = _store_with_data(tmp_path)
    with SessionStore.open(tmp_path) as store:  # a backup that holds the data
        store.take_automatic_backup()
    newest = backups.newest_good_backup(tmp_path / "backups")
    assert newest is not None
    with open(path, "r+b") as fh:
        fh.write(b"this is not a database header!!!" * 4)
    before = _digest(path)
    with pytest.raises(DamagedDatabase) as caught:
        SessionStore.open(tmp_path)
    message = str(caught.value)
    assert "is damaged" in message and "has not been changed" in message
    assert str(newest) in message
    assert caught.value.backup == newest
    assert _digest(path) == before
    # The named backup really holds the data.
    restored = sqlite3.connect(newest)
    assert restored.execute("SELECT title FROM sessions").fetchall() == [("Ældrepleje",)]
    restored.close()


def test_a_damaged_database_without_backups_says_so(tmp_path):
    path = tmp_path / "roundtable.sqlite3"
    path.write_bytes(b"\x00garbage" * 1000)
    with pytest.raises(DamagedDatabase, match="No good backup was found"):
        SessionStore.open(tmp_path, automatic_backup=False)
    assert path.read_bytes() == b"\x00garbage" * 1000


def test_a_damaged_backup_is_not_offered(tmp_path):
    path = _store_with_data(tmp_path)
    good = backups.newest_good_backup(tmp_path / "backups")
    bad = tmp_path / "backups" / "auto-99999999T000000000000Z.sqlite3"
    bad.write_bytes(b"junk" * 100)
    os.utime(bad)  # newest by time
    path.write_bytes(b"junk" * 100)
    with pytest.raises(DamagedDatabase) as caught:
        SessionStore.open(tmp_path)
    assert caught.value.backup == good


def test_the_data_folder_cannot_be_a_file(tmp_path):
    target = tmp_path / "data"
    target.write_text("a file")
    with pytest.raises(RoundtableError, match="is a file, not a folder"):
        SessionStore.open(target)


def _m002_add_colour(db):
    db.execute("ALTER TABLE items ADD COLUMN colour TEXT NOT NULL DEFAULT ''")


def test_migrating_takes_a_backup_first_and_keeps_the_data(tmp_path):
    path = _store_with_data(tmp_path)
    db = open_database(path, tmp_path / "backups", steps=(*STEPS, _m002_add_colour))
    assert db.execute("SELECT text, colour FROM items").fetchall() == [("Hjemmeplejen", "")]
    db.close()
    [before] = list((tmp_path / "backups").glob("before-migration-*.sqlite3"))
    old = sqlite3.connect(before)
    assert "colour" not in {r[1] for r in old.execute("PRAGMA table_info(items)")}
    assert old.execute("SELECT text FROM items").fetchall() == [("Hjemmeplejen",)]
    old.close()
    # And the older program now refuses the migrated file rather than corrupting it.
    with pytest.raises(NewerDatabase):
        SessionStore.open(tmp_path)


def test_automatic_backups_skip_when_nothing_changed_and_stand_alone(tmp_path):
    folder = tmp_path / "backups"
    start = datetime(2025, 3, 1, 9, 0, tzinfo=UTC)
    with SessionStore.open(tmp_path, automatic_backup=False) as store:
        session = store.create_session(Session("Backups"))
        assert backups.take_automatic_backup(store.db.conn, folder, start) is not None
        assert backups.take_automatic_backup(store.db.conn, folder, start) is None  # unchanged
        for n in range(5):
            store.add_item(session.id, Item(Phase.NARRATIVE, ItemKind.NOTE, f"note {n}"))
            later = start + timedelta(minutes=11 * (n + 1))  # one per 10-minute slot
            assert backups.take_automatic_backup(store.db.conn, folder, later) is not None
    kept = backups.automatic_backups(folder)
    assert len(kept) == 6
    newest = sqlite3.connect(kept[0])
    assert newest.execute("SELECT count(*) FROM items").fetchone() == (5,)
    newest.close()
    # Self-contained files: readable alone, nothing beside them.
    assert sorted(p.name for p in folder.iterdir()) == sorted(p.name for p in kept)


def test_backup_to_writes_a_consistent_copy(disk_store, tmp_path):
    s = disk_store.create_session(Session("Kopi"))
    disk_store.add_item(s.id, Item(Phase.NARRATIVE, ItemKind.NOTE, "Ældre"))
    target = tmp_path / "copy.sqlite3"
    disk_store.backup_to(target)
    copy = SessionStore(open_database(target))
    assert [x.title for x in copy.list_sessions()] == ["Kopi"]
    assert copy.search("aeldre").items == [] and copy.search("ældre").items
    assert copy.check() == []
    copy.close()


def test_check_reports_a_broken_search_index(disk_store):
    s = disk_store.create_session(Session("Index"))
    disk_store.add_item(s.id, Item(Phase.NARRATIVE, ItemKind.NOTE, "Hjemmepleje"))
    assert disk_store.check() == []
    # Bypass the triggers: the index no longer matches the table.
    disk_store.db.execute("DROP TRIGGER items_fts_au")
    disk_store.db.execute("UPDATE items SET text = 'Sygepleje'")
    problems = disk_store.check()
    assert problems and "items_fts" in problems[0]


def _m002_transform_items(db):
    # What a future migration might do: rebuild the table (here, drop the default on title).
    db["items"].transform(defaults={"title": None})
    restore_search_index(db, "items")


def test_a_transform_migration_keeps_search_current(tmp_path):
    _store_with_data(tmp_path)
    db = open_database(
        tmp_path / "roundtable.sqlite3", tmp_path / "backups", (*STEPS, _m002_transform_items)
    )
    store = SessionStore(db, tmp_path)
    [item] = store.items(store.list_sessions()[0].id)
    assert [h.item_id for h in store.search("hjemmeplejen").items] == [item.id]
    store.update_item(item.id, text="Sygeplejen")  # the triggers work again after transform
    assert store.search("hjemmeplejen").items == []
    assert [h.item_id for h in store.search("sygeplejen").items] == [item.id]
    assert store.check() == []
    store.close()


def test_without_restoring_the_index_a_transform_would_lose_edits(tmp_path):
    # Guards the reason restore_search_index exists: if sqlite-utils ever keeps triggers
    # through transform(), this fails and the helper can be simplified.
    db = open_database(tmp_path / "x.sqlite3")
    db["items"].transform(defaults={"title": None})
    names = {r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type = 'trigger'")}
    assert "items_fts_au" not in names
    db.close()


def _m002_break_a_reference(db):
    db.execute("UPDATE items SET session_id = 999")


def test_a_migration_that_breaks_references_is_rolled_back(tmp_path):
    path = _store_with_data(tmp_path)
    with pytest.raises(RuntimeError, match="broke references"):
        open_database(path, tmp_path / "backups", (*STEPS, _m002_break_a_reference))
    with SessionStore.open(tmp_path) as store:
        [summary] = store.list_sessions()
        assert summary.item_count == 1
        assert store.db.execute("PRAGMA foreign_keys").fetchone() == (1,)


def test_a_failed_commit_leaves_no_transaction_open(tmp_path):
    db = open_database(tmp_path / "db.sqlite3", None)
    # A deferred reference is checked at COMMIT: the one way to make COMMIT itself fail here.
    db.execute(
        "CREATE TABLE notes (id INTEGER PRIMARY KEY, "
        "session_id INTEGER REFERENCES sessions(id) DEFERRABLE INITIALLY DEFERRED)"
    )
    with pytest.raises(sqlite3.IntegrityError), writing(db):
        db.execute("INSERT INTO notes (session_id) VALUES (999)")
    assert not db.conn.in_transaction
    with writing(db):
        db.execute("INSERT INTO notes (session_id) VALUES (NULL)")
    db.close()
    reopened = open_database(tmp_path / "db.sqlite3", None)
    assert reopened.execute("SELECT count(*) FROM notes").fetchone() == (1,)


def _old_database(path: Path, steps) -> None:
    """A database as an older version left it: written with SQL, not today's store."""
    db = open_database(path, path.parent / "backups", steps=steps)
    now = "2024-05-02T10:00:00+00:00"
    with writing(db):
        db.execute(
            "INSERT INTO sessions (id, title, created_at, updated_at) "
            "VALUES (1, 'Ældrepleje', ?, ?)",
            [now, now],
        )
        db.execute(
            "INSERT INTO participants (id, session_id, position, name) VALUES (1, 1, 0, 'Lise')"
        )
        db.execute(
            "INSERT INTO items (id, session_id, phase, kind, position, text, created_at) "
            "VALUES (1, 1, 'ideas', 'action', 0, 'Ring til udbud', ?), "
            "(2, 1, 'narrative', 'note', 0, 'Hjemmeplejen', ?)",
            [now, now],
        )
        db.execute(
            "INSERT INTO speaking_turns (session_id, participant_id, started_at) VALUES (1, 1, ?)",
            [now],
        )
    db.close()


def test_a_database_from_before_the_speaker_queue_migrates_with_its_data(tmp_path):
    _old_database(tmp_path / "roundtable.sqlite3", (m001_initial,))
    with SessionStore.open(tmp_path) as migrated:
        [turn] = migrated.speaking_turns(1)
        assert turn.started_at == datetime(2024, 5, 2, 10, tzinfo=UTC)
        assert migrated.set_raised_hands(1, [1]) == [1]
        assert migrated.participants(1)[0].aliases == []


def test_a_database_from_before_identity_gives_every_session_and_item_a_uid(tmp_path):
    _old_database(tmp_path / "roundtable.sqlite3", STEPS[:4])  # before m005_identity
    with SessionStore.open(tmp_path) as migrated:
        session = migrated.get_session(1)
        assert len(session.uid) == 36 and session.revisions == [session.revision]
        items = migrated.items(1)
        assert all(len(i.uid) == 36 for i in items)
        assert len({session.uid, *(i.uid for i in items)}) == 3
        action = next(i for i in items if i.kind is ItemKind.ACTION)
        assert action.status == "open" and action.followups == []


def test_a_database_from_before_the_figure_indexes_reads_its_category_grid_from_an_index(
    tmp_path,
):
    _old_database(tmp_path / "roundtable.sqlite3", STEPS[:8])  # before m009_figure_indexes
    with SessionStore.open(tmp_path) as migrated:
        barrier = Item(Phase.BARRIERS_OPPORTUNITIES, ItemKind.BARRIER, "Ingen tid", category="Tid")
        added = migrated.add_item(1, barrier)
        assert migrated.category_groups(None, (ItemKind.BARRIER,)) == [
            (1, ItemKind.BARRIER, "Tid", [added.id])
        ]
        plan = migrated.conn.execute(
            "EXPLAIN QUERY PLAN SELECT session_id, kind, category, id FROM items "
            "WHERE kind IN ('barrier', 'opportunity') AND category != ''"
        ).fetchall()
        assert "COVERING INDEX items_categorised" in " ".join(str(row[-1]) for row in plan)
        texts = [i.text for i in migrated.items(1)]
        assert texts == ["Hjemmeplejen", "Ingen tid", "Ring til udbud"]


def test_a_database_from_before_pins_keeps_its_items_unpinned_and_unlinked(tmp_path):
    _old_database(tmp_path / "roundtable.sqlite3", STEPS[:7])  # before m008 (pins, links)
    with SessionStore.open(tmp_path) as migrated:
        items = migrated.items(1)
        assert [i.text for i in items] == ["Hjemmeplejen", "Ring til udbud"]
        assert all(not i.pinned and i.builds_on == "" and not i.standing for i in items)
