"""Local SQLite storage: the one store API, its schema, backups and search."""

from roundtable.storage.database import DamagedDatabase, DatabaseRefused, NewerDatabase
from roundtable.storage.search import ItemHit, SearchResults
from roundtable.storage.store import SessionStore
from roundtable.storage.store_bundles import ItemRef

__all__ = [
    "DamagedDatabase",
    "DatabaseRefused",
    "ItemHit",
    "ItemRef",
    "NewerDatabase",
    "SearchResults",
    "SessionStore",
]
