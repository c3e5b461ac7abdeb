"""In the item details: what the item builds on, and which later items build on it.

Read when an item is shown: two look-ups by indexed uid, well under a millisecond."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLabel, QWidget

from roundtable.domain.model import Item
from roundtable.edits import SetBuildsOn
from roundtable.errors import RoundtableError
from roundtable.insights.builds_on import Linked, builds_on, built_on_by
from roundtable.ui.workspace import Workspace

_UNLINK = "unlink"


class BuildsOnLabel(QLabel):
    message = Signal(str)

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.item: Item | None = None
        self.setWordWrap(True)
        self.setObjectName("buildsOn")
        self.setAccessibleName(self.tr("Builds on"))
        self.linkActivated.connect(self._unlink)
        self.hide()

    def show_item(self, item: Item | None) -> None:
        self.item = item
        earlier = builds_on(self.workspace.store, item) if item is not None else None
        later = built_on_by(self.workspace.store, item) if item is not None else []
        lines = []
        if earlier is not None:
            unlink = self.tr("Remove link")
            lines.append(
                self.tr("Builds on: %1").replace("%1", escape(_named(earlier)))
                + f' <a href="{_UNLINK}">{escape(unlink)}</a>'
            )
        elif item is not None and item.builds_on:
            lines.append(escape(self.tr("Builds on an item that is not in this library")))
        if later:
            named = "; ".join(escape(_named(i)) for i in later)
            lines.append(self.tr("Built on by: %1").replace("%1", named))
        self.setText("<br>".join(lines))
        self.setVisible(bool(lines))

    def _unlink(self, _href: str) -> None:
        if self.item is None or self.item.id is None:
            return
        try:
            self.workspace.do(SetBuildsOn(self.item.id, "", self.tr("Remove builds-on link")))
        except RoundtableError as exc:
            self.message.emit(str(exc))


def _named(linked: Linked) -> str:
    return f"{linked.said} ({linked.session_title})" if linked.session_title else linked.said
