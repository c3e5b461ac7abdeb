"""Write files so that a crash or a failure never leaves a half-written one.

The content goes to a temporary file beside the target, is synced to disk, then renamed
over the target; on any failure the temporary file is removed and the target is untouched.

A rename needs only the folder's permission (POSIX), so it would replace a file the user
made read-only (`chmod a-w`): such a target is refused instead, by its mode bits and not
`os.access`, which says yes to root whatever the bits are. Windows' read-only attribute
shows in the same bits, and the refusal names the reason where the failed rename said
only "Access is denied".
"""

from __future__ import annotations

import contextlib
import os
import stat
import tempfile
from collections.abc import Iterator
from pathlib import Path

from roundtable.errors import RoundtableError


class ReadOnlyFile(RoundtableError):
    """The target is a file nobody may write: it was kept as it was, and nothing written."""


def is_read_only(path: str | os.PathLike[str]) -> bool:
    """Whether `path` is a file that nobody may write; False when there is none."""
    try:
        st = os.stat(path)
    except OSError:
        return False  # not there (or not to be seen): a write says what is wrong
    return stat.S_ISREG(st.st_mode) and stat.S_IMODE(st.st_mode) & 0o222 == 0


def _refuse_read_only(target: Path) -> None:
    if is_read_only(target):
        raise ReadOnlyFile(
            f"Cannot write {target}: it is read-only. Choose another name, or make the file "
            "writable."
        )


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
def atomic_path(
    target: str | os.PathLike[str], mode: int = 0o644, *, replace_read_only: bool = False
) -> Iterator[Path]:
    """Yield a temporary path to fill; on a clean exit it replaces `target` atomically.

    A read-only `target` is refused with ReadOnlyFile before anything is written.
    `replace_read_only` is for a file only the app writes, in its own folder, where the
    refusal would lose what the app keeps there."""
    target = Path(target)
    folder = target.parent
    if not replace_read_only:
        _refuse_read_only(target)
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
        if not replace_read_only:
            _refuse_read_only(target)  # made read-only while the content was being made
        os.replace(tmp, target)
        _fsync_dir(folder)
    except OSError as exc:
        raise RoundtableError(f"Cannot write {target}: {exc.strerror or exc}.") from exc
    finally:
        with contextlib.suppress(FileNotFoundError):
            tmp.unlink()


def write_atomic(
    target: str | os.PathLike[str],
    data: bytes,
    mode: int = 0o644,
    *,
    replace_read_only: bool = False,
) -> None:
    """Replace `target` with `data`, all or nothing (a read-only `target`: see atomic_path)."""
    with atomic_path(target, mode, replace_read_only=replace_read_only) as tmp:
        tmp.write_bytes(data)
