"""Reading a session file: bytes to JSON to a checked bundle, or one refusal listing every
problem."""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from roundtable.domain.model import SessionBundle
from roundtable.errors import RoundtableError
from roundtable.sessionfile.format import MAX_FILE_BYTES, Problem, SessionFileError
from roundtable.sessionfile.validation import DocumentReader


@dataclass
class ReadResult:
    bundle: SessionBundle
    # JSON paths of fields that were present but ignored, each with the reason.
    ignored: list[str] = field(default_factory=list)


def read_session_file(path: str | Path) -> ReadResult:
    path = Path(path)
    try:
        # Read at most one byte past the limit: a device or pipe (/dev/zero) has no size.
        with path.open("rb") as handle:
            data = handle.read(MAX_FILE_BYTES + 1)
    except OSError as exc:
        raise RoundtableError(f"Cannot read {path}: {exc.strerror or exc}.") from exc
    return parse_session_bytes(data, str(path))


def parse_session_bytes(data: bytes, source: str = "the session file") -> ReadResult:
    if len(data) > MAX_FILE_BYTES:
        raise SessionFileError(
            source, [Problem("", f"the file is larger than {MAX_FILE_BYTES // 2**20} MiB")]
        )
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise SessionFileError(
            source, [Problem("", f"the file is not UTF-8 text (byte {exc.start} is not valid)")]
        ) from None
    twice: list[_Object] = []
    try:
        document = json.loads(text, object_pairs_hook=lambda pairs: _object(pairs, twice))
    except RecursionError:
        raise SessionFileError(source, [Problem("", "the JSON is nested too deeply")]) from None
    except json.JSONDecodeError as exc:
        raise SessionFileError(
            source,
            [Problem("", f"not valid JSON: {exc.msg} at line {exc.lineno}, column {exc.colno}")],
        ) from None
    except ValueError as exc:  # e.g. an integer longer than Python converts (4,300 digits)
        raise SessionFileError(source, [Problem("", f"not valid JSON: {exc}")]) from None
    result = parse_session_document(document, source)
    if twice:  # rare: a hand edit, or another tool's writer
        result.ignored[:0] = [
            f"{path} (given twice; only the last value is read)" for path in _given_twice(document)
        ]
    return result


def parse_session_document(document: Any, source: str = "the session file") -> ReadResult:
    reader = DocumentReader()
    bundle = reader.read(document)
    if reader.problems or bundle is None:
        raise SessionFileError(source, reader.problems)
    return ReadResult(bundle, reader.ignored)


class _Object(dict):
    """A JSON object that remembers the names it was given more than once: JSON lets a name
    repeat, and the last value wins, so an earlier one would be lost without a word."""

    twice: tuple[str, ...] = ()


def _object(pairs: list[tuple[str, Any]], twice: list[_Object]) -> dict[str, Any]:
    found = dict(pairs)  # a plain dict while nothing repeats: this runs for every object
    if len(found) == len(pairs):
        return found
    marked = _Object(pairs)
    seen: set[str] = set()
    marked.twice = tuple(dict.fromkeys(k for k, _ in pairs if k in seen or seen.add(k)))
    twice.append(marked)
    return marked


def _given_twice(value: Any, path: str = "") -> Iterator[str]:
    """The JSON path of every name given twice, written as the reader's problems are."""
    if isinstance(value, dict):
        for key in getattr(value, "twice", ()):
            yield f"{path}.{key}".lstrip(".")
        for key, inner in value.items():
            yield from _given_twice(inner, f"{path}.{key}")
    elif isinstance(value, list):
        for at, inner in enumerate(value):
            yield from _given_twice(inner, f"{path}[{at}]")
