"""Which words name the participants of a session: what the Chatham House Rule hides."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from roundtable.audience.normalise import fold
from roundtable.audience.redaction import distinctive_word, is_ambiguous, short_form
from roundtable.domain.model import Participant


@dataclass(frozen=True)
class Terms:
    names: list[str]
    organisations: list[str]
    first_names: list[str]  # the full names whose first name alone is hidden (see Redactor)


def _words(name: str) -> list[str]:
    return fold(name).replace("-", " ").split()


def session_terms(
    people: Iterable[Participant],
    host: str,
    clean: Callable[[str], str] = str,
) -> Terms:
    """The names and organisations to hide in a session hosted by `host`.

    Each participant's name and "also written as" names; the first name alone ("Lise", as
    notes call people; as `first_names`); a surname alone when no one else in the session
    shares it (nor has it as a first name); each organisation but the host's,
    with and without its legal form, and by its one naming word ('Sydby' of Sydby Kommune)
    unless that word is also the host's. An alias that is a short form of the participant's
    organisation ('DB' for 'DataBro A/S', 'DataBro') is hidden as an organisation.
    """
    tidy = clean
    people = list(people)
    host_key = fold(host)
    host_words = set(_words(host))
    words = [_words(p.name) for p in people]
    last_words = Counter(w[-1] for w in words if len(w) > 1)
    other_words = Counter(x for w in words for x in w[:-1])
    other_words.update(w[0] for w in words if len(w) == 1)
    names: list[str] = []
    organisations: list[str] = []
    first_names: list[str] = []
    for person in people:
        names.append(tidy(person.name))
        if len(person.name.split()) > 1:
            first_names.append(tidy(person.name))  # 'Anne-Mette' of it whole
        written = person.name.replace("-", " ").split()
        if len(written) > 1:
            surname = fold(written[-1])
            if last_words[surname] == 1 and not other_words[surname]:
                names.append(tidy(written[-1]))
        hosted = bool(host_key) and fold(person.organisation) == host_key
        if person.organisation.strip() and not hosted:
            organisations.append(tidy(person.organisation))
            # The host's place says where, not which: 'FOA' of FOA Sydby at Sydby Kommune.
            word = distinctive_word(person.organisation, host_words)
            if word and fold(word) not in host_words:  # 'Vestby' of Vestby Kommune stays
                organisations.append(tidy(word))
        for alias in person.aliases:
            if _names_organisation(alias, person.organisation) and not hosted:
                organisations.append(tidy(alias))
            else:
                names.append(tidy(alias))
    return Terms(names, organisations, first_names)


def _names_organisation(alias: str, organisation: str) -> bool:
    key, whole = fold(alias), fold(organisation)
    if not key or not whole:
        return False
    initials = "".join(w[0] for w in whole.replace("-", " ").split() if w[0].isalnum())
    short = fold(short_form(organisation))
    # "Elma" for "ElMaskiner A/S": the start of one of its words.
    started = len(key) >= 3 and any(w.startswith(key) for w in whole.split())
    return key in (whole, short, initials) or started


def ambiguous_terms(person: Participant, host: str = "") -> list[str]:
    """The person's names and organisation that are also everyday words ('Per', 'Tryg',
    'KL'): hidden only where written with the capital and not opening a sentence. Set-up
    tells the facilitator, who may add a fuller "also written as" name."""
    hosted = bool(fold(host)) and fold(person.organisation) == fold(host)
    organisation = [] if hosted else [person.organisation, short_form(person.organisation)]
    first = person.name.split()[:1] if len(person.name.split()) > 1 else []
    seen: list[str] = []
    for term in [person.name, *first, *person.aliases, *organisation]:
        term = " ".join(term.split())
        if term and is_ambiguous(term) and term not in seen:
            seen.append(term)
    return seen
