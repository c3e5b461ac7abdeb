"""Text from session files, made safe to print on a terminal.

A session file can carry escape sequences (a window title, `ESC[2K` to wipe a line, a red
"all sessions deleted"). Printed raw, the terminal would obey them; shown escaped, the user
sees what the file holds.
"""

from __future__ import annotations

import re
from functools import cache


@cache
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """Compiled at the first text shown, not at import: every start of the window imports
    this module (cli.py), and compiling them cost it about 1 ms."""
    # C0 and C1 controls and DEL, the line and paragraph separators, and the bidirectional
    # overrides and isolates that can make text read differently from what it is.
    controls = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069]")
    return controls, re.compile(r"[\t\r\n]+")


def _escaped(match: re.Match[str]) -> str:
    code = ord(match.group())
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def shown(text: str) -> str:
    """`text` on one line: tabs and line breaks as a space, other controls escaped."""
    controls, line_breaks = _patterns()
    return controls.sub(_escaped, line_breaks.sub(" ", text))


def shown_lines(text: str) -> str:
    """`text` with its line breaks kept and every other control escaped (messages)."""
    controls = _patterns()[0]
    return "\n".join(controls.sub(_escaped, line) for line in text.split("\n"))
