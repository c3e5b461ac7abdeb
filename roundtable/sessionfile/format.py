"""The format's name and version, and how a refused file is reported."""

from __future__ import annotations

from dataclasses import dataclass

from roundtable.errors import RoundtableError

FORMAT = "roundtable-session"
VERSION = 1
MAX_FILE_BYTES = 100 * 1024 * 1024
_SHOWN_PROBLEMS = 50


@dataclass(frozen=True)
class Problem:
    path: str
    message: str

    def __str__(self) -> str:
        return f"{self.path}: {self.message}" if self.path else self.message


class SessionFileError(RoundtableError):
    """A file that is refused whole, with every problem found."""

    def __init__(self, source: str, problems: list[Problem]) -> None:
        self.source = source
        self.problems = problems
        count = len(problems)
        lines = [f"  {p}" for p in problems[:_SHOWN_PROBLEMS]]
        if count > _SHOWN_PROBLEMS:
            lines.append(f"  … and {count - _SHOWN_PROBLEMS} more")
        noun = "problem" if count == 1 else "problems"
        super().__init__(
            f"{source} was refused ({count} {noun}; nothing was imported):\n" + "\n".join(lines)
        )
