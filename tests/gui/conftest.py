"""GUI test set-up: no modal dialog may block a test, and every app gets its own folder."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox


class DialogLog:
    def __init__(self) -> None:
        self.shown: list[tuple[str, str, str]] = []  # (kind, title, text)
        self.answer = QMessageBox.StandardButton.Yes
        self.open_name = ""
        self.save_name = ""


@pytest.fixture(autouse=True)
def dialogs(monkeypatch) -> DialogLog:
    log = DialogLog()

    def box(kind: str):
        def show(_parent, title, text, *args, **kwargs):
            log.shown.append((kind, title, text))
            return log.answer if kind == "question" else QMessageBox.StandardButton.Ok

        return staticmethod(show)

    for kind in ("warning", "question", "information", "critical"):
        monkeypatch.setattr(QMessageBox, kind, box(kind))
    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (log.open_name, ""))
    )
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (log.save_name, ""))
    )
    return log


@pytest.fixture(autouse=True)
def workspaces_closed(monkeypatch):
    """Every workspace a test makes is closed after it, as the app closes its own: one left
    with its watch timer running, freed later by Python's collector on a background thread
    (a backup, a search), crashed the suite in QTimerInfoList::activateTimers."""
    import shiboken6

    from roundtable.ui.workspace import Workspace

    made: list[Workspace] = []
    init = Workspace.__init__

    def noted(self, *args, **kwargs) -> None:
        init(self, *args, **kwargs)
        made.append(self)

    monkeypatch.setattr(Workspace, "__init__", noted)
    yield
    for workspace in made:
        if shiboken6.isValid(workspace):
            workspace.close()


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    return tmp_path / "data"


@pytest.fixture
def start_app(qtbot, data_dir):
    """Start Roundtable on the test's data folder; everything started is closed after."""
    from roundtable import app as app_module

    started = []

    def start(folder: Path | None = None, language: str = "en", early: bool = False):
        """`early`: as `roundtable` starts it, with the library's list read beforehand, so
        that the store opens after the first paint."""
        folder = folder or data_dir
        folder.mkdir(parents=True, exist_ok=True)
        settings = folder / "settings.ini"
        if not settings.exists():
            settings.write_text(f"[General]\nlanguage={language}\n", encoding="utf-8")
        first = None
        if early:
            from roundtable.paths import DATABASE_NAME
            from roundtable.storage.early_read import EarlyRead

            first = EarlyRead.start(folder / DATABASE_NAME)
        running = app_module.start(folder, first)
        if running is not None:
            # Not qtbot.addWidget: a language switch replaces (and deletes) the window, and
            # pytest-qt would then close a deleted one; the teardown below closes the current.
            started.append(running)
            # Shortcuts only reach the active window.
            running.window.activateWindow()
            # The window, or a warning it raised at start (a damaged database), takes it.
            from PySide6.QtWidgets import QApplication

            qtbot.waitUntil(lambda: QApplication.activeWindow() is not None, timeout=2000)
        return running

    yield start
    from PySide6.QtCore import QCoreApplication, QEvent

    for running in started:
        running.close()
        running.window.deleteLater()  # as pytest-qt would: live widgets slow every later test
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    from roundtable.ui import i18n

    i18n.install("en")
