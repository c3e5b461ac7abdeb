"""Grab the overview and the follow-up register to PNG (offscreen) for the README: a series of
three roundtables like DI Digital's (eldercare, labour shortage, young people's wellbeing).

.venv/bin/python tests/gui/make_overview_screenshots.py [--language da|en] [--out DIR]
    [--report FILE.docx]

The synthesis tab's text typed in, the status preview of a returned workbook, and with
--report the series' report (page 1 in the README: soffice --headless --convert-to pdf, then
pdftoppm -r 80 -f 1 -l 1 -png).
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

_SCREEN = Path(tempfile.mkdtemp()) / "screen.json"
_SCREEN.write_text(json.dumps({"screens": [{
    "name": "laptop", "x": 0, "y": 0, "width": 1366, "height": 768,
    "logicalDpiX": 96, "logicalDpiY": 96, "dpr": 1}]}))  # fmt: skip
os.environ.setdefault("QT_QPA_PLATFORM", f"offscreen:configfile={_SCREEN}")
ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from PySide6.QtWidgets import QApplication  # noqa: E402

from roundtable import app as app_module  # noqa: E402
from roundtable.domain.model import (  # noqa: E402
    ActionStatus,
    IdeaStatus,
    Item,
    ItemKind,
    Participant,
    Phase,
    Sector,
    Session,
    SessionStatus,
    SpeakingTurn,
)

SERIES = "DI Digital: velfærdsteknologi 2026"
M, P, OTHER = Sector.MUNICIPAL, Sector.PRIVATE, Sector.OTHER
PEOPLE = [
    ("Mette Holm", "Sydvig Kommune", M), ("Anders Bech", "Nordby Kommune", M),
    ("Jonas Lind", "CareTech A/S", P), ("Sara Krogh", "Robotics Nord ApS", P),
    ("Lise Dahl", "Ældre Sagen", OTHER),
]  # fmt: skip
SESSIONS = [
    ("Ældrepleje og velfærdsteknologi", 120, [
        ("procurement", "Udbuddet låser løsningen fast, før vi kender problemet"),
        ("economy", "Ingen ressourcer til at afsøge markedet og drive løsninger"),
        ("ethics_trust", "Borgerne er utrygge ved sensorer i hjemmet"),
        ("organisation", "Leverandørerne kender ikke arbejdsgangene indefra"),
    ], [("Udbyd problemet, ikke løsningen", 9, IdeaStatus.IN_PROGRESS, "Sydvig Kommune"),
        ("Robotbibliotek til hjemmeplejen", 5, IdeaStatus.DONE, "Robotics Nord"),
        ("Sensorer på natholdet", 2, IdeaStatus.DROPPED, "")],
     [("Kortlæg data om faldulykker", "KL", date(2026, 10, 1), ActionStatus.OPEN),
      ("Send udbudsnotat til netværket", "DI Digital", date(2026, 9, 1), ActionStatus.DONE)]),
    ("Mangel på arbejdskraft", 60, [
        ("economy", "Projektmidler slutter, før løsningen er i drift"),
        ("procurement", "Dialog før udbud er svær at holde inden for reglerne"),
        ("competences", "Medarbejderne mangler tid til oplæring"),
        ("organisation", "Ingen ejer implementeringen efter piloten"),
    ], [("Klynger af kommuner i udviklingspartnerskaber", 7, IdeaStatus.PROPOSED, "KL"),
        ("Fælles oplæringsforløb", 4, IdeaStatus.IN_PROGRESS, "Nordby Kommune")],
     [("Find tre kommuner til en klynge", "Anders Bech", date(2026, 11, 15), ActionStatus.OPEN),
      ("Skitse til partnerskabsaftale", "CareTech", date(2027, 1, 15), ActionStatus.OPEN)]),
    ("Unges trivsel", 14, [
        ("ethics_trust", "De unge stoler ikke på, hvad data bruges til"),
        ("data", "Data må ikke deles mellem skole og socialforvaltning"),
        ("procurement", "Små leverandører kan ikke løfte et stort udbud"),
        ("economy", "Ingen kan se gevinsten på tværs af forvaltninger"),
    ], [("Genbrug data inden for loven", 8, IdeaStatus.PROPOSED, "Nordby Kommune"),
        ("Ung-panel i udviklingen", 3, IdeaStatus.PROPOSED, "")],
     [("Juridisk notat om datadeling", "Mette Holm", date(2026, 12, 15), ActionStatus.OPEN)]),
]  # fmt: skip

SUMMARIES = [
    "Hjemmeplejen vil afprøve teknologi i det små, før den udbydes; udbuddet skal beskrive "
    "problemet, ikke løsningen.",
    "Piloter dør, når projektmidlerne slutter: kommunerne vil gå sammen i klynger, så "
    "leverandørerne kan se et marked.",
    "De unge vil vide, hvad deres data bruges til; kommunen undersøger, hvad loven allerede "
    "tillader.",
]

OUTCOMES = {
    "Robotbibliotek til hjemmeplejen": "Fire robotter udlånt i Sydvig siden oktober",
    "Send udbudsnotat til netværket": "Sendt til 14 kommuner; to bruger det i deres næste udbud",
}


def build(ws, now: datetime) -> None:
    for n, (title, days_ago, barriers, ideas, actions) in enumerate(SESSIONS):
        start = now - timedelta(days=days_ago)
        sid = ws.create_session(Session(title, series=SERIES, starts_at=start, host="Sydvig")).id
        people = PEOPLE[: 5 - (n % 2)]
        ws.add_participants(sid, [Participant(a, b, sector=c) for a, b, c in people], "")
        ids = [p.id for p in ws.participants(sid)]
        at = start
        for who, minutes in [(0, 8), (2, 5), (1, 6 + n), (3, 4), (0, 3), (2, 2 + n)][: 4 + n]:
            end = at + timedelta(minutes=minutes)
            ws.store.add_speaking_turn(sid, SpeakingTurn(ids[who % len(ids)], at, end))
            at = end
        said = []
        for k, (category, text) in enumerate(barriers):
            by = ids[(k + n) % len(ids)]
            barrier = Item(Phase.BARRIERS_OPPORTUNITIES, ItemKind.BARRIER, text, category=category,
                           by_id=by)  # fmt: skip
            said.append(ws.add_item(sid, barrier, "").id)
        for k, (title_, votes, status, owner) in enumerate(ideas):
            ws.add_item(sid, Item(Phase.IDEAS, ItemKind.IDEA, title_, title=title_, votes=votes,
                                  status=status, owner_text=owner, barrier_ids=said[k:k + 1]),
                        "")  # fmt: skip
        for text, owner, due, status in actions:
            ws.add_item(sid, Item(Phase.IDEAS, ItemKind.ACTION, text, owner_text=owner, due=due,
                                  status=status), "")  # fmt: skip
        ws.update_session(sid, "", summary=SUMMARIES[n], status=SessionStatus.COMPLETED)
    # Follow-up after the sessions: outcomes and dated status changes through the register.
    for item in ws.store.items(1):
        if item.status in (IdeaStatus.DONE, ActionStatus.DONE):
            ws.update_item(item.id, "", outcome=OUTCOMES.get(item.title or item.text, ""))


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--language", default="da")
    parser.add_argument("--out", default=str(ROOT / "resources" / "screenshots"))
    parser.add_argument(
        "--report", metavar="FILE.docx", help="also write the series' synthesis report there"
    )
    args = parser.parse_args()
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    data = Path(tempfile.mkdtemp())
    (data / "settings.ini").write_text(f"[General]\nlanguage={args.language}\n")
    running = app_module.start(data)
    window, ws = running.window, running.workspace
    now = datetime(2026, 12, 1, 10, 0, tzinfo=UTC)
    ws.clock = lambda: now
    build(ws, now)
    if not window.isMaximized():
        window.resize(1366, 768)
    window.library.reload()
    window.library.series_filter.setCurrentIndex(window.library.series_filter.findData(SERIES))
    window.show_overview()
    page = window.overview
    page.barrier_table.setCurrentIndex(page.barriers.index(0, len(page.bundles)))
    for tab, name in enumerate(("overview-barriers", "overview-ideas", "overview-participation",
                                "register")):  # fmt: skip
        page.tabs.setCurrentIndex(tab)
        settle()
        grab(window, out / f"{name}.png")
    page.tabs.setCurrentWidget(page.synthesis)
    page.synthesis.editor.setPlainText(SYNTHESIS[args.language])
    settle()
    grab(window, out / "overview-synthesis.png")
    grab_preview(ws, page, out / "status-preview.png")
    if args.report:
        from roundtable.report.from_store import write_selection_report

        page.synthesis.typed.flush()
        print(write_selection_report(ws.store, page.bundles, args.report, series=SERIES))
    running.close()


SYNTHESIS = {
    "da": "Tre rundborde, tre temaer, samme mønster: udbudsreglerne og manglen på fælles "
    "data stod i vejen hver gang, mens kommunerne og leverandørerne var enige om at afprøve "
    "løsninger i mindre skala før et stort udbud.\n\nDe idéer, der fik flest stemmer, "
    "handler om at udbyde problemet frem for løsningen og om fælles datastandarder.",
    "en": "Three roundtables, three themes, one pattern: the procurement rules and the lack "
    "of shared data stood in the way every time, while municipalities and suppliers agreed "
    "to try solutions at a small scale before a large tender.\n\nThe ideas with the most "
    "votes are about tendering the problem rather than the solution, and shared data "
    "standards.",
}


def grab_preview(ws, page, path: Path) -> None:
    """The preview of a returned workbook in which three cells were changed."""
    import openpyxl

    from roundtable.report.from_store import write_selection_data
    from roundtable.report.status_import import read_changes
    from roundtable.ui.overview.status_preview import StatusPreview

    book_path = path.parent / "returned.xlsx"
    write_selection_data(ws.store, page.bundles, book_path)
    book = openpyxl.load_workbook(book_path)
    sheet = book.worksheets[3]
    sheet["H2"], sheet["I2"] = "gennemført" if "Opfølgning" in book.sheetnames else "done", "Pilot"
    sheet["F3"] = "Sydvig Kommune"
    book.save(book_path)
    dialog = StatusPreview(read_changes(ws.store, book_path), "returned.xlsx", page)
    book_path.unlink()
    dialog.show()
    settle()
    grab(dialog, path)
    dialog.close()


def settle() -> None:
    for _ in range(5):
        QApplication.processEvents()


def grab(widget, path: Path) -> None:
    widget.grab().save(str(path))
    print(path)


if __name__ == "__main__":
    main()
