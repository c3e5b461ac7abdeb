"""Benchmark of the session store, each figure beside a raw-SQLite baseline from the same run.

    .venv/bin/python tests/benchmarks/bench_store.py            # full sizes (a few minutes)
    .venv/bin/python tests/benchmarks/bench_store.py --quick    # tiny sizes (a few seconds)

It prints figures and never asserts on time. The databases live in a temporary folder on
the normal disk (--dir chooses another); everything is removed at the end.
"""

from __future__ import annotations

import argparse
import json
import math
import os
import platform
import random
import sqlite3
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

from roundtable import sessionfile
from roundtable.domain import rules
from roundtable.domain.model import (
    IdeaStatus,
    Item,
    ItemKind,
    Language,
    Participant,
    Phase,
    PhasePlan,
    Sector,
    Session,
    SessionBundle,
    SessionStatus,
    SpeakingTurn,
)
from roundtable.storage import SessionStore
from roundtable.storage.search import fts_query

SEED = 20240502


@dataclass(frozen=True)
class Sizes:
    stored_items: int  # items in the store while single items are added
    adds: int
    import_items: int
    import_participants: int
    import_runs: int
    search_items: int  # items in the store while searching
    search_repeats: int  # timed calls per query


FULL = Sizes(100_000, 200, 600, 40, 7, 200_000, 30)
QUICK = Sizes(2_000, 20, 600, 40, 3, 4_000, 5)

ADD_TARGET = 0.002
IMPORT_TARGET = 0.3
SEARCH_TARGET = 0.020
SEARCH_LIMIT = 50  # SessionStore.search's default

# -- realistic text ---------------------------------------------------------------------

DA_SUBJECTS = [
    "Kommunen", "Vejafdelingen", "Leverandøren", "Driftsafdelingen", "Indkøbsafdelingen",
    "Borgerne", "Medarbejderne", "Byrådet", "Teknisk udvalg", "Virksomhederne",
    "Materielgården", "Klimasekretariatet", "Entreprenøren", "Forvaltningen",
]  # fmt: skip
DA_VERBS = [
    "mangler", "ønsker", "har brug for", "efterspørger", "kan ikke finde", "vil gerne afprøve",
    "skal dokumentere", "har gode erfaringer med", "er bekymret for", "prioriterer",
    "kan levere", "forventer", "har budgetteret med", "diskuterer",
]  # fmt: skip
DA_OBJECTS = [
    "elektriske arbejdsmaskiner", "ladestandere ved materielgården", "bæredygtige materialer",
    "data om energiforbruget", "en fælles kravspecifikation", "markedsdialog før udbuddet",
    "økonomi til merprisen", "uddannelse af chaufførerne", "grøn omstilling af flåden",
    "klimavenlige løsninger", "batterier med længere levetid", "en realistisk tidsplan",
    "miljøkrav i rammeaftalen", "støjsvage maskiner i boligområder", "klimaplanens mål",
    "totalomkostninger over ti år", "servicebiler på biogas", "delebiler til hjemmeplejen",
    "genbrug af asfalt", "opladning om natten", "et fælleskommunalt indkøb",
    "målinger af partikelforurening", "vedligeholdelse af grønne områder",
]  # fmt: skip
DA_TAILS = [
    "inden næste budgetår.", "før udbuddet sendes ud.", "i samarbejde med leverandørerne.",
    "så risikoen deles.", "men det kræver politisk opbakning.", "og det tager tid.",
    "hvis økonomien tillader det.", "allerede fra foråret.", "på tværs af forvaltningerne.",
    "uden at serviceniveauet falder.", "som et pilotprojekt.", "i de kommende år.",
]  # fmt: skip
EN_SUBJECTS = [
    "The municipality", "The roads department", "The supplier", "Procurement", "Residents",
    "The council", "Operators", "Small businesses", "The climate team", "The contractor",
]  # fmt: skip
EN_VERBS = [
    "needs", "wants to test", "is worried about", "asks for", "cannot find", "can deliver",
    "has budgeted for", "prioritises", "expects", "has good experience with",
]  # fmt: skip
EN_OBJECTS = [
    "electric construction machines", "charging points at the depot", "sustainable materials",
    "energy consumption data", "a shared requirements specification", "market dialogue",
    "funding for the extra cost", "driver training", "a greener vehicle fleet",
    "low-noise machines near housing", "total cost of ownership", "a realistic timeline",
    "environmental criteria in the framework agreement", "longer-lasting batteries",
]  # fmt: skip
EN_TAILS = [
    "before the next budget year.", "before the tender goes out.", "together with suppliers.",
    "so the risk is shared.", "but it needs political backing.", "as a pilot project.",
    "without lowering service levels.", "across departments.", "from next spring.",
]  # fmt: skip
# Danish-style compounds give the index a vocabulary of some size, not a handful of words.
STEMS = [
    "energi", "klima", "affald", "vand", "trafik", "skole", "ældre", "bygge", "data",
    "indkøbs", "cykel", "natur", "støj", "varme", "kyst", "drifts", "beredskabs", "sundheds",
]  # fmt: skip
ENDINGS = [
    "plan", "strategi", "projekt", "pulje", "område", "løsning", "aftale", "krav", "rapport",
    "partnerskab", "budget", "måling", "indsats", "politik", "opgave", "værktøj",
]  # fmt: skip
# One sentence in 2,000 (about one item in 1,000): a rare word with a known, small hit count.
RARE_SENTENCE = "Et forsøg med brintlastbiler blev nævnt som alternativ."

