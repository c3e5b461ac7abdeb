"""An organiser's library for the insights benchmark: sessions in series, each with participants,
speaking turns and items of every kind (barriers with categories, ideas with votes and status,
actions with owners and due dates), written straight with SQL and kept under the temporary
folder, one per schema, so a second run starts at once."""

from __future__ import annotations

import hashlib
import json
import random
import shutil
import sqlite3
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
LABELLED = ROOT / "tests" / "data" / "theme_statements.json"
BUILD = 1  # raise when the library's contents change

CATEGORIES = ["Udbud", "Data", "Økonomi", "Organisation", "Kompetencer", "Teknologi",
              "Etik og tillid", "Lovgivning", "economy", ""]  # fmt: skip
# A session's 200 items: most are said in the narrative and the discussion.
KINDS = (
    [("narrative", "note")] * 50 + [("narrative", "quote")] * 10
    + [("narrative", "question")] * 10 + [("barriers_opportunities", "barrier")] * 60
    + [("barriers_opportunities", "opportunity")] * 30 + [("ideas", "idea")] * 25
    + [("ideas", "action")] * 15
)  # fmt: skip
SECTORS = ("municipal", "private", "other")
STATUSES = ("proposed", "in_progress", "done", "dropped")
ACTION_STATUSES = ("open", "done", "dropped")


def _key(sessions: int, items: int) -> str:
    from roundtable.storage.schema import step_names

    return hashlib.sha1(repr((BUILD, sessions, items, step_names())).encode()).hexdigest()[:12]


def library(sessions: int = 500, items: int = 100_000) -> Path:
    """The data folder of a library of `sessions` sessions holding `items` items."""
    folder = Path(tempfile.gettempdir()) / "roundtable-bench" / f"organiser-{_key(sessions, items)}"
    if not (folder / "built").exists():
        shutil.rmtree(folder, ignore_errors=True)
        _build(folder / "data", sessions, items)
        (folder / "built").touch()
    return folder / "data"


def _build(data_dir: Path, sessions: int, items: int) -> None:
    from roundtable.storage.database import open_database

    data_dir.mkdir(parents=True)
    path = data_dir / "roundtable.sqlite3"
    open_database(path).close()
    rng = random.Random(17)
    texts = [r["text"] for r in json.loads(LABELLED.read_text(encoding="utf-8"))["statements"]]
    places = [f"{a}{b}" for a in ("Sydvig", "Nordby", "Østhavn", "Vestlund") for b in
              ("", "gade", "skolen", "centret", "hjemmet")]  # fmt: skip
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA synchronous = OFF")
    stamp = "2024-01-01T09:00:00+00:00"
    each = max(1, items // sessions)
    item_id = participant_id = 0
    for n in range(1, sessions + 1):
        day = f"20{20 + n % 6}-{n % 12 + 1:02d}-{n % 28 + 1:02d}"
        conn.execute(
            "INSERT INTO sessions (id, title, theme, host, starts_at, starts_at_utc, language, "
            "status, created_at, updated_at, uid, revision, revisions, series) "
            "VALUES (?, ?, ?, 'Vestby', ?, ?, 'da', 'completed', ?, ?, ?, ?, '[]', ?)",
            [n, f"Rundbordsdialog {n}", f"Tema {n % 7}", f"{day}T09:00:00+01:00",
             f"{day}T08:00:00+00:00", stamp, stamp, f"s-{n}", f"r-{n}", f"Serie {n % 25}"],
        )  # fmt: skip
        people = []
        for k in range(12):
            participant_id += 1
            people.append(participant_id)
            conn.execute(
                "INSERT INTO participants (id, session_id, position, name, organisation, sector) "
                "VALUES (?, ?, ?, ?, ?, ?)",
                [participant_id, n, k, f"Deltager {n}-{k}", f"Organisation {rng.randrange(60)}",
                 SECTORS[k % 3]],
            )  # fmt: skip
        conn.executemany(
            "INSERT INTO speaking_turns (session_id, participant_id, started_at, ended_at) "
            "VALUES (?, ?, ?, ?)",
            [(n, people[t % 12], f"{day}T09:{t:02d}:00+01:00", f"{day}T09:{t:02d}:40+01:00")
             for t in range(40)],
        )  # fmt: skip
        rows = []
        for k in range(each):
            item_id += 1
            phase, kind = KINDS[k % len(KINDS)]
            text = f"{rng.choice(texts)} {rng.choice(places)}"
            category = rng.choice(CATEGORIES) if kind in ("barrier", "opportunity") else ""
            votes = rng.randrange(9) if kind == "idea" else None
            status = rng.choice(STATUSES) if kind == "idea" else None
            action = rng.choice(ACTION_STATUSES) if kind == "action" else None
            due = (
                f"202{rng.randrange(3, 7)}-0{rng.randrange(1, 10)}-15" if kind == "action" else None
            )
            owner = rng.choice(people) if kind in ("idea", "action") else None
            title = text.split()[0] if kind == "idea" else ""
            rows.append((item_id, n, phase, kind, k, title, text, rng.choice(people), category,
                         votes, owner, status, action, due, stamp, f"i-{item_id}"))  # fmt: skip
        conn.executemany(
            "INSERT INTO items (id, session_id, phase, kind, position, title, text, by_id, "
            "category, votes, owner_id, status, action_status, due, created_at, uid) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            rows,
        )
    conn.commit()
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
