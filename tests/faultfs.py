"""Disks that fail as real ones do: a small tmpfs that fills up, a folder mounted read-only.

Both need mount(8) and root (a container's root will do); elsewhere the tests that need them
skip, and the OSError-raising shims in the tests cover the same paths.
"""

from __future__ import annotations

import contextlib
import os
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest


def _mount(*args: str) -> bool:
    if os.name != "posix" or os.geteuid() != 0:
        return False
    done = subprocess.run(["mount", *args], capture_output=True)
    return done.returncode == 0


def _umount(path: Path) -> None:
    subprocess.run(["umount", "-l", str(path)], capture_output=True)


@contextlib.contextmanager
def small_disk(path: Path, size: str = "4m") -> Iterator[Path]:
    path.mkdir(parents=True, exist_ok=True)
    if not _mount("-t", "tmpfs", "-o", f"size={size},mode=0700", "tmpfs", str(path)):
        pytest.skip("needs root and mount(8) for a small tmpfs")
    try:
        yield path
    finally:
        _umount(path)


def fill(disk: Path, leave: int = 0) -> None:
    """Fill `disk` up, leaving about `leave` bytes."""
    stat = os.statvfs(disk)
    room = stat.f_bavail * stat.f_frsize - leave
    with contextlib.suppress(OSError), open(disk / "filler", "wb") as fh:
        while room > 0:
            chunk = min(room, 1 << 20)
            fh.write(b"\0" * chunk)
            room -= chunk


def free_up(disk: Path) -> None:
    (disk / "filler").unlink(missing_ok=True)


@contextlib.contextmanager
def read_only(folder: Path) -> Iterator[Path]:
    """`folder` and what it holds made read-only as a read-only disk is: root is refused too."""
    if os.name == "posix" and os.geteuid() != 0:
        modes = {p: p.stat().st_mode for p in [folder, *folder.rglob("*")]}
        for p in modes:
            p.chmod(0o555 if p.is_dir() else 0o444)
        try:
            yield folder
        finally:
            for p, mode in modes.items():
                p.chmod(mode)
        return
    if not _mount("--bind", str(folder), str(folder)):
        pytest.skip("needs mount(8) to make a folder read-only for root")
    try:
        if not _mount("-o", "remount,bind,ro", str(folder)):
            pytest.skip("cannot remount read-only")
        yield folder
    finally:
        _umount(folder)


@contextlib.contextmanager
def read_only_file(path: Path) -> Iterator[Path]:
    """The file alone made read-only (its folder stays writable); root is refused too."""
    if os.name == "posix" and os.geteuid() != 0:
        mode = path.stat().st_mode
        path.chmod(0o444)
        try:
            yield path
        finally:
            path.chmod(mode)
        return
    if not _mount("--bind", str(path), str(path)):
        pytest.skip("needs mount(8) to make a file read-only for root")
    try:
        if not _mount("-o", "remount,bind,ro", str(path)):
            pytest.skip("cannot remount read-only")
        yield path
    finally:
        _umount(path)
