"""The headlines of a synthesis: the ideas and statements the organiser pinned, else the
ideas with the largest share of their session's votes."""

from __future__ import annotations

from collections.abc import Sequence

from roundtable.domain.model import SessionBundle
from roundtable.insights.across import IdeaShare, ideas_by_share

HEADLINE_IDEAS = 5  # without pins: how many ideas by vote share head the report


def headline_ideas(
    bundles: Sequence[SessionBundle], unpinned_limit: int = HEADLINE_IDEAS
) -> list[IdeaShare]:
    """Every pinned idea, ranked by share; when none is pinned, the first `unpinned_limit`
    by share. A pin is the organiser's judgement, so it is never cut to a count."""
    shares = ideas_by_share(bundles)
    pinned = [s for s in shares if s.idea.pinned]
    return pinned or shares[:unpinned_limit]
