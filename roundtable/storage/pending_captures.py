"""Captures still waiting for a busy database when the app closed, kept in a file beside it.

Another program (an import, a sync) can hold SQLite's write lock for seconds. A capture made
meanwhile waits in the app; if the app closes before the lock frees, the captures go into
this file (owner-only: it holds what was said) and the next start commits them.

Where the data folder refuses the file (a full disk), it goes to the system's temporary
folder, naming the data folder it belongs to: the next start on that folder takes it from
there. Each file holds every capture still waiting, so the newest one is the whole of it.
"""

from __future__ import annotations

import contextlib
import tempfile
from dataclasses import dataclass
from pathlib import Path

from roundtable.atomicfile import write_atomic
from roundtable.domain.model import Item, ItemKind, Phase
from roundtable.errors import RoundtableError

PENDING_NAME = "pending-captures.json"
_FORMAT = "roundtable-pending-captures"
_ELSEWHERE = "roundtable-pending-captures-"  # the temporary folder's files start so


@dataclass(frozen=True)
class PendingCapture:
    session_id: int
    item: Item  # as typed: phase, kind, text, speaker and category
    label: str  # the undo step's name


def _as_json(capture: PendingCapture) -> dict:
    item = capture.item
    return {
        "session_id": capture.session_id,
        "phase": str(item.phase),
        "kind": str(item.kind),
        "text": item.text,
        "by_id": item.by_id,
        "category": item.category,
        "label": capture.label,
    }


def _from_json(row: dict) -> PendingCapture:
    item = Item(
        phase=Phase(row["phase"]),
        kind=ItemKind(row["kind"]),
        text=str(row["text"]),
        by_id=row.get("by_id"),
        category=str(row.get("category") or ""),
    )
    return PendingCapture(int(row["session_id"]), item, str(row.get("label") or ""))


def save(data_dir: Path, captures: list[PendingCapture]) -> Path:
    """Write the captures beside the database, or (that folder refusing) in the system's
    temporary folder; where they went."""
    import json  # the start does without it

    data = json.dumps(
        {
            "format": _FORMAT,
            "data_dir": _folder_name(data_dir),
            "captures": [_as_json(c) for c in captures],
        },
        ensure_ascii=False,
        indent=1,
    ).encode("utf-8")
    target = data_dir / PENDING_NAME
    try:
        # The app's own file, read at the next start: refused because read-only, the
        # captures would go to the temporary folder, which that start does not read, and
        # it would take in the older captures left here instead.
        write_atomic(target, data, mode=0o600, replace_read_only=True)
    except RoundtableError:
        handle, name = tempfile.mkstemp(prefix=_ELSEWHERE, suffix=".json")
        with open(handle, "wb") as out:
            out.write(data)
        target = Path(name)
    return target


def load(data_dir: Path) -> list[PendingCapture]:
    """The captures a previous run left waiting, from the newest file kept for this data
    folder; [] when there are none. A file that cannot be read is left where it is, for a
    person to look at."""
    newest: tuple[float, list[PendingCapture]] | None = None
    for path, found in _kept(data_dir):
        try:
            captures = [_from_json(row) for row in found["captures"]]
            written = path.stat().st_mtime
        except (OSError, ValueError, KeyError, TypeError, AttributeError):
            continue
        if newest is None or written > newest[0]:
            newest = (written, captures)
    return newest[1] if newest is not None else []


def clear(data_dir: Path) -> None:
    """Every file kept for this data folder goes: what they held is in the database now."""
    beside = data_dir / PENDING_NAME
    for path in {beside, *(path for path, _found in _kept(data_dir))}:
        with contextlib.suppress(OSError):
            path.unlink()


def _kept(data_dir: Path) -> list[tuple[Path, dict]]:
    """The files of captures kept for this data folder, read: the one beside the database,
    and those in the temporary folder that name it (another folder's ids mean other
    sessions). One that cannot be read, or is no such file, is left out."""
    import json  # the start does without it

    beside = data_dir / PENDING_NAME
    try:
        elsewhere = sorted(Path(tempfile.gettempdir()).glob(f"{_ELSEWHERE}*.json"))
    except OSError:
        elsewhere = []
    kept = []
    for path in [beside, *elsewhere]:
        try:
            found = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            continue  # not there, or not to be read
        if not isinstance(found, dict) or found.get("format") != _FORMAT:
            continue
        if path != beside and found.get("data_dir") != _folder_name(data_dir):
            continue
        kept.append((path, found))
    return kept


def _folder_name(data_dir: Path) -> str:
    return str(Path(data_dir).resolve())
