"""The `roundtable` command, run as a user runs it: a separate process."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest


def run(*args: str, data: Path | None = None, env: dict[str, str] | None = None):
    """Run `roundtable ARGS`; assert no traceback ever reaches the user."""
    base = [sys.executable, "-m", "roundtable"]
    if data is not None:
        base += ["--data-dir", str(data)]
    full_env = {**os.environ, "PYTHONIOENCODING": "utf-8", **(env or {})}
    done = subprocess.run(
        [*base, *args], capture_output=True, text=True, encoding="utf-8", env=full_env, timeout=60
    )
    assert "Traceback" not in done.stderr, done.stderr
    assert "unexpected error" not in done.stderr, done.stderr
    return done


@pytest.fixture
def data(tmp_path: Path) -> Path:
    return tmp_path / "data"


@pytest.fixture
def imported(data: Path, example_path: Path) -> Path:
    done = run("import", str(example_path), data=data)
    assert done.returncode == 0, done.stderr
    return data


def test_version_and_help():
    done = run("--version")
    assert done.returncode == 0 and done.stdout.startswith("roundtable 0.")
    done = run("--help")
    assert done.returncode == 0
    for command in ("import", "list", "export", "search", "backup", "check"):
        assert command in done.stdout


SHOWN_THEN_QUIT = {"ROUNDTABLE_QUIT_WHEN_SHOWN": "1", "QT_QPA_PLATFORM": "offscreen"}


def test_no_command_opens_the_window_on_the_data_folder(imported):
    done = run(data=imported, env=SHOWN_THEN_QUIT)
    assert done.returncode == 0, done.stderr
    assert (imported / "settings.ini").exists(), "the window kept its place on closing"


def test_no_command_uses_the_per_user_folder_by_default(tmp_path):
    home = tmp_path / "home"
    env = {"HOME": str(home), "XDG_DATA_HOME": "", "ROUNDTABLE_DATA_DIR": ""}
    done = run(env=env | SHOWN_THEN_QUIT)
    assert done.returncode == 0, done.stderr
    if sys.platform.startswith("linux"):
        assert (home / ".local" / "share" / "roundtable" / "roundtable.sqlite3").exists()


TITLE = "Rundbordsdialog om emissionsfrie arbejdsmaskiner"


def test_import_prints_id_title_and_outcome_per_file(data, example_path):
    # The example has no uid: each import is a new session.
    done = run("import", str(example_path), str(example_path), data=data)
    assert done.returncode == 0
    assert done.stdout.splitlines() == [f"1\t{TITLE}\tnew", f"2\t{TITLE}\tnew"]
    assert done.stderr == ""


def test_reimporting_an_exported_file_updates_instead_of_duplicating(imported, tmp_path):
    out = tmp_path / "s.roundtable.json"
    assert run("export", "1", "-o", str(out), data=imported).returncode == 0
    assert run("import", str(out), data=imported).stdout == f"1\t{TITLE}\tunchanged\n"
    doc = json.loads(out.read_text(encoding="utf-8"))
    s = doc["session"]
    s["title"] = "Rettet titel"
    s["revision"] = "edited-by-hand"
    s["revisions"].append("edited-by-hand")
    out.write_text(json.dumps(doc), encoding="utf-8")
    assert run("import", str(out), data=imported).stdout == "1\tRettet titel\tupdated\n"
    done = run("import", "--as-new", str(out), data=imported)
    assert done.stdout == "2\tRettet titel\tnew\n"
    listed = json.loads(run("list", "--json", data=imported).stdout)
    assert len({e["uid"] for e in listed}) == 2


def test_changes_on_both_sides_import_as_one_conflicting_copy(imported, tmp_path):
    out = tmp_path / "s.roundtable.json"
    run("export", "1", "-o", str(out), data=imported)
    doc = json.loads(out.read_text(encoding="utf-8"))
    doc["session"]["revision"] = "theirs"
    doc["session"]["revisions"].append("theirs")
    doc["session"]["summary"] = "Deres version"
    out.write_text(json.dumps(doc), encoding="utf-8")
    # The file grew from what is stored: an update.
    import_again = run("import", str(out), data=imported)
    assert import_again.stdout == f"1\t{TITLE}\tupdated\n"
    doc["session"]["revision"] = "theirs-2"
    doc["session"]["revisions"] = ["elsewhere", "theirs-2"]  # grew from something else
    out.write_text(json.dumps(doc), encoding="utf-8")
    done = run("import", str(out), data=imported)
    assert done.stdout == f"2\t{TITLE} (modstridende kopi)\tcopy\n"
    assert run("import", str(out), data=imported).stdout == f"1\t{TITLE}\tunchanged\n"


def test_a_refused_file_does_not_stop_the_others(data, example_path, tmp_path):
    bad = tmp_path / "bad.roundtable.json"
    doc = json.loads(example_path.read_text(encoding="utf-8"))
    doc["session"]["items"][6]["addresses"] = ["b9"]
    bad.write_text(json.dumps(doc), encoding="utf-8")
    done = run("import", str(bad), str(example_path), str(tmp_path / "missing.json"), data=data)
    assert done.returncode == 1
    assert done.stdout.splitlines() == [f"1\t{TITLE}\tnew"]
    assert f"{bad} was refused (1 problem; nothing was imported)" in done.stderr
    assert 'session.items[6].addresses[0]: no barrier with id "b9"' in done.stderr
    assert "missing.json: No such file or directory" in done.stderr
    listed = json.loads(run("list", "--json", data=data).stdout)
    assert len(listed) == 1


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"\xff\xfe not utf-8", "not UTF-8"),
        (b"{ nope", "not valid JSON"),
        (b"[" * 100_000, "nested too deeply"),
        (b'{"format": "roundtable-session", "version": 2, "session": {}}', "version 2"),
        (b'{"format": "other"}', "not a Roundtable session file"),
    ],
)
def test_import_refusals_write_nothing(data, tmp_path, content, message):
    bad = tmp_path / "bad.json"
    bad.write_bytes(content)
    done = run("import", str(bad), data=data)
    assert done.returncode == 1
    assert message in done.stderr and str(bad) in done.stderr
    assert done.stdout == ""
    assert json.loads(run("list", "--json", data=data).stdout) == []


def test_ignored_fields_are_named_on_stderr(data, example_path, tmp_path):
    doc = json.loads(example_path.read_text(encoding="utf-8"))
    doc["session"]["mood"] = "good"
    extra = tmp_path / "extra.json"
    extra.write_text(json.dumps(doc), encoding="utf-8")
    done = run("import", str(extra), data=data)
    assert done.returncode == 0
    assert f"{extra}: ignored session.mood (unknown field)" in done.stderr


def test_list_text_and_json(imported):
    text = run("list", data=imported).stdout
    assert "2024-05-02" in text and "Rundbordsdialog" in text and "Grøn omstilling" in text
    [entry] = json.loads(run("list", "--json", data=imported).stdout)
    assert len(entry.pop("uid")) == 36 and entry.pop("revised_at")
    assert entry | {"id": 1} == {
        "id": 1,
        "title": "Rundbordsdialog om emissionsfrie arbejdsmaskiner",
        "theme": "Grøn omstilling",
        "host": "Vestby Kommune",
        "starts_at": "2024-05-02T13:00:00+02:00",
        "status": "completed",
        "language": "da",
        "items": 9,
        "participants": 5,
        "series": "",
    }


def test_list_by_series(data, example_path, tmp_path):
    doc = json.loads(example_path.read_text(encoding="utf-8"))
    doc["session"]["series"] = "Grøn omstilling 2024"
    named = tmp_path / "in-series.json"
    named.write_text(json.dumps(doc), encoding="utf-8")
    run("import", str(named), str(example_path), data=data)
    listed = json.loads(run("list", "--series", "Grøn omstilling 2024", "--json", data=data).stdout)
    assert [e["id"] for e in listed] == [1] and listed[0]["series"] == "Grøn omstilling 2024"
    done = run("list", "--series", "Ældrepleje", data=data)
    assert done.returncode == 1
    assert 'no series called "Ældrepleje"' in done.stderr and "Grøn omstilling 2024" in done.stderr


def test_list_of_an_empty_folder(data):
    done = run("list", data=data)
    assert done.returncode == 0 and "No sessions yet" in done.stdout


def test_export_round_trip_is_lossless(imported, example_path, tmp_path):
    out = tmp_path / "out.roundtable.json"
    done = run("export", "1", "--format", "json", "-o", str(out), data=imported)
    assert done.returncode == 0, done.stderr
    exported = json.loads(out.read_text(encoding="utf-8"))
    session = exported["session"]
    for key in ("uid", "revision", "revisions", "revised_at"):  # added: the file had none
        del session[key]
    for item in session["items"]:
        del item["uid"]
    assert exported == json.loads(example_path.read_text(encoding="utf-8"))
    to_stdout = run("export", "1", "-o", "-", data=imported)
    assert to_stdout.stdout == out.read_text(encoding="utf-8")


def test_export_refusals(imported, tmp_path):
    done = run("export", "99", "-o", str(tmp_path / "x.json"), data=imported)
    assert done.returncode == 1 and "no session with id 99" in done.stderr
    assert not (tmp_path / "x.json").exists()
    done = run("export", "1", "-o", str(tmp_path / "no" / "such" / "x.json"), data=imported)
    assert done.returncode == 1 and "Cannot write" in done.stderr
    done = run("export", "1", "-o", str(tmp_path), data=imported)
    assert done.returncode == 1 and "Cannot write" in done.stderr


def _unwritable_folder(tmp_path: Path) -> Path:
    # Root (as in CI) writes anywhere it may chmod; /sys refuses even root.
    if os.name == "posix" and os.geteuid() == 0:
        if not Path("/sys/kernel").is_dir():
            pytest.skip("no folder is unwritable for root here")
        return Path("/sys/kernel")
    locked = tmp_path / "locked"
    locked.mkdir(mode=0o500)
    return locked


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
def test_export_and_backup_to_an_unwritable_folder(imported, tmp_path):
    folder = _unwritable_folder(tmp_path)
    done = run("export", "1", "-o", str(folder / "x.json"), data=imported)
    assert done.returncode == 1 and "Permission denied" in done.stderr
    done = run("export", "1", "-o", str(folder / "x.docx"), data=imported)
    assert done.returncode == 1 and f"Cannot write {folder / 'x.docx'}" in done.stderr
    assert "Permission denied" in done.stderr
    done = run("backup", "-o", str(folder / "b.sqlite3"), data=imported)
    assert done.returncode == 1 and "Permission denied" in done.stderr


def test_export_over_an_existing_file_replaces_it_whole(imported, tmp_path):
    out = tmp_path / "out.json"
    out.write_text("old")
    assert run("export", "1", "-o", str(out), data=imported).returncode == 0
    assert json.loads(out.read_text(encoding="utf-8"))["format"] == "roundtable-session"
    assert [p.name for p in tmp_path.iterdir() if p.name != "data"] == ["out.json"]


def test_export_and_backup_over_a_read_only_file_are_refused_and_leave_it_as_it_was(
    imported, tmp_path
):
    # A rename needs only the folder's permission: a protected file was silently replaced.
    for name, args in [
        ("referat.docx", ["export", "1"]),
        ("session.json", ["export", "1", "--format", "json"]),
        ("copy.sqlite3", ["backup"]),
        ("data.xlsx", ["export-data"]),
        ("items.csv", ["export-data"]),
        ("synthesis.docx", ["report", "--chatham-house"]),
    ]:
        out = tmp_path / name
        out.write_bytes(b"sent to the board\x00")
        out.chmod(0o444)
        done = run(*args, "-o", str(out), data=imported)
        assert done.returncode == 1, done.stdout
        assert f"Cannot write {out}: it is read-only." in done.stderr
        assert out.read_bytes() == b"sent to the board\x00"
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []


def test_export_docx_writes_the_minutes(imported, tmp_path):
    import docx

    named = tmp_path / "referat.docx"  # .docx: the Word minutes without --format
    done = run("export", "1", "-o", str(named), data=imported)
    assert done.returncode == 0, done.stderr
    assert done.stdout == "" and done.stderr == ""
    document = docx.Document(str(named))
    assert document.paragraphs[1].text == "Referat"
    cells = [row.cells[0].text for table in document.tables for row in table.rows]
    assert "Lise Mørk" in cells

    hidden = tmp_path / "minutes"
    args = ["--format", "docx", "--chatham-house", "--language", "en", "-o", str(hidden)]
    done = run("export", "1", *args, data=imported)
    assert done.returncode == 0, done.stderr
    document = docx.Document(str(hidden))
    assert document.paragraphs[1].text == "Minutes"
    with zipfile.ZipFile(hidden) as package:
        xml = package.read("word/document.xml").decode("utf-8")
    assert "Lise Mørk" not in xml
    # The sample's one participant from another sector makes every sector name a person.
    assert "– a participant" in xml and "a municipal participant" not in xml


def test_export_docx_refusals(imported, tmp_path):
    out = tmp_path / "referat.docx"
    out.write_text("old")
    not_word = tmp_path / "letterhead.docx"
    not_word.write_text("not a Word document")
    done = run("export", "1", "-o", str(out), "--template", str(not_word), data=imported)
    assert done.returncode == 1
    assert f"Cannot use {not_word} as a template: it is not a Word document" in done.stderr
    assert out.read_text() == "old"
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []

    database = imported / "roundtable.sqlite3"
    done = run("export", "1", "--format", "docx", "-o", str(database), data=imported)
    assert done.returncode == 1 and "Roundtable's own database" in done.stderr
    assert run("check", data=imported).returncode == 0

    done = run("export", "1", "--format", "docx", "-o", "-", data=imported)
    assert done.returncode == 2 and "give its name with -o FILE" in done.stderr
    assert done.stdout == ""
    done = run("export", "1", "-o", "x.json", "--chatham-house", "--template", "t", data=imported)
    assert done.returncode == 2
    assert "--chatham-house, --template apply only to the Word minutes" in done.stderr
    done = run("export", "1", "-o", "-", "--language", "en", data=imported)
    assert done.returncode == 2 and "--language applies only to the Word minutes" in done.stderr


@pytest.mark.parametrize(
    "args",
    [
        ["export", "abc", "-o", "x"],
        ["export", "0", "-o", "x"],
        ["export", "9" * 30, "-o", "x"],
        ["export", "1"],
        ["export", "1", "--format", "pdf", "-o", "x"],
        ["export", "1", "--format", "docx", "-o", "x", "--language", "de"],
        ["import"],
        ["search"],
        ["search", "x", "--limit", "0"],
        ["backup"],
        ["frobnicate"],
        ["list", "--yaml"],
    ],
)
def test_usage_errors_exit_2(data, args):
    done = run(*args, data=data)
    assert done.returncode == 2
    assert "usage:" in done.stderr


def test_search_text_and_json(imported):
    done = run("search", "udbud", data=imported)
    assert done.returncode == 0
    assert "session 1, item" in done.stdout and "[udbuddet]" in done.stdout
    result = json.loads(run("search", "Vestby", "--json", data=imported).stdout)
    assert [s["id"] for s in result["sessions"]] == [1]
    assert all(hit["session_id"] == 1 for hit in result["items"])
    assert run("search", "zzzz", data=imported).stdout.startswith('No matches for "zzzz"')
    assert run("search", '"', "AND", "(", data=imported).returncode == 0


def test_backup_and_check(imported, tmp_path):
    target = tmp_path / "copy.sqlite3"
    done = run("backup", "-o", str(target), data=imported)
    assert done.returncode == 0 and target.exists()
    done = run("check", data=target.parent / "elsewhere")
    assert done.returncode == 0 and "(0 sessions)" in done.stdout
    done = run("check", data=imported)
    assert done.returncode == 0 and "is sound (1 sessions)" in done.stdout
    done = run("backup", "-o", str(tmp_path / "missing" / "b.sqlite3"), data=imported)
    assert done.returncode == 1 and "Cannot write" in done.stderr


def test_a_damaged_database_is_reported_and_the_backup_named(imported):
    database = imported / "roundtable.sqlite3"
    with open(database, "r+b") as fh:
        fh.write(b"\x00" * 100)
    damaged = database.read_bytes()
    for args in (["check"], ["list"], ["import", "x.json"]):
        done = run(*args, data=imported)
        assert done.returncode == 1
        assert "is damaged" in done.stderr and "has not been changed" in done.stderr
        assert str(imported / "backups" / "auto-") in done.stderr
    assert database.read_bytes() == damaged


def test_a_newer_database_is_refused(imported):
    import sqlite3

    conn = sqlite3.connect(imported / "roundtable.sqlite3")
    conn.execute(
        "INSERT INTO _sqlite_migrations (migration_set, name, applied_at) "
        "VALUES ('roundtable', 'm900_future', 'later')"
    )
    conn.commit()
    conn.close()
    done = run("list", data=imported)
    assert done.returncode == 1 and "newer version of Roundtable" in done.stderr


def test_the_data_folder_comes_from_the_option_then_the_environment(tmp_path, example_path):
    from_env = tmp_path / "env"
    done = run("import", str(example_path), env={"ROUNDTABLE_DATA_DIR": str(from_env)})
    assert done.returncode == 0 and (from_env / "roundtable.sqlite3").exists()
    option = tmp_path / "option"
    done = run(
        "list", "--data-dir", str(option), "--json", env={"ROUNDTABLE_DATA_DIR": str(from_env)}
    )
    assert json.loads(done.stdout) == [] and (option / "roundtable.sqlite3").exists()


def test_a_data_folder_that_is_a_file(tmp_path):
    target = tmp_path / "file"
    target.write_text("x")
    done = run("list", data=target)
    assert done.returncode == 1 and "is a file, not a folder" in done.stderr
    assert target.read_text() == "x"


@pytest.mark.parametrize("suffix", ["", "-wal", "-shm"])
@pytest.mark.parametrize("command", ["export 1", "backup"])
def test_writing_over_the_live_database_is_refused(imported, tmp_path, command, suffix):
    targets = [imported / f"roundtable.sqlite3{suffix}"]
    if not suffix:  # the same database reached through a link
        link = tmp_path / "innocent-looking.sqlite3"
        link.symlink_to(imported / "roundtable.sqlite3")
        targets.append(link)
    for out in targets:
        done = run(*command.split(), "-o", str(out), data=imported)
        assert done.returncode == 1
        assert "Roundtable's own database" in done.stderr
    assert run("check", data=imported).returncode == 0
    assert len(json.loads(run("list", "--json", data=imported).stdout)) == 1


def test_an_endless_file_is_refused_without_reading_it_all(data):
    done = run("import", "/dev/zero", data=data)
    assert done.returncode == 1
    assert "larger than 100 MiB" in done.stderr


def test_a_reader_that_stops_early_gets_no_traceback(imported):
    # `roundtable search … | head -1`: the pipe closes before everything is written.
    proc = subprocess.Popen(
        [sys.executable, "-m", "roundtable", "--data-dir", str(imported), "list"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    proc.stdout.close()  # the reader is gone before the first line
    stderr = proc.stderr.read().decode()
    proc.wait(timeout=60)
    assert stderr == ""
    assert proc.returncode == 141


def test_a_database_held_by_another_writer_gives_a_clear_message(imported, example_path):
    import sqlite3

    holder = sqlite3.connect(imported / "roundtable.sqlite3", isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")
    try:
        imported_again = run("import", str(example_path), data=imported)
        checks = [run("check", data=imported), run("check", "--full", data=imported)]
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert imported_again.returncode == 1
    assert "the database is busy" in imported_again.stderr.lower()
    assert "problem" not in imported_again.stderr  # busy is not damaged
    for checked in checks:  # a check only reads: another writer does not hold it up
        assert checked.returncode == 0 and "is sound (1 sessions" in checked.stdout
    assert len(json.loads(run("list", "--json", data=imported).stdout)) == 1


@pytest.mark.skipif(os.name != "posix", reason="a POSIX shell closes stdout")
def test_a_command_without_stdout_still_works(imported):
    # Started with stdout closed (as pythonw on Windows starts it): nothing to print to.
    done = subprocess.run(
        ["sh", "-c", f'"{sys.executable}" -m roundtable --data-dir "{imported}" list >&-'],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr
    assert done.stderr == ""


def test_sync_prints_one_line_per_session_that_moved_and_a_total(imported, tmp_path):
    shared = tmp_path / "shared"
    shared.mkdir()
    done = run("sync", str(shared), data=imported)
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines() == [f"1\t{TITLE}\twritten", "1 session moved: 0 in, 1 out"]
    other = tmp_path / "other"
    done = run("sync", str(shared), data=other)
    assert done.stdout.splitlines() == [f"1\t{TITLE}\tnew", "1 session moved: 1 in, 0 out"]
    done = run("sync", str(shared), data=other)
    assert done.stdout.splitlines() == ["0 sessions moved: 0 in, 0 out"]
    done = run("sync", str(tmp_path / "nowhere"), data=other)
    assert done.returncode == 1 and "does not exist" in done.stderr


def test_opening_the_app_reads_its_arguments_as_the_full_parser_does():
    from roundtable import cli

    for argv in ([], ["--data-dir", "mappe"], ["--data-dir=mappe"], ["--data-dir="]):
        quick, full = cli._app_arguments(argv), cli.build_parser().parse_args(argv)
        assert quick is not None and quick.handler is full.handler
        assert quick.data_dir == full.data_dir
    for argv in (["list"], ["--help"], ["--data-dir"], ["--data-dir", "-x"], ["--data", "m"]):
        assert cli._app_arguments(argv) is None, "the full parser decides"
