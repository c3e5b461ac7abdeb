"""Items that build on earlier ones: the link read both ways, for the item details, the
overview and the minutes ("Builds on: <title> (<session>)")."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from roundtable.domain.model import Item, SessionBundle

if TYPE_CHECKING:
    from roundtable.storage import SessionStore


@dataclass(frozen=True)
class Linked:
    """One end of a link: the item as a person recognises it."""

    item_id: int | None
    uid: str
    said: str  # the title, else the text
    session_title: str


def _linked(item: Item, session_title: str) -> Linked:
    return Linked(item.id, item.uid, item.title or item.text, session_title)


def builds_on(store: SessionStore, item: Item) -> Linked | None:
    """The earlier item `item` builds on, if it is in this library."""
    earlier = store.find_item_by_uid(item.builds_on) if item.builds_on else None
    if earlier is None or earlier.session_id is None:
        return None
    return _linked(earlier, store.get_session(earlier.session_id).title)


def built_on_by(store: SessionStore, item: Item) -> list[Linked]:
    """The later items that build on `item`."""
    later = store.items_building_on(item.uid) if item.uid else []
    titles = {i.session_id: store.get_session(i.session_id).title for i in later if i.session_id}
    return [_linked(i, titles.get(i.session_id, "")) for i in later]


def earlier_of(store: SessionStore, items: Iterable[Item]) -> dict[str, Linked]:
    """For the minutes: each earlier item the given items build on, by its uid."""
    found = {}
    for item in items:
        if item.builds_on in found or not item.builds_on:
            continue
        if (earlier := builds_on(store, item)) is not None:
            found[item.builds_on] = earlier
    return found


def earlier_in(bundles: Iterable[SessionBundle]) -> dict[str, Linked]:
    """For the overview: every item of the selection by its uid, to name what one builds on
    without another read."""
    return {i.uid: _linked(i, b.session.title) for b in bundles for i in b.items if i.uid}
