"""The organiser's workbook in Danish and English: sheet names, column headers, statuses.

The import reads a workbook exported in either language, so each word is looked up in both.
`uid` is never translated: it is the key that brings a row back to its item; nor is
`exported`, the follow-up sheet's hidden last column: each row's owner, due date, status and
outcome as they went out, so that the import takes only what the returned copy changed.
"""

from __future__ import annotations

from dataclasses import dataclass

from roundtable.domain import rules
from roundtable.domain.model import ActionStatus, IdeaStatus, ItemKind, Language

UID = "uid"
EXPORTED = "exported"


@dataclass(frozen=True)
class SheetWords:
    sessions: str
    participants: str
    items: str
    follow_up: str
    session_headers: tuple[str, ...]
    participant_headers: tuple[str, ...]
    item_headers: tuple[str, ...]
    follow_up_headers: tuple[str, ...]
    statuses: dict[str, str]  # key -> label
    session_statuses: dict[str, str]
    kinds: dict[str, str]
    from_workbook: str


DA = SheetWords(
    sessions="Møder",
    participants="Deltagere",
    items="Punkter",
    follow_up="Opfølgning",
    session_headers=(
        UID,
        "Møde",
        "Serie",
        "Tema",
        "Vært",
        "Sted",
        "Tidspunkt",
        "Status",
        "Deltagere",
        "Punkter",
    ),
    participant_headers=("Møde", "Navn", "Organisation", "Rolle", "Sektor"),
    item_headers=(
        UID,
        "Møde",
        "Fase",
        "Art",
        "Kategori",
        "Titel",
        "Tekst",
        "Af",
        "Stemmer",
        "Effekt",
        "Indsats",
        "Temaer",
    ),
    follow_up_headers=(
        UID,
        "Møde",
        "Art",
        "Titel",
        "Tekst",
        "Ansvarlig",
        "Frist",
        "Status",
        "Resultat",
        EXPORTED,
    ),
    statuses={
        "proposed": "foreslået",
        "in_progress": "i gang",
        "done": "gennemført",
        "dropped": "opgivet",
        "open": "åben",
    },
    session_statuses={"planned": "planlagt", "running": "i gang", "completed": "afsluttet"},
    kinds={
        "note": "note",
        "quote": "citat",
        "question": "spørgsmål",
        "barrier": "barriere",
        "opportunity": "mulighed",
        "idea": "idé",
        "action": "handling",
    },
    from_workbook="fra regnearket",
)

EN = SheetWords(
    sessions="Sessions",
    participants="Participants",
    items="Items",
    follow_up="Follow-up",
    session_headers=(
        UID,
        "Session",
        "Series",
        "Theme",
        "Host",
        "Venue",
        "Starts",
        "Status",
        "Participants",
        "Items",
    ),
    participant_headers=("Session", "Name", "Organisation", "Role", "Sector"),
    item_headers=(
        UID,
        "Session",
        "Phase",
        "Kind",
        "Category",
        "Title",
        "Text",
        "By",
        "Votes",
        "Impact",
        "Effort",
        "Themes",
    ),
    follow_up_headers=(
        UID,
        "Session",
        "Kind",
        "Title",
        "Text",
        "Owner",
        "Due",
        "Status",
        "Outcome",
        EXPORTED,
    ),
    statuses={
        "proposed": "proposed",
        "in_progress": "in progress",
        "done": "done",
        "dropped": "dropped",
        "open": "open",
    },
    session_statuses={"planned": "planned", "running": "running", "completed": "completed"},
    kinds={k.value: k.value for k in ItemKind},
    from_workbook="from the workbook",
)


def sheet_words(language: Language) -> SheetWords:
    return DA if language is Language.DA else EN


def named_status(text: str) -> str | None:
    """The status key a cell names, by key or by its label in either language, whatever the
    item's kind; None when it names no status at all."""
    wanted = " ".join(text.split()).casefold()
    for words in (DA, EN):
        for key, label in words.statuses.items():
            if wanted in (key, label.casefold(), key.replace("_", " ")):
                return key
    return None


def status_key(text: str, kind: ItemKind) -> IdeaStatus | ActionStatus | None:
    """The status a cell names, by key or by its label in either language, for an item of
    `kind`; None when it names none (or none an item of that kind can have)."""
    key = named_status(text)
    allowed = rules.statuses_of(kind)
    return allowed(key) if key in allowed._value2member_map_ else None
