"""What every `roundtable` command shares: messages, JSON, and opening the data folder.

Opening refuses a database that went missing while its backups hold sessions, clears the
hidden copies an interrupted backup left, and takes an automatic backup only for a command
that writes.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from roundtable.terminal import shown_lines

PROG = "roundtable"


def err(message: str) -> None:
    print(f"{PROG}: {shown_lines(message)}", file=sys.stderr)


def print_json(value: Any) -> None:
    import json  # here: opening the app, the commonest command, prints none

    print(json.dumps(value, ensure_ascii=False, indent=2))


def data_dir(args: argparse.Namespace) -> Path:
    from roundtable.paths import resolve_data_dir

    return resolve_data_dir(getattr(args, "data_dir", None))


def prepare_data_dir(args: argparse.Namespace) -> Path:
    """The data folder, checked before the store opens it."""
    from roundtable import paths
    from roundtable.storage.backups import clean_interrupted_copies
    from roundtable.storage.restore import refuse_lost_database

    folder = paths.ensure_data_dir(data_dir(args))
    clean_interrupted_copies([folder, folder / paths.BACKUP_FOLDER])
    refuse_lost_database(folder)
    return folder


def open_store(
    args: argparse.Namespace, writes: bool = False, check_later: bool = False
):  # -> SessionStore, lazily
    """The store; an automatic backup first when the command will write (never for a read).
    `check_later`: see SessionStore.open; the caller runs `finish_check` before it prints."""
    from roundtable.storage import SessionStore
    from roundtable.storage.faults import DiskFull, ReadOnlyStorage

    folder = prepare_data_dir(args)
    try:
        return SessionStore.open(folder, automatic_backup=writes, check_later=check_later)
    except (DiskFull, ReadOnlyStorage) as fault:
        if writes:
            raise
        # Reading and exporting elsewhere need neither room nor write access here.
        return SessionStore.open_read_only(folder, fault)
