"""The file of captures a busy database kept waiting when the app closed."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from roundtable.domain.model import Item, ItemKind, Phase
from roundtable.errors import RoundtableError
from roundtable.storage import pending_captures
from roundtable.storage.pending_captures import PendingCapture


def capture(text: str) -> PendingCapture:
    return PendingCapture(1, Item(Phase.NARRATIVE, ItemKind.NOTE, text), "Capture")


def test_a_read_only_file_of_waiting_captures_is_replaced_so_the_next_start_gets_them_all(
    tmp_path: Path,
):
    # The app's own file: were it refused, the captures would go to the temporary folder,
    # which the next start does not read, and it would take in the older ones left here.
    pending_captures.save(tmp_path, [capture("Fra sidste gang")])
    (tmp_path / pending_captures.PENDING_NAME).chmod(0o444)
    where = pending_captures.save(tmp_path, [capture("Fra sidste gang"), capture("Ny")])
    assert where == tmp_path / pending_captures.PENDING_NAME
    loaded = pending_captures.load(tmp_path)
    assert [c.item.text for c in loaded] == ["Fra sidste gang", "Ny"]


def _refusing_data_folder(monkeypatch, tmp_path: Path) -> Path:
    """A temporary folder of the test's own, and a data folder that refuses the file."""
    elsewhere = tmp_path / "tmp"
    elsewhere.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(elsewhere))

    def refuse(target, *_args, **_kwargs):
        raise RoundtableError(f"Cannot write {target}: No space left on device.")

    monkeypatch.setattr(pending_captures, "write_atomic", refuse)
    return elsewhere


def test_captures_the_data_folder_refused_are_taken_from_the_temporary_folder_next_start(
    monkeypatch, tmp_path: Path
):
    data, other = tmp_path / "data", tmp_path / "other"
    data.mkdir()
    other.mkdir()
    elsewhere = _refusing_data_folder(monkeypatch, tmp_path)
    where = pending_captures.save(data, [capture("Sagt mens disken var fuld")])
    assert where.parent == elsewhere
    assert [c.item.text for c in pending_captures.load(data)] == ["Sagt mens disken var fuld"]
    assert pending_captures.load(other) == [], "another data folder's ids mean other sessions"
    pending_captures.clear(other)
    assert where.exists()
    pending_captures.clear(data)  # committed at last
    assert not where.exists()
    assert pending_captures.load(data) == []


def test_the_newest_file_of_waiting_captures_is_the_whole_of_them_none_twice(
    monkeypatch, tmp_path: Path
):
    data = tmp_path / "data"
    data.mkdir()
    pending_captures.save(data, [capture("A")])
    beside = data / pending_captures.PENDING_NAME
    os.utime(beside, (1_000_000, 1_000_000))  # an earlier close
    _refusing_data_folder(monkeypatch, tmp_path)
    pending_captures.save(data, [capture("A"), capture("B")])  # the next close, disk full
    assert [c.item.text for c in pending_captures.load(data)] == ["A", "B"]
    pending_captures.clear(data)
    assert not beside.exists() and pending_captures.load(data) == []
