"""Full-text search over sessions, participants and items."""

from __future__ import annotations

import re
import sqlite3
from dataclasses import dataclass, field

from roundtable.domain.model import ItemKind, Phase, SessionSummary
from roundtable.storage.summary_rows import NEWEST_FIRST, SUMMARY_SELECT, summary_value


@dataclass
class ItemHit:
    item_id: int
    session_id: int
    session_title: str
    phase: Phase
    kind: ItemKind
    title: str
    snippet: str


@dataclass
class SearchResults:
    sessions: list[SessionSummary] = field(default_factory=list)
    items: list[ItemHit] = field(default_factory=list)


_CONTROL = re.compile(r"[\x00-\x1f\x7f]")


def fts_query(text: str) -> str | None:
    """User text as an FTS5 query that cannot fail: every word a quoted prefix, all required."""
    # FTS5's parser stops at a NUL, and SQLite cannot take a lone surrogate; neither can be
    # part of an indexed word anyway.
    text = text.encode("utf-8", "ignore").decode("utf-8")
    words = _CONTROL.sub(" ", text).split()
    if not words:
        return None
    return " ".join('"' + word.replace('"', '""') + '"*' for word in words)


_SESSION_IDS = """
SELECT rowid FROM sessions_fts WHERE sessions_fts MATCH :q
UNION
SELECT p.session_id FROM participants_fts f JOIN participants p ON p.id = f.rowid
WHERE participants_fts MATCH :q
"""

_ITEMS = """
SELECT i.id, i.session_id, s.title, i.phase, i.kind, i.title,
       snippet(items_fts, 1, '[', ']', '…', 12)
FROM items_fts
JOIN items i ON i.id = items_fts.rowid
JOIN sessions s ON s.id = i.session_id
WHERE items_fts MATCH :q
ORDER BY items_fts.rowid DESC
LIMIT :limit
"""


def search(conn: sqlite3.Connection, text: str, limit: int = 50) -> SearchResults:
    """Matching sessions newest first, and the most recently captured matching items.

    Items are not ranked by relevance: bm25 scores every match before it can return the
    first, which costs ~250 ms for a one-letter query over 200,000 items; newest-first
    reads only as many matches as it returns.
    """
    query = fts_query(text)
    if query is None:
        return SearchResults()
    params = {"q": query, "limit": limit}
    sessions = conn.execute(
        f"{SUMMARY_SELECT} WHERE s.id IN ({_SESSION_IDS}) {NEWEST_FIRST} LIMIT :limit", params
    ).fetchall()
    items = conn.execute(_ITEMS, params).fetchall()
    return SearchResults(
        sessions=[summary_value(r) for r in sessions],
        items=[
            ItemHit(id_, sid, stitle, Phase(phase), ItemKind(kind), title, snippet)
            for id_, sid, stitle, phase, kind, title, snippet in items
        ],
    )
