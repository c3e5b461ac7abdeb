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
