"""Which copy of a session is newer: decided by lineage, never by clock.

Laptops' clocks differ, so `revised_at` is for people only. A session's lineage is the list
of revision ids it went through; a file grew from a stored session when the stored revision
is in the file's lineage (docs/session-format.md, "Importing a file whose session is already
there").
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from enum import StrEnum


class Outcome(StrEnum):
    NEW = "new"
    UPDATED = "updated"
    UNCHANGED = "unchanged"
    COPY = "copy"


def compare(
    stored_revision: str,
    stored_lineage: Sequence[str],
    file_revision: str,
    file_lineage: Sequence[str],
) -> Outcome:
    """What importing a file does to the stored session with the same uid."""
    if file_revision == stored_revision or file_revision in stored_lineage:
        return Outcome.UNCHANGED  # the same, or older than what is stored
    if stored_revision in file_lineage:
        return Outcome.UPDATED  # the file grew from what is stored
    return Outcome.COPY  # both sides changed


def extended(lineage: Sequence[str], revision: str) -> list[str]:
    """`lineage` ending with `revision`, each revision once, oldest first."""
    out = [r for r in lineage if r != revision]
    out.append(revision)
    return out


def followup_union(ours: Iterable[dict], theirs: Iterable[dict]) -> list[dict]:
    """Both sides' follow-up entries, each once (by at, status and note), oldest first."""
    seen: dict[tuple, dict] = {}
    for entry in [*ours, *theirs]:
        key = (entry.get("at"), entry.get("status"), entry.get("note") or "")
        seen.setdefault(key, entry)
    return sorted(seen.values(), key=lambda e: (str(e.get("at")), str(e.get("status"))))
