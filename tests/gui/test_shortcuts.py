"""One table of shortcuts: F1 lists every key the window binds, and every key it lists is bound."""

from __future__ import annotations

from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import QMessageBox

from roundtable.ui.shell import shortcuts


def _shown_help(window) -> str:
    window.show_shortcuts()
    boxes = [b for b in window.findChildren(QMessageBox) if b.isVisible()]
    assert boxes, "F1 showed nothing"
    text = boxes[-1].text()
    boxes[-1].close()
    return text


def test_f1_lists_the_export_of_the_minutes_with_its_key(start_app):
    text = _shown_help(start_app().window)
    assert "Ctrl+Shift+E" in text and "Export the minutes" in text
    assert "Ctrl+Shift+Space" in text and "Pause or resume the timer" in text


def test_f1_speaks_danish_in_a_danish_window(start_app):
    text = _shown_help(start_app(language="da").window)
    assert "Eksportér referatet" in text and "Notér linjen som et punkt" in text


def test_every_key_f1_lists_is_bound_in_the_window(start_app):
    window = start_app().window
    window.open_sample()  # builds the run page with its capture bar and views
    bound = {
        keys.toString() for action in window.findChildren(QAction) for keys in action.shortcuts()
    } | {shortcut.key().toString() for shortcut in window.findChildren(QShortcut)}
    for shortcut in shortcuts.ALL:
        if shortcut.by_focus:
            continue
        for keys in shortcut.sequences():
            assert keys.toString() in bound, (keys.toString(), shortcut.description)
    assert QKeySequence("Ctrl+Shift+E").toString() in bound
