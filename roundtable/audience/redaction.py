"""Names and organisations taken out of free text, for an audience under the Chatham House
Rule."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from roundtable.audience.normalise import Folded, fold, folded, quick_fold, shape
from roundtable.audience.ordinary_words import is_ordinary
from roundtable.domain.legal_forms import COMPANY_FORMS

# Legal forms notes leave out: "DataBro" for "DataBro A/S". Folded.
_LEGAL_FORMS = COMPANY_FORMS | {"fonden"}  # a foundation's word too
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
# What may stand between a sentence's end and its first word: space, quotes, a bullet.
_BEFORE_FIRST_WORD = frozenset(" \t\u00a0\"'«»“”„‘’([{*•–-")
_SENTENCE_ENDS = frozenset(".!?:\n\r")
# A term longer than this is no real name but careless input (a pasted page): it is looked for
# as plain text, as one regular expression over a megabyte took minutes to compile and run.
LONG_TERM = 200


def short_form(organisation: str) -> str:
    """`organisation` without its legal form: 'DataBro A/S' -> 'DataBro', 'Fonden X' -> 'X';
    '' when there is none to leave out."""
    words = organisation.split()
    if len(words) < 2:
        return ""
    if fold(words[-1]) in _LEGAL_FORMS:
        return " ".join(words[:-1]).rstrip(",")
    if fold(words[0]) in _LEGAL_FORMS:
        return " ".join(words[1:])
    return ""


# Words that say what kind of organisation it is, or where, not which one: "Sydby" of
# "Sydby Kommune" and "CareTech" of "CareTech Nordic ApS" are what notes write. Folded.
_KIND_WORDS_TEXT = """
    kommune kommunes region regionen universitet university universitetshospital hospital
    hospitalet fond fonden foundation styrelse styrelsen ministerium ministeriet ministry
    institut instituttet institute center centret centeret centre plejecenter plejehjem
    skole skolen school gruppen group holding koncern nordic nordisk nordiske norden dansk
    danske danmark danmarks denmark danish scandinavia scandinavian skandinavien
    international digital consult consulting rådgivning solutions services service
    technology technologies teknologi partners partner company selskab selskabet forening
    foreningen forbund forbundet association agency lab labs & og and of the for i af til
    co co. a/s
