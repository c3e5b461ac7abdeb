"""Local SQLite storage: the one store API, its schema, backups and search."""

from roundtable.storage.database import DamagedDatabase, DatabaseRefused, NewerDatabase
from roundtable.storage.search import ItemHit, SearchResults
from roundtable.storage.store import SessionStore

__all__ = [
    "DamagedDatabase",
    "DatabaseRefused",
    "ItemHit",
    "NewerDatabase",
    "SearchResults",
    "SessionStore",
]
