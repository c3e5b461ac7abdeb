"""The end of the meeting: the summary box, a recap to read aloud (the top ideas, the actions
with owners and due dates, the barriers no idea answers) and the exports; and the note a
completed session shows where the capture line was, with *Reopen session*."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from roundtable.domain.figures import (
    LONG_CAPTION_WORDS,
    idea_caption,
    ranked_ideas,
    shared_places,
    unanswered_barriers,
)
from roundtable.domain.model import ItemKind
from roundtable.ui.date_field import show_date
from roundtable.ui.workspace import Workspace

TOP_IDEAS = 5


class FinishPage(QWidget):
    export_minutes_requested = Signal()
    export_session_requested = Signal()

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.summary = QPlainTextEdit()
        self.summary.setAccessibleName(self.tr("The facilitator's summary"))
        self.summary.setPlaceholderText(self.tr("What the table found, agreed and will do next…"))
        self.recap = QLabel(objectName="recap", wordWrap=True)
        self.recap.setAccessibleName(self.tr("Recap"))
        self.note = QLabel(wordWrap=True)
        self.minutes_button = QPushButton(self.tr("Export the minutes…"))
        self.minutes_button.clicked.connect(self.export_minutes_requested)
        self.session_file_button = QPushButton(self.tr("Export the session file…"))
        self.session_file_button.clicked.connect(self.export_session_requested)

        columns = QHBoxLayout()
        left = QVBoxLayout()
        left.addWidget(QLabel(self.tr("Summary"), objectName="sectionTitle"))
        left.addWidget(self.summary, 1)
        columns.addLayout(left, 3)
        right = QVBoxLayout()
        right.addWidget(QLabel(self.tr("Recap"), objectName="sectionTitle"))
        right.addWidget(self.recap)
        right.addStretch(1)
        columns.addLayout(right, 2)
        buttons = QHBoxLayout()
        buttons.addWidget(self.note, 1)
        buttons.addWidget(self.session_file_button)
        buttons.addWidget(self.minutes_button)
        layout = QVBoxLayout(self)
        layout.addLayout(columns, 1)
        layout.addLayout(buttons)

    def show_recap(self, session_id: int) -> None:
        items = self.workspace.items(session_id)
        names = {p.id: p.name for p in self.workspace.participants(session_id)}
        ranked = ranked_ideas(items)[:TOP_IDEAS]
        ideas = [
            (f"{place}. " if place else "")
            + f"{escape(idea_caption(idea, LONG_CAPTION_WORDS))} "
            + self.tr("(%n vote(s))", "", idea.votes or 0)
            for place, idea in zip(shared_places(ranked), ranked, strict=True)
        ]
        actions = []
        for action in (i for i in items if i.kind is ItemKind.ACTION):
            owner = names.get(action.owner_id) if action.owner_id is not None else None
            owner = owner or action.owner_text  # someone who is not a participant
            parts = [escape(action.text)]
            parts.append(escape(owner) if owner else self.tr("no owner yet"))
            parts.append(
                self.tr("due %s") % show_date(action.due) if action.due else self.tr("no date")
            )
            actions.append(" — ".join(parts))
        barriers = [escape(b.text) for b in unanswered_barriers(items)]
        html = "".join(
            _section(heading, lines, empty)
            for heading, lines, empty in (
                (self.tr("Top ideas"), ideas, self.tr("No ideas captured.")),
                (self.tr("Actions"), actions, self.tr("No actions captured.")),
                (
                    self.tr("Barriers that no idea answers"),
                    barriers,
                    self.tr("Every barrier has an idea that answers it."),
                ),
            )
        )
        self.recap.setText(html)


def _section(heading: str, lines: list[str], empty: str) -> str:
    body = "".join(f"<li>{line}</li>" for line in lines) if lines else f"<p>{empty}</p>"
    return f"<h3>{escape(heading)}</h3>" + (f"<ul>{body}</ul>" if lines else body)


class CompletedNote(QWidget):
    """Shown instead of the capture line in a completed session: why nothing is captured,
    and the way back."""

    reopen_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.reason = QLabel(
            self.tr(
                "The session is completed: what was recorded is kept as it is. "
                "Reopen it to capture or change more."
            ),
            wordWrap=True,
            objectName="completedNote",
        )
        self.reopen_button = QPushButton(self.tr("&Reopen session"))
        self.reopen_button.clicked.connect(self.reopen_requested)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.reason, 1)
        row.addWidget(self.reopen_button)
