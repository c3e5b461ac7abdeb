"""No spin box or combo box changes on the mouse wheel unless it has the keyboard focus.

Scrolling the idea details changed votes and impact without a word: the wheel reached the
box under the pointer. One application-wide filter hands such a wheel to the box's parents
instead (the details panel scrolls), and keeps the wheel from giving a box the focus.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject
from PySide6.QtWidgets import QAbstractSpinBox, QApplication, QComboBox, QWidget

_GUARDED = (QAbstractSpinBox, QComboBox)


class WheelGuard(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Only the wheel: the box never sees it, so it cannot take the focus by it either.
        # (Reading a focus policy here would load Qt's `Qt` namespace before the first paint.)
        guarded = isinstance(watched, _GUARDED)
        if guarded and event.type() == QEvent.Type.Wheel and not watched.hasFocus():
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
