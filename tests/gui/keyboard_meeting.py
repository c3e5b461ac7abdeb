"""A whole meeting by keyboard alone, run by test_keyboard_meeting.py in a process of its own
(Qt's offscreen platform takes its screen size when it starts). Every key goes to the widget
that has the focus, as a person's keyboard would; any Qt warning or Python exception is a
failure. Prints a JSON report on stdout."""

from __future__ import annotations

import json
import sys
import traceback
from pathlib import Path

from PySide6.QtCore import QtMsgType, qInstallMessageHandler
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox

problems: list[str] = []


def _on_message(kind, _context, message: str) -> None:
    if kind != QtMsgType.QtDebugMsg:
        problems.append(f"Qt: {message}")


qInstallMessageHandler(_on_message)
sys.excepthook = lambda *exc: problems.append("".join(traceback.format_exception(*exc)))
# The two dialogs a meeting meets: Finish asks, the export asks where.
QMessageBox.question = staticmethod(lambda *a, **k: QMessageBox.StandardButton.Yes)
QFileDialog.getSaveFileName = staticmethod(lambda *a, **k: (sys.argv[2], ""))

from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402

from roundtable import app as app_module  # noqa: E402

running = app_module.start(Path(sys.argv[1]))
window = running.window
window.activateWindow()
QApplication.processEvents()
keys = 0
C, S = Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.ShiftModifier


def focused():
    QApplication.processEvents()
    return QApplication.focusWidget() or window


def press(key, modifiers=Qt.KeyboardModifier.NoModifier) -> None:
    global keys
    QTest.keyClick(focused(), key, modifiers)
    keys += 1


def write(text: str) -> None:
    global keys
    QTest.keyClicks(focused(), text)
    keys += len(text)


def capture(text: str, kind: int = 1, who: str = "") -> int:
    """One item: its kind, the text, who said it if not who has the floor, Enter; the keys
    it took."""
    before = keys
    press(getattr(Qt.Key, f"Key_{kind}"), C)
    write(text)
    if who:
        press(Qt.Key.Key_D, C)  # Enter in the Who field captures too
        write(who)
    press(Qt.Key.Key_Return)
    return keys - before


press(Qt.Key.Key_N, C)  # a new session: set-up, the title selected
write("Rundbordsdialog om ældrepleje")
setup = window.setup
setup.new_name.setFocus()  # the participant row (a Tab walk in real life)
for name, organisation, role in (
    ("Anne Holm", "Vestby Kommune", "Ældrechef"),
    ("Bo Krag", "Omsorg A/S", "Direktør"),
    ("Ole Dahl", "Ældresagen", "Konsulent"),
):
    write(name)
    press(Qt.Key.Key_Tab)
    write(organisation)
    press(Qt.Key.Key_Tab)
    write(role)
    press(Qt.Key.Key_Return)
press(Qt.Key.Key_R, C | S)  # run
costs = [
    capture("Hjemmeplejen mangler 40 medarbejdere", 1, who="Ann"),
    capture("Vi når ikke ud til alle borgere", 2),
    capture("Hvor mange borgere venter i dag?", 3, who="Bo"),
]
press(Qt.Key.Key_H, C)  # Ole raises a hand, gets the word; the next note is his
write("Dah")
press(Qt.Key.Key_Return)
press(Qt.Key.Key_F9)
costs.append(capture("Frivillige kan hjælpe med indkøb", 1))
press(Qt.Key.Key_PageDown, C)
costs += [capture("Udbudsreglerne låser os fast", 1), capture("Data kan deles", 2)]
press(Qt.Key.Key_PageDown, C)
costs += [capture("Fælles pilot med robotstøvsugere", 1), capture("Send behovsbeskrivelse", 2)]
press(Qt.Key.Key_F, C | S)  # finish: it asks (answered yes), then the summary
write("Vi prøver en fælles pilot.")
press(Qt.Key.Key_E, C | S)  # export at once, the cursor still in the summary
QApplication.processEvents()

session_id = window.session_id
report = {
    "problems": problems,
    "items": [(i.kind.value, i.text) for i in running.workspace.items(session_id)],
    "authors": [i.by_id is not None for i in running.workspace.items(session_id)],
    "status": running.workspace.session(session_id).status.value,
    "summary": running.workspace.session(session_id).summary,
    "keys_per_item": costs,
    "minutes": Path(sys.argv[2]).exists(),
}
running.close()
print(json.dumps(report, ensure_ascii=False))