FIRST_NAMES = [
    "Lise", "Karsten", "Pia", "Tarek", "Ulla", "Mette", "Søren", "Anne", "Jens", "Hanne",
    "Mads", "Ida", "Bjørn", "Fatima", "Ole", "Birgitte", "Ahmed", "Camilla", "Niels", "Åse",
]  # fmt: skip
LAST_NAMES = [
    "Mørk", "Ølund", "Skov", "Haddad", "Bech", "Jensen", "Nielsen", "Hansen", "Pedersen",
    "Andersen", "Kristensen", "Larsen", "Sørensen", "Rasmussen", "Østergaard", "Holm",
]  # fmt: skip
TOWNS = ["Vestby", "Nordhavn", "Søndermark", "Østerå", "Kløverdal", "Bakkely", "Fjordby"]
COMPANIES = [
    "ElMaskiner A/S", "Batteri & Co ApS", "GrønTransport A/S", "Nordic Charging ApS",
    "Byg og Anlæg A/S", "CleanTech Solutions", "Maskinhuset ApS",
]  # fmt: skip
ROLES = ["Chef", "Projektleder", "Ingeniør", "Salgsdirektør", "Rådgiver", "Udvalgsformand"]
TOPICS = [
    "emissionsfrie arbejdsmaskiner", "grøn transport", "klimatilpasning", "cirkulært byggeri",
    "energirenovering", "zero-emission machinery", "sustainable procurement",
]  # fmt: skip

# (phase, kind, weight): the mix of a typical session.
KIND_MIX: list[tuple[Phase, ItemKind, int]] = [
    (Phase.NARRATIVE, ItemKind.NOTE, 12),
    (Phase.NARRATIVE, ItemKind.QUOTE, 6),
    (Phase.NARRATIVE, ItemKind.QUESTION, 5),
    (Phase.BARRIERS_OPPORTUNITIES, ItemKind.BARRIER, 16),
    (Phase.BARRIERS_OPPORTUNITIES, ItemKind.OPPORTUNITY, 10),
    (Phase.BARRIERS_OPPORTUNITIES, ItemKind.NOTE, 4),
    (Phase.IDEAS, ItemKind.IDEA, 25),
    (Phase.IDEAS, ItemKind.ACTION, 12),
    (Phase.IDEAS, ItemKind.NOTE, 4),
]
CEST = timezone(timedelta(hours=2))


