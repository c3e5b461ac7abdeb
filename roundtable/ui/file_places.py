"""Where a file dialog opens: in the folder last used for that kind of file, kept in the
app's settings so that it holds across restarts; the first time, or when that folder has
gone, in the user's Documents folder. Never the process's working directory, which for a
start from a terminal or a checkout is no place the user chose."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, QStandardPaths

# One folder per kind of file: a user who keeps reports in one place and minutes in another
# finds each where they left it. A returned workbook comes back beside the exported one, and
# a session file is imported from where session files are exchanged, so those share.
REPORTS = "reports"  # the overview's report, its data, and the workbooks brought back
MINUTES = "minutes"
SESSION_FILES = "session_files"


def _key(kind: str) -> str:
    return f"folders/{kind}"


def documents() -> Path:
    """The user's Documents folder, or the home folder where there is none."""
    found = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    if found and Path(found).is_dir():
        return Path(found)
    return Path.home()


def folder(settings: QSettings, kind: str) -> Path:
    """The folder to open a dialog for `kind` in."""
    last = str(settings.value(_key(kind), "") or "")
    if last and Path(last).is_dir():
        return Path(last)
    return documents()


def proposed(settings: QSettings, kind: str, file_name: str) -> str:
    """What a save dialog is given: the suggested name in the folder for `kind`."""
    return str(folder(settings, kind) / file_name)


def remember(settings: QSettings, kind: str, chosen: str) -> None:
    """Keep the folder of `chosen` for the next dialog of `kind`: a file read from it, or
    one written there (not a folder an export was refused in, such as the data folder)."""
    settings.setValue(_key(kind), str(Path(chosen).absolute().parent))
