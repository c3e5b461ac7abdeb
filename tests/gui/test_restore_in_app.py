"""File ▸ Restore from backup, and the restore offered when the database is lost or damaged."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime, timedelta

from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from roundtable.domain.model import Session
from roundtable.storage import SessionStore
from roundtable.ui.shell.restore_dialog import RestoreDialog


def _library_with_a_backup(folder) -> None:
    """One session in the backup; a second one made after it."""
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "settings.ini").write_text("[General]\nlanguage=en\n", encoding="utf-8")
    with SessionStore.open(folder, automatic_backup=False) as store:
        store.create_session(Session("Ældrepleje"))
        backup = store.take_automatic_backup()
        assert backup is not None
        store.create_session(Session("Efter backuppen"))
    # Two hours old: the backup the app takes at start (off the UI thread, at a moment the
    # test does not control) then never rotates this one away.
    old = datetime.now(UTC) - timedelta(hours=2)
    backup.rename(backup.with_name(f"auto-{old.strftime('%Y%m%dT%H%M%S%fZ')}.sqlite3"))


def _choose_the_first_backup(monkeypatch) -> list[RestoreDialog]:
    shown = []

    def exec_(dialog: RestoreDialog) -> int:
        shown.append(dialog)
        dialog.choose(dialog.backups[-1].path)  # the oldest: the one made here
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(RestoreDialog, "exec", exec_)
    return shown


def _titles(running) -> list[str]:
    return sorted(s.title for s in running.workspace.list_sessions())


def test_restore_from_backup_lists_the_backups_and_puts_the_chosen_one_in_place(
    start_app, data_dir, monkeypatch
):
    _library_with_a_backup(data_dir)
    running = start_app(data_dir)
    running.window.open_session(2, "setup")
    assert running.window.library.model.rowCount() == 2
    shown = _choose_the_first_backup(monkeypatch)
    running.window.restore_from_backup()
    table = shown[0].table
    assert table.topLevelItemCount() in (1, 2)  # and the app's own, once it is taken
    oldest = table.topLevelItem(table.topLevelItemCount() - 1)
    assert [oldest.text(c) for c in (1, 2)] == ["1", "0"]
    assert "Ældrepleje" in shown[0].titles.text()
    assert _titles(running) == ["Ældrepleje"]
    assert running.window.library.model.rowCount() == 1
    assert running.window.current_page() == "library"
    set_aside = list((data_dir / "set-aside").rglob("roundtable.sqlite3"))
    assert len(set_aside) == 1  # the replaced database is kept, not deleted
    running.workspace.create_session(Session("Skrevet efter gendannelsen"))
    assert len(running.workspace.list_sessions()) == 2


def test_cancelling_the_restore_changes_nothing(start_app, data_dir, monkeypatch):
    _library_with_a_backup(data_dir)
    running = start_app(data_dir)
    monkeypatch.setattr(RestoreDialog, "exec", lambda _d: QDialog.DialogCode.Rejected)
    running.window.restore_from_backup()
    assert _titles(running) == ["Efter backuppen", "Ældrepleje"]
    assert not (data_dir / "set-aside").exists()


def test_a_lost_database_at_start_offers_the_backups_and_opens_the_restored_one(
    start_app, data_dir, dialogs, monkeypatch
):
    _library_with_a_backup(data_dir)
    for end in ("", "-wal", "-shm"):
        (data_dir / f"roundtable.sqlite3{end}").unlink(missing_ok=True)
    _choose_the_first_backup(monkeypatch)
    running = start_app(data_dir)
    assert running is not None, dialogs.shown
    assert any(kind == "question" and "missing" in text for kind, _t, text in dialogs.shown)
    assert _titles(running) == ["Ældrepleje"]


def test_a_lost_database_whose_restore_is_declined_is_refused_as_before(
    start_app, data_dir, dialogs
):
    _library_with_a_backup(data_dir)
    (data_dir / "roundtable.sqlite3").write_bytes(b"")
    dialogs.answer = QMessageBox.StandardButton.No
    assert start_app(data_dir) is None
    assert any(kind == "warning" and "restore" in text for kind, _t, text in dialogs.shown)


def test_damage_found_after_the_start_offers_the_restore_in_its_warning(
    qtbot, start_app, data_dir, monkeypatch
):
    _library_with_a_backup(data_dir)
    path = data_dir / "roundtable.sqlite3"
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    (page_size,) = conn.execute("PRAGMA page_size").fetchone()
    conn.close()
    with open(path, "r+b") as fh:  # a page of the sessions' table overwritten
        fh.seek(path.stat().st_size - page_size)
        fh.write(b"\xa5" * page_size)
    running = start_app(data_dir)
    qtbot.waitUntil(lambda: running.damaged_box is not None, timeout=10_000)
    _choose_the_first_backup(monkeypatch)
    restore = next(
        b for b in running.damaged_box.buttons() if b.text().startswith("Restore from backup")
    )
    restore.click()
    assert _titles(running) == ["Ældrepleje"]
    running.workspace.create_session(Session("Skrevet efter gendannelsen"))
    QApplication.processEvents()
