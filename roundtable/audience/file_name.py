"""The name the app suggests for a file it writes about a session."""

from __future__ import annotations

_LONGEST = 80  # characters before the suffix: long enough to tell sessions apart
_UNTITLED = "session"


def file_name(title: str, suffix: str) -> str:
    """`title` as a file name that every system accepts, with `suffix`: characters other
    than letters, digits, spaces, '-' and '_' become '_'.

    The caller hands in the title the audience may see: under the Chatham House Rule a
    suggested name is read in folder listings and mail attachments by people who never
    open the file.
    """
    safe = "".join(c if c.isalnum() or c in " -_" else "_" for c in title).strip()
    return (safe or _UNTITLED)[:_LONGEST] + suffix
