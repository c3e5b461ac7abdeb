"""The store's one error boundary: SQLite and OS errors become a few known faults.

Busy, disk full, read-only, I/O, damaged and too new each carry a message that says what to
do. What fits none of them passes through unchanged: it is a bug, and the command line and
the app report it as one (roundtable.crash_report).
"""

from __future__ import annotations

import contextlib
import errno
import functools
import inspect
import os
import shutil
import sqlite3
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any, TypeVar

from roundtable.errors import RoundtableError

# Below this much free space a write is expected to fail: SQLite's -shm alone takes 32 KiB.
LOW_SPACE_BYTES = 1024 * 1024


class StorageFault(RoundtableError):
    """A known fault of the disk or the database; `kind` names it."""

    kind = "fault"


class Busy(StorageFault):
    kind = "busy"


class DiskFull(StorageFault):
    kind = "disk-full"


class ReadOnlyStorage(StorageFault):
    kind = "read-only"


class IOFault(StorageFault):
    kind = "io"


class Damaged(StorageFault):
    kind = "damaged"


class TooNew(StorageFault):
    kind = "too-new"


def free_bytes(folder: Path) -> int | None:
    try:
        return shutil.disk_usage(folder).free
    except OSError:
        return None


def disk_is_full(folder: Path | None) -> bool:
    if folder is None:
        return False
    free = free_bytes(folder)
    return free is not None and free < LOW_SPACE_BYTES


def _message(kind: type[StorageFault], folder: Path | None) -> str:
    where = f" ({folder})" if folder else ""
    return {
        Busy: "The database is busy: another program (a second Roundtable, an import) is "
        "writing to it. Try again in a moment, or close the other program.",
        DiskFull: f"The disk is full{where}. Free some space and try again; reading and "
        "exporting to another disk still work.",
        ReadOnlyStorage: f"The data folder{where} or its database is read-only. Make it "
        "writable, or choose another folder with --data-dir; reading and exporting still work.",
        Damaged: f"The database{where} is damaged. 'roundtable check' says where; 'roundtable "
        "restore --list' shows the backups and 'roundtable salvage -o FOLDER' saves what can "
        "still be read.",
        IOFault: f"The disk{where} reported an input/output error. Copy your data elsewhere "
        "(roundtable backup -o FILE on another disk) and check the disk.",
    }[kind]


_SQLITE_KINDS = {
    sqlite3.SQLITE_BUSY: Busy,
    sqlite3.SQLITE_LOCKED: Busy,
    sqlite3.SQLITE_FULL: DiskFull,
    sqlite3.SQLITE_READONLY: ReadOnlyStorage,
    sqlite3.SQLITE_IOERR: IOFault,
    sqlite3.SQLITE_CANTOPEN: IOFault,
    sqlite3.SQLITE_CORRUPT: Damaged,
    sqlite3.SQLITE_NOTADB: Damaged,
}
_OS_KINDS = {
    errno.ENOSPC: DiskFull,
    errno.EDQUOT: DiskFull,
    errno.EROFS: ReadOnlyStorage,
    errno.EACCES: ReadOnlyStorage,
    errno.EPERM: ReadOnlyStorage,
    errno.EIO: IOFault,
}


def fault_kind(exc: BaseException, folder: Path | None = None) -> type[StorageFault] | None:
    """The known fault `exc` stands for, or None (a bug, or not the storage's)."""
    kind: type[StorageFault] | None = None
    if isinstance(exc, sqlite3.Error):
        code = getattr(exc, "sqlite_errorcode", None)
        if code is not None:
            kind = _SQLITE_KINDS.get(code & 0xFF)
        elif "locked" in str(exc):
            kind = Busy
    elif isinstance(exc, OSError):
        kind = _OS_KINDS.get(exc.errno or 0)
        if isinstance(exc, FileExistsError | NotADirectoryError | IsADirectoryError):
            kind = ReadOnlyStorage  # something in the way where the store writes
    # SQLite reports a full disk, or a folder it cannot write, while making its -shm or
    # -wal as an I/O error or as "unable to open".
    if kind in (IOFault, ReadOnlyStorage) and disk_is_full(folder):
        kind = DiskFull
    elif kind is IOFault and folder is not None and not writable(folder):
        kind = ReadOnlyStorage
    return kind


def writable(folder: Path) -> bool:
    """Whether the data folder and its database can be written (a read-only mount or file
    is refused even to root)."""
    database = folder / "roundtable.sqlite3"
    try:
        if os.statvfs(folder).f_flag & os.ST_RDONLY:
            return False
    except (OSError, AttributeError):
        pass
    return os.access(folder, os.W_OK) and (not database.exists() or os.access(database, os.W_OK))


def as_fault(exc: BaseException, folder: Path | None = None) -> StorageFault | None:
    kind = fault_kind(exc, folder)
    if kind is None:
        return None
    fault = kind(_message(kind, folder))
    fault.__cause__ = exc
    return fault


@contextlib.contextmanager
def boundary(folder: Path | None) -> Iterator[None]:
    """Turn the storage's errors raised inside into StorageFault; let the rest through."""
    try:
        yield
    except RoundtableError:
        raise
    except (sqlite3.Error, OSError) as exc:
        fault = as_fault(exc, folder)
        if fault is None:
            raise
        raise fault from exc


F = TypeVar("F", bound=Callable[..., Any])


def _guarded(function: F) -> F:
    @functools.wraps(function)
    def call(self: Any, *args: Any, **kwargs: Any) -> Any:
        with boundary(getattr(self, "data_dir", None)):
            return function(self, *args, **kwargs)

    return call  # type: ignore[return-value]


def guard_public_methods(cls: type, skip: frozenset[str] = frozenset()) -> type:
    """Put every public method of `cls` (and its bases) behind the boundary."""
    for name in dir(cls):
        if name.startswith("_") or name in skip:
            continue
        raw = inspect.getattr_static(cls, name)
        if inspect.isfunction(raw):
            setattr(cls, name, _guarded(raw))
    return cls
