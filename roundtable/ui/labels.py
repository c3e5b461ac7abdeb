"""Translated names for the domain's values, as the interface shows them."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from roundtable.domain.vocabulary import (
    IdeaStatus,
    ItemKind,
    Language,
    Phase,
    Sector,
    SessionStatus,
)


# Each literal appears in a translate() call so that lupdate finds it.
def phase_name(phase: Phase) -> str:
    return {
        Phase.NARRATIVE: QCoreApplication.translate("Labels", "Municipal narrative"),
        Phase.BARRIERS_OPPORTUNITIES: QCoreApplication.translate(
            "Labels", "Barriers and opportunities"
        ),
        Phase.IDEAS: QCoreApplication.translate("Labels", "Ideas and next steps"),
    }[Phase(phase)]


def kind_name(kind: ItemKind) -> str:
    return {
        ItemKind.NOTE: QCoreApplication.translate("Labels", "Note"),
        ItemKind.QUOTE: QCoreApplication.translate("Labels", "Quote"),
        ItemKind.QUESTION: QCoreApplication.translate("Labels", "Question"),
        ItemKind.BARRIER: QCoreApplication.translate("Labels", "Barrier"),
        ItemKind.OPPORTUNITY: QCoreApplication.translate("Labels", "Opportunity"),
        ItemKind.IDEA: QCoreApplication.translate("Labels", "Idea"),
        ItemKind.ACTION: QCoreApplication.translate("Labels", "Action"),
    }[ItemKind(kind)]


def kind_plural(kind: ItemKind) -> str:
    return {
        ItemKind.NOTE: QCoreApplication.translate("Labels", "Notes"),
        ItemKind.QUOTE: QCoreApplication.translate("Labels", "Quotes"),
        ItemKind.QUESTION: QCoreApplication.translate("Labels", "Questions"),
        ItemKind.BARRIER: QCoreApplication.translate("Labels", "Barriers"),
        ItemKind.OPPORTUNITY: QCoreApplication.translate("Labels", "Opportunities"),
        ItemKind.IDEA: QCoreApplication.translate("Labels", "Ideas"),
        ItemKind.ACTION: QCoreApplication.translate("Labels", "Actions"),
    }[ItemKind(kind)]


def sector_name(sector: Sector) -> str:
    return {
        Sector.MUNICIPAL: QCoreApplication.translate("Labels", "Municipal"),
        Sector.PRIVATE: QCoreApplication.translate("Labels", "Private"),
        Sector.OTHER: QCoreApplication.translate("Labels", "Other"),
    }[Sector(sector)]


def status_name(status: SessionStatus) -> str:
    return {
        SessionStatus.PLANNED: QCoreApplication.translate("Labels", "Planned"),
        SessionStatus.RUNNING: QCoreApplication.translate("Labels", "Running"),
        SessionStatus.COMPLETED: QCoreApplication.translate("Labels", "Completed"),
    }[SessionStatus(status)]


def idea_status_name(status: IdeaStatus) -> str:
    return {
        IdeaStatus.PROPOSED: QCoreApplication.translate("Labels", "Proposed"),
        IdeaStatus.IN_PROGRESS: QCoreApplication.translate("Labels", "In progress"),
        IdeaStatus.DONE: QCoreApplication.translate("Labels", "Done"),
        IdeaStatus.DROPPED: QCoreApplication.translate("Labels", "Dropped"),
    }[IdeaStatus(status)]


def language_name(language: Language) -> str:
    # Each language in its own name, as language menus do.
    return {Language.DA: "Dansk", Language.EN: "English"}[Language(language)]


def category_names() -> dict[str, str]:
    """The suggested categories: stored key → shown name."""
    names = {
        "legislation": QCoreApplication.translate("Labels", "Legislation"),
        "data": QCoreApplication.translate("Labels", "Data"),
        "procurement": QCoreApplication.translate("Labels", "Procurement"),
        "economy": QCoreApplication.translate("Labels", "Economy"),
        "organisation": QCoreApplication.translate("Labels", "Organisation"),
        "competences": QCoreApplication.translate("Labels", "Competences"),
        "technology": QCoreApplication.translate("Labels", "Technology"),
        "ethics_trust": QCoreApplication.translate("Labels", "Ethics and trust"),
        "implementation_scaling": QCoreApplication.translate(
            "Labels", "Implementation and scaling"
        ),
    }
    from roundtable.domain.rules import SUGGESTED_CATEGORIES  # the library shows none

    return {key: names[key] for key in SUGGESTED_CATEGORIES}


def category_name(category: str) -> str:
    """A suggested category's name; free text as typed."""
    return category_names().get(category, category)


def category_key(shown: str) -> str:
    """What to store for a category as typed or picked: a suggested key, else the text. The
    names in either language count: the session's prompts may be in the other one."""
    text = shown.strip()
    for key, name in category_names().items():
        if text.casefold() in (name.casefold(), key.casefold()):
            return key
    from roundtable.minutes.labels import canonical_category  # not at start: the run page's

    return canonical_category(text)


def category_names_in_both() -> list[str]:
    """Every suggested category's name, the interface's first, then the other language's."""
    from roundtable.minutes.labels import DA, EN

    shown = list(category_names().values())
    return shown + [n for lb in (DA, EN) for n in lb.categories.values() if n not in shown]


def sector_from_text(text: str) -> Sector:
    """A sector from pasted text in either language; unknown text counts as other."""
    word = text.strip().casefold()
    for sector in Sector:
        if word in (str(sector), sector_name(sector).casefold()):
            return sector
    danish = {"kommunal": Sector.MUNICIPAL, "kommune": Sector.MUNICIPAL, "privat": Sector.PRIVATE}
    return danish.get(word, Sector.OTHER)
