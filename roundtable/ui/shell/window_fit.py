"""Where the main window opens: never past a screen's edge, never too small to work in.

A saved geometry is only trusted when it still fits one of today's screens (a laptop that
was on a large monitor yesterday) and is big enough for the run page; otherwise the window
takes a size from the screen it opens on, maximised on a laptop-sized screen.
"""

from __future__ import annotations

from PySide6.QtCore import QRect
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

# The run page needs this much to show the capture line, timer and stepper whole.
MIN_WIDTH, MIN_HEIGHT = 1000, 640
# Up to this size a screen is a laptop's: the window fills it.
SMALL_WIDTH, SMALL_HEIGHT = 1440, 900
PREFERRED_WIDTH, PREFERRED_HEIGHT = 1280, 800


def saved_geometry_fits(frame: QRect, screens: list[QRect]) -> bool:
    """A restored frame is kept only if one screen's free area holds it whole and it is
    large enough (or as large as that screen allows)."""
    for area in screens:
        if area.contains(frame):
            # On a screen smaller than the minimum, most of it will do.
            wide = frame.width() >= min(MIN_WIDTH, area.width() * 9 // 10)
            tall = frame.height() >= min(MIN_HEIGHT, area.height() * 9 // 10)
            return wide and tall
    return False


def first_geometry(area: QRect) -> QRect | None:
    """The geometry for a window without a usable saved one; None: show it maximised."""
    if area.width() <= SMALL_WIDTH or area.height() <= SMALL_HEIGHT:
        return None
    width = min(PREFERRED_WIDTH, area.width())
    height = min(PREFERRED_HEIGHT, area.height())
    rect = QRect(0, 0, width, height)
    rect.moveCenter(area.center())
    return rect


def place(window: QWidget, saved: bytes | None) -> bool:
    """Restore `saved` if it fits today's screens, else size the window for its screen.
    Returns whether the window should be shown maximised."""
    screens = [s.availableGeometry() for s in QGuiApplication.screens()]
    restored = bool(saved) and window.restoreGeometry(saved)
    if restored and (window.isMaximized() or saved_geometry_fits(window.frameGeometry(), screens)):
        return window.isMaximized()
    screen = window.screen() or QGuiApplication.primaryScreen()
    rect = first_geometry(screen.availableGeometry())
    if rect is None:
        # Also the normal geometry: without a window manager (or before it answers) the
        # window still fills the screen instead of opening at Qt's default size.
        window.setGeometry(screen.availableGeometry())
        return True
    window.setGeometry(rect)
    return False
