"""The menu bar's titles, there from the first paint; their commands (menus.py, which loads
QAction and the keys) come with the workspace, so nothing in the bar moves when they do."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QMainWindow, QMenu

# In WindowMenus's translation context, where the commands are.
_TITLES = (
    QT_TRANSLATE_NOOP("WindowMenus", "&File"),
    QT_TRANSLATE_NOOP("WindowMenus", "&Edit"),
    QT_TRANSLATE_NOOP("WindowMenus", "&Session"),
    QT_TRANSLATE_NOOP("WindowMenus", "S&peakers"),
    QT_TRANSLATE_NOOP("WindowMenus", "&View"),
    QT_TRANSLATE_NOOP("WindowMenus", "&Help"),
)


def add_menu_titles(window: QMainWindow) -> list[QMenu]:
    """File, Edit, Session, Speakers, View and Help, empty, in `window`'s menu bar."""
    bar = window.menuBar()
    return [bar.addMenu(QCoreApplication.translate("WindowMenus", title)) for title in _TITLES]