class Writer:
    """Random but reproducible session content."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng

    def sentence(self, language: Language) -> str:
        r = self.rng
        if r.random() < 0.0005:
            return RARE_SENTENCE
        if language is Language.DA:
            words = [r.choice(DA_SUBJECTS), r.choice(DA_VERBS), r.choice(DA_OBJECTS)]
            if r.random() < 0.4:
                words.append(f"og {r.choice(STEMS)}{r.choice(ENDINGS)}en")
            if r.random() < 0.2:
                words.append(f"til {r.randint(2, 90)} maskiner")
            words.append(r.choice(DA_TAILS))
        else:
            words = [r.choice(EN_SUBJECTS), r.choice(EN_VERBS), r.choice(EN_OBJECTS)]
            if r.random() < 0.2:
                words.append(f"for {r.randint(2, 90)} vehicles")
            words.append(r.choice(EN_TAILS))
        return " ".join(words)

    def text(self, language: Language) -> str:
        return " ".join(self.sentence(language) for _ in range(self.rng.randint(1, 3)))

    def title(self, language: Language) -> str:
        objects = DA_OBJECTS if language is Language.DA else EN_OBJECTS
        return self.rng.choice(objects).capitalize()

    def participant(self, local_id: int) -> Participant:
        r = self.rng
        sector = r.choice(list(Sector))
        organisation = {
            Sector.MUNICIPAL: f"{r.choice(TOWNS)} Kommune",
            Sector.PRIVATE: r.choice(COMPANIES),
            Sector.OTHER: "Center for innovative indkøb",
        }[sector]
        return Participant(
            id=local_id,
            name=f"{r.choice(FIRST_NAMES)} {r.choice(LAST_NAMES)}",
            organisation=organisation,
            role=r.choice(ROLES),
            sector=sector,
        )

    def item(
        self,
        local_id: int | None,
        phase: Phase,
        kind: ItemKind,
        language: Language,
        people: list[int],
        barriers: list[int],
    ) -> Item:
        """An item whose references (`people`, `barriers`) are ids in its session or bundle."""
        r = self.rng
        item = Item(
            id=local_id,
            phase=phase,
            kind=kind,
            text=self.text(language),
            title=self.title(language) if r.random() < 0.3 else "",
            by_id=r.choice(people) if people and r.random() < 0.9 else None,
        )
        if kind in rules.CATEGORY_KINDS and r.random() < 0.8:
            item.category = r.choice(rules.SUGGESTED_CATEGORIES)
        if kind is ItemKind.IDEA:
            item.votes = r.randint(0, 12)
            item.impact = r.randint(1, 5) if r.random() < 0.8 else None
            item.effort = r.randint(1, 5) if r.random() < 0.8 else None
            item.barrier_ids = r.sample(barriers, k=min(len(barriers), r.randint(0, 3)))
            item.next_step = self.sentence(language) if r.random() < 0.5 else ""
            item.status = r.choice(list(IdeaStatus))
        if kind in rules.OWNER_KINDS and people and r.random() < 0.7:
            item.owner_id = r.choice(people)
        if kind is ItemKind.ACTION:
            item.due = date(2024, 6, 1) + timedelta(days=r.randint(0, 180))
        return item

    def bundle(self, n_items: int, n_participants: int, n_turns: int) -> SessionBundle:
        r = self.rng
        language = Language.DA if r.random() < 0.7 else Language.EN
        starts = datetime(2024, 1, 8, 9, 0, tzinfo=CEST) + timedelta(days=r.randint(0, 700))
        topic = r.choice(TOPICS)
        town = r.choice(TOWNS)
        title = f"Rundbordsdialog om {topic}" if language is Language.DA else f"Roundtable: {topic}"
        session = Session(
            title=title,
            theme=r.choice(["Grøn omstilling", "Klima", "Indkøb", "Mobilitet"]),
            host=f"{town} Kommune",
            venue=f"{town} Rådhus",
            starts_at=starts,
            language=language,
            facilitator=f"{r.choice(FIRST_NAMES)} {r.choice(LAST_NAMES)}",
            status=SessionStatus.COMPLETED,
            summary=self.sentence(language),
        )
        phases = [
            PhasePlan(phase, minutes, starts + timedelta(minutes=offset))
            for phase, minutes, offset in (
                (Phase.NARRATIVE, 30, 5),
                (Phase.BARRIERS_OPPORTUNITIES, 45, 40),
                (Phase.IDEAS, 45, 95),
            )
        ]
        participants = [self.participant(n) for n in range(1, n_participants + 1)]
        people = [p.id for p in participants if p.id is not None]
        mix = r.choices(
            [(phase, kind) for phase, kind, _ in KIND_MIX],
            weights=[weight for *_, weight in KIND_MIX],
            k=n_items,
        )
        mix.sort(key=lambda pk: rules.PHASE_ORDER.index(pk[0]))
        items: list[Item] = []
        barriers: list[int] = []
        for local_id, (phase, kind) in enumerate(mix, start=1):
            items.append(self.item(local_id, phase, kind, language, people, barriers))
            if kind is ItemKind.BARRIER:
                barriers.append(local_id)
        turns = []
        clock = starts + timedelta(minutes=5)
        for _ in range(n_turns):
            length = timedelta(seconds=r.randint(20, 180))
            turns.append(
                SpeakingTurn(by_id=r.choice(people), started_at=clock, ended_at=clock + length)
            )
            clock += length + timedelta(seconds=r.randint(0, 15))
        return SessionBundle(session, phases, participants, items, turns)


# -- measuring and printing -------------------------------------------------------------


def p95(samples: list[float]) -> float:
    ordered = sorted(samples)
    return ordered[max(0, math.ceil(0.95 * len(ordered)) - 1)]


def ms(seconds: float) -> str:
    return f"{seconds * 1000:9.2f} ms"


def timed(action: Callable[[], object]) -> float:
    start = time.perf_counter()
    action()
    return time.perf_counter() - start


@dataclass
class Figure:
    label: str
    store: list[float]
    baseline: list[float]
    target: float

    def summary(self) -> str:
        store, base = statistics.median(self.store), statistics.median(self.baseline)
        met = "yes" if store <= self.target else "NO"
        return (
            f"{self.label:<40} {ms(store):>12} {ms(base):>12} {store / base:7.1f}x"
            f"   target <= {self.target * 1000:g} ms   met: {met}"
        )


def print_samples(name: str, samples: list[float]) -> None:
    print(f"    {name:<58} median {ms(statistics.median(samples))}   p95 {ms(p95(samples))}")


# -- the databases ------------------------------------------------------------------------

# A created_at of the store's shape, so that baseline rows are the same size.
NOW = "2024-05-02T11:00:00.000000+00:00"
RAW_INSERT = (
    "INSERT INTO items (session_id, phase, kind, position, title, text, created_at) "
    "VALUES (?, ?, ?, ?, ?, ?, ?)"
)


def open_raw(path: Path) -> sqlite3.Connection:
    """The baseline: a plain table, no index or full-text, the store's durability pragmas."""
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = FULL")
    conn.execute(
        "CREATE TABLE items (id INTEGER PRIMARY KEY, session_id INTEGER NOT NULL, "
        "phase TEXT NOT NULL, kind TEXT NOT NULL, position INTEGER NOT NULL, "
        "title TEXT NOT NULL, text TEXT NOT NULL, created_at TEXT NOT NULL)"
    )
    return conn


