"""Qt started before the app's own modules load, and its fonts found on a thread meanwhile.

The first text Qt lays out makes it find the system's fonts (20-25 ms through fontconfig), a
cost a bare window never pays and the library's first paint must. Qt's font database may be
filled from any thread (painting text on a QImage in a worker is supported), so it is filled
on one of its own while the main thread imports the app's modules (about 70 ms of Python):
the two overlap on a machine with two cores.
"""

from __future__ import annotations

import sys
import threading

from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QApplication


def _find_fonts() -> None:
    QFontMetrics(QFont()).horizontalAdvance("Rundbordsdialog")


def start_qt() -> threading.Thread:
    """The application, created now; the thread finding its fonts (join before painting)."""
    if QApplication.instance() is None:
        QApplication(sys.argv[:1])
    fonts = threading.Thread(target=_find_fonts, name="roundtable-fonts", daemon=True)
    fonts.start()
    return fonts