"""
_KIND_WORDS = frozenset(_KIND_WORDS_TEXT.split())


def distinctive_word(organisation: str, place: Iterable[str] = ()) -> str:
    """The one word that names `organisation` when the rest only says what kind it is or
    where ('Sydby' of 'Sydby Kommune', 'CareTech' of 'CareTech Nordic ApS', 'FOA' of 'FOA
    Sydby' with `place` the host's folded words, Sydby Kommune's); '' when no single word
    does, or when the name is that one word already."""
    where = set(place)
    whole = short_form(organisation) or organisation
    words = [w for w in whole.replace(",", " ").split() if fold(w) not in _LEGAL_FORMS]
    naming = [w for w in words if fold(w) not in _KIND_WORDS and fold(w) not in where]
    if len(naming) != 1 or len(words) < 2 or is_ordinary(naming[0]):
        return ""
    return naming[0]


def is_ambiguous(term: str) -> bool:
    """Whether every word of `term` is also an everyday word or abbreviation ('Per', 'KL',
    'Tryg'): such a term is hidden only where it is written as a name."""
    words = [w for w in re.split(r"[\s\-‐–]+", term) if w]
    return bool(words) and all(is_ordinary(w) for w in words)


@dataclass(frozen=True)
class Found:
    """A term found in a text: as it was listed, and where it stands in the text."""

    term: str
    start: int
    end: int


@dataclass(frozen=True)
class _Term:
    written: str
    placeholder: str
    ambiguous: bool
    first_name: bool = False


class Redactor:
    """Replaces every occurrence of the given names and organisations with a placeholder.

    Matching happens on folded text (see normalise) and is mapped back onto the text as
    written. Whole words only, with a genitive ('Skovs', "Madsen's") or a compound after a
    hyphen ('DataBro-løsningen') kept beside the placeholder; a hyphen in a name matches a
    space ('Anne Mette Skov'). An organisation is also found without its legal form.

    A term whose every word is also an everyday word ('Per', 'Tryg', 'KL') is replaced only
    where it is written with its capital and does not open a sentence: 'kl. 13.00', 'en tryg
    hverdag' and 'Data' as a heading stay.

    A first name alone ('Lise', 'Maj'; `first_names` lists the full names it is taken from)
    is replaced where it is written with its capital, but not as the start of someone else's
    full name: 'den 2. maj' and 'Anders Lund', the facilitator who shares a participant's
    first name, stay, while 'Lise M.', 'Lise Jensen' (Lise Mørk Jensen) and 'Lise Tarek' go.
    Neither these nor everyday-word names are taken from a date ('2 May 2024', 'Maj 2025').
    """

    def __init__(
        self,
        names: Iterable[str],
        organisations: Iterable[str],
        name_placeholder: str,
        organisation_placeholder: str,
        first_names: Iterable[str] = (),
    ) -> None:
        terms: dict[str, _Term] = {}

        def add(term: str, placeholder: str, first_name: bool = False) -> None:
            key = fold(term)
            if key and key not in terms:
                written, ambiguous = shape(" ".join(term.split())), is_ambiguous(term)
                terms[key] = _Term(written, placeholder, ambiguous, first_name and not ambiguous)

        # Names first: someone whose name is also an organisation's is hidden as a person.
        for name in names:
            add(name, name_placeholder)
        for organisation in list(organisations):
            add(organisation, organisation_placeholder)
            add(short_form(organisation), organisation_placeholder)
        # Last, so that a full name or alias spelt the same wins. Each first name (and
        # 'Anne Mette' of Anne Mette Skov) with the words that still mean that person after it.
        self._own: dict[str, set[str]] = {}
        for name in first_names:
            words = name.split()
            own = {fold(w) for w in re.split(r"[\s\-]+", name) if w}
            own |= {w[0] for w in own if w}  # an initial: 'Lise M.'
            for given in (" ".join(words[:-1]), words[0]):
                add(given, name_placeholder, first_name=True)
                self._own.setdefault(_respaced(fold(given)), set()).update(own)
        self._terms = terms
        # A hyphen in the text may stand where the list has a space, and the reverse.
        self._by_key = {_respaced(k): t for k, t in terms.items()}
        self._email_placeholder = name_placeholder
        self._pattern: re.Pattern[str] | None = None
        self._long = sorted((k for k in self._by_key if len(k) > LONG_TERM), key=len, reverse=True)
        if len(self._long) < len(terms):
            # Longest first, so "Vestby Kommune Vejafdeling" wins over "Vestby Kommune".
            keys = sorted((k for k in terms if len(k) <= LONG_TERM), key=len, reverse=True)
            alternatives = "|".join(
                "[ -]".join(re.escape(w) for w in re.split(r"[ -]", k) if w) for k in keys
            )
            self._pattern = re.compile(
                rf"(?<!\w)(?P<term>{alternatives})(?P<genitive>s|'s?)?(?!\w)"
            )

    def _is_term(self, word: str) -> bool:
        """Whether `word` (or it without a genitive 's') is itself a listed term."""
        key = _respaced(fold(word))
        return any(k in self._by_key for k in (key, key.removesuffix("s"), key.removesuffix("'s")))

    @property
    def terms(self) -> list[str]:
        """Every term looked for, as listed (folded duplicates once)."""
        return [t.written for t in self._terms.values()]

    def find(self, text: str) -> list[Found]:
        """Where the listed names and organisations stand in `text`, as the rule finds them."""
        return [found for found, _, _ in self._matches(text)]

    def _matches(self, text: str, alone: bool = False) -> list[tuple[Found, str, str]]:
        """Each term found, with the genitive after it and its placeholder."""
        if not text:
            return []
        quick = quick_fold(text)
        long_there = [k for k in self._long if k in _respaced(quick)]
        if not long_there and (self._pattern is None or not self._pattern.search(quick)):
            return []
        view = folded(text)
        found = self._long_matches(text, view, long_there)
        taken = [(f.start, f.end) for f, _, _ in found]
        for match in self._pattern.finditer(view.text) if self._pattern else ():
            term = self._by_key[_respaced(match.group("term"))]
            start, end = view.original_span(*match.span("term"))
            written = _written_as_name(text, start, end, term.written, alone)
            if term.ambiguous and not written:
                continue
            if (term.ambiguous or term.first_name) and _in_a_date(text, start, end):
                continue
            if term.first_name:
                own = self._own.get(_respaced(match.group("term")), set())
                if not _first_name_alone(text, start, end, own, self._is_term):
                    continue
            if any(start < t_end and t_start < end for t_start, t_end in taken):
                continue  # inside a longer term found already
            genitive_end = view.original_span(*match.span())[1] if match.group("genitive") else end
            genitive = text[end:genitive_end]
            found.append((Found(term.written, start, end), genitive, term.placeholder))
        return found

    def _long_matches(
        self, text: str, view: Folded, keys: list[str]
    ) -> list[tuple[Found, str, str]]:
        spaced = _respaced(view.text)
        found: list[tuple[Found, str, str]] = []
        for key in keys:
            term = self._by_key[key]
            at = spaced.find(key)
            while at >= 0:
                end = at + len(key)
                whole = (at == 0 or not spaced[at - 1].isalnum()) and (
                    end == len(spaced) or not spaced[end].isalnum()
                )
                start_end = view.original_span(at, end)
                free = all(start_end[1] <= f.start or f.end <= start_end[0] for f, _, _ in found)
                if whole and free:
                    found.append((Found(term.written, *start_end), "", term.placeholder))
                at = spaced.find(key, end if whole else at + 1)
        return found

    def __call__(self, text: str, *, emails: bool = True, alone: bool = False) -> str:
        """`text` with the terms (and, with `emails`, any e-mail address) replaced."""
        spans: list[tuple[int, int, str]] = []
        if emails and "@" in text:
            spans += [(m.start(), m.end(), self._email_placeholder) for m in _EMAIL.finditer(text)]
        emails_at = list(spans)
        for found, genitive, placeholder in self._matches(text, alone):
            if any(found.start < end and start < found.end for start, end, _ in emails_at):
                continue  # 'pia@elmaskiner.dk' goes whole, not as '[p]@[o].dk'
            spans.append((found.start, found.end + len(genitive), placeholder + genitive))
        if not spans:
            return text
        out, at = [], 0
        for start, end, replacement in sorted(spans):
            if start < at:  # inside an e-mail address already replaced
                continue
            out += [text[at:start], replacement]
            at = end
        out.append(text[at:])
        return "".join(out)


def _first_name_alone(
    text: str, start: int, end: int, own: set[str], is_term: Callable[[str], bool]
) -> bool:
    """Whether the first name in `text[start:end]` stands for its participant: with its
    capital, and not followed by a name that makes it someone else's ('Anders Lund', who is
    not the participant Anders Bech; 'Lise-Marie')."""
    if not text[start:end][:1].isupper():
        return False
    after = text[end:]
    if after[:1] in "-‐" and after[1:2].isupper():
        return False
    following = after.lstrip(" \u00a0")
    if len(following) == len(after) or not following[:1].isupper():
        return True
    word = re.match(r"[\w'’.]+", following)
    said = word.group().rstrip(".") if word else ""
    return fold(said) in own or is_term(said)


def _in_a_date(text: str, start: int, end: int) -> bool:
    """Whether a word stands in a date: after a day's number ('2. maj', '2 May') or before a
    year ('Maj 2025')."""
    return bool(
        re.search(r"\d\.?\s*$", text[max(0, start - 4) : start])
        or re.match(r"\s*\d{4}(?!\d)", text[end : end + 7])
    )


def _respaced(key: str) -> str:
    return key.replace("-", " ")


def _written_as_name(text: str, start: int, end: int, listed: str, alone: bool = False) -> bool:
    """Whether an everyday-word term stands in `text[start:end]` as a name: with the capital
    it is listed with (all of them for an abbreviation like 'KL'), not opening a sentence.
    `alone`: the text is a value of its own (an owner), whose start opens no sentence."""
    seen = shape(text[start:end])
    letters = [c for c in listed if c.isalpha()]
    if len(letters) > 1 and all(c.isupper() for c in letters):
        if not all(c.isupper() for c in seen if c.isalpha()):
            return False
    elif not seen[:1].isupper():
        return False
    at = start
    while at > 0 and text[at - 1] in _BEFORE_FIRST_WORD:
        at -= 1
    if at == 0:
        return alone
    return text[at - 1] not in _SENTENCE_ENDS