def item_count(store: SessionStore) -> int:
    return store.db.execute("SELECT count(*) FROM items").fetchone()[0]


def fill(store: SessionStore, writer: Writer, total: int) -> None:
    """Import sessions of realistic size until the store holds `total` items."""
    missing = total - item_count(store)
    while missing > 0:
        n_items = min(missing, writer.rng.randint(300, 900))
        bundle = writer.bundle(n_items, writer.rng.randint(8, 40), writer.rng.randint(40, 200))
        store.import_bundle(bundle)
        missing -= n_items


def copy_items(store: SessionStore, raw: sqlite3.Connection) -> None:
    rows = store.db.execute(
        "SELECT session_id, phase, kind, position, title, text, created_at FROM items"
    ).fetchall()
    raw.execute("BEGIN")
    raw.executemany(RAW_INSERT, rows)
    raw.execute("COMMIT")


# -- the three figures ----------------------------------------------------------------------


def bench_add(store: SessionStore, raw: sqlite3.Connection, writer: Writer, n: int) -> Figure:
    session_id = store.db.execute("SELECT max(id) FROM sessions").fetchone()[0]
    language = store.get_session(session_id).language
    people = [p.id for p in store.participants(session_id) if p.id is not None]
    barriers = [
        i.id
        for i in store.items(session_id, Phase.BARRIERS_OPPORTUNITIES)
        if i.kind is ItemKind.BARRIER and i.id is not None
    ]
    mix = writer.rng.choices(
        [(phase, kind) for phase, kind, _ in KIND_MIX], weights=[w for *_, w in KIND_MIX], k=n
    )
    items = [writer.item(None, ph, kind, language, people, barriers) for ph, kind in mix]
    store_times: list[float] = []
    raw_times: list[float] = []
    # Interleaved, so that a slow spell of the disk hits both sides alike.
    for position, item in enumerate(items, start=100_000):
        store_times.append(timed(lambda item=item: store.add_item(session_id, item)))
        row = (session_id, str(item.phase), str(item.kind), position, item.title, item.text, NOW)

        def raw_add(row: tuple[object, ...] = row) -> None:
            raw.execute("BEGIN")
            raw.execute(RAW_INSERT, row)
            raw.execute("COMMIT")

        raw_times.append(timed(raw_add))
    stored = f"{item_count(store) - n:,}"
    return Figure(f"1. add one item ({stored} stored)", store_times, raw_times, ADD_TARGET)


