"""The Word minutes of a session.

The one call that writes them (roundtable.exports makes it for the command line and the
window, after refusing the database's own files)::

    from roundtable.minutes import write_minutes

    write_minutes(store.export_bundle(session_id), Path("referat.docx"))
    write_minutes(bundle, path, chatham_house=True, language=Language.EN, template=Path("org.docx"))

- `chatham_house=True` applies the Chatham House Rule even when the session does not; a
  session that was held under the rule is always exported under it.
- `language` defaults to the session's language.
- `template` is an organisation's .docx or .dotx: its styles, header, footer and page set-up
  are used, its body is left out.

The file is written atomically. Anything the user should see (an unusable template, a
folder that cannot be written) is raised as a `RoundtableError` whose message names the file.
python-docx is imported on the first call, not with this package.
"""

from __future__ import annotations

from pathlib import Path

from roundtable.domain.model import Language, SessionBundle

__all__ = ["write_minutes"]


def write_minutes(
    bundle: SessionBundle,
    path: str | Path,
    *,
    chatham_house: bool = False,
    language: Language | None = None,
    template: str | Path | None = None,
) -> None:
    """Write the minutes of `bundle` as a Word document to `path`."""
    from roundtable.minutes.content import build_minutes
    from roundtable.minutes.document import write_document

    minutes = build_minutes(
        bundle,
        chatham_house=chatham_house or bundle.session.chatham_house,
        language=language or bundle.session.language,
    )
    write_document(minutes, Path(path), None if template is None else Path(template))
