"""The library's list read while the app loads is used only while it is still true."""

from __future__ import annotations

from pathlib import Path

from roundtable.domain.model import Session
from roundtable.paths import DATABASE_NAME
from roundtable.storage import SessionStore
from roundtable.storage.early_read import EarlyRead


def test_the_early_list_is_the_store_s_list_when_nothing_changed(tmp_path: Path) -> None:
    with SessionStore.open(tmp_path, automatic_backup=False) as store:
        store.create_session(Session(title="Ældrepleje"))
        store.create_session(Session(title="Unge"))
        early = EarlyRead.start(tmp_path / DATABASE_NAME)
        assert early.take() == store.list_sessions()
        assert early.take() is None, "taken once"


def test_a_change_committed_after_the_early_read_refuses_it(tmp_path: Path) -> None:
    with SessionStore.open(tmp_path, automatic_backup=False) as store:
        store.create_session(Session(title="Ældrepleje"))
        early = EarlyRead.start(tmp_path / DATABASE_NAME)
        early._thread.join()
        store.create_session(Session(title="Ny"))
        assert early.take() is None


def test_no_database_yet_gives_no_early_list_and_creates_no_file(tmp_path: Path) -> None:
    early = EarlyRead.start(tmp_path / DATABASE_NAME)
    assert early.take() is None
    assert list(tmp_path.iterdir()) == []


def test_a_file_that_is_no_database_gives_no_early_list(tmp_path: Path) -> None:
    (tmp_path / DATABASE_NAME).write_bytes(b"not a database at all" * 100)
    early = EarlyRead.start(tmp_path / DATABASE_NAME)
    assert early.take() is None


def test_the_early_list_keeps_the_store_s_order_and_counts_for_many_sessions(
    tmp_path: Path,
) -> None:
    import random
    from datetime import UTC, datetime, timedelta

    from roundtable.domain.model import Item, ItemKind, Phase

    rng = random.Random(3)
    start = datetime(2025, 1, 1, 9, tzinfo=UTC)
    with SessionStore.open(tmp_path, automatic_backup=False) as store:
        for n in range(40):
            # Some share a start, some have none: the ties are broken by id, as the store does.
            when = None if n % 7 == 0 else start + timedelta(days=rng.randrange(10))
            session = store.create_session(
                Session(title=f"Møde {n} «{n}»", starts_at=when, series="Ældre" if n % 3 else "")
            )
            for _ in range(n % 4):
                store.add_item(session.id, Item(Phase.NARRATIVE, ItemKind.NOTE, "x"))
        early = EarlyRead.start(tmp_path / DATABASE_NAME)
        listed = early.take()
        assert listed == store.list_sessions()
        assert [s.item_count for s in listed].count(3) == 10
