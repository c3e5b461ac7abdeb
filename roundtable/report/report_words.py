"""The synthesis report's own words in Danish and English; the rest (sectors, statuses,
dates, categories) it shares with the minutes (roundtable.minutes.labels)."""

from __future__ import annotations

from dataclasses import dataclass

from roundtable.domain.model import Language


@dataclass(frozen=True)
class ReportWords:
    untitled: str
    opening: str  # "{n} {roundtables} … "
    roundtable_one: str
    roundtable_many: str
    between: str  # "{first}", "{last}"
    on_day: str  # "{day}"
    at: str  # "{venues}"
    hosted_by: str  # "{hosts}"
    hosted_by_many: str  # "{hosts}": more than one host
    about: str  # "{themes}"
    came: str  # "{people}", "{sectors}", "{organisations}"
    came_again: str  # "{n}": attendances, when some came to more than one session
    organisation_count: tuple[str, str]  # one, many: "{n}"
    under_rule: str
    # How many came from a sector, after the number: (one, more than one), by sector key.
    sector_counts: dict[str, tuple[str, str]]
    synthesis: str
    planned: str  # "{meetings}": the series' meetings not held yet
    barriers: str
    none_recurring: str  # no category in more than one of the meetings
    in_sessions: str  # "{n}", "{total}"
    themes: str
    ideas: str
    idea_source: str  # "{session}", "{share}"
    answers: str
    follow_up: str
    overdue: str
    due: str  # "{day}"
    outcomes: str
    sessions: str
    key_messages: str
    top_ideas: str
    participation: str
    session: str
    chart: str
    nothing: str
    and_word: str


DA = ReportWords(
    untitled="Syntese af rundbordssamtaler",
    opening="{n} {roundtables}",
    roundtable_one="rundbordssamtale",
    roundtable_many="rundbordssamtaler",
    between=" fra {first} til {last}",
    on_day=" den {day}",
    at=" i {venues}",
    hosted_by=", med {hosts} som vært",
    hosted_by_many=", med {hosts} som værter",
    about=", om {themes}",
    came="Deltagere i alt: {people} ({sectors}) fra {organisations}.",
    came_again=" I alt {n} deltagelser, da nogle deltog i flere møder.",
    organisation_count=("1 organisation", "{n} organisationer"),
    under_rule=(
        "Rapporten følger Chatham House-reglen: Den nævner ingen deltageres navne eller "
        "organisationer ud over værtskommunerne, og udsagn tilskrives kun en sektor."
    ),
    sector_counts={
        "municipal": ("kommunal", "kommunale"),
        "private": ("privat", "private"),
        "other": ("fra en anden sektor", "fra andre sektorer"),
    },
    synthesis="Sammenfatning",
    planned="Planlagt, endnu ikke holdt: {meetings}.",
    barriers="Barrierer, der går igen",
    none_recurring="Ingen kategori af barrierer og muligheder gik igen på mere end ét møde.",
    in_sessions="i {n} af {total} møder",
    themes="Temaer",
    ideas="De vigtigste idéer",
    idea_source="Fra {session}; {share} af mødets stemmer",
    answers="Imødegår: ",
    follow_up="Opfølgning",
    overdue="Overskredne frister",
    due="frist {day}",
    outcomes="Resultater",
    sessions="Møderne",
    key_messages="Hovedbudskaber: ",
    top_ideas="Bedste idéer: ",
    participation="Deltagelse",
    session="Møde",
    chart="Barrierer efter kategori og møde",
    nothing="Intet registreret.",
    and_word="og",
)

EN = ReportWords(
    untitled="Synthesis of roundtables",
    opening="{n} {roundtables}",
    roundtable_one="roundtable",
    roundtable_many="roundtables",
    between=" from {first} to {last}",
    on_day=" on {day}",
    at=" in {venues}",
    hosted_by=", hosted by {hosts}",
    hosted_by_many=", hosted by {hosts}",
    about=", on {themes}",
    came="Participants in all: {people} ({sectors}) from {organisations}.",
    came_again=" {n} attendances in all, as some came to more than one meeting.",
    organisation_count=("1 organisation", "{n} organisations"),
    under_rule=(
        "This report follows the Chatham House Rule: it names no participant, nor any "
        "organisation but the host municipalities, and statements are attributed to a sector "
        "only."
    ),
    sector_counts={
        "municipal": ("municipal", "municipal"),
        "private": ("private", "private"),
        "other": ("from another sector", "from other sectors"),
    },
    synthesis="Synthesis",
    planned="Planned, not yet held: {meetings}.",
    barriers="Recurring barriers",
    none_recurring="No category of barriers and opportunities came up at more than one meeting.",
    in_sessions="in {n} of {total} sessions",
    themes="Themes",
    ideas="Headline ideas",
    idea_source="From {session}; {share} of the session's votes",
    answers="Answers: ",
    follow_up="Follow-up",
    overdue="Overdue",
    due="due {day}",
    outcomes="Outcomes",
    sessions="The sessions",
    key_messages="Key messages: ",
    top_ideas="Top ideas: ",
    participation="Participation",
    session="Session",
    chart="Barriers by category and session",
    nothing="Nothing recorded.",
    and_word="and",
)


def report_words(language: Language) -> ReportWords:
    return DA if language is Language.DA else EN