def bench_import(
    store: SessionStore, raw: sqlite3.Connection, data: bytes, runs: int
) -> tuple[Figure, list[float]]:
    """The figure, and the parsing part of each store import."""
    parse_times: list[float] = []

    def store_import() -> None:
        start = time.perf_counter()
        bundle = sessionfile.parse_session_bytes(data).bundle
        parse_times.append(time.perf_counter() - start)
        store.import_bundle(bundle)

    def raw_import() -> None:
        items = json.loads(data)["session"]["items"]
        rows = [
            (0, i["phase"], i["kind"], n, i.get("title", ""), i["text"], NOW)
            for n, i in enumerate(items)
        ]
        raw.execute("BEGIN")
        raw.executemany(RAW_INSERT, rows)
        raw.execute("COMMIT")

    store_times: list[float] = []
    raw_times: list[float] = []
    for _ in range(runs):
        store_times.append(timed(store_import))
        raw_times.append(timed(raw_import))
    n_items = len(json.loads(data)["session"]["items"])
    label = f"2. import a {n_items}-item session file"
    return Figure(label, store_times, raw_times, IMPORT_TARGET), parse_times


SEARCHES = [
    ("rare word", "brintlastbiler"),
    ("common word", "kommunen"),
    ("two words", "elektriske arbejdsmaskiner"),
    ("prefix", "ladestand"),
    ("Danish letters", "miljøkrav"),
    ("matches nothing", "xylofonkvartet"),
    # The first keystrokes of search-as-you-type.
    ("one letter", "k"),
    ("two letters", "ko"),
]
# The least any search in the store's order (most recently captured first) must do.
BASELINE_SEARCH = (
    f"SELECT rowid FROM items_fts WHERE items_fts MATCH ? ORDER BY rowid DESC LIMIT {SEARCH_LIMIT}"
)


def bench_search(store: SessionStore, repeats: int) -> Figure:
    conn = store.db.conn
    per_query: dict[str, tuple[list[float], list[float]]] = {q: ([], []) for _, q in SEARCHES}
    for _, query in SEARCHES:  # warm the page cache once, untimed
        store.search(query, SEARCH_LIMIT)
    for _ in range(repeats):
        for _, query in SEARCHES:
            store_times, raw_times = per_query[query]
            match = fts_query(query)
            store_times.append(timed(lambda q=query: store.search(q, SEARCH_LIMIT)))
            raw_times.append(timed(lambda m=match: conn.execute(BASELINE_SEARCH, [m]).fetchall()))
    print(
        f"    {'query':<40} {'items matching':>14}  {'store median':>13} {'store p95':>12}"
        f" {'baseline med.':>13} {'ratio':>7}"
    )
    for name, query in SEARCHES:
        store_times, raw_times = per_query[query]
        (count,) = conn.execute(
            "SELECT count(*) FROM items_fts WHERE items_fts MATCH ?", [fts_query(query)]
        ).fetchone()
        store_med, raw_med = statistics.median(store_times), statistics.median(raw_times)
        print(
            f"    {name + ': ' + query:<40} {count:>14,}  {ms(store_med):>13}"
            f" {ms(p95(store_times))} {ms(raw_med):>13} {store_med / raw_med:6.1f}x"
        )
    all_store = [t for s, _ in per_query.values() for t in s]
    all_raw = [t for _, r in per_query.values() for t in r]
    label = f"3. search ({item_count(store):,} items)"
    return Figure(label, all_store, all_raw, SEARCH_TARGET)


# -- the run --------------------------------------------------------------------------------


def filesystem(folder: Path) -> str:
    """The file system type of `folder` on Linux, else '?': a tmpfs would flatter the figures."""
    try:
        mounts = [line.split() for line in Path("/proc/mounts").read_text().splitlines()]
    except OSError:
        return "?"
    best = ("", "?")
    resolved = str(folder.resolve())
    for fields in mounts:
        point, kind = fields[1], fields[2]
        inside = resolved == point or resolved.startswith(point.rstrip("/") + "/")
        if inside and len(point) > len(best[0]):
            best = (point, kind)
    return best[1]


