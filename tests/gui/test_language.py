"""Danish and English: complete, switchable, Qt's own buttons included."""

from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

from PySide6.QtWidgets import QDialogButtonBox

from roundtable.domain.model import Language, Phase, SessionStatus

ROOT = Path(__file__).resolve().parents[2]
DA_TS = ROOT / "resources" / "translations" / "roundtable_da.ts"
sys.path.insert(0, str(ROOT / "tools"))
from update_translations import lupdate_command  # noqa: E402


def sources(path: Path) -> set[tuple[str, str]]:
    root = ET.parse(path).getroot()
    return {
        (ctx.findtext("name"), m.findtext("source"))
        for ctx in root.iter("context")
        for m in ctx.iter("message")
    }


def test_every_string_in_the_code_has_a_finished_danish_translation(tmp_path):
    fresh = tmp_path / "fresh.ts"
    subprocess.run(lupdate_command(fresh, "da_DK"), cwd=ROOT, check=True, capture_output=True)
    missing = sources(fresh) - sources(DA_TS)
    assert not missing, f"run tools/update_translations.py and translate: {sorted(missing)}"
    unfinished = [
        m.findtext("source")
        for m in ET.parse(DA_TS).getroot().iter("message")
        if m.find("translation").get("type") == "unfinished"
        or not "".join(m.find("translation").itertext()).strip()
    ]
    assert not unfinished


def test_danish_messages_quote_as_the_danish_minutes_do():
    # »…« in the minutes and the report: the window's Danish messages must not switch to “…”.
    translations = [
        "".join(m.find("translation").itertext()) for m in ET.parse(DA_TS).getroot().iter("message")
    ]
    english_quotes = [t for t in translations if "“" in t or "”" in t]
    assert not english_quotes
    assert any("»%s«" in t for t in translations)


def test_the_window_in_danish_with_qts_own_buttons_danish_too(start_app):
    running = start_app(language="da")
    window = running.window
    assert window.library.new_button.text() == "Ny session"
    assert window.menuBar().actions()[0].text() == "&Filer"
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    assert box.button(QDialogButtonBox.StandardButton.Cancel).text().replace("&", "") == "Annuller"
    window.open_sample()
    assert window.run.stepper.buttons[0].text().endswith("Kommunens fortælling")
    # The two labels of Qt's file dialog that Qt's own Danish lacks.
    from PySide6.QtWidgets import QFileDialog, QLabel

    dialog = QFileDialog(window, options=QFileDialog.Option.DontUseNativeDialog)
    shown = {label.text() for label in dialog.findChildren(QLabel)}
    assert {"&Kig i:", "Fil&type:"} <= shown, shown
    dialog.deleteLater()


def test_switching_language_rebuilds_the_window_in_place(qtbot, start_app):
    running = start_app(language="en")
    running.window.open_sample()
    session_id = running.window.session_id
    assert running.window.library.new_button.text() == "New session"
    running.window.language_change_requested.emit("da")
    window = running.window
    qtbot.addWidget(window)
    assert window.library.new_button.text() == "Ny session"
    assert (window.session_id, window.current_page()) == (session_id, "run")
    running.window.language_change_requested.emit("en")
    qtbot.addWidget(running.window)
    assert running.window.run.summary.toPlainText()


def test_prompts_follow_the_sessions_language_not_the_interface(start_app):
    running = start_app(language="en")
    window = running.window
    window.open_sample()  # a Danish session, completed: looking at a phase changes nothing
    window.run.go_to(Phase.NARRATIVE)
    assert "Hvem er borgerne" in window.run.prompts.text()
    assert running.workspace.session(window.session_id).status is SessionStatus.COMPLETED
    running.workspace.update_session(window.session_id, "", language=Language.EN)
    assert "Who are the citizens" in window.run.prompts.text()


