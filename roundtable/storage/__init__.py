"""Local SQLite storage: the one store API, its schema, backups and search.

The names below are imported on first use (PEP 562): a start reads the library's list with
`storage.early_read` and paints it before the store and its modules are loaded.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from roundtable.storage.database import DamagedDatabase, DatabaseRefused, NewerDatabase
    from roundtable.storage.search import ItemHit, SearchResults
    from roundtable.storage.store import SessionStore
    from roundtable.storage.store_bundles import ItemRef

_WHERE = {
    "DamagedDatabase": "roundtable.storage.database",
    "DatabaseRefused": "roundtable.storage.database",
    "NewerDatabase": "roundtable.storage.database",
    "ItemHit": "roundtable.storage.search",
    "SearchResults": "roundtable.storage.search",
    "SessionStore": "roundtable.storage.store",
    "ItemRef": "roundtable.storage.store_bundles",
}

__all__ = [
    "DamagedDatabase",
    "DatabaseRefused",
    "ItemHit",
    "ItemRef",
    "NewerDatabase",
    "SearchResults",
    "SessionStore",
]


def __getattr__(name: str) -> Any:
    try:
        module = _WHERE[name]
    except KeyError:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}") from None
    value = getattr(importlib.import_module(module), name)
    globals()[name] = value  # once
    return value
