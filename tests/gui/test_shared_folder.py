"""The Shared folder setting: syncs off the UI thread, and the views re-read afterwards."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings

from roundtable.domain import Session
from roundtable.sessionfile.sync import sync_folder
from roundtable.storage import SessionStore
from roundtable.ui.shell.shared_folder import SharedFolder
from roundtable.ui.workspace import Workspace


def test_a_session_from_another_laptop_arrives_and_the_views_are_told(qtbot, tmp_path: Path):
    shared = tmp_path / "shared"
    shared.mkdir()
    with SessionStore.open(tmp_path / "other", automatic_backup=False) as other:
        other.create_session(Session("Fra den anden bærbare"))
        sync_folder(other, shared)
    store = SessionStore.open(tmp_path / "mine", automatic_backup=False)
    workspace = Workspace(store)
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    sync = SharedFolder(workspace, settings)
    said: list[str] = []
    sync.message.connect(said.append)
    with qtbot.waitSignal(workspace.changed, timeout=10_000) as told:
        sync.set_folder(shared)
    assert told.args[0].sessions is None  # everything: another writer changed the database
    assert [s.title for s in workspace.list_sessions()] == ["Fra den anden bærbare"]
    assert said == ["From the shared folder: “Fra den anden bærbare” (new)."]
    # A session made here goes out on the next sync.
    workspace.create_session(Session("Herfra"))
    with qtbot.waitSignal(sync._done.finished, timeout=10_000):
        sync.sync_now()
    assert sum(1 for _ in shared.iterdir()) == 2
    assert sync.wait()
    store.close()