def test_after_switching_language_a_change_raises_nothing_and_the_matrix_stays(qtbot, start_app):
    import gc

    from PySide6.QtCore import QCoreApplication, QEvent

    running = start_app(language="en")
    running.window.open_sample()  # completed: looking at the ideas phase
    session_id = running.window.session_id
    running.window.run.go_to(Phase.IDEAS)
    running.window.run.show_view(2)
    old = running.window
    running.window.language_change_requested.emit("da")
    window = running.window
    qtbot.addWidget(window)
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)  # the old one goes
    gc.collect()
    assert window is not old
    assert window.run.pages.currentIndex() == 0, "still the phase, not the finish"
    assert window.run.views.currentWidget() is window.run.matrix
    running.workspace.update_session(session_id, "title", title="Ny titel")
    assert window.windowTitle().startswith("Ny titel")
    assert window.run.views.currentWidget() is window.run.matrix
    assert window.run.pages.currentIndex() == 0


def test_duplicating_from_the_english_interface_names_the_copy_in_the_sessions_language(
    start_app,
):
    running = start_app(language="en")
    window, ws = running.window, running.workspace
    window.open_sample()  # a Danish session
    title = ws.session(window.session_id).title
    window.duplicate_session(window.session_id)
    assert ws.session(window.session_id).title == f"{title} (kopi)"


def test_danish_undo_texts_read_as_danish_sentences(qtbot, start_app):
    from PySide6.QtCore import Qt

    from roundtable.domain.model import Session
    from roundtable.ui.shell.main_window import RUN

    running = start_app(language="da")
    window = running.window
    created = running.workspace.create_session(Session(title="Ældrepleje"))
    window.open_session(created.id, RUN)
    line = window.run.capture.line
    line.setFocus()
    qtbot.keyClicks(line, "Hjemmeplejen mangler hænder")
    qtbot.keyClick(line, Qt.Key.Key_Return)
    text = window.menus.undo_action.text().replace("&", "")
    assert text.startswith("Fortryd ") and text == text[:8] + text[8:].lower(), text
    assert "Notér" not in text


def test_switching_language_on_the_overview_keeps_its_sessions_and_tab(qtbot, start_app):
    from pathlib import Path

    running = start_app(language="en")
    window = running.window
    window.import_file(
        Path(__file__).parents[2] / "resources" / "sample" / "sample.roundtable.json"
    )
    window.show_page("library")
    window.show_overview()
    window.overview.tabs.setCurrentWidget(window.overview.register)
    window.language_change_requested.emit("da")
    qtbot.waitUntil(lambda: running.window is not window, timeout=3000)
    shown = running.window
    assert shown.pages.currentWidget() is shown.overview
    assert shown.overview.tabs.currentWidget() is shown.overview.register
    assert shown.overview.register.showing.itemText(0) == "Alle idéer og handlinger"
    assert shown.overview.counts.text() == "1 session"


def test_counts_in_the_overview_agree_with_their_number_in_both_languages(qapp):
    from PySide6.QtCore import QCoreApplication

    from roundtable.ui import i18n

    def say(context: str, text: str, n: int) -> str:
        return QCoreApplication.translate(context, text, "", n).replace("%1", "X")

    try:
        i18n.install("en")
        assert say("OverviewPage", "%n session(s)", 1) == "1 session"
        assert say("BarrierGridModel", "in %1 of %n session(s)", 2) == "in X of 2 sessions"
        assert say("ReportActions", "Updated %n idea(s) and action(s) from %1.", 1) == (
            "Updated 1 idea or action from X."
        )
        i18n.install("da")
        assert say("OverviewPage", "%n session(s)", 1) == "1 session"
        assert say("OverviewPage", "%n session(s)", 4) == "4 sessioner"
        assert say("ThemesView", "in %n session(s)", 1) == "i 1 session"
        assert say(
            "RefusedPreview",
            "%1 was not imported and nothing changed: %n cell(s) need correcting first.",
            1,
        ).endswith("1 celle skal rettes først.")
        assert say(
            "StatusPreview",
            "%1 brings changes to %n idea(s) and action(s). Nothing is "
            "written until you apply them; Ctrl+Z takes them all back.",
            3,
        ).startswith("X ændrer 3 idéer og handlinger.")
    finally:
        i18n.install("en")
