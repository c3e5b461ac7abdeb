"""Known faults have names: a full disk, a read-only folder, a busy database, I/O errors.
Reading and exporting keep working where they can; anything else is a bug with a report."""

from __future__ import annotations

import errno
import sqlite3
from pathlib import Path

import pytest
from faultfs import fill, read_only, read_only_file, small_disk
from test_cli import run

from roundtable import cli
from roundtable.storage import SessionStore
from roundtable.storage.faults import Busy, DiskFull, IOFault, ReadOnlyStorage, as_fault


@pytest.fixture
def library_on_small_disk(tmp_path: Path, example_path: Path):
    with small_disk(tmp_path / "disk") as disk:
        data = disk / "data"
        assert run("import", str(example_path), data=data).returncode == 0
        yield data


def test_a_full_disk_is_named_and_reading_and_exporting_elsewhere_still_work(
    library_on_small_disk, example_path, tmp_path
):
    data = library_on_small_disk
    fill(data.parent)
    for args in (["list"], ["search", "udbud"], ["check"], ["check", "--full"]):
        done = run(*args, data=data)
        assert done.returncode == 0, (args, done.stderr)
    exported = run("export", "1", "-o", str(tmp_path / "out.json"), data=data)
    assert exported.returncode == 0 and (tmp_path / "out.json").stat().st_size > 1000
    imported = run("import", str(example_path), data=data)
    assert imported.returncode == 1
    assert "disk is full" in imported.stderr
    assert "damaged" not in imported.stderr and "unexpected" not in imported.stderr


def test_no_backup_is_taken_when_there_is_no_room_for_it(library_on_small_disk):
    data = library_on_small_disk
    before = sorted((data / "backups").iterdir())
    with SessionStore.open(data, automatic_backup=False) as store:
        store.create_session(store.get_session(1).__class__("Changed since the backup"))
        fill(data.parent, leave=300_000)  # room for captures, not for a copy
        assert store.take_automatic_backup() is None
    assert sorted((data / "backups").iterdir()) == before


def test_a_read_only_folder_reads_checks_clean_and_refuses_an_import_by_name(
    tmp_path, example_path
):
    data = tmp_path / "data"
    assert run("import", str(example_path), data=data).returncode == 0
    with read_only(data):
        listed = run("list", data=data)
        checked = run("check", data=data)
        imported = run("import", str(example_path), data=data)
    assert listed.returncode == 0 and "Rundbordsdialog" in listed.stdout
    assert checked.returncode == 0 and "is sound" in checked.stdout, checked.stderr
    assert imported.returncode == 1
    assert "read-only" in imported.stderr and "unexpected" not in imported.stderr


def test_a_read_only_database_file_in_a_writable_folder_checks_clean_and_refuses_an_import(
    tmp_path, example_path
):
    data = tmp_path / "data"
    assert run("import", str(example_path), data=data).returncode == 0
    with read_only_file(data / "roundtable.sqlite3"):
        listed = run("list", data=data)
        checked = run("check", data=data)
        full = run("check", "--full", data=data)
        imported = run("import", str(example_path), data=data)
    assert listed.returncode == 0 and "Rundbordsdialog" in listed.stdout
    for done in (checked, full):
        assert done.returncode == 0 and "is sound" in done.stdout, done.stderr
    assert imported.returncode == 1
    assert "read-only" in imported.stderr and "unexpected" not in imported.stderr


def test_a_store_opened_for_reading_refuses_changes_with_the_reason(tmp_path, example_path):
    data = tmp_path / "data"
    assert run("import", str(example_path), data=data).returncode == 0
    reason = DiskFull("The disk is full.")
    with SessionStore.open_read_only(data, reason) as store:
        assert store.list_sessions()[0].id == 1
        with pytest.raises(DiskFull):
            store.delete_session(1)


@pytest.mark.parametrize(
    ("error", "kind"),
    [
        (OSError(errno.ENOSPC, "No space left on device"), DiskFull),
        (OSError(errno.EROFS, "Read-only file system"), ReadOnlyStorage),
        (OSError(errno.EIO, "Input/output error"), IOFault),
        (PermissionError(errno.EACCES, "Permission denied"), ReadOnlyStorage),
    ],
)
def test_os_errors_become_named_faults(error, kind):
    fault = as_fault(error)
    assert isinstance(fault, kind) and "roundtable" not in type(fault).__module__[:0]


def test_sqlite_errors_become_named_faults(disk_store):
    other = sqlite3.connect(disk_store.data_dir / "roundtable.sqlite3", isolation_level=None)
    other.execute("BEGIN IMMEDIATE")
    disk_store.conn.execute("PRAGMA busy_timeout = 0")
    try:
        from roundtable.domain import Session

        with pytest.raises(Busy):
            disk_store.create_session(Session("Vent"))
    finally:
        other.execute("ROLLBACK")
        other.close()
    assert as_fault(ValueError("a bug")) is None


def test_an_unknown_error_writes_a_crash_report_and_says_where(tmp_path, monkeypatch, capsys):
    data = tmp_path / "data"

    def broken(args):
        raise ZeroDivisionError("a bug in a command")

    monkeypatch.setattr("roundtable.cli_sessions.cmd_list", broken)
    assert cli.main(["--data-dir", str(data), "list"]) == 1
    message = capsys.readouterr().err
    [report] = (data / "crash-reports").iterdir()
    assert str(report) in message and "Traceback" not in message
    assert "ZeroDivisionError: a bug in a command" in report.read_text()
    assert report.stat().st_mode & 0o777 == 0o600


def test_a_crash_report_holds_a_name_that_is_not_utf8(tmp_path, monkeypatch, capsys):
    data = tmp_path / "data"
    odd = b"bad\xffname".decode("utf-8", "surrogateescape")

    def broken(args):
        raise ValueError(f"a bug on {odd}")

    monkeypatch.setattr("roundtable.cli_sessions.cmd_list", broken)
    assert cli.main(["--data-dir", str(data), "list"]) == 1
    [report] = (data / "crash-reports").iterdir()
    assert "ValueError: a bug on bad\\udcffname" in report.read_text()
