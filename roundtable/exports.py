"""Writing one session out: the one sequence the command line and the window share.

Each export reads the session afresh, refuses a target that is the live database (writing
there would destroy it), and writes atomically. Anything the user should see (no such
session, an unusable template, a folder that cannot be written) is raised as a
`RoundtableError`; how it is reported is the caller's (stderr, a message box).
python-docx and the session-file writer are imported on use, so importing this is cheap.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path
from typing import TYPE_CHECKING

from roundtable.domain.model import Language

if TYPE_CHECKING:
    from roundtable.storage import SessionStore


def minutes_available() -> bool:
    """Whether this build can write minutes (a build may leave python-docx out)."""
    return importlib.util.find_spec("roundtable.minutes") is not None


def export_minutes(
    store: SessionStore,
    session_id: int,
    target: str | Path,
    *,
    chatham_house: bool = False,
    language: Language | None = None,
    template: str | Path | None = None,
) -> Path:
    """Write the Word minutes of the session to `target`; return where.

    A session held under the Chatham House Rule is always written under it;
    `chatham_house=True` applies the rule to any other. `language` defaults to the
    session's; `template` is an organisation's .docx or .dotx.
    """
    from roundtable.insights.builds_on import earlier_of
    from roundtable.minutes import write_minutes

    bundle = store.export_bundle(session_id)
    target = Path(target)
    store.refuse_own_file(target)
    write_minutes(
        bundle,
        target,
        chatham_house=chatham_house,
        language=language,
        template=None if template is None else Path(template),
        earlier=earlier_of(store, bundle.items),
    )
    return target


def export_session_file(store: SessionStore, session_id: int, target: str | Path) -> Path:
    """Write the session file (every name kept: it is for the facilitators, not an
    audience) to `target`; return where."""
    from roundtable.sessionfile import write_session_file

    bundle = store.export_bundle(session_id, revised=True)
    target = Path(target)
    store.refuse_own_file(target)
    write_session_file(bundle, target)
    return target


def session_file_text(store: SessionStore, session_id: int) -> str:
    """The session file as text, for a pipe rather than a file."""
    from roundtable.sessionfile import dumps

    return dumps(store.export_bundle(session_id, revised=True))
