"""Text on its way into Word: what XML cannot hold is left out, and under the Chatham House
Rule the participants' names and organisations are taken out of free text."""

from __future__ import annotations

import re
from collections.abc import Iterable

# XML 1.0 cannot hold C0 control characters other than tab, newline and carriage return,
# lone surrogates, or U+FFFE/U+FFFF; lxml refuses the whole document if one slips in.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
_NOT_XML_SPACED = re.compile(f" ?(?:{_NOT_XML.pattern})+ ?")
_LINE_ENDS = re.compile("\r\n?")


def word_safe(text: str) -> str:
    """`text` without the characters a Word document cannot hold; line ends as '\\n'.

    python-docx turns both '\\r' and '\\n' into a line break, so a Windows line end would
    otherwise become two.
    """
    return _NOT_XML_SPACED.sub(_one_space, _LINE_ENDS.sub("\n", text))


def _one_space(match: re.Match[str]) -> str:
    # "a \x07 b" reads "a b", not "a  b"; "a\x07b" reads "ab".
    return " " if " " in match.group() else ""


class Redactor:
    """Replaces every occurrence of the given names and organisations with a placeholder.

    Matching ignores case and the kind of white space between words, and only takes whole
    words, with a genitive s or apostrophe: a participant called "Bo" does not change
    "Bornholm", but "Bos" and "Bo's" are hidden. It cannot recognise a
    first name alone or a nickname; the facilitator is told so in the README.
    """

    def __init__(
        self,
        names: Iterable[str],
        organisations: Iterable[str],
        name_placeholder: str,
        organisation_placeholder: str,
    ) -> None:
        placeholders: dict[str, str] = {}
        # Names first: someone whose name is also an organisation's is hidden as a person.
        for terms, placeholder in (
            (names, name_placeholder),
            (organisations, organisation_placeholder),
        ):
            for term in terms:
                key = " ".join(term.split()).casefold()
                if key:
                    placeholders.setdefault(key, placeholder)
        self._placeholders = placeholders
        # Case folding can differ from the regex's case-insensitive match in rare scripts;
        # a match is then still replaced, as a name.
        self._fallback = name_placeholder
        self._pattern: re.Pattern[str] | None = None
        if placeholders:
            # Longest first, so "Vestby Kommune Vejafdeling" wins over "Vestby Kommune".
            terms = sorted(placeholders, key=len, reverse=True)
            alternatives = "|".join(r"\s+".join(map(re.escape, t.split(" "))) for t in terms)
            # A genitive stays behind the placeholder: "Pia Skovs idé" -> "[deltager]s idé".
            self._pattern = re.compile(
                rf"(?<!\w)(?P<term>{alternatives})(?P<genitive>s|['’]s?)?(?!\w)", re.IGNORECASE
            )

    def _placeholder(self, match: re.Match[str]) -> str:
        key = " ".join(match.group("term").split()).casefold()
        return self._placeholders.get(key, self._fallback) + (match.group("genitive") or "")

    def __call__(self, text: str) -> str:
        if self._pattern is None:
            return text
        return self._pattern.sub(self._placeholder, text)
