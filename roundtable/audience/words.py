"""The words an audience reads beside what was captured, in Danish and English.

The minutes and the presenter screen share them, so the room and the document call a phase,
a sector or a withheld name the same thing. They follow the session's language (the room's),
not the laptop's, which is why they are plain strings here rather than Qt translations.
"""

from __future__ import annotations

from dataclasses import dataclass

from roundtable.domain.model import Language, Phase, Sector


@dataclass(frozen=True)
class Words:
    language: Language
    phases: dict[Phase, str]
    # The kinds the room is told apart ("barrier", "opportunity"); the others go untagged.
    kinds: dict[str, str]
    quote_marks: tuple[str, str]
    untitled_idea: str
    # Who said it under the Chatham House Rule: the sector, never the person; just "a
    # participant" when a sector would name one person (audience.attribution).
    sector_speakers: dict[Sector, str]
    a_participant: str
    participants_many: str  # "3 deltagere": a queue of them, where no sector may be named
    # What stands where a participant's name or organisation was in free text.
    withheld_name: str
    withheld_organisation: str
    vote_one: str
    votes_many: str
    # Before the speaker queue on the presenter screen: "Next: Lise Mørk, Pia Skov", and
    # before who has the floor: "Speaking: Tarek Haddad".
    next_speakers: str
    speaking: str

    def participants(self, count: int) -> str:
        """'en deltager', '3 deltagere' / 'a participant', '3 participants'."""
        return self.a_participant if count == 1 else self.participants_many.format(count)

    def votes(self, count: int) -> str:
        """'1 stemme', '3 stemmer' / '1 vote', '3 votes'."""
        return (self.vote_one if count == 1 else self.votes_many).format(count)


DA = Words(
    language=Language.DA,
    phases={
        Phase.NARRATIVE: "Kommunens fortælling",
        Phase.BARRIERS_OPPORTUNITIES: "Barrierer og muligheder",
        Phase.IDEAS: "Idéer og næste skridt",
    },
    kinds={"barrier": "Barriere", "opportunity": "Mulighed"},
    quote_marks=("»", "«"),
    untitled_idea="Idé uden titel",
    sector_speakers={
        Sector.MUNICIPAL: "en kommunal deltager",
        Sector.PRIVATE: "en privat deltager",
        Sector.OTHER: "en deltager fra en anden sektor",
    },
    a_participant="en deltager",
    participants_many="{} deltagere",
    withheld_name="[deltager]",
    withheld_organisation="[organisation]",
    vote_one="{} stemme",
    votes_many="{} stemmer",
    next_speakers="Næste",
    speaking="Ordet",
)

EN = Words(
    language=Language.EN,
    phases={
        Phase.NARRATIVE: "Municipal narrative",
        Phase.BARRIERS_OPPORTUNITIES: "Barriers and opportunities",
        Phase.IDEAS: "Ideas and next steps",
    },
    kinds={"barrier": "Barrier", "opportunity": "Opportunity"},
    quote_marks=("“", "”"),
    untitled_idea="Untitled idea",
    sector_speakers={
        Sector.MUNICIPAL: "a municipal participant",
        Sector.PRIVATE: "a private-sector participant",
        Sector.OTHER: "a participant from another sector",
    },
    a_participant="a participant",
    participants_many="{} participants",
    withheld_name="[participant]",
    withheld_organisation="[organisation]",
    vote_one="{} vote",
    votes_many="{} votes",
    next_speakers="Next",
    speaking="Speaking",
)


def words_for(language: Language) -> Words:
    return DA if language is Language.DA else EN
