"""Checking a database for damage, and rebuilding what can be rebuilt (the search indexes).

FTS5's integrity-check is an INSERT: it needs a writable connection and the write lock. The
full check therefore runs on a private copy made with the backup API, which reads the
database without changing it and without waiting for another writer.
"""

from __future__ import annotations

import sqlite3

from roundtable.storage.schema import SEARCHED

SEARCH_INDEXES = tuple(f"{table}_fts" for table in SEARCHED)


def _rows(conn: sqlite3.Connection, sql: str) -> list[str]:
    return [str(r[0]) for r in conn.execute(sql) if r[0] != "ok"]


def _foreign_key_problems(conn: sqlite3.Connection) -> list[str]:
    return [
        f"{table} row {rowid} refers to a missing {parent}"
        for table, rowid, parent, _ in conn.execute("PRAGMA foreign_key_check")
    ]


def search_index_problems(conn: sqlite3.Connection) -> list[str]:
    """FTS5's own check of each search index against its table; needs a writable connection."""
    tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    problems = []
    for fts in SEARCH_INDEXES:
        if fts not in tables:
            continue
        try:
            conn.execute(f"INSERT INTO {fts} ({fts}, rank) VALUES ('integrity-check', 1)")
        except sqlite3.DatabaseError as exc:
            problems.append(f"search index {fts}: {exc}")
    return problems


def quick_problems(conn: sqlite3.Connection) -> list[str]:
    """SQLite's quick_check and the references between rows: [] when they find nothing."""
    return _rows(conn, "PRAGMA quick_check") + _foreign_key_problems(conn)


def copy_problems(conn: sqlite3.Connection) -> list[str]:
    """The checks a backup's copy must pass before it is kept: quick_check and the indexes.

    `conn` must be writable (the copy's own connection); nothing is changed.
    """
    problems = _rows(conn, "PRAGMA quick_check")
    return problems or search_index_problems(conn)


def full_problems(conn: sqlite3.Connection) -> list[str]:
    """integrity_check, the references and every search index, checked on a copy in memory.

    Reading `conn` is all that happens to the database: no lock is taken for writing.
    """
    copy = sqlite3.connect(":memory:")
    try:
        conn.backup(copy)
        problems = _rows(copy, "PRAGMA integrity_check") + _foreign_key_problems(copy)
        return problems + search_index_problems(copy)
    finally:
        copy.close()


def rebuild_search_indexes(conn: sqlite3.Connection) -> None:
    """Rebuild each search index from its table; the caller holds the transaction."""
    for fts in SEARCH_INDEXES:
        conn.execute(f"INSERT INTO {fts} ({fts}) VALUES ('rebuild')")
