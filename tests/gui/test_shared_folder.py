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


def _laptops(tmp_path: Path) -> tuple[Path, SessionStore, Workspace, SharedFolder]:
    shared = tmp_path / "shared"
    shared.mkdir()
    store = SessionStore.open(tmp_path / "mine", automatic_backup=False)
    workspace = Workspace(store)
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    return shared, store, workspace, SharedFolder(workspace, settings)


def _sync(qtbot, sync: SharedFolder) -> None:
    with qtbot.waitSignal(sync._done.finished, timeout=10_000):
        sync.sync_now()


def test_an_update_of_the_open_session_from_elsewhere_ends_its_undo_history(qtbot, tmp_path):
    shared, store, workspace, sync = _laptops(tmp_path)
    said: list[str] = []
    workspace.problem_reported.connect(said.append)
    mine = workspace.create_session(Session("Ældrepleje"))
    workspace.update_session(mine.id, "Rename", title="Ældrepleje i Sydvig")
    sync.set_folder(shared)
    qtbot.waitUntil(lambda: any(shared.iterdir()), timeout=10_000)
    assert sync.wait() and workspace.undo_stack.count() == 1
    # Another laptop takes the shared copy, corrects it and shares it back.
    with SessionStore.open(tmp_path / "other", automatic_backup=False) as other:
        sync_folder(other, shared)
        [theirs] = other.list_sessions()
        other.update_session(theirs.id, title="Ældrepleje (rettet)")
        sync_folder(other, shared)
    _sync(qtbot, sync)
    workspace.notice_other_programs()
    assert workspace.session(mine.id).title == "Ældrepleje (rettet)"
    assert workspace.undo_stack.count() == 0  # undoing the rename would undo their change
    assert said and "cannot be undone" in said[-1]
    assert sync.wait()
    store.close()


def test_a_change_elsewhere_to_another_session_keeps_the_undo_history(qtbot, tmp_path):
    shared, store, workspace, sync = _laptops(tmp_path)
    mine = workspace.create_session(Session("Ældrepleje"))
    workspace.update_session(mine.id, "Rename", title="Ældrepleje i Sydvig")
    with SessionStore.open(tmp_path / "other", automatic_backup=False) as other:
        other.create_session(Session("Fra den anden bærbare"))
        sync_folder(other, shared)
    sync.set_folder(shared)
    qtbot.waitUntil(lambda: len(workspace.list_sessions()) == 2, timeout=10_000)
    workspace.notice_other_programs()
    assert workspace.undo_stack.count() == 1
    workspace.undo_stack.undo()
    assert workspace.session(mine.id).title == "Ældrepleje"
    assert sync.wait()
    store.close()
