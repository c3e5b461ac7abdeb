"""The words the minutes print, as fields: one Labels per language fills them all (Danish in
labels_danish.py, English in labels_english.py)."""

from __future__ import annotations

from dataclasses import dataclass

from roundtable.domain.figures import Quadrant
from roundtable.domain.model import IdeaStatus, Language, Phase, Sector


@dataclass(frozen=True)
class Labels:
    language: Language
    # The tag Word uses for spelling and hyphenation.
    language_tag: str
    minutes: str
    theme: str
    host: str
    when: str
    venue: str
    facilitator: str
    participants: str
    name: str
    organisation: str
    role: str
    sector: str
    count: str
    total: str
    no_participants: str
    chatham_house_rule: str
    # The same, when a sector at the table was one person: no statement names a sector.
    chatham_house_rule_unattributed: str
    programme: str
    phase: str
    time_of_day: str
    planned: str
    actual: str
    phases: dict[Phase, str]
    key_points: str
    quotes: str
    quote_marks: tuple[str, str]
    questions: str
    notes: str
    nothing_recorded: str
    kinds: dict[str, str]  # "barrier", "opportunity"
    categories: dict[str, str]
    no_category: str
    votes: str
    impact: str
    effort: str
    out_of: str  # "4 af 5"
    status: str
    statuses: dict[IdeaStatus, str]
    raised_by: str
    owner: str
    next_step: str
    answers_one: str
    builds_on: str  # "Builds on: <title> (<session>)"
    answers_many: str
    untitled_idea: str
    actions: str
    what: str
    due: str
    speaking_time: str
    by_sector: str
    by_participant: str
    share: str
    turns: str
    no_speaking_time: str
    summary: str
    agenda: str
    purpose: str
    hosted: str  # "{host} var vært for rundbordssamtalen"
    about: str  # " om {theme}"
    # A purpose typed as an aim ("At afklare …") opens with this word, and then reads as a
    # sentence after `purpose_was`: "Formålet var at afklare …".
    aim_word: str  # "at"
    purpose_was: str  # "Formålet var {aim}"
    narrative_by: str  # "Kommunens fortælling blev givet af {who}."
    key_messages: str
    data_says: str
    top_ideas: str  # "{ideas}"
    barriers_found: tuple[str, str]  # one, many: "{n} barrierer"
    barriers_unanswered: str  # ", heraf {n} som ingen idé imødegår endnu"
    no_ideas: str
    ideas_overview: str
    all_ideas_below: str  # "{n}" ideas (more than the top ten), "{section}"
    rank: str
    idea: str
    quadrant: str
    quadrants: dict[Quadrant, str]
    matrix: str
    low_effort: str
    high_effort: str
    high_impact: str
    low_impact: str
    not_scored: tuple[str, str]  # one, many: "{n}"
    more: str  # "+ {n} flere"
    follow_up: str
    next_meeting: str
    minute_taker: str
    distribution: str
    minutes_date: str
    detail: str
    other_ideas: str
    unanswered: str
    # Sector words: in a table cell, as a heading over that sector's participants, and
    # as the attribution that replaces a name under the Chatham House Rule.
    sector_names: dict[Sector, str]
    sector_headings: dict[Sector, str]
    sector_speakers: dict[Sector, str]
    # Placeholders for a participant's name or organisation found in free text.
    withheld_name: str
    withheld_organisation: str
    # The footer reads page_before + PAGE + page_middle + NUMPAGES.
    page_before: str
    page_middle: str
    months: tuple[str, ...]
    weekdays: tuple[str, ...]
