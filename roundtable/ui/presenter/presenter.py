"""The presenter screen: what the room sees on the projector.

It follows the facilitator live and has no controls of its own. It speaks the session's
language (the room's, not the laptop's), and under the Chatham House Rule it never shows a
participant's name or organisation: attributions become sectors and names in the captured
text are replaced, as in the minutes.
"""

from __future__ import annotations

from collections.abc import Callable
from html import escape

from PySide6.QtCore import QEvent, QRect, Qt, QTimer, Signal
from PySide6.QtGui import (
    QFont,
    QFontDatabase,
    QGuiApplication,
    QKeySequence,
    QShortcut,
    QTextDocument,
    QWindow,
)
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSizePolicy, QVBoxLayout, QWidget

from roundtable.audience import Audience, Words, words_for
from roundtable.domain import progress
from roundtable.domain.figures import idea_name, ranked_ideas, shared_places
from roundtable.domain.model import Item, ItemKind, Phase, SessionStatus
from roundtable.domain.prompts import prompts_for
from roundtable.domain.rules import PHASE_ORDER
from roundtable.domain.speakers import current_turn
from roundtable.edits import Aspect
from roundtable.errors import RoundtableError
from roundtable.ui.presenter.ranking_table import ranking_table
from roundtable.ui.session_view import SessionView
from roundtable.ui.shell import shortcuts
from roundtable.ui.workspace import Workspace

