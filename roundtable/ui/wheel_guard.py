"""No spin box or combo box changes on the mouse wheel unless it has the keyboard focus.

Scrolling the idea details changed votes and impact without a word: the wheel reached the
box under the pointer. One application-wide filter hands such a wheel to the box's parents
instead (the details panel scrolls), and keeps the wheel from giving a box the focus.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtWidgets import QAbstractSpinBox, QApplication, QComboBox, QWidget

_GUARDED = (QAbstractSpinBox, QComboBox)


class WheelGuard(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind == QEvent.Type.Polish and isinstance(watched, _GUARDED):
            if watched.focusPolicy() == Qt.FocusPolicy.WheelFocus:
                watched.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        elif kind == QEvent.Type.Wheel and isinstance(watched, _GUARDED) and not watched.hasFocus():
            parent = watched.parentWidget()
            while isinstance(parent, _GUARDED):
                parent = parent.parentWidget()
            if isinstance(parent, QWidget):
                QCoreApplication.sendEvent(parent, event)
            return True
        return False


def install_wheel_guard(app: QApplication) -> WheelGuard:
    """Guard every spin box and combo box of `app`; keep the returned filter alive."""
    guard = WheelGuard(app)
    app.installEventFilter(guard)
    return guard
