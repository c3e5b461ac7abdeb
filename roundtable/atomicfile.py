"""Write files so that a crash or a failure never leaves a half-written one.

The content goes to a temporary file beside the target, is synced to disk, then renamed
over the target; on any failure the temporary file is removed and the target is untouched.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path

from roundtable.errors import RoundtableError


def _fsync_dir(folder: Path) -> None:
    # The rename itself is only durable once the folder's entry is on disk (POSIX).
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


@contextlib.contextmanager
def atomic_path(target: str | os.PathLike[str], mode: int = 0o644) -> Iterator[Path]:
    """Yield a temporary path to fill; on a clean exit it replaces `target` atomically."""
    target = Path(target)
    folder = target.parent
    try:
        fd, tmp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=folder)
    except OSError as exc:
        raise RoundtableError(f"Cannot write {target}: {exc.strerror or exc}.") from exc
    os.close(fd)
    tmp = Path(tmp_name)
    try:
        yield tmp
        os.chmod(tmp, mode)
        with open(tmp, "rb+") as fh:
            os.fsync(fh.fileno())
        if target.is_dir():
            raise RoundtableError(f"Cannot write {target}: it is a folder.")
        os.replace(tmp, target)
        _fsync_dir(folder)
    except OSError as exc:
        raise RoundtableError(f"Cannot write {target}: {exc.strerror or exc}.") from exc
    finally:
        with contextlib.suppress(FileNotFoundError):
            tmp.unlink()


def write_atomic(target: str | os.PathLike[str], data: bytes, mode: int = 0o644) -> None:
    """Replace `target` with `data`, all or nothing."""
    with atomic_path(target, mode) as tmp:
        tmp.write_bytes(data)
