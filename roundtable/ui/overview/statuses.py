"""The follow-up statuses of ideas and actions as the user reads them."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from roundtable.domain import rules
from roundtable.domain.model import ActionStatus, IdeaStatus, ItemKind
from roundtable.ui import labels


def status_text(status: IdeaStatus | ActionStatus | str | None) -> str:
    if status is None or status == "":
        return ""
    if status == ActionStatus.OPEN:
        return QCoreApplication.translate("Labels", "Open")
    return labels.idea_status_name(IdeaStatus(status))


def statuses_of(kind: ItemKind) -> list[IdeaStatus | ActionStatus]:
    """The statuses an idea or an action can take, in their order of progress."""
    return list(rules.statuses_of(kind))
