"""No spin box or combo box changes on the mouse wheel unless it has the keyboard focus.

Scrolling the idea details changed votes and impact without a word: the wheel reached the
box under the pointer. One application-wide filter hands such a wheel to the box's parents
instead (the details panel scrolls), and keeps the wheel from giving a box the focus: Qt
gives a box with the WheelFocus policy the focus before any filter sees the wheel, so each
box's policy is lowered to StrongFocus.

The guard is armed once the library is painted: the policies are Qt enums, and naming them
would load Qt's `Qt` namespace (~90 enums) on the way to the first paint; the spin box class
and QEvent, whose 179 event types take 2-3 ms, are named then too (loading a Qt class builds
its enums). Arming lowers the policies of the boxes that exist by then; later ones are
lowered as they are polished. The filter itself is installed only when armed: an
application-wide Python filter sees every event of every widget the start builds, and naming
the type of Qt's private children (a line edit's clear button, a combo box's popup) builds
every QtWidgets class (30-40 ms).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QApplication, QWidget

if TYPE_CHECKING:
    from PySide6.QtCore import QEvent


def _no_wheel_focus(box: QWidget) -> None:
    from PySide6.QtCore import Qt

    if box.focusPolicy() == Qt.FocusPolicy.WheelFocus:
        box.setFocusPolicy(Qt.FocusPolicy.StrongFocus)


class WheelGuard(QObject):
    armed = False
    guarded: tuple[type[QWidget], ...] = ()

    def arm(self) -> None:
        if self.armed:
            return
        from PySide6.QtCore import QEvent
        from PySide6.QtWidgets import QAbstractSpinBox, QComboBox

        self.guarded = (QAbstractSpinBox, QComboBox)
        self._polish, self._wheel = QEvent.Type.Polish, QEvent.Type.Wheel
        self.armed = True
        QCoreApplication.instance().installEventFilter(self)
        for widget in QApplication.allWidgets():
            if isinstance(widget, self.guarded):
                _no_wheel_focus(widget)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if not self.armed or not isinstance(watched, self.guarded):
            return False
        kind = event.type()
        if kind == self._polish:
            _no_wheel_focus(watched)
        elif kind == self._wheel and not watched.hasFocus():
            parent = watched.parentWidget()
            while isinstance(parent, self.guarded):
                parent = parent.parentWidget()
            if isinstance(parent, QWidget):
                QCoreApplication.sendEvent(parent, event)
            return True
        return False


def install_wheel_guard(app: QApplication) -> WheelGuard:
    """Guard every spin box and combo box of `app` once armed; keep the guard alive."""
    return WheelGuard(app)
