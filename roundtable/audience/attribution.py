"""Who said it, as an audience may be told."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable

from roundtable.audience.words import Words
from roundtable.domain.model import Participant

# Under the Chatham House Rule a sector names a group, not a person, only while at least this
# many of the session's participants share it.
SECTOR_CROWD = 2


def sectors_hide_people(people: Iterable[Participant]) -> bool:
    """Whether every sector at the table has company enough that naming it names nobody.
    With one private participant among municipal ones, "a private-sector participant" is
    that person, and "a participant" beside the others' sectors would be them too: then no
    statement of the session is attributed to a sector."""
    counts = Counter(p.sector for p in people)
    return all(n >= SECTOR_CROWD for n in counts.values())


def sector_speaker(person: Participant | None, words: Words, *, by_sector: bool) -> str:
    """'en kommunal deltager' when `by_sector`, else 'en deltager'; '' for nobody."""
    if person is None:
        return ""
    return words.sector_speakers[person.sector] if by_sector else words.a_participant


def attribution(
    person: Participant | None,
    words: Words,
    *,
    chatham_house: bool,
    organisation: bool = True,
    clean: Callable[[str], str] = str,
    by_sector: bool = True,
) -> str:
    """'Name (Organisation)' (or 'Name' without `organisation`), or under the rule the
    person's sector, 'en kommunal deltager' (just 'en deltager' when not `by_sector`: see
    `sectors_hide_people`); '' for nobody."""
    if person is None:
        return ""
    if chatham_house:
        return sector_speaker(person, words, by_sector=by_sector)
    name, where = clean(person.name), clean(person.organisation)
    return f"{name} ({where})" if organisation and where.strip() else name
