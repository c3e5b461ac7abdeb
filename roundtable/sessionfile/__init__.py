"""The session file (`roundtable-session`, version 1): read, validate and write.

The contract is docs/session-format.md in this repository (in short: the README's "The session
file"). Reading never raises anything but `SessionFileError`, which lists every problem with
its JSON path; a refused file yields nothing, so nothing of it can be half-imported.
"""

from roundtable.sessionfile.format import (
    FORMAT,
    MAX_FILE_BYTES,
    VERSION,
    Problem,
    SessionFileError,
)
from roundtable.sessionfile.reader import (
    ReadResult,
    parse_session_bytes,
    parse_session_document,
    read_session_file,
)
from roundtable.sessionfile.writer import bundle_to_document, dumps, write_session_file

__all__ = [
    "FORMAT",
    "MAX_FILE_BYTES",
    "VERSION",
    "Problem",
    "ReadResult",
    "SessionFileError",
    "bundle_to_document",
    "dumps",
    "parse_session_bytes",
    "parse_session_document",
    "read_session_file",
    "write_session_file",
]
