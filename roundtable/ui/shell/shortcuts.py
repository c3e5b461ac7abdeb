"""Every keyboard shortcut in one table: the keys the widgets bind, and what F1 says of them.

A key is bound from here (`Shortcut.sequences()`), so the help can never list a key that does
something else. A few keys are handled by the widget that has the focus (Enter in a line, F2,
+ and - in a list): they are here for F1 only and say so.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtGui import QKeySequence

_CONTEXT = "Shortcuts"


@dataclass(frozen=True)
class Shortcut:
    keys: tuple[str, ...]  # portable key names (QKeySequence's), one a binding
    description: str  # the English source; `text()` translates it
    by_focus: bool = False  # handled by the widget with the focus: listed, never bound here

    def sequences(self) -> list[QKeySequence]:
        return [QKeySequence(key) for key in self.keys]

    def shown(self) -> str:
        """The keys as this platform writes them (Ctrl is ⌘ on a Mac)."""
        native = QKeySequence.SequenceFormat.NativeText
        return " / ".join(QKeySequence(key).toString(native) or key for key in self.keys)

    def text(self) -> str:
        return QCoreApplication.translate(_CONTEXT, self.description)


def _key(*keys: str, does: str, by_focus: bool = False) -> Shortcut:
    return Shortcut(keys, does, by_focus)


# The capture line
CAPTURE = _key(
    "Enter", does=QT_TRANSLATE_NOOP("Shortcuts", "Capture the line as an item"), by_focus=True
)
KINDS = _key(
    "Ctrl+1", "Ctrl+2", "Ctrl+3", does=QT_TRANSLATE_NOOP("Shortcuts", "Choose the kind of item")
)
WHO = _key("Ctrl+D", does=QT_TRANSLATE_NOOP("Shortcuts", "Who said it (type the start of a name)"))
CATEGORY = _key(
    "Ctrl+G", does=QT_TRANSLATE_NOOP("Shortcuts", "Category of a barrier or opportunity")
)
BUILDS_ON = _key(
    "Ctrl+B",
    does=QT_TRANSLATE_NOOP("Shortcuts", "The item being typed builds on the earlier one shown"),
)
CAPTURE_LINE = _key("Ctrl+L", does=QT_TRANSLATE_NOOP("Shortcuts", "Back to the capture line"))
TO_ITEMS = _key(
    "Up",
    does=QT_TRANSLATE_NOOP("Shortcuts", "From the capture line to the items (then F2, Del)"),
    by_focus=True,
)
# Phases and the timer
NEXT_PHASE = _key("Ctrl+PgDown", does=QT_TRANSLATE_NOOP("Shortcuts", "Next phase"))
PREVIOUS_PHASE = _key("Ctrl+PgUp", does=QT_TRANSLATE_NOOP("Shortcuts", "Previous phase"))
PAUSE = _key("Ctrl+Shift+Space", does=QT_TRANSLATE_NOOP("Shortcuts", "Pause or resume the timer"))
FINISH = _key("Ctrl+Shift+F", does=QT_TRANSLATE_NOOP("Shortcuts", "Finish the session"))
# Speakers
RAISE_HAND = _key(
    "Ctrl+H", does=QT_TRANSLATE_NOOP("Shortcuts", "Raise a hand (type the start of a name, Enter)")
)
NEXT_SPEAKER = _key("F9", does=QT_TRANSLATE_NOOP("Shortcuts", "Next speaker"))
END_TURN = _key("Shift+F9", does=QT_TRANSLATE_NOOP("Shortcuts", "End the turn"))
# Views and items
VIEWS = _key(
    "Alt+1",
    "Alt+2",
    "Alt+3",
    "Alt+4",
    does=QT_TRANSLATE_NOOP("Shortcuts", "Items, ranking, matrix, unanswered barriers"),
)
PRESENTER = _key("F5", does=QT_TRANSLATE_NOOP("Shortcuts", "Presenter screen on or off"))
UNDO = _key("Ctrl+Z", does=QT_TRANSLATE_NOOP("Shortcuts", "Undo"))
REDO = _key("Ctrl+Shift+Z", "Ctrl+Y", does=QT_TRANSLATE_NOOP("Shortcuts", "Redo"))
EDIT_ITEM = _key("F2", does=QT_TRANSLATE_NOOP("Shortcuts", "Edit the selected item"), by_focus=True)
MOVE_ITEM = _key(
    "Alt+Up",
    "Alt+Down",
    does=QT_TRANSLATE_NOOP("Shortcuts", "Move the selected item"),
    by_focus=True,
)
VOTE = _key(
    "+", "-", does=QT_TRANSLATE_NOOP("Shortcuts", "Vote on the selected idea"), by_focus=True
)
DELETE_ITEM = _key(
    "Delete", does=QT_TRANSLATE_NOOP("Shortcuts", "Delete the selected item"), by_focus=True
)
# Sessions and pages
NEW_SESSION = _key("Ctrl+N", does=QT_TRANSLATE_NOOP("Shortcuts", "New session"))
IMPORT = _key("Ctrl+I", does=QT_TRANSLATE_NOOP("Shortcuts", "Import a session file"))
EXPORT_SESSION = _key("Ctrl+E", does=QT_TRANSLATE_NOOP("Shortcuts", "Export the session file"))
EXPORT_MINUTES = _key("Ctrl+Shift+E", does=QT_TRANSLATE_NOOP("Shortcuts", "Export the minutes"))
LIBRARY = _key("Ctrl+Shift+L", does=QT_TRANSLATE_NOOP("Shortcuts", "Library"))
SETUP = _key("Ctrl+Shift+U", does=QT_TRANSLATE_NOOP("Shortcuts", "Set-up"))
RUN = _key("Ctrl+Shift+R", does=QT_TRANSLATE_NOOP("Shortcuts", "Run"))
OVERVIEW = _key(
    "Ctrl+Shift+O",
    does=QT_TRANSLATE_NOOP("Shortcuts", "Overview: the series or the sessions the library shows"),
)
HELP = _key("F1", does=QT_TRANSLATE_NOOP("Shortcuts", "This list of shortcuts"))

# F1 lists them in this order. Quit keeps the platform's own key (QKeySequence.Quit).
ALL = (
    CAPTURE, KINDS, WHO, CATEGORY, BUILDS_ON, CAPTURE_LINE, TO_ITEMS,
    NEXT_PHASE, PREVIOUS_PHASE, PAUSE, FINISH,
    RAISE_HAND, NEXT_SPEAKER, END_TURN,
    VIEWS, PRESENTER, UNDO, REDO, EDIT_ITEM, MOVE_ITEM, VOTE, DELETE_ITEM,
    NEW_SESSION, IMPORT, EXPORT_SESSION, EXPORT_MINUTES, LIBRARY, SETUP, RUN, OVERVIEW, HELP,
)  # fmt: skip
