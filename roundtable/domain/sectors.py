"""The sector an organisation's name suggests, so that set-up can choose it before the
facilitator has to: "Trivselsdata ApS" is private, "Vestby Kommune" municipal. A name that
says neither suggests nothing (a region, a union, a centre: the facilitator knows)."""

from __future__ import annotations

from collections.abc import Mapping

from roundtable.domain.legal_forms import COMPANY_FORMS
from roundtable.domain.vocabulary import Sector

_MUNICIPAL_WORDS = frozenset({"kommune", "kommunes", "kommunalbestyrelse", "municipality"})


def likely_sector(organisation: str, known: Mapping[str, Sector] | None = None) -> Sector | None:
    """The sector `organisation` most likely belongs to; None when its name does not say.

    `known`: organisations already placed (casefolded name -> sector), which win: the
    facilitator's own choice for a second guest from the same place.
    """
    name = " ".join(organisation.split())
    if not name:
        return None
    if known and (sector := known.get(name.casefold())) is not None:
        return sector
    words = [word.strip(",").casefold() for word in name.split()]
    if any(word in _MUNICIPAL_WORDS for word in words):
        return Sector.MUNICIPAL
    if words[-1] in COMPANY_FORMS or (len(words) > 1 and words[0] in COMPANY_FORMS):
        return Sector.PRIVATE
    return None
