"""Names and organisations taken out of free text, for an audience under the Chatham House
Rule."""

from __future__ import annotations

import re
from collections.abc import Iterable


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
                key = same_words(term)
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
        key = same_words(match.group("term"))
        return self._placeholders.get(key, self._fallback) + (match.group("genitive") or "")

    def __call__(self, text: str) -> str:
        if self._pattern is None:
            return text
        return self._pattern.sub(self._placeholder, text)


def same_words(text: str) -> str:
    """`text` as compared with a name: any white space as one space, any case alike."""
    return " ".join(text.split()).casefold()