LATEST = 6  # at most this many captured items at once, fewer when they do not fit
TOP_IDEAS = 8
NEXT_SHOWN = 3  # names in the speaker queue line; more would not be read from afar
# What is drawn is limited, not what is stored: laying out a 1 MB name or text took 45 s and
# gigabytes. Far more than a projector shows at a readable size; cut after names are hidden.
DRAWN_TEXT = 600
DRAWN_NAME = 80
DRAWN_TITLE = 300


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
        # Nor does a click on it take the keys: on one screen it covers most of the main
        # window, and what was typed after a stray click went nowhere (changeEvent).
        self.setWindowFlag(Qt.WindowType.WindowDoesNotAcceptFocus, True)
        self._alone = False  # on the facilitator's only screen, in front (place_on)
        QGuiApplication.instance().focusWindowChanged.connect(self._make_way_for_dialogs)

        self.title = QLabel(objectName="presenterTitle", wordWrap=True)
        self.timer = QLabel(objectName="presenterTimer")
        self.phase = QLabel(objectName="presenterPhase", wordWrap=True)
        self.prompt = QLabel(objectName="presenterPrompt", wordWrap=True)
        self.body = QLabel(objectName="presenterBody", wordWrap=True)
        self.body.setTextFormat(Qt.TextFormat.RichText)
        self.body.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        # The body takes the height that is left; what it shows is fitted to that height.
        self.body.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Ignored)
        self.next_line = QLabel(objectName="presenterQueue", wordWrap=True)
        self.queue_shown = True
        # Which participants wait, in the order they get the word (the facilitator's view
        # of the queue, balance included); by default the hands as raised.
        self.queue_order: Callable[[], list[int]] | None = None
        # What the body shows: its first rows, laid out in a font and a width.
        self._render: Callable[[int, QFont, int], str] = lambda *_: ""
        self._rows = 0
        self._body_size = 16  # pixels; set from the window's size once it has one
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
        layout.addWidget(self.next_line)
        for keys in (*shortcuts.PRESENTER.sequences(), QKeySequence("Esc")):
            QShortcut(keys, self, self.close)

        self.follow(
            workspace, Aspect.SESSION, Aspect.ITEMS, Aspect.PARTICIPANTS, Aspect.QUEUE, Aspect.TURNS
        )

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        main = self.parentWidget()
        if event.type() == QEvent.Type.ActivationChange and self.isActiveWindow() and main:
            # Where the window system activates it anyway: straight back to the main window,
            # whose focus (the capture line) is kept, or to the dialog it has open.
            QTimer.singleShot(0, self._hand_back_the_keys)

    def _hand_back_the_keys(self) -> None:
        main = self.parentWidget()
        dialog = QGuiApplication.modalWindow()
        if dialog is not None:
            dialog.requestActivate()
        elif main is not None:
            main.activateWindow()

    def _make_way_for_dialogs(self, focus: QWindow | None) -> None:
        """In front on one screen, the presenter hid the main window's dialogs (Finish the
        session, Export, a question) while they held the keys. A dialog that blocks the
        window comes in front of the presenter, which the room goes on seeing; another
        window of the app (not blocking) has the presenter step back while it has the
        focus, until the main window has it again."""
        handle = self.windowHandle()
        main = self.parentWidget()
        if not self._alone or handle is None or not self.isVisible() or focus is None:
            return
        if focus is handle or focus.type() in (Qt.WindowType.Popup, Qt.WindowType.ToolTip):
            return
        on_top = Qt.WindowType.WindowStaysOnTopHint
        if focus.modality() != Qt.WindowModality.NonModal:
            # Flags on the windows, not the widgets: a widget's setWindowFlag hides it.
            focus.setFlag(on_top, True)
            focus.raise_()
            return
        in_front = main is not None and focus is main.windowHandle()
        if bool(handle.flags() & on_top) != in_front:
            handle.setFlag(on_top, in_front)
        if not in_front:
            focus.raise_()

    def place_on(self, area: QRect, *, alone: bool) -> None:
        """Fill `area` (a projector's screen); or, `alone` on the facilitator's only screen,
        take most of it and stay in front of the main window, where the typing goes on."""
        self._alone = alone
        self.setWindowFlag(Qt.WindowType.WindowStaysOnTopHint, alone)
        if self.windowHandle() is not None:  # shown before, maybe stepped back for a dialog
            self.windowHandle().setFlag(Qt.WindowType.WindowStaysOnTopHint, alone)
        if alone:
            # The upper right: the capture line at the bottom of the main window stays in view.
            width, height = area.width() * 3 // 4, area.height() * 3 // 4
            self.resize(width, height)
            self.move(area.right() - width - 16, area.top())  # move() places the frame
        else:
            self.setGeometry(area)

    def set_queue_shown(self, shown: bool) -> None:
        """Show or hide the 'Next: …' line of the speaker queue."""
        self.queue_shown = shown
        self.reload()

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
            for label in (self.phase, self.prompt, self.body, self.timer, self.next_line):
                label.clear()
            self.timer.hide()
            self._show_fitted(lambda *_: "", 0)
            return
        words = words_for(session.language)
        plans = self.workspace.phases(self.session_id)
        shown: Phase | None = progress.current_phase(plans)
        if session.status is SessionStatus.COMPLETED:
            shown = None
        people = self.workspace.participants(self.session_id)
        audience = Audience(session, people, session.chatham_house)
        self.title.setText(audience.guarded(_clip(audience.title(), DRAWN_TITLE)))
        self.timer.setVisible(shown is not None)
        self._show_queue(audience, shown is not None)
        if shown is None:
            self.phase.setText(words.phases[Phase.IDEAS])
            self.prompt.setText("")
            ideas = ranked_ideas(self.workspace.items(self.session_id, Phase.IDEAS))
            self._show_fitted(  # the final ranking: nothing is being captured now
                lambda n, font, width: audience.guarded(
                    self._ranked(ideas, audience, n, font, width, newest_too=False)
                ),
                TOP_IDEAS,
            )
            return
        number = PHASE_ORDER.index(shown) + 1
        self.phase.setText(f"{number} · {words.phases[shown]}")
        self.prompt.setText("  ·  ".join(prompts_for(shown, session.language)))
        items = self.workspace.items(self.session_id, shown)
        if shown is Phase.IDEAS:
            ideas = ranked_ideas(items)
            self._show_fitted(
                lambda n, font, width: audience.guarded(
                    self._ranked(ideas, audience, n, font, width)
                ),
                TOP_IDEAS,
            )
        else:
            latest = sorted(items, key=lambda item: item.id)
            self._show_fitted(
                lambda n, _font, _width: audience.guarded(self._latest(latest[-n:], audience)),
                LATEST,
            )

    def _show_queue(self, audience: Audience, live: bool) -> None:
        """Who has the floor and who is next, when the queue is shown."""
        said = []
        if live and self.queue_shown and self.session_id is not None:
            # Under the Chatham House Rule the attribution is a sector, never a name.
            def named(person: int | None) -> str:
                return _clip(audience.attribution(person, organisation=False), DRAWN_NAME)

            turn = current_turn(self.workspace.speaking_turns(self.session_id))
            if turn is not None and named(turn.by_id):
                said.append(f"{audience.words.speaking}: {named(turn.by_id)}")
            order = self.queue_order or (lambda: self.workspace.raised_hands(self.session_id))
            waiting = [who for who in map(named, order()) if who]
            if waiting and audience.chatham_house and not audience.by_sector:
                # Each would read "en deltager": how many wait says more.
                shown = audience.words.participants(len(waiting))
            else:
                shown = ", ".join(waiting[:NEXT_SHOWN])
                shown += " …" if len(waiting) > NEXT_SHOWN else ""
            if waiting:
                said.append(f"{audience.words.next_speakers}: {shown}")
        if not said:
            self.next_line.clear()
            self.next_line.hide()
            return
        self.next_line.setText(audience.guarded("  ·  ".join(said)))
        self.next_line.show()

    # -- what is shown ----------------------------------------------------------------

    def _latest(self, items: list[Item], audience: Audience) -> str:
        if not items:
            return ""
        words: Words = audience.words
        rows = []
        for n, item in enumerate(items):
            text = escape(_clip(audience.text(item.text), DRAWN_TEXT))
            if item.kind is ItemKind.QUOTE:
                text = f"{words.quote_marks[0]}{text}{words.quote_marks[1]}"
            tag = words.kinds.get(str(item.kind))
            if tag:
                text = f"<span style='color:#555'>{escape(tag)}:</span> {text}"
            who = _clip(audience.attribution(item.by_id, organisation=False), DRAWN_NAME)
            if who:
                text += f" <i style='color:#555'>— {escape(who)}</i>"
            newest = n == len(items) - 1
            # The newest stands out: it is what the room is looking for.
            weight = "font-weight:600;" if newest else "color:#444;"
            rows.append(f"<p style='margin-bottom:0.6em;{weight}'>{text}</p>")
        return "".join(rows)

    def _ranked(
        self,
        ideas: list[Item],
        audience: Audience,
        limit: int,
        font: QFont,
        width: int,
        newest_too: bool = True,
    ) -> str:
        if not ideas:
            return ""
        words = audience.words
        # Tied ideas share a place, as in the ranking view: 1, 2, 3, 3, 5.
        placed = list(zip(shared_places(ideas), ideas, strict=True))
        shown = placed[:limit]
        newest = max(ideas, key=lambda idea: idea.id)
        if newest_too and newest not in ideas[:limit]:
            # The one just captured always shows, so the room sees the capture land.
            shown[-1] = placed[ideas.index(newest)]
        rows = []
        for place, idea in shown:
            # Names go before the title is cut short: a cut name is no longer recognised.
            # Then it is cut to the line, not to a number of words: the room can read it.
            name = _clip(idea_name(audience.item(idea)), DRAWN_TEXT)
            rows.append(
                (
                    f"{place}." if place else "–",
                    name or words.untitled_idea,
                    words.votes(idea.votes or 0),
                )
            )
        return ranking_table(rows, font, width)

    # -- readable from the back of the room -------------------------------------------

    def _show_fitted(self, render: Callable[[int, QFont, int], str], rows: int) -> None:
        self._render, self._rows = render, rows
        self._fit_body()

    def _fit_body(self) -> None:
        """Show as many rows as fit the body whole, at least one: the newest capture (or
        the top idea) is never cut at the edge. When even one does not fit at the body's
        type size, that one row is set smaller until it does (and laid out again: an idea's
        name is cut to the room it has in the type it is shown in)."""
        width, height = self.body.contentsRect().width(), self.body.contentsRect().height()
        font = _sized(self.body.font(), self._body_size)
        rows, html = 0, ""
        for rows in range(self._rows, 0, -1):
            html = self._render(rows, font, width)
            if rows == 1 or _height(html, font, width) <= height:
                break
        while font.pixelSize() > 10 and html and _height(html, font, width) > height:
            font = _sized(font, int(font.pixelSize() * 0.9))
            html = self._render(rows, font, width)
        # Against the label's own font: after a row that had to be set smaller, the next
        # that fits goes back to the full size.
        if font.pixelSize() != self.body.font().pixelSize():
            self.body.setFont(font)
        self.body.setText(html)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._scale_fonts()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self._scale_fonts()

    def _scale_fonts(self) -> None:
        unit = max(12, min(self.height() / 24, self.width() / 36))
        self._body_size = int(unit)
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
        self.next_line.setFont(_sized(QFont(self.body.font()), int(unit * 0.8)))
        self.layout().activate()  # the body's height follows the new type before fitting
        self._fit_body()

    def closeEvent(self, event) -> None:
        self.closed.emit()
        super().closeEvent(event)


def _clip(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def _sized(font: QFont, pixels: int) -> QFont:
    sized = QFont(font)
    sized.setPixelSize(max(1, pixels))
    return sized


def _height(html: str, font: QFont, width: int) -> float:
    """How tall `html` is set in `font` at `width`: what the body label will need."""
    document = QTextDocument()
    document.setDefaultFont(font)
    document.setHtml(html)
    document.setTextWidth(width)
    return document.size().height()
