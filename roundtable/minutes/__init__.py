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

Under the rule, names are also taken out of what a template brings, and before the file is
written every part of it is scanned for every participant term: if one remains, nothing is
written and a `NameLeftInMinutes` says which and where.

The file is written atomically. Anything the user should see (an unusable template, a
folder that cannot be written) is raised as a `RoundtableError` whose message names the file.
python-docx is imported on the first call, not with this package.
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import TYPE_CHECKING

from roundtable.domain.model import Language, SessionBundle
from roundtable.errors import RoundtableError

if TYPE_CHECKING:
    from roundtable.insights.builds_on import Linked

__all__ = ["NameLeftInMinutes", "write_minutes"]


class NameLeftInMinutes(RoundtableError):
    """A participant's name or organisation was still in the minutes; nothing was written."""


def write_minutes(
    bundle: SessionBundle,
    path: str | Path,
    *,
    chatham_house: bool = False,
    language: Language | None = None,
    template: str | Path | None = None,
    earlier: Mapping[str, Linked] | None = None,
) -> None:
    """Write the minutes of `bundle` as a Word document to `path`. `earlier`: the items
    (of other sessions) that items of this one build on, by uid."""
    from roundtable.atomicfile import atomic_path
    from roundtable.audience import Audience
    from roundtable.audience.docx_scan import docx_leaks
    from roundtable.minutes.content import build_minutes
    from roundtable.minutes.document import write_document
    from roundtable.minutes.text import word_safe

    rule = chatham_house or bundle.session.chatham_house
    language = language or bundle.session.language
    minutes = build_minutes(bundle, chatham_house=rule, language=language, earlier=earlier)
    template = None if template is None else Path(template)
    if not rule:
        write_document(minutes, Path(path), template)
        return
    audience = Audience.for_session(bundle, True, language=language, clean=word_safe)
    with atomic_path(path) as built:
        write_document(minutes, built, template, audience.names_hidden)
        leaks = docx_leaks(built, audience)
        if leaks:
            where = "; ".join(f"“{leak.term}” in {leak.part}" for leak in leaks[:5])
            raise NameLeftInMinutes(
                f"The minutes were not written to {path}: under the Chatham House Rule they "
                f"would still name a participant ({where}). Nothing was written: take the "
                "name out of the template, or report it if the minutes themselves hold it."
            )
