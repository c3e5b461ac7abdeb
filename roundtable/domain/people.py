"""Finding a participant by what the facilitator types: a whole name, its first letters, or
the first letters of any word of the name or the organisation ("Dah" finds Ole Dahl)."""

from __future__ import annotations

from collections.abc import Iterable

from roundtable.domain.model import Participant


def find_participant(text: str, people: Iterable[Participant]) -> Participant | None:
    """The participant a typed name means: an exact name (any case), else the only one whose
    name it starts, else the only one with a word (of name or organisation) it starts. None
    when nothing is typed, nobody matches, or the start fits several."""
    typed = text.strip().casefold()
    if not typed:
        return None
    everyone = list(people)
    exact = [p for p in everyone if p.name.casefold() == typed]
    if exact:
        return exact[0]
    starting = [p for p in everyone if p.name.casefold().startswith(typed)]
    if starting:
        return starting[0] if len(starting) == 1 else None
    by_word = [p for p in everyone if any(w.startswith(typed) for w in _words(p))]
    return by_word[0] if len(by_word) == 1 else None


def participant_named(text: str, people: Iterable[Participant]) -> Participant | None:
    """The participant whose name `text` is, whatever its case and spacing: an owner typed
    or written back in a workbook names a person only whole ("KL" stays an organisation)."""
    wanted = " ".join(text.split()).casefold()
    if not wanted:
        return None
    return next((p for p in people if " ".join(p.name.split()).casefold() == wanted), None)


def participants_matching(text: str, people: Iterable[Participant]) -> list[Participant]:
    """Who a typed start may mean, to offer while typing: those whose name it starts first,
    then those with a word (of name or organisation) it starts; all when nothing is typed."""
    typed = text.strip().casefold()
    everyone = list(people)
    if not typed:
        return everyone
    by_name = [p for p in everyone if p.name.casefold().startswith(typed)]
    by_word = [
        p for p in everyone if p not in by_name and any(w.startswith(typed) for w in _words(p))
    ]
    return by_name + by_word


def _words(person: Participant) -> list[str]:
    return f"{person.name} {person.organisation}".casefold().split()
