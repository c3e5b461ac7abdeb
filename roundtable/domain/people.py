"""Finding a participant by what the facilitator types: a whole name or its first letters."""

from __future__ import annotations

from collections.abc import Iterable

from roundtable.domain.model import Participant


def find_participant(text: str, people: Iterable[Participant]) -> Participant | None:
    """The participant a typed name means: an exact name (any case), else the only one whose
    name it starts. None when nothing is typed, nobody matches, or the start fits several."""
    typed = text.strip().casefold()
    if not typed:
        return None
    everyone = list(people)
    exact = [p for p in everyone if p.name.casefold() == typed]
    if exact:
        return exact[0]
    starting = [p for p in everyone if p.name.casefold().startswith(typed)]
    return starting[0] if len(starting) == 1 else None
