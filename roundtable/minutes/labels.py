"""Every word the minutes print themselves, in Danish and English, and how dates read.

The words the presenter screen shows too (phases, sectors as speakers, withheld names) come
from roundtable.audience.words, so the room and the document say the same.

Dates, times and durations are formatted here by hand rather than through the locale: the
language of the minutes is the session's, not the laptop's, and a Danish locale may not
even be installed.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta

from roundtable.audience import words
from roundtable.domain import rules
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
    narrative_by: str  # "Kommunens fortælling blev givet af {who}."
    key_messages: str
    data_says: str
    top_ideas: str  # "{ideas}"
    barriers_found: tuple[str, str]  # one, many: "{n} barrierer"
    barriers_unanswered: str  # ", heraf {n} uden en idé, der svarer på dem"
    no_ideas: str
    ideas_overview: str
    all_ideas_below: str  # "{n}" ideas, "{section}"
    rank: str
    idea: str
    quadrant: str
    quadrants: dict[Quadrant, str]
    matrix: str
    low_effort: str
    high_effort: str
    high_impact: str
    low_impact: str
    not_scored: str  # "{n}"
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


DA = Labels(
    language=Language.DA,
    language_tag="da-DK",
    minutes="Referat",
    theme="Tema",
    host="Værtskommune",
    when="Tidspunkt",
    venue="Sted",
    facilitator="Facilitator",
    participants="Deltagere",
    name="Navn",
    organisation="Organisation",
    role="Rolle",
    sector="Sektor",
    count="Antal",
    total="I alt",
    no_participants="Der er ikke registreret nogen deltagere.",
    chatham_house_rule=(
        "Mødet blev holdt under Chatham House-reglen: Det, der blev sagt, må bruges frit, "
        "men hverken de talendes identitet eller tilhørsforhold må afsløres. Referatet "
        "nævner derfor ingen deltageres navne eller organisationer, og udsagn tilskrives "
        "kun en sektor."
    ),
    programme="Program",
    phase="Fase",
    time_of_day="Tidsrum",
    planned="Planlagt",
    actual="Faktisk",
    phases=words.DA.phases,
    key_points="Hovedpunkter",
    quotes="Citater",
    quote_marks=words.DA.quote_marks,
    questions="Opklarende spørgsmål",
    notes="Noter",
    nothing_recorded="Intet registreret.",
    kinds=words.DA.kinds,
    categories={
        "legislation": "Lovgivning",
        "data": "Data",
        "procurement": "Udbud",
        "economy": "Økonomi",
        "organisation": "Organisation",
        "competences": "Kompetencer",
        "technology": "Teknologi",
        "ethics_trust": "Etik og tillid",
        "implementation_scaling": "Implementering og skalering",
    },
    no_category="Uden kategori",
    votes="Stemmer",
    impact="Effekt",
    effort="Indsats",
    out_of="{} af 5",
    status="Status",
    statuses={
        IdeaStatus.PROPOSED: "foreslået",
        IdeaStatus.IN_PROGRESS: "i gang",
        IdeaStatus.DONE: "gennemført",
        IdeaStatus.DROPPED: "opgivet",
    },
    raised_by="Foreslået af",
    owner="Ansvarlig",
    next_step="Næste skridt",
    answers_one="Svarer på barrieren",
    builds_on="Bygger videre på",
    answers_many="Svarer på barriererne",
    untitled_idea=words.DA.untitled_idea,
    actions="Aftaler",
    what="Hvad",
    due="Frist",
    speaking_time="Taletid",
    by_sector="Pr. sektor",
    by_participant="Pr. deltager",
    share="Andel",
    turns="Indlæg",
    no_speaking_time="Der er ikke registreret taletid.",
    summary="Facilitators opsummering",
    agenda="Dagsorden",
    purpose="Formål",
    hosted="{host} var vært for rundbordssamtalen",
    about=" om {theme}",
    narrative_by="Kommunens fortælling blev givet af {who}.",
    key_messages="Hovedpointer",
    data_says="Det viser registreringerne",
    top_ideas="Flest stemmer fik {ideas}.",
    barriers_found=("1 barriere", "{n} barrierer"),
    barriers_unanswered=", heraf {n} som ingen idé svarer på endnu",
    no_ideas="Der blev ikke registreret nogen idéer.",
    ideas_overview="Idéer i overblik",
    all_ideas_below="Alle {n} idéer står under {section}.",
    rank="Nr.",
    idea="Idé",
    quadrant="Placering",
    quadrants={
        Quadrant.QUICK_WIN: "Lavthængende frugt",
        Quadrant.BIG_BET: "Stor satsning",
        Quadrant.FILL_IN: "Småting",
        Quadrant.MONEY_PIT: "Pengesluger",
    },
    matrix="Effekt og indsats",
    low_effort="Lille indsats",
    high_effort="Stor indsats",
    high_impact="Stor effekt",
    low_impact="Lille effekt",
    not_scored="{n} idéer er ikke vurderet på effekt og indsats.",
    more="+ {n} flere",
    follow_up="Opfølgning",
    next_meeting="Næste møde",
    minute_taker="Referent",
    distribution="Udsendt til",
    minutes_date="Referatets dato",
    detail="Mødets forløb",
    other_ideas="Øvrige idéer",
    unanswered="ingen idé svarer på den endnu",
    sector_names={Sector.MUNICIPAL: "Kommunal", Sector.PRIVATE: "Privat", Sector.OTHER: "Øvrige"},
    sector_headings={
        Sector.MUNICIPAL: "Kommunale deltagere",
        Sector.PRIVATE: "Private deltagere",
        Sector.OTHER: "Deltagere fra andre sektorer",
    },
    sector_speakers=words.DA.sector_speakers,
    withheld_name=words.DA.withheld_name,
    withheld_organisation=words.DA.withheld_organisation,
    page_before="Side ",
    page_middle=" af ",
    months=(
        "januar",
        "februar",
        "marts",
        "april",
        "maj",
        "juni",
        "juli",
        "august",
        "september",
        "oktober",
        "november",
        "december",
    ),
    weekdays=("mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag", "søndag"),
)

EN = Labels(
    language=Language.EN,
    language_tag="en-GB",
    minutes="Minutes",
    theme="Theme",
    host="Host municipality",
    when="Date and time",
    venue="Venue",
    facilitator="Facilitator",
    participants="Participants",
    name="Name",
    organisation="Organisation",
    role="Role",
    sector="Sector",
    count="Number",
    total="Total",
    no_participants="No participants were recorded.",
    chatham_house_rule=(
        "The meeting was held under the Chatham House Rule: what was said may be used "
        "freely, but neither the identity nor the affiliation of any speaker may be revealed. "
        "These minutes therefore name no participant or organisation, and statements are "
        "attributed to a sector only."
    ),
    programme="Programme",
    phase="Phase",
    time_of_day="Time",
    planned="Planned",
    actual="Actual",
    phases=words.EN.phases,
    key_points="Key points",
    quotes="Quotes",
    quote_marks=words.EN.quote_marks,
    questions="Clarifying questions",
    notes="Notes",
    nothing_recorded="Nothing recorded.",
    kinds=words.EN.kinds,
    categories={
        "legislation": "Legislation",
        "data": "Data",
        "procurement": "Procurement",
        "economy": "Economy",
        "organisation": "Organisation",
        "competences": "Competences",
        "technology": "Technology",
        "ethics_trust": "Ethics and trust",
        "implementation_scaling": "Implementation and scaling",
    },
    no_category="No category",
    votes="Votes",
    impact="Impact",
    effort="Effort",
    out_of="{} of 5",
    status="Status",
    statuses={
        IdeaStatus.PROPOSED: "proposed",
        IdeaStatus.IN_PROGRESS: "in progress",
        IdeaStatus.DONE: "done",
        IdeaStatus.DROPPED: "dropped",
    },
    raised_by="Proposed by",
    owner="Owner",
    next_step="Next step",
    answers_one="Answers the barrier",
    builds_on="Builds on",
    answers_many="Answers the barriers",
    untitled_idea=words.EN.untitled_idea,
    actions="Agreed actions",
    what="What",
    due="Due",
    speaking_time="Speaking time",
    by_sector="By sector",
    by_participant="By participant",
    share="Share",
    turns="Turns",
    no_speaking_time="No speaking time was recorded.",
    summary="Facilitator's summary",
    agenda="Agenda",
    purpose="Purpose",
    hosted="{host} hosted the roundtable",
    about=" on {theme}",
    narrative_by="The municipal narrative was given by {who}.",
    key_messages="Key messages",
    data_says="What the record shows",
    top_ideas="Most votes went to {ideas}.",
    barriers_found=("1 barrier", "{n} barriers"),
    barriers_unanswered=", {n} of them not yet answered by any idea",
    no_ideas="No ideas were recorded.",
    ideas_overview="Ideas at a glance",
    all_ideas_below="All {n} ideas are listed under {section}.",
    rank="No.",
    idea="Idea",
    quadrant="Quadrant",
    quadrants={
        Quadrant.QUICK_WIN: "Quick win",
        Quadrant.BIG_BET: "Big bet",
        Quadrant.FILL_IN: "Fill-in",
        Quadrant.MONEY_PIT: "Money pit",
    },
    matrix="Impact and effort",
    low_effort="Low effort",
    high_effort="High effort",
    high_impact="High impact",
    low_impact="Low impact",
    not_scored="{n} ideas have no impact and effort scores.",
    more="+ {n} more",
    follow_up="Follow-up",
    next_meeting="Next meeting",
    minute_taker="Minutes taken by",
    distribution="Distribution",
    minutes_date="Date of the minutes",
    detail="The meeting in detail",
    other_ideas="Other ideas",
    unanswered="no idea answers it yet",
    sector_names={
        Sector.MUNICIPAL: "Municipal",
        Sector.PRIVATE: "Private",
        Sector.OTHER: "Other",
    },
    sector_headings={
        Sector.MUNICIPAL: "Municipal participants",
        Sector.PRIVATE: "Private-sector participants",
        Sector.OTHER: "Participants from other sectors",
    },
    sector_speakers=words.EN.sector_speakers,
    withheld_name=words.EN.withheld_name,
    withheld_organisation=words.EN.withheld_organisation,
    page_before="Page ",
    page_middle=" of ",
    months=(
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ),
    weekdays=("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"),
)


def labels_for(language: Language) -> Labels:
    return DA if language is Language.DA else EN


def format_date(day: date, labels: Labels) -> str:
    """'2. maj 2024' / '2 May 2024'."""
    month = labels.months[day.month - 1]
    if labels.language is Language.DA:
        return f"{day.day}. {month} {day.year}"
    return f"{day.day} {month} {day.year}"


def format_time(moment: datetime, labels: Labels) -> str:
    """'13.00' in Danish, '13:00' in English."""
    separator = "." if labels.language is Language.DA else ":"
    return f"{moment.hour:02d}{separator}{moment.minute:02d}"


def format_when(start: datetime, end: datetime | None, labels: Labels) -> str:
    """'torsdag den 2. maj 2024 kl. 13.00–15.15' / 'Thursday 2 May 2024, 13:00–15:15'.

    Times are shown as the session recorded them, in its own offset: the clock on the wall
    of the meeting room, not the reader's.
    """
    weekday = labels.weekdays[start.weekday()]
    clock = format_time(start, labels)
    if end is not None and end.date() == start.date() and end > start:
        clock += "–" + format_time(end, labels)
    if labels.language is Language.DA:
        return f"{weekday} den {format_date(start.date(), labels)} kl. {clock}"
    return f"{weekday} {format_date(start.date(), labels)}, {clock}"


def format_minutes(minutes: int, labels: Labels) -> str:
    return f"{minutes} min." if labels.language is Language.DA else f"{minutes} min"


def format_duration(length: timedelta, labels: Labels) -> str:
    """'2 min. 30 sek.' / '2 min 30 s', to the second, rounded."""
    seconds = round(length.total_seconds())
    minutes, seconds = divmod(max(seconds, 0), 60)
    da = labels.language is Language.DA
    min_unit, sec_unit = ("min.", "sek.") if da else ("min", "s")
    if minutes and seconds:
        return f"{minutes} {min_unit} {seconds} {sec_unit}"
    if minutes:
        return f"{minutes} {min_unit}"
    return f"{seconds} {sec_unit}"


def format_share(fraction: float, labels: Labels) -> str:
    """'62 %' (Danish puts a space before the sign) / '62%'."""
    percent = round(fraction * 100)
    return f"{percent} %" if labels.language is Language.DA else f"{percent}%"


def category_label(category: str, labels: Labels) -> str:
    """A suggested category in the minutes' language; the facilitator's own as written."""
    return labels.categories.get(category, category)


def canonical_category(category: str) -> str:
    """A suggested category's key when `category` is one, by key or by its Danish or English
    label in any case ('Økonomi', 'economy'); otherwise the text as written, trimmed."""
    wanted = category.strip()
    folded = wanted.casefold()
    for key in rules.SUGGESTED_CATEGORIES:
        if folded in (key, DA.categories[key].casefold(), EN.categories[key].casefold()):
            return key
    return wanted
