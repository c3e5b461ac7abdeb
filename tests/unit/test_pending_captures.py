"""The file of captures a busy database kept waiting when the app closed."""

from __future__ import annotations

from pathlib import Path

from roundtable.domain.model import Item, ItemKind, Phase
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
