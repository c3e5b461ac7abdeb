"""Where Roundtable keeps its data.

In order: the --data-dir option, the ROUNDTABLE_DATA_DIR variable, the per-user data
folder from platformdirs (for example ~/.local/share/roundtable on Linux,
%LOCALAPPDATA%\\roundtable on Windows, ~/Library/Application Support/roundtable on macOS).
"""

from __future__ import annotations

import os
from pathlib import Path

from roundtable.errors import RoundtableError

ENV_VAR = "ROUNDTABLE_DATA_DIR"
DATABASE_NAME = "roundtable.sqlite3"
BACKUP_FOLDER = "backups"
LOCK_NAME = "roundtable.lock"  # held by the running window (QLockFile)


def default_data_dir() -> Path:
    # Imported here so that --version and --help stay quick.
    import platformdirs

    return Path(platformdirs.user_data_dir("roundtable", appauthor=False))


def resolve_data_dir(option: str | None = None, environ: dict[str, str] | None = None) -> Path:
    """The data folder to use, as an absolute path (not created)."""
    environ = os.environ if environ is None else environ
    chosen = option or environ.get(ENV_VAR) or None
    path = Path(chosen).expanduser() if chosen else default_data_dir()
    return path.absolute()


def ensure_data_dir(path: Path) -> Path:
    """Create the data folder (owner-only) if needed; refuse a path that cannot be one."""
    if path.exists() and not path.is_dir():
        raise RoundtableError(
            f"The data folder {path} is a file, not a folder. Choose another with --data-dir."
        )
    try:
        path.mkdir(mode=0o700, parents=True, exist_ok=True)
    except OSError as exc:
        raise RoundtableError(
            f"Cannot create the data folder {path}: {exc.strerror or exc}. "
            "Choose another with --data-dir."
        ) from exc
    _tighten(path)
    return path


def _tighten(path: Path) -> None:
    """Make a data folder readable by its owner only, as a new one is.

    Only a folder that is evidently Roundtable's (it holds the database, or nothing yet):
    `--data-dir ~` must not lock others out of a home folder.
    """
    if os.name != "posix":
        return
    try:
        info = path.stat()
        ours = (path / DATABASE_NAME).exists() or not any(path.iterdir())
        if ours and info.st_uid == os.getuid() and info.st_mode & 0o077:
            os.chmod(path, 0o700)
    except OSError:
        pass  # a folder we cannot inspect or change: opening it says what is wrong


def make_private(file: Path) -> None:
    """Create `file` if needed and make it readable and writable by its owner only."""
    if os.name != "posix":
        return
    try:
        os.close(os.open(file, os.O_CREAT | os.O_WRONLY, 0o600))
        os.chmod(file, 0o600)
    except OSError:
        pass  # a read-only folder: the file's own use reports the fault
