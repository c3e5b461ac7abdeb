"""Theme suggestions: groups of alike statements across the overview's sessions, which the
organiser accepts (under a name they may change) or rejects. Nothing is grouped without them.

The suggestions are worked out on a worker thread and can be cancelled; the window polls for
the answer, so no Qt object crosses threads."""

from __future__ import annotations

from concurrent.futures import Future, ThreadPoolExecutor

from PySide6.QtCore import QCoreApplication, QTimer, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from roundtable.domain.model import ItemKind, SessionSummary
from roundtable.errors import RoundtableError
from roundtable.insights.similarity import Cancelled, Statement
from roundtable.insights.themes import Suggestion, suggest
from roundtable.storage import ItemRef
from roundtable.ui import labels
from roundtable.ui.hinted_list import HintedList
from roundtable.ui.workspace import Workspace

GROUPED_KINDS = (ItemKind.BARRIER, ItemKind.OPPORTUNITY, ItemKind.IDEA)


class ThemesView(QWidget):
    message = Signal(str)
    POLL_MS = 50

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.sessions: list[SessionSummary] = []
        self.refs: list[ItemRef] = []  # every item of the sessions, lightly
        self.suggestions: list[Suggestion] = []
        self._texts: dict[str, str] = {}
        self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="themes")
        self._job: Future[list[Suggestion]] | None = None
        self._cancelled = False
        self._poll = QTimer(self, interval=self.POLL_MS)
        self._poll.timeout.connect(self._collect)
        QCoreApplication.instance().aboutToQuit.connect(self.cancel)

        self.suggest_button = QPushButton(self.tr("Suggest themes"))
        self.suggest_button.clicked.connect(self.start)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.clicked.connect(self.cancel)
        self.cancel_button.setEnabled(False)
        self.state = QLabel()
        self.existing = QLabel(wordWrap=True)
        self.list = HintedList(self._list_hint())
        self.list.setAccessibleName(self.tr("Suggested themes"))
        self.list.currentRowChanged.connect(self._show_suggestion)
        self.members = HintedList(self.tr("Choose a suggestion to read its statements."))
        self.members.setAccessibleName(self.tr("The statements of the selected suggestion"))
        self.name = QLineEdit(placeholderText=self.tr("The theme's name"))
        self.name.setAccessibleName(self.tr("Theme name"))
        self.accept_button = QPushButton(self.tr("Accept as theme"))
        self.accept_button.clicked.connect(self.accept_current)
        self.reject_button = QPushButton(self.tr("Reject"))
        self.reject_button.clicked.connect(self.reject_current)

        top = QHBoxLayout()
        top.addWidget(self.suggest_button)
        top.addWidget(self.cancel_button)
        top.addWidget(self.state, 1)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.members, 1)
        choose = QHBoxLayout()
        choose.addWidget(self.name, 1)
        choose.addWidget(self.accept_button)
        choose.addWidget(self.reject_button)
        right_layout.addLayout(choose)
        split = QSplitter()
        split.addWidget(self.list)
        split.addWidget(right)
        split.setSizes([320, 640])
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.existing)
        layout.addWidget(split, 1)
        self._update_buttons()

    def show_statements(self, sessions: list[SessionSummary], refs: list[ItemRef]) -> None:
        """The items of `sessions` of GROUPED_KINDS and any others in a theme. Other
        sessions: the old suggestions no longer apply. The same sessions re-read (a theme was
        accepted): the suggestions not yet looked at stay."""
        same = [s.id for s in sessions] == [s.id for s in self.sessions]
        self.sessions, self.refs = sessions, refs
        if not same:
            self.cancel()
            self.suggestions = []
            self.list.clear()
            self.list.set_hint(self._list_hint())
            self.members.clear()
            self.state.clear()
        counts: dict[str, int] = {}
        for item in refs:
            for theme in item.themes:
                counts[theme] = counts.get(theme, 0) + 1
        self.existing.setText(
            self.tr("Themes: %s") % ", ".join(f"{n} ({k})" for n, k in sorted(counts.items()))
            if counts
            else self.tr("No themes yet: ask for suggestions, then accept the ones that hold.")
        )
        self._update_buttons()

    def _list_hint(self) -> str:
        return self.tr("Suggest themes, and the groups found are listed here.")

    # -- suggesting, off the UI thread ----------------------------------------------------

    def start(self) -> None:
        self.cancel()
        statements = []
        self._texts = {}
        sessions = {s.id: s for s in self.sessions}
        for item in self.refs:
            if item.kind in GROUPED_KINDS:
                session = sessions[item.session_id]
                text = item.text if item.title in item.text else f"{item.title}: {item.text}"
                statements.append(
                    Statement(str(item.id), str(session.id), text, str(session.language))
                )
                kind = labels.kind_name(item.kind)
                self._texts[str(item.id)] = f"{kind} · {session.title}: {text}"
        self._cancelled = False
        self._job = self._pool.submit(suggest, statements, cancelled=lambda: self._cancelled)
        self.state.setText(self.tr("Looking for themes…"))
        self._poll.start()
        self._update_buttons()

    def cancel(self) -> None:
        self._cancelled = True
        self._job = None
        self._poll.stop()
        self._update_buttons()

    def is_busy(self) -> bool:
        return self._job is not None

    def _collect(self) -> None:
        if self._job is None or not self._job.done():
            return
        job, self._job = self._job, None
        self._poll.stop()
        try:
            self.suggestions = job.result()
        except Cancelled:
            return
        self.list.clear()
        for s in self.suggestions:
            statements = self.tr("%n statement(s)", "", len(s.keys))
            where = self.tr("in %n session(s)", "", s.sessions)
            QListWidgetItem(f"{s.name} — {statements} {where}", self.list)
        self._say_count()
        if self.suggestions:
            self.list.setCurrentRow(0)
        self._update_buttons()

    def _say_count(self) -> None:
        if self.suggestions:
            self.state.setText(self.tr("%n suggestion(s)", "", len(self.suggestions)))
        else:
            self.state.setText(self.tr("No statements alike across sessions."))
            self.list.set_hint("")  # the line above says it

    # -- accepting and rejecting ----------------------------------------------------------

    def _show_suggestion(self, row: int) -> None:
        self.members.clear()
        if 0 <= row < len(self.suggestions):
            chosen = self.suggestions[row]
            self.members.addItems([self._texts.get(key, key) for key in chosen.keys])
            words = chosen.name.split(" · ")
            # "udbud, dialog and data": the interface's language, not the statements'.
            shown = " ".join(words) if len(words) < 2 else (
                self.tr("%1 and %2").replace("%1", ", ".join(words[:-1])).replace("%2", words[-1])
            )  # fmt: skip
            self.name.setText(shown)
        self._update_buttons()

    def accept_current(self) -> None:
        row = self.list.currentRow()
        if not 0 <= row < len(self.suggestions):
            return
        name = self.name.text().strip()
        ids = [int(key) for key in self.suggestions[row].keys]
        try:
            self.workspace.add_theme(ids, name, self.tr("Accept theme"))
        except RoundtableError as exc:
            self.message.emit(str(exc))
            return
        self.message.emit(self.tr("Theme “%s” accepted.") % name)
        self._drop(row)  # done with: accepting it twice would add a second undo step

    def reject_current(self) -> None:
        row = self.list.currentRow()
        if 0 <= row < len(self.suggestions):
            self._drop(row)

    def _drop(self, row: int) -> None:
        # The list moves its current row while the item is still there (row + 1 for the next
        # one): the suggestions shift after that, and the next is shown once both agree.
        self.list.takeItem(row)
        del self.suggestions[row]
        self._show_suggestion(self.list.currentRow())
        if self.suggestions:
            self._say_count()
        else:  # not "no statements alike": they were, and each has been seen to
            self.state.setText(self.tr("Every suggestion has been accepted or rejected."))
            self.name.clear()

    def _update_buttons(self) -> None:
        busy = self.is_busy()
        self.suggest_button.setEnabled(not busy and bool(self.sessions))
        self.cancel_button.setEnabled(busy)
        chosen = self.list.currentRow() >= 0
        for widget in (self.accept_button, self.reject_button, self.name):
            widget.setEnabled(chosen)
