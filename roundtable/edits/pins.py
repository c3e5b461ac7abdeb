"""The organiser's marks on items: headline pins for the synthesis, standing items a series
carries to its next session, and an item that builds on an earlier one.

All are around the captured record rather than part of it, so, like the follow-up, they
stay editable in a completed session."""

from __future__ import annotations

from typing import TYPE_CHECKING

from roundtable.domain.model import ItemKind
from roundtable.edits.changes import Changes
from roundtable.edits.items import UpdateItem
from roundtable.errors import InvalidValue

if TYPE_CHECKING:
    from roundtable.storage import SessionStore

# What a synthesis headlines: the ideas, and the barriers (with their openings) behind them.
PINNABLE_KINDS = frozenset({ItemKind.IDEA, ItemKind.BARRIER, ItemKind.OPPORTUNITY})


class SetPinned(UpdateItem):
    """Pin (or unpin) an idea or barrier as a headline of the synthesis."""

    def __init__(self, item_id: int, pinned: bool, text: str = "") -> None:
        super().__init__(item_id, {"pinned": bool(pinned)}, text)

    def _apply(self, store: SessionStore) -> Changes:
        if self._before is None and store.get_item(self.item_id).kind not in PINNABLE_KINDS:
            raise InvalidValue("Only ideas, barriers and opportunities can be pinned.")
        return super()._apply(store)


class SetStanding(UpdateItem):
    """Make an item a standing item of its series (copied into the next session), or not."""

    def __init__(self, item_id: int, standing: bool, text: str = "") -> None:
        super().__init__(item_id, {"standing": bool(standing)}, text)


class SetBuildsOn(UpdateItem):
    """Link an item to the earlier item (its uid) it takes further; "" removes the link."""

    def __init__(self, item_id: int, earlier_uid: str, text: str = "") -> None:
        super().__init__(item_id, {"builds_on": earlier_uid.strip()}, text)

    def _apply(self, store: SessionStore) -> Changes:
        if self._before is None:
            uid = self.values["builds_on"]
            if uid and uid == store.get_item(self.item_id).uid:
                raise InvalidValue("An item cannot build on itself.")
            if uid and store.find_item_by_uid(uid) is None:
                raise InvalidValue("The earlier item is not in this library.")
        return super()._apply(store)
