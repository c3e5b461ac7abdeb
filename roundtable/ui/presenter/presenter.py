"""The presenter screen: what the room sees on the projector.

It follows the facilitator live and has no controls of its own. It speaks the session's
language (the room's, not the laptop's), and under the Chatham House Rule it never shows a
participant's name or organisation: attributions become sectors and names in the captured
text are replaced, as in the minutes.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QFontDatabase, QKeySequence, QShortcut
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from roundtable.audience import Audience, Words, words_for
from roundtable.domain import progress
from roundtable.domain.figures import idea_caption, ranked_ideas
from roundtable.domain.model import Item, ItemKind, Phase, SessionStatus
from roundtable.domain.prompts import prompts_for
from roundtable.domain.rules import PHASE_ORDER
from roundtable.edits import Aspect
from roundtable.errors import RoundtableError
from roundtable.ui.session_view import SessionView
from roundtable.ui.shell import shortcuts
from roundtable.ui.workspace import Workspace

LATEST = 6  # captured items shown at once: what fits in large type
TOP_IDEAS = 8


class PresenterWindow(SessionView, QWidget):
    closed = Signal()

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.workspace = workspace
        self.setObjectName("presenter")
        self.setWindowTitle(self.tr("Roundtable — presenter screen"))
        # The facilitator keeps typing in the main window while this one appears.
        self.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)

        self.title = QLabel(objectName="presenterTitle", wordWrap=True)
        self.timer = QLabel(objectName="presenterTimer")
        self.phase = QLabel(objectName="presenterPhase", wordWrap=True)
        self.prompt = QLabel(objectName="presenterPrompt", wordWrap=True)
        self.body = QLabel(objectName="presenterBody", wordWrap=True)
        self.body.setTextFormat(Qt.TextFormat.RichText)
        self.body.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        top = QHBoxLayout()
        top.addWidget(self.title, 1)
        top.addWidget(self.timer, 0, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(48, 32, 48, 32)
        layout.addLayout(top)
        layout.addWidget(self.phase)
        layout.addWidget(self.prompt)
        layout.addSpacing(12)
        layout.addWidget(self.body, 1)
        for keys in (*shortcuts.PRESENTER.sequences(), QKeySequence("Esc")):
            QShortcut(keys, self, self.close)

        self.follow(workspace, Aspect.SESSION, Aspect.ITEMS, Aspect.PARTICIPANTS)
        self.resize(1024, 640)

    # -- following --------------------------------------------------------------------

    def show_timer(self, text: str, state: str) -> None:
        """Mirror the facilitator's phase timer, pauses included."""
        self.timer.setText(text)
        if self.timer.property("state") != state:
            self.timer.setProperty("state", state)
            self.timer.style().unpolish(self.timer)
            self.timer.style().polish(self.timer)
            self._scale_fonts()  # polishing brought back the style sheet's font

    def reload(self) -> None:
        try:
            session = None if self.session_id is None else self.workspace.session(self.session_id)
        except RoundtableError:
            session = None  # deleted: the main window moves on
        if session is None:
            self.title.setText("Roundtable")
            for label in (self.phase, self.prompt, self.body, self.timer):
                label.clear()
            self.timer.hide()
            return
        words = words_for(session.language)
        plans = self.workspace.phases(self.session_id)
        shown: Phase | None = progress.current_phase(plans)
        if session.status is SessionStatus.COMPLETED:
            shown = None
        people = self.workspace.participants(self.session_id)
        audience = Audience(session, people, session.chatham_house)
        self.title.setText(audience.guarded(audience.title()))
        self.timer.setVisible(shown is not None)
        if shown is None:
            self.phase.setText(words.phases[Phase.IDEAS])
            self.prompt.setText("")
            ideas = ranked_ideas(self.workspace.items(self.session_id, Phase.IDEAS))
            self.body.setText(audience.guarded(self._ranked(ideas, audience)))
            return
        number = PHASE_ORDER.index(shown) + 1
        self.phase.setText(f"{number} · {words.phases[shown]}")
        self.prompt.setText("  ·  ".join(prompts_for(shown, session.language)))
        items = self.workspace.items(self.session_id, shown)
        if shown is Phase.IDEAS:
            self.body.setText(audience.guarded(self._ranked(ranked_ideas(items), audience)))
        else:
            latest = sorted(items, key=lambda item: item.id)[-LATEST:]
            self.body.setText(audience.guarded(self._latest(latest, audience)))

    # -- what is shown ----------------------------------------------------------------

    def _latest(self, items: list[Item], audience: Audience) -> str:
        if not items:
            return ""
        words: Words = audience.words
        rows = []
        for n, item in enumerate(items):
            text = escape(audience.text(item.text))
            if item.kind is ItemKind.QUOTE:
                text = f"{words.quote_marks[0]}{text}{words.quote_marks[1]}"
            tag = words.kinds.get(str(item.kind))
            if tag:
                text = f"<span style='color:#555'>{escape(tag)}:</span> {text}"
            who = audience.attribution(item.by_id, organisation=False)
            if who:
                text += f" <i style='color:#555'>— {escape(who)}</i>"
            newest = n == len(items) - 1
            # The newest stands out: it is what the room is looking for.
            weight = "font-weight:600;" if newest else "color:#444;"
            rows.append(f"<p style='margin-bottom:0.6em;{weight}'>{text}</p>")
        return "".join(rows)

    def _ranked(self, ideas: list[Item], audience: Audience) -> str:
        if not ideas:
            return ""
        words = audience.words
        shown = list(enumerate(ideas, start=1))[:TOP_IDEAS]
        newest = max(ideas, key=lambda idea: idea.id)
        if newest not in ideas[:TOP_IDEAS]:
            # The one just captured always shows, so the room sees the capture land.
            shown[-1] = (ideas.index(newest) + 1, newest)
        rows = []
        for place, idea in shown:
            # Names go before the title is cut short: a cut name is no longer recognised.
            title = escape(idea_caption(audience.item(idea)) or words.untitled_idea)
            votes = escape(words.votes(idea.votes or 0))
            rows.append(
                f"<tr><td width='5%'>{place}.</td><td width='75%'>{title}</td>"
                f"<td width='20%' align='right'><b>{votes}</b></td></tr>"
            )
        return "<table width='100%' cellspacing='6'>" + "".join(rows) + "</table>"

    # -- readable from the back of the room -------------------------------------------

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._scale_fonts()

    def _scale_fonts(self) -> None:
        unit = max(12, min(self.height() / 24, self.width() / 36))
        for label, scale, bold in (
            (self.title, 1.3, True),
            (self.timer, 1.6, True),
            (self.phase, 1.1, True),
            (self.prompt, 0.8, False),
            (self.body, 1.0, False),
        ):
            font = QFont(label.font())
            if label is self.timer:
                font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
            font.setPixelSize(int(unit * scale))
            font.setBold(bold)
            label.setFont(font)

    def closeEvent(self, event) -> None:
        self.closed.emit()
        super().closeEvent(event)
