"""The organiser's synthesis text of the series the overview shows: what the report prints
after its opening paragraph. Stored as it is typed (one undoable edit a burst), so a report
written with the cursor still in the box has every word."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLabel, QPlainTextEdit, QVBoxLayout, QWidget

from roundtable.edits import Aspect, Changes
from roundtable.edits.series_text import SetSeriesText
from roundtable.errors import RoundtableError
from roundtable.insights.summary import main_language
from roundtable.report.selection_audience import SelectionAudience, selection_audience
from roundtable.ui.typed_text import TypedText
from roundtable.ui.workspace import Workspace


class SynthesisText(QWidget):
    message = Signal(str)

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.series: str | None = None
        self.note = QLabel(wordWrap=True)
        self.editor = QPlainTextEdit()
        self.editor.setAccessibleName(self.tr("The organiser's synthesis of the series"))
        self.editor.setTabChangesFocus(True)
        self.typed = TypedText(self.editor, self._store)
        # Under the rule the report hides the names the text gives: said while it is typed,
        # not found as "[deltager] fra Sydby foreslog" in the published report.
        self.names_note = QLabel(wordWrap=True, objectName="synthesisNames")
        self.names_note.hide()
        self._audience: SelectionAudience | None = None
        layout = QVBoxLayout(self)
        layout.addWidget(self.note)
        layout.addWidget(self.editor, 1)
        layout.addWidget(self.names_note)
        workspace.changed.connect(self._workspace_changed)
        self.show_series(None)

    def show_series(self, series: str | None) -> None:
        """Show the text of `series`; None (not one series): nothing to write in."""
        self.typed.flush()  # a burst still waiting belongs to the series shown until now
        self.series = series
        self.editor.setEnabled(series is not None)
        self._audience = self._ruled_audience(series)
        if series is None:
            self.note.setText(
                self.tr(
                    "Choose a series above to write its synthesis: what the report of the "
                    "series says after its opening paragraph."
                )
            )
            self.typed.show("")
            self.editor.setPlaceholderText("")
            return
        self.note.setText(
            self.tr(
                "Your synthesis of the series “%1”: the report prints it after its opening "
                "paragraph. It is stored as you type."
            ).replace("%1", series)
        )
        self.editor.setPlaceholderText(
            self.tr("What the sessions of the series showed together, in your words…")
        )
        self.typed.show(self.workspace.store.series_text(series))
        self._say_names(self.editor.toPlainText())

    def _ruled_audience(self, series: str | None) -> SelectionAudience | None:
        """What the series' report may name, when a session of it was held under the rule."""
        if series is None:
            return None
        store = self.workspace.store
        ids = [s.id for s in store.sessions_in_series(series)]
        bundles = store.export_bundles(ids, kinds=())  # the people, not the items
        if not any(b.session.chatham_house for b in bundles):
            return None
        return selection_audience(bundles, True, main_language(bundles))

    def _say_names(self, text: str) -> None:
        found = [] if self._audience is None else self._audience.leaks(text)
        names = list(dict.fromkeys(f.term for f in found))
        self.names_note.setVisible(bool(names))
        if names:
            self.names_note.setText(
                self.tr(
                    "A session of the series was held under the Chatham House Rule, so the "
                    "report shows these names in your text as a placeholder ([participant], "
                    "[organisation]): %1. Write about sectors instead."
                ).replace("%1", ", ".join(names))
            )

    def _store(self, text: str) -> None:
        self._say_names(text)
        if self.series is None:
            return
        label = self.tr("Edit the synthesis of “%1”").replace("%1", self.series)
        try:
            self.workspace.do(SetSeriesText(self.series, text, label))
        except RoundtableError as exc:
            self.message.emit(str(exc))

    def _workspace_changed(self, changes: Changes) -> None:
        # An undo, or another program: show what is stored now.
        if Aspect.SERIES in changes.aspects and self.series is not None:
            self.typed.show(self.workspace.store.series_text(self.series))
            self._say_names(self.editor.toPlainText())
