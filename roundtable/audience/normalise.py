"""Text as names are compared in it, with the way back to the text as written.

A name is looked for in a folded copy of the text: NFKC, case folded, accents taken off
(notes write "Sinead" for Sinéad; Danish æ, ø and å stay letters of their own), soft
hyphens and zero-width characters taken out, every apostrophe and dash one character, any
run of white space one space. Folding changes lengths ("ß" becomes "ss", a decomposed "å"
one), so the folded copy keeps, for each of its characters, where it came from: a match
found in the copy is replaced in the original.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

# Invisible inside a word: a name with one of these inside must still be found.
_IGNORED = frozenset("\u00ad\u200b\u200c\u200d\u2060\ufeff\u180e")
_APOSTROPHES = frozenset("'’‘ʼ`´′ʹ")
_DASHES = frozenset("-‐‑‒–—―−﹣－")
# Case folding leaves a combining dot after "i" for a Turkish "İ"; "İlkay" and "Ilkay" are
# the same name to a reader.
_DOT_ABOVE = "\u0307"
# Accents: the combining marks of Latin letters once decomposed, but the ring of å.
_ACCENTS = re.compile("(?<!a)\u030a|[\u0300-\u0309\u030b-\u036f]")


def _unaccented(text: str) -> str:
    if text.isascii():
        return text
    return unicodedata.normalize("NFC", _ACCENTS.sub("", unicodedata.normalize("NFD", text)))


@dataclass(frozen=True)
class Folded:
    """`text` folded, and for each of its characters the span of the original it came from."""

    text: str
    starts: tuple[int, ...]
    ends: tuple[int, ...]

    def original_span(self, start: int, end: int) -> tuple[int, int]:
        """Where the folded `text[start:end]` stands in the original."""
        return self.starts[start], self.ends[end - 1]


def _clusters(text: str) -> list[tuple[int, int]]:
    """Each character with the combining marks after it, as spans: NFC composes within them."""
    spans: list[tuple[int, int]] = []
    for index, char in enumerate(text):
        if spans and unicodedata.combining(char) and char not in _IGNORED:
            spans[-1] = (spans[-1][0], index + 1)
        else:
            spans.append((index, index + 1))
    return spans


def _fold_piece(piece: str) -> str:
    out = []
    for char in _unaccented(unicodedata.normalize("NFKC", piece).casefold()):
        if char in _IGNORED or char == _DOT_ABOVE:
            continue
        if char in _APOSTROPHES:
            char = "'"
        elif char in _DASHES:
            char = "-"
        elif char.isspace():
            char = " "
        out.append(char)
    return "".join(out)


def folded(text: str) -> Folded:
    """`text` folded for comparison, mapped back onto `text`."""
    chars: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    for start, end in _clusters(text):
        for char in _fold_piece(text[start:end]):
            if char == " " and chars and chars[-1] == " ":
                ends[-1] = end  # one space stands for the whole run
                continue
            chars.append(char)
            starts.append(start)
            ends.append(end)
    return Folded("".join(chars), tuple(starts), tuple(ends))


def fold(text: str) -> str:
    """`text` as compared with a name: 'Sinéad O’Brien' and 'sinead  o'brien' fold alike.

    The same as `folded(text).text.strip()`, in C: a name may be as long as careless input
    makes it (a pasted megabyte took minutes through the mapped fold)."""
    return quick_fold(text).strip()


def shape(text: str) -> str:
    """`text` composed, without invisible characters, with its case: to tell 'Tryg' from
    'tryg' and 'KL' from 'kl'."""
    return unicodedata.normalize("NFC", text).translate(_DROP_IGNORED)


_DROP_IGNORED = str.maketrans(dict.fromkeys(_IGNORED))
_QUICK = str.maketrans(
    {
        **{c: None for c in _IGNORED | {_DOT_ABOVE}},
        **{c: "'" for c in _APOSTROPHES},
        **{c: "-" for c in _DASHES},
    }
)
# Only what needs changing: a run of whitespace, or a lone tab or newline (faster on long
# texts than replacing every single space with itself).
_SPACES = re.compile(r"\s{2,}|[^\S ]")


def quick_fold(text: str) -> str:
    """`text` folded as `folded` does, without the way back: a quick first look, in C, so
    that most texts (which name no one) never need the slower mapped fold."""
    text = _unaccented(unicodedata.normalize("NFKC", text).casefold())
    return _SPACES.sub(" ", text.translate(_QUICK))
