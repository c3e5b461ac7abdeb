"""Typed reads of one JSON field each, collecting every problem rather than stopping at the
first."""

from __future__ import annotations

from datetime import date, datetime
from enum import StrEnum
from typing import Any, TypeVar

from roundtable.domain import validation
from roundtable.sessionfile.format import Problem

E = TypeVar("E", bound=StrEnum)


def _int_range(low: int, high: int) -> str:
    # A bound that only keeps the number inside SQLite is not worth reading out.
    return f"{low} or more" if high >= 2**62 else f"{low}–{high:,}"


def type_name(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, str):
        return "text"
    if isinstance(value, int | float):
        return f"the number {value}"
    if isinstance(value, list):
        return "a list"
    return "an object"


def a_or_an(word: str) -> str:
    return f"an {word}" if word[:1] in "aeiou" else f"a {word}"


class FieldReader:
    """The field reads a document reader is built from; problems and ignored fields pile up."""

    def __init__(self) -> None:
        self.problems: list[Problem] = []
        self.ignored: list[str] = []

    def problem(self, path: str, message: str) -> None:
        self.problems.append(Problem(path, message))

    def _object(self, value: Any, path: str, known: set[str]) -> dict[str, Any] | None:
        if not isinstance(value, dict):
            self.problem(path, f"must be an object, not {type_name(value)}")
            return None
        for key in value:
            if key not in known:
                self.ignored.append(f"{path}.{key} (unknown field)")
        return value

    def _list(self, obj: dict[str, Any], key: str, path: str) -> list[Any]:
        value = obj.get(key)
        if value is None and key not in obj:
            return []
        if not isinstance(value, list):
            self.problem(f"{path}.{key}", f"must be a list, not {type_name(value)}")
            return []
        return value

    def _text(
        self,
        obj: dict[str, Any],
        key: str,
        path: str,
        required: bool = False,
        low: int = 0,
        high: int | None = None,
    ) -> str | None:
        where = f"{path}.{key}"
        if key not in obj:
            if required:
                self.problem(where, "is required")
            return None
        value = obj[key]
        if not isinstance(value, str):
            self.problem(where, f"must be text, not {type_name(value)}")
            return None
        try:
            value.encode("utf-8")
        except UnicodeEncodeError as exc:
            self.problem(where, f"holds an invalid character at position {exc.start}")
            return None
        if len(value) < low or (high is not None and len(value) > high):
            if high is None:
                self.problem(where, "must not be empty" if low == 1 else f"needs {low} characters")
            else:
                self.problem(where, f"must be {low}–{high:,} characters long, not {len(value):,}")
            return None
        return value

    def _int(self, obj: dict[str, Any], key: str, path: str, low: int, high: int) -> int | None:
        if key not in obj:
            return None
        value = obj[key]
        where = f"{path}.{key}"
        if isinstance(value, bool) or not isinstance(value, int):
            self.problem(where, f"must be a whole number, not {type_name(value)}")
            return None
        if value > high >= 2**62:
            self.problem(where, f"is too large ({value}); the largest possible is {high}")
            return None
        if not low <= value <= high:
            self.problem(where, f"must be {_int_range(low, high)}, not {value}")
            return None
        return value

    def _enum(
        self, obj: dict[str, Any], key: str, path: str, kind: type[E], required: bool = False
    ) -> E | None:
        text = self._text(obj, key, path, required=required)
        if text is None:
            return None
        try:
            return kind(text)
        except ValueError:
            choices = ", ".join(f'"{m.value}"' for m in kind)
            self.problem(f"{path}.{key}", f'"{text}" is not one of {choices}')
            return None

    def _datetime(
        self, obj: dict[str, Any], key: str, path: str, required: bool = False
    ) -> datetime | None:
        text = self._text(obj, key, path, required=required)
        if text is None:
            return None
        where = f"{path}.{key}"
        try:
            value = datetime.fromisoformat(text)
        except ValueError:
            self.problem(where, f'"{text}" is not an ISO 8601 date-time')
            return None
        if value.tzinfo is None:
            self.problem(where, f'"{text}" has no UTC offset (for example +01:00)')
            return None
        if problem := validation.instant_problem(value):
            self.problem(where, f'"{text}" {problem}')
            return None
        return value

    def _date(self, obj: dict[str, Any], key: str, path: str) -> date | None:
        text = self._text(obj, key, path)
        if text is None:
            return None
        try:
            return date.fromisoformat(text)
        except ValueError:
            self.problem(f"{path}.{key}", f'"{text}" is not an ISO 8601 date (YYYY-MM-DD)')
            return None

    def _id(self, obj: dict[str, Any], path: str, seen: dict[str, str]) -> str | None:
        value = self._text(obj, "id", path, required=True, low=1)
        if value is None:
            return None
        if value in seen:
            self.problem(f"{path}.id", f'"{value}" is already used by {seen[value]}')
            return None
        seen[value] = path
        return value

    def _report_problems(self, path: str, problems: validation.Problems) -> None:
        for name, message in problems:
            self.problem(f"{path}.{name}", message)
