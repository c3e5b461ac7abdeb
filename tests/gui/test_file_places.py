"""The file dialogs open in the user's Documents folder the first time, then in the folder of
the file last chosen for that kind of file, also after a restart; never in the working
directory, and not in a folder that has gone since."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog
from test_overview import desk  # noqa: F401  (the fixture: a series of two sessions)


class Dialogs:
    """Stands in for QFileDialog's static functions: records the folder (or the path of the
    proposed file) each dialog is opened with, and answers with `answer`."""

    def __init__(self, monkeypatch) -> None:
        self.opened_in: list[str] = []
        self.answer = ""

        def dialog(_parent, _caption, directory="", *_args, **_kwargs):
            self.opened_in.append(directory)
            return self.answer, ""

        monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(dialog))
        monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(dialog))
        monkeypatch.setattr(
            QFileDialog, "getExistingDirectory", staticmethod(lambda *a: dialog(*a)[0])
        )

    def last(self) -> Path:
        return Path(self.opened_in[-1])


@pytest.fixture
def home(monkeypatch, tmp_path) -> Path:
    """A home folder of the test's own, with a Documents folder in it."""
    home = tmp_path / "home"
    (home / "Documents").mkdir(parents=True)
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.delenv("XDG_CONFIG_HOME", raising=False)  # where user-dirs.dirs would be
    return home


@pytest.fixture
def files(monkeypatch) -> Dialogs:
    return Dialogs(monkeypatch)


def test_the_overview_dialogs_open_in_documents_then_where_the_last_file_went(
    desk,  # noqa: F811
    home,
    files,
    tmp_path,
    start_app,
):
    running, *_ = desk
    actions = running.window.overview.actions
    actions.report_button.click()
    assert files.last() == home / "Documents" / "DI Digital.docx"

    files.answer = str(tmp_path / "out" / "rapport.docx")
    (tmp_path / "out").mkdir()
    actions.report_button.click()
    assert files.last() == home / "Documents" / "DI Digital.docx"
    assert (tmp_path / "out" / "rapport.docx").exists()

    files.answer = ""
    actions.data_button.click()
    assert files.last() == tmp_path / "out" / "DI Digital.xlsx"
    actions.import_button.click()
    assert files.last() == tmp_path / "out"

    running.close()
    again = start_app()
    again.window.overview.actions.import_button.click()
    assert files.last() == tmp_path / "out"


def test_session_files_and_minutes_open_in_documents_then_where_the_last_one_went(
    home, files, tmp_path, start_app
):
    running = start_app()
    window = running.window
    window.open_sample()
    window.export_minutes()
    window.export_session_file()
    window.import_session_file()
    documents = home / "Documents"
    minutes, session_file, opened = map(Path, files.opened_in)
    assert minutes.parent == session_file.parent == opened == documents
    assert minutes.suffix == ".docx" and session_file.name.endswith(".roundtable.json")

    (tmp_path / "minutes").mkdir()
    (tmp_path / "shared").mkdir()
    files.answer = str(tmp_path / "minutes" / "m.docx")
    window.export_minutes()
    files.answer = str(tmp_path / "shared" / "s.roundtable.json")
    window.export_session_file()
    files.answer = ""
    window.import_session_file()
    assert files.last() == tmp_path / "shared"

    running.close()
    again = start_app()
    again.window.open_sample()
    files.opened_in.clear()
    again.window.export_minutes()
    again.window.export_session_file()
    assert [Path(p).parent for p in files.opened_in] == [
        tmp_path / "minutes",
        tmp_path / "shared",
    ]


def test_a_folder_that_has_gone_falls_back_to_documents_then_to_home(
    home, files, tmp_path, start_app
):
    window = start_app().window
    window.open_sample()
    (tmp_path / "usb").mkdir()
    files.answer = str(tmp_path / "usb" / "m.docx")
    window.export_minutes()
    shutil.rmtree(tmp_path / "usb")  # the stick is pulled out
    files.answer = ""
    window.export_minutes()
    assert files.last().parent == home / "Documents"

    (home / "Documents").rmdir()
    window.export_minutes()
    assert files.last().parent == home


def test_the_shared_folder_is_chosen_from_documents_the_first_time(home, files, start_app):
    window = start_app().window
    window.shared_folder.choose(window)
    assert files.last() == home / "Documents"


def test_a_folder_an_export_was_refused_in_is_not_proposed_again(home, files, start_app):
    running = start_app()
    window = running.window
    window.open_sample()
    files.answer = str(running.store.database_files()[0])  # refused: the app's own database
    window.export_session_file()
    files.answer = ""
    window.export_session_file()
    assert files.last().parent == home / "Documents"
