"""Atomic writes: the whole file or the old one, and never over a file the user protected."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from roundtable.atomicfile import ReadOnlyFile, atomic_path, write_atomic
from roundtable.errors import RoundtableError

OLD = b"the minutes as they were sent\x00\xff"


def protected(path: Path) -> Path:
    """`path` with OLD in it, made read-only as `chmod a-w` makes it."""
    path.write_bytes(OLD)
    path.chmod(0o444)
    return path


def test_a_read_only_file_is_refused_before_anything_is_written(tmp_path):
    target = protected(tmp_path / "minutes.docx")
    filled = []
    with pytest.raises(ReadOnlyFile) as refused, atomic_path(target) as tmp:
        filled.append(tmp)  # never reached: the refusal comes first
    assert str(refused.value) == (
        f"Cannot write {target}: it is read-only. Choose another name, or make the file writable."
    )
    assert isinstance(refused.value, RoundtableError)  # shown as the other refusals are
    assert filled == []
    assert target.read_bytes() == OLD
    assert stat.S_IMODE(target.stat().st_mode) == 0o444
    assert [p.name for p in tmp_path.iterdir()] == ["minutes.docx"]  # no temporary file


def test_writing_bytes_over_a_read_only_file_leaves_it_byte_for_byte(tmp_path):
    target = protected(tmp_path / "session.roundtable.json")
    with pytest.raises(RoundtableError, match=r"session\.roundtable\.json: it is read-only"):
        write_atomic(target, b"new content")
    assert target.read_bytes() == OLD
    assert [p.name for p in tmp_path.iterdir()] == ["session.roundtable.json"]


def test_a_file_made_read_only_while_the_content_was_made_is_left_as_it_was(tmp_path):
    target = tmp_path / "report.docx"
    target.write_bytes(OLD)
    with pytest.raises(ReadOnlyFile), atomic_path(target) as tmp:
        tmp.write_bytes(b"new content")
        target.chmod(0o444)
    assert target.read_bytes() == OLD
    assert [p.name for p in tmp_path.iterdir()] == ["report.docx"]


def test_a_file_writable_by_anyone_at_all_is_replaced(tmp_path):
    # The owner's bit is not the test: a group-writable file is the group's to replace.
    target = tmp_path / "shared.json"
    target.write_bytes(OLD)
    target.chmod(0o464)
    write_atomic(target, b"new content")
    assert target.read_bytes() == b"new content"


def test_the_apps_own_file_may_replace_a_read_only_one(tmp_path):
    target = protected(tmp_path / "pending-captures.json")
    write_atomic(target, b"new content", mode=0o600, replace_read_only=True)
    assert target.read_bytes() == b"new content"
    assert stat.S_IMODE(target.stat().st_mode) == 0o600


@pytest.mark.skipif(os.name != "posix", reason="symbolic links")
def test_a_link_to_a_read_only_file_is_refused_as_the_file_is(tmp_path):
    target = protected(tmp_path / "minutes.docx")
    link = tmp_path / "latest.docx"
    link.symlink_to(target)
    with pytest.raises(ReadOnlyFile):
        write_atomic(link, b"new content")
    assert link.is_symlink() and target.read_bytes() == OLD
