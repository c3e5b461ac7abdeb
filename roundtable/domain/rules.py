"""The rules of the roundtable format: which kinds belong to which phase, limits, defaults."""

from __future__ import annotations

from roundtable.domain.model import ActionStatus, IdeaStatus, ItemKind, Phase, PhasePlan

PHASE_ORDER: tuple[Phase, ...] = (Phase.NARRATIVE, Phase.BARRIERS_OPPORTUNITIES, Phase.IDEAS)

DEFAULT_PLANNED_MINUTES: dict[Phase, int] = {
    Phase.NARRATIVE: 30,
    Phase.BARRIERS_OPPORTUNITIES: 45,
    Phase.IDEAS: 45,
}

# The first kind is the one capture starts with in that phase; a note fits every phase.
KINDS_BY_PHASE: dict[Phase, tuple[ItemKind, ...]] = {
    Phase.NARRATIVE: (ItemKind.NOTE, ItemKind.QUOTE, ItemKind.QUESTION),
    Phase.BARRIERS_OPPORTUNITIES: (ItemKind.BARRIER, ItemKind.OPPORTUNITY, ItemKind.NOTE),
    Phase.IDEAS: (ItemKind.IDEA, ItemKind.ACTION, ItemKind.NOTE),
}

SUGGESTED_CATEGORIES: tuple[str, ...] = (
    "legislation",
    "data",
    "procurement",
    "economy",
    "organisation",
    "competences",
    "technology",
    "ethics_trust",
    # Seeds 002 and 004: pilots that never reach operation or other municipalities.
    "implementation_scaling",
)

TITLE_MAX = 300
SERIES_MAX = 200
TEXT_MAX = 20_000
MINUTES_MIN, MINUTES_MAX = 1, 600
SCORE_MIN, SCORE_MAX = 1, 5
# Dot-voting totals: any whole number ≥ 0 (the contract), within SQLite's integers.
VOTES_MAX = 2**63 - 1

CATEGORY_KINDS = frozenset({ItemKind.BARRIER, ItemKind.OPPORTUNITY})
IDEA_KINDS = frozenset({ItemKind.IDEA})
OWNER_KINDS = frozenset({ItemKind.IDEA, ItemKind.ACTION})
DUE_KINDS = frozenset({ItemKind.ACTION})
# Kinds that are followed up after the session: status, outcome, history.
FOLLOWUP_KINDS = OWNER_KINDS


def kind_fits_phase(kind: ItemKind, phase: Phase) -> bool:
    return kind in KINDS_BY_PHASE[phase]


def default_phases() -> list[PhasePlan]:
    return [PhasePlan(p, DEFAULT_PLANNED_MINUTES[p]) for p in PHASE_ORDER]


def phases_with_defaults(given: list[PhasePlan]) -> list[PhasePlan]:
    """The three phases in order: those given, the missing ones with their default timebox."""
    by_phase = {p.phase: p for p in given}
    return [by_phase.get(p) or PhasePlan(p, DEFAULT_PLANNED_MINUTES[p]) for p in PHASE_ORDER]


def statuses_of(kind: ItemKind) -> type[IdeaStatus] | type[ActionStatus]:
    """The statuses an action, or else an idea, can take, in their order of progress."""
    return ActionStatus if kind is ItemKind.ACTION else IdeaStatus
