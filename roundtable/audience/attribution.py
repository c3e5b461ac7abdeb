"""Who said it, as an audience may be told."""

from __future__ import annotations

from collections.abc import Callable

from roundtable.audience.words import Words
from roundtable.domain.model import Participant


def attribution(
    person: Participant | None,
    words: Words,
    *,
    chatham_house: bool,
    organisation: bool = True,
    clean: Callable[[str], str] = str,
) -> str:
    """'Name (Organisation)' (or 'Name' without `organisation`), or under the rule the
    person's sector: 'en kommunal deltager'; '' for nobody."""
    if person is None:
        return ""
    if chatham_house:
        return words.sector_speakers[person.sector]
    name, where = clean(person.name), clean(person.organisation)
    return f"{name} ({where})" if organisation and where.strip() else name
