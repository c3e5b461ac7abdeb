"""Shared test set-up. Qt runs offscreen so a plain `pytest` needs no display."""

from __future__ import annotations

import copy
import json
import os
from pathlib import Path
from typing import Any

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ROOT = Path(__file__).resolve().parent.parent
# The shared examples sit beside the repository; a copy inside tests/data keeps a lone
# clone testable.
_SHARED = ROOT.parent / "shared" / "examples" / "green-machines.roundtable.json"
_LOCAL = ROOT / "tests" / "data" / "green-machines.roundtable.json"
EXAMPLE = _SHARED if _SHARED.exists() else _LOCAL


@pytest.fixture
def example_path() -> Path:
    return EXAMPLE


@pytest.fixture
def example_doc() -> dict[str, Any]:
    return copy.deepcopy(json.loads(EXAMPLE.read_text(encoding="utf-8")))


@pytest.fixture
def crowded_doc(example_doc) -> dict[str, Any]:
    """The example with a second participant from another sector: every sector at its table
    has two or more, so the Chatham House Rule attributes statements to sectors (in the
    example itself "another sector" is one person, and nothing names a sector)."""
    example_doc["session"]["participants"].append(
        {"id": "p6", "name": "Jens Holm", "organisation": "Vestegnens Erhvervsråd",
         "sector": "other", "role": "Konsulent"}
    )  # fmt: skip
    return example_doc


@pytest.fixture
def store():
    from roundtable.storage import SessionStore

    s = SessionStore.in_memory()
    yield s
    s.close()


@pytest.fixture
def disk_store(tmp_path: Path):
    from roundtable.storage import SessionStore

    s = SessionStore.open(tmp_path / "data")
    yield s
    s.close()
