"""Ideas and barriers from earlier sessions that resemble one being typed: so the table builds
on what was tried ("tried in Sydvig 2023, dropped") instead of hunting the "new new".

The index is built once per session shown, from one query, and is cheap to ask; the window
builds it off the UI thread and asks it only after the typing pauses."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING

from roundtable.insights.similarity import ConceptIndex, Statement

if TYPE_CHECKING:
    from roundtable.storage import SessionStore

LOOKED_UP = ("idea", "barrier")


@dataclass(frozen=True)
class Earlier:
    item_id: int
    kind: str
    title: str
    text: str
    status: str  # an idea's status, "" for a barrier
    session_title: str
    held: datetime | None
    similarity: float = 0.0
    uid: str = ""  # what a new item that builds on this one links to


def earlier_items(store: SessionStore, session_id: int | None) -> list[Earlier]:
    """The ideas and barriers of every other session, in one query."""
    found = store.conn.execute(
        "SELECT i.id, i.kind, i.title, i.text, COALESCE(i.status, ''), s.title, s.starts_at, "
        "COALESCE(i.uid, '') "
        "FROM items i JOIN sessions s ON s.id = i.session_id "
        "WHERE i.kind IN ('idea', 'barrier') AND i.session_id IS NOT ?",
        [session_id],
    ).fetchall()
    out = []
    for item_id, kind, title, text, status, session_title, starts, uid in found:
        held = datetime.fromisoformat(starts) if starts else None
        out.append(Earlier(item_id, kind, title, text, status, session_title, held, uid=uid))
    return out


class HadBefore:
    """Ask `like(text)` for the earlier items most like `text`, best first."""

    def __init__(self, earlier: list[Earlier], cancelled: Callable[[], bool] | None = None) -> None:
        self.earlier = earlier
        statements = [
            Statement(str(e.item_id), e.session_title, f"{e.title} {e.text}") for e in earlier
        ]
        self.index = ConceptIndex(statements, cancelled)

    def like(self, text: str, limit: int = 3, threshold: float = 0.35) -> list[Earlier]:
        found = self.index.nearest(text, limit=limit, threshold=threshold)
        return [_with(self.earlier[n], score) for n, score in found]


def _with(earlier: Earlier, similarity: float) -> Earlier:
    return Earlier(**{**earlier.__dict__, "similarity": similarity})
