"""What a report of several sessions may name: each session's audience (its Chatham House
Rule, its participants), taken together, with the hosts named wherever they appear."""

from __future__ import annotations

import re
from collections.abc import Sequence

from roundtable.audience import Audience
from roundtable.audience.redaction import Found, distinctive_word
from roundtable.domain.model import Language, SessionBundle
from roundtable.minutes.text import word_safe


class SelectionAudience:
    """The audiences of every session of the selection as one: what the whole report may
    name. A host is named wherever it appears (each session names its own)."""

    def __init__(self, audiences: dict[int, Audience], hosts: Sequence[str]) -> None:
        self.by_session = audiences
        # A host by its town alone too ('Nordhavn' of Nordhavn Kommune, in 'Nordhavn
        # Rådhus'), which another session hides as a participant's organisation.
        named = [*hosts, *(distinctive_word(h) for h in hosts)]
        self._hosts = {h.strip().casefold() for h in named if h.strip()}
        longest_first = sorted(self._hosts, key=len, reverse=True)
        self._host_words = (
            re.compile(r"\b(?:" + "|".join(map(re.escape, longest_first)) + r")\b", re.I)
            if longest_first
            else None
        )

    def leaks(self, text: str) -> list[Found]:
        found = []
        for audience in self.by_session.values():
            found += [f for f in audience.leaks(text) if f.term.casefold() not in self._hosts]
        return found

    def names_hidden(self, text: str) -> str:
        """`text` (a template's header, say) with every session's names hidden, the hosts'
        kept: a host that was a guest at another session of the series is still named."""
        kept: list[str] = []

        def keep(match: re.Match[str]) -> str:
            kept.append(match.group())
            return f"\ue000{len(kept) - 1}\ue001"  # private-use marks no name contains

        if self._host_words is not None:
            text = self._host_words.sub(keep, text)
        for audience in self.by_session.values():
            text = audience.names_hidden(text)
        return re.sub("\ue000(\\d+)\ue001", lambda m: kept[int(m.group(1))], text)


def selection_audience(
    bundles: Sequence[SessionBundle], rule: bool, language: Language
) -> SelectionAudience:
    audiences = {
        b.session.id: Audience.for_session(b, rule, language=language, clean=word_safe)
        for b in bundles
    }
    return SelectionAudience(audiences, [b.session.host for b in bundles])
