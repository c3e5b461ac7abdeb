"""What the run page does to an item: capture the line as one (starting the phase if it has
not started), delete one, vote for an idea. Each says why when the store refuses.

The texts keep the context "RunPage", where they were translated before they moved here
(written out in each call, so that lupdate finds them).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from roundtable.domain import progress, rules
from roundtable.domain.model import Item, ItemKind, SessionStatus
from roundtable.domain.people import find_participant
from roundtable.errors import RoundtableError
from roundtable.ui import labels

if TYPE_CHECKING:
    from roundtable.ui.run.run_page import RunPage


def capture(page: RunPage, text: str, kind: ItemKind, who: str, category: str) -> Item | None:
    """Store the line as an item of the page's phase; None (after saying why) if it cannot."""
    session_id, phase, workspace = page.session_id, page.phase, page.workspace
    if session_id is None or phase is None:
        return None
    speaker = find_participant(who, workspace.participants(session_id))
    item = Item(
        phase=phase,
        kind=kind,
        text=text,
        by_id=None if speaker is None else speaker.id,
        category=labels.category_key(category),
        builds_on=page.had_before.linked_uid(),
    )
    if kind in rules.OWNER_KINDS:  # who proposes an idea or has the floor takes it on
        item.owner_id = item.by_id
    status = workspace.session(session_id).status
    try:
        if progress.capture_starts(workspace.phases(session_id), phase, status):
            started = QCoreApplication.translate("RunPage", "Start %s")
            workspace.move_to_phase(session_id, phase, started % labels.phase_name(phase))
        captured = QCoreApplication.translate("RunPage", "Capture %s")
        added = workspace.add_item(session_id, item, captured % labels.kind_name(kind).lower())
    except RoundtableError as exc:
        page.message.emit(str(exc))  # the typed text stays in the line
        return None
    unmatched = bool(who.strip()) and speaker is None
    page.capture.clear_after_capture(keep_who=unmatched)
    if unmatched:
        said = QCoreApplication.translate(
            "RunPage", "No single participant matches “%s”: saved without a speaker."
        ) % (who.strip())
        page.capture.say_about_who(said)
        page.message.emit(said)
    page.list.select_item(added.id)
    shown = page.views.currentWidget()
    in_sight = kind is ItemKind.IDEA and shown in (page.ranking, page.matrix)
    if page.views.currentIndex() != 0 and not in_sight and not unmatched:
        # The ranking, the matrix or what the earlier meetings left open is shown: the item
        # went where it cannot be seen, and Enter alone would seem to have done nothing.
        said = QCoreApplication.translate("RunPage", "%s captured: it is under Items (Alt+1).")
        page.message.emit(said % labels.kind_name(kind))
    return added


def delete(page: RunPage, item_id: int) -> None:
    if _refused_when_completed(page):
        return
    kind = labels.kind_name(page.workspace.item(item_id).kind)
    deleted = QCoreApplication.translate("RunPage", "Delete %s")
    page.workspace.delete_item(item_id, deleted % kind.lower())
    page.message.emit(QCoreApplication.translate("RunPage", "Deleted. Ctrl+Z brings it back."))


def vote(page: RunPage, item_id: int, step: int) -> None:
    """One vote more (`step` 1) or fewer (-1) for an idea; never below none."""
    if _refused_when_completed(page):
        return
    item = page.workspace.item(item_id)
    if item.kind is not ItemKind.IDEA:
        return
    votes = max(0, (item.votes or 0) + step)
    page.workspace.update_item(item_id, QCoreApplication.translate("RunPage", "Vote"), votes=votes)


def _refused_when_completed(page: RunPage) -> bool:
    if page.session_id is None:
        return True
    if page.workspace.session(page.session_id).status is SessionStatus.COMPLETED:
        page.message.emit(page.completed_note.reason.text())
        return True
    return False