def fsync_latency(folder: Path, n: int = 50) -> float:
    """Median time to write 4 KiB and fsync it: what every durable commit waits for."""
    samples: list[float] = []
    fd = os.open(folder / "fsync-probe", os.O_CREAT | os.O_WRONLY, 0o600)
    try:
        for _ in range(n):
            start = time.perf_counter()
            os.write(fd, b"x" * 4096)
            os.fsync(fd)
            samples.append(time.perf_counter() - start)
    finally:
        os.close(fd)
    return statistics.median(samples)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Benchmark the session store.")
    parser.add_argument("--quick", action="store_true", help="tiny sizes, for a smoke test")
    parser.add_argument("--dir", type=Path, default=None, help="where the temporary folder goes")
    args = parser.parse_args(argv)
    sizes = QUICK if args.quick else FULL
    began = time.perf_counter()
    writer = Writer(random.Random(SEED))

    with tempfile.TemporaryDirectory(prefix="roundtable-bench-", dir=args.dir) as tmp:
        folder = Path(tmp)
        fs = filesystem(folder)
        print(f"Roundtable store benchmark ({'quick' if args.quick else 'full'} sizes)")
        print(
            f"Python {platform.python_version()}, SQLite {sqlite3.sqlite_version}, "
            f"{platform.machine()}, {os.cpu_count()} CPUs"
        )
        print(f"Folder {folder} ({fs}); write 4 KiB + fsync: median {ms(fsync_latency(folder))}")
        if fs in ("tmpfs", "ramfs"):
            print(f"WARNING: {folder} is on {fs}, not a disk; commit times will be flattered.")

        start = time.perf_counter()
        store = SessionStore.open(folder / "data")
        fill(store, writer, sizes.stored_items)
        store_fill = time.perf_counter() - start
        start = time.perf_counter()
        raw = open_raw(folder / "baseline.sqlite3")
        copy_items(store, raw)
        raw_fill = time.perf_counter() - start
        (sessions,) = store.db.execute("SELECT count(*) FROM sessions").fetchone()
        print(
            f"Setup: {item_count(store):,} items in {sessions:,} sessions imported in "
            f"{store_fill:.1f} s; baseline table filled in {raw_fill:.1f} s"
        )
        print()

        print(f"[1] add one item, {item_count(store):,} items stored, {sizes.adds} adds")
        add = bench_add(store, raw, writer, sizes.adds)
        print_samples("store: SessionStore.add_item (validated, committed)", add.store)
        print_samples("baseline: sqlite3 INSERT + COMMIT into a plain table", add.baseline)
        print()

        bundle = writer.bundle(sizes.import_items, sizes.import_participants, 150)
        data = sessionfile.dumps(bundle).encode("utf-8")
        print(
            f"[2] import a session file of {len(bundle.items)} items, "
            f"{len(bundle.participants)} participants, {len(bundle.speaking_turns)} speaking "
            f"turns ({len(data) / 1024:.0f} KiB), {sizes.import_runs} runs into the store above"
        )
        imported, parse_times = bench_import(store, raw, data, sizes.import_runs)
        print_samples("store: parse_session_bytes + import_bundle", imported.store)
        print_samples("  of which parse_session_bytes", parse_times)
        print_samples(
            "baseline: json.loads + executemany of the items, 1 commit", imported.baseline
        )
        print()

        start = time.perf_counter()
        fill(store, writer, sizes.search_items)
        print(
            f"[3] search over {item_count(store):,} items (topped up in "
            f"{time.perf_counter() - start:.1f} s), {sizes.search_repeats} calls per query"
        )
        print(f"    baseline: {BASELINE_SEARCH}")
        print("    on the same index and connection: the least a newest-first item search must do")
        searched = bench_search(store, sizes.search_repeats)
        print_samples("store: SessionStore.search, all queries", searched.store)
        print_samples("baseline: FTS5 newest 50 rowids, all queries", searched.baseline)
        print()

        store.close()
        raw.close()

    print(f"{'figure':<40} {'store median':>12} {'baseline':>12} {'ratio':>8}")
    for figure in (add, imported, searched):
        print(figure.summary())
    print(f"Total time {time.perf_counter() - began:.1f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
