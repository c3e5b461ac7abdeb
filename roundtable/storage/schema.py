"""The database schema, as append-only migrations.

Never edit a step that has shipped: add a new one at the end of STEPS. A step that calls
`db[table].transform()` must end with `restore_search_index(db, table)` for a searched
table: transform drops the triggers that keep the index current.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # loaded only when a migration runs: opening reads with sqlite3 alone
    from sqlite_utils import Database
    from sqlite_utils.migrations import Migrations

MIGRATION_SET = "roundtable"

_PHASES = "'narrative', 'barriers_opportunities', 'ideas'"
_KINDS = "'note', 'quote', 'question', 'barrier', 'opportunity', 'idea', 'action'"
# Prefix indexes for one and two letters: search-as-you-type starts with a single letter,
# which would otherwise scan every term that starts with it.
_TOKENIZE = "tokenize = 'unicode61 remove_diacritics 2', prefix = '1 2'"

# Text lengths are checked in Python: SQLite's length() stops at a NUL character,
# which a session file may legitimately carry.
_INITIAL = f"""
CREATE TABLE sessions (
    id INTEGER PRIMARY KEY,
    title TEXT NOT NULL,
    theme TEXT NOT NULL DEFAULT '',
    host TEXT NOT NULL DEFAULT '',
    venue TEXT NOT NULL DEFAULT '',
    starts_at TEXT,
    starts_at_utc TEXT,
    language TEXT NOT NULL DEFAULT 'da' CHECK (language IN ('da', 'en')),
    facilitator TEXT NOT NULL DEFAULT '',
    status TEXT NOT NULL DEFAULT 'planned'
        CHECK (status IN ('planned', 'running', 'completed')),
    chatham_house INTEGER NOT NULL DEFAULT 0 CHECK (chatham_house IN (0, 1)),
    summary TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE INDEX sessions_newest ON sessions (coalesce(starts_at_utc, created_at) DESC, id DESC);

CREATE TABLE phases (
    session_id INTEGER NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,
    phase TEXT NOT NULL CHECK (phase IN ({_PHASES})),
    planned_minutes INTEGER NOT NULL CHECK (planned_minutes BETWEEN 1 AND 600),
    started_at TEXT,
    ended_at TEXT,
    PRIMARY KEY (session_id, phase)
) WITHOUT ROWID;

CREATE TABLE participants (
    id INTEGER PRIMARY KEY,
    session_id INTEGER NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    name TEXT NOT NULL,
    organisation TEXT NOT NULL DEFAULT '',
    role TEXT NOT NULL DEFAULT '',
    sector TEXT NOT NULL DEFAULT 'other' CHECK (sector IN ('municipal', 'private', 'other'))
);
CREATE INDEX participants_session ON participants (session_id, position);

CREATE TABLE items (
    id INTEGER PRIMARY KEY,
    session_id INTEGER NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,
    phase TEXT NOT NULL CHECK (phase IN ({_PHASES})),
    kind TEXT NOT NULL CHECK (kind IN ({_KINDS})),
    position INTEGER NOT NULL,
    title TEXT NOT NULL DEFAULT '',
    text TEXT NOT NULL,
    by_id INTEGER REFERENCES participants (id) ON DELETE SET NULL,
    category TEXT NOT NULL DEFAULT '',
    votes INTEGER CHECK (votes >= 0),
    impact INTEGER CHECK (impact BETWEEN 1 AND 5),
    effort INTEGER CHECK (effort BETWEEN 1 AND 5),
    owner_id INTEGER REFERENCES participants (id) ON DELETE SET NULL,
    next_step TEXT NOT NULL DEFAULT '',
    status TEXT CHECK (status IN ('proposed', 'in_progress', 'done', 'dropped')),
    due TEXT,
    created_at TEXT NOT NULL
);
CREATE INDEX items_session_phase ON items (session_id, phase, position);
CREATE INDEX items_by ON items (by_id);
CREATE INDEX items_owner ON items (owner_id);

CREATE TABLE idea_barriers (
    idea_id INTEGER NOT NULL REFERENCES items (id) ON DELETE CASCADE,
    barrier_id INTEGER NOT NULL REFERENCES items (id) ON DELETE CASCADE,
    position INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (idea_id, barrier_id)
) WITHOUT ROWID;
CREATE INDEX idea_barriers_barrier ON idea_barriers (barrier_id);

CREATE TABLE speaking_turns (
    id INTEGER PRIMARY KEY,
    session_id INTEGER NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,
    participant_id INTEGER NOT NULL REFERENCES participants (id) ON DELETE CASCADE,
    started_at TEXT NOT NULL,
    ended_at TEXT
);
CREATE INDEX speaking_turns_session ON speaking_turns (session_id, started_at);
CREATE INDEX speaking_turns_participant ON speaking_turns (participant_id);
"""


# The columns each full-text index covers.
SEARCHED: dict[str, tuple[str, ...]] = {
    "sessions": ("title", "theme", "host"),
    "items": ("title", "text"),
    "participants": ("name", "organisation", "role"),
}


def _fts_triggers_sql(table: str) -> str:
    columns = SEARCHED[table]
    cols = ", ".join(columns)
    new = ", ".join(f"new.{c}" for c in columns)
    old = ", ".join(f"old.{c}" for c in columns)
    fts = f"{table}_fts"
    return f"""
CREATE TRIGGER {table}_fts_ai AFTER INSERT ON {table} BEGIN
    INSERT INTO {fts} (rowid, {cols}) VALUES (new.id, {new});
END;
CREATE TRIGGER {table}_fts_ad AFTER DELETE ON {table} BEGIN
    INSERT INTO {fts} ({fts}, rowid, {cols}) VALUES ('delete', old.id, {old});
END;
CREATE TRIGGER {table}_fts_au AFTER UPDATE OF {cols} ON {table} BEGIN
    INSERT INTO {fts} ({fts}, rowid, {cols}) VALUES ('delete', old.id, {old});
    INSERT INTO {fts} (rowid, {cols}) VALUES (new.id, {new});
END;
"""


def create_search_index(db: Database, table: str) -> None:
    """An external-content FTS5 index over `table`, and the triggers that keep it current."""
    db.executescript(
        f"CREATE VIRTUAL TABLE {table}_fts USING fts5 ("
        f"{', '.join(SEARCHED[table])}, content = '{table}', content_rowid = 'id', {_TOKENIZE});"
    )
    restore_search_index(db, table)


def restore_search_index(db: Database, table: str) -> None:
    """Call after `db[table].transform()` in a migration: transform drops the triggers that
    keep the index current, and may have changed rows the index has not seen."""
    for suffix in ("ai", "ad", "au"):
        db.execute(f"DROP TRIGGER IF EXISTS {table}_fts_{suffix}")
    db.executescript(_fts_triggers_sql(table))
    db.execute(f"INSERT INTO {table}_fts ({table}_fts) VALUES ('rebuild')")


def m001_initial(db: Database) -> None:
    db.executescript(_INITIAL)
    for table in SEARCHED:
        create_search_index(db, table)


def m002_raised_hands(db: Database) -> None:
    # The speaker queue: who has raised a hand, in the order they will speak. Live state of
    # the meeting, kept in the database so a crash mid-meeting loses no one's place; it is
    # not part of the session file.
    db.executescript(
        """
        CREATE TABLE raised_hands (
            session_id INTEGER NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,
            participant_id INTEGER NOT NULL REFERENCES participants (id) ON DELETE CASCADE,
            position INTEGER NOT NULL,
            PRIMARY KEY (session_id, participant_id)
        ) WITHOUT ROWID;
        CREATE INDEX raised_hands_participant ON raised_hands (participant_id);
        """
    )


def m003_session_follow_up(db: Database) -> None:
    # What the minutes' first page says beyond the session's own details: why it is held
    # and for whom, the next meeting, who took the minutes and who receives them.
    db.executescript(
        """
        ALTER TABLE sessions ADD COLUMN purpose TEXT NOT NULL DEFAULT '';
        ALTER TABLE sessions ADD COLUMN next_meeting TEXT;
        ALTER TABLE sessions ADD COLUMN minute_taker TEXT NOT NULL DEFAULT '';
        ALTER TABLE sessions ADD COLUMN distribution TEXT NOT NULL DEFAULT '';
        """
    )


def m004_participant_aliases(db: Database) -> None:
    # "Also written as": a participant's other names (nicknames, initials, a short company
    # name) as a JSON list of strings, hidden with the name under the Chatham House Rule.
    db.execute("ALTER TABLE participants ADD COLUMN aliases TEXT NOT NULL DEFAULT '[]'")


def m005_identity(db: Database) -> None:
    # Identity across installations (docs/session-format.md): a uid for every session and
    # item, and each session's revision and lineage. `changed` marks a session changed since
    # its last revision; the next revision is minted when it is written or compared.
    # ADD COLUMN rather than transform(): transform drops CHECK constraints and triggers.
    import json
    import uuid

    db.executescript(
        """
        ALTER TABLE sessions ADD COLUMN uid TEXT;
        ALTER TABLE sessions ADD COLUMN revision TEXT;
        ALTER TABLE sessions ADD COLUMN revisions TEXT NOT NULL DEFAULT '[]';
        ALTER TABLE sessions ADD COLUMN revised_at TEXT;
        ALTER TABLE sessions ADD COLUMN changed INTEGER NOT NULL DEFAULT 0
            CHECK (changed IN (0, 1));
        ALTER TABLE items ADD COLUMN uid TEXT;
        """
    )
    conn = db.conn
    for session_id, updated_at in conn.execute("SELECT id, updated_at FROM sessions").fetchall():
        revision = str(uuid.uuid4())
        conn.execute(
            "UPDATE sessions SET uid = ?, revision = ?, revisions = ?, revised_at = ? WHERE id = ?",
            [str(uuid.uuid4()), revision, json.dumps([revision]), updated_at, session_id],
        )
    for (item_id,) in conn.execute("SELECT id FROM items").fetchall():
        conn.execute("UPDATE items SET uid = ? WHERE id = ?", [str(uuid.uuid4()), item_id])
    db.executescript(
        """
        CREATE UNIQUE INDEX sessions_uid ON sessions (uid);
        CREATE UNIQUE INDEX items_uid ON items (uid);
        -- What each file in a shared folder held when it was last read or written, by its
        -- size, modification time and inode: an unchanged folder is recognised without
        -- parsing.
        CREATE TABLE shared_files (
            folder TEXT NOT NULL,
            name TEXT NOT NULL,
            size INTEGER NOT NULL,
            mtime_ns INTEGER NOT NULL,
            inode INTEGER NOT NULL,
            uid TEXT,
            revision TEXT,
            problem TEXT,
            reported INTEGER NOT NULL DEFAULT 0,
            PRIMARY KEY (folder, name)
        ) WITHOUT ROWID;
        """
    )


def m006_followup(db: Database) -> None:
    # The organiser's side: series of sessions, and the follow-up of ideas and actions.
    # An action's status gets its own column: the idea statuses are a CHECK on `status`,
    # which only a table rebuild could widen.
    db.executescript(
        """
        ALTER TABLE sessions ADD COLUMN series TEXT NOT NULL DEFAULT '';
        ALTER TABLE items ADD COLUMN action_status TEXT
            CHECK (action_status IN ('open', 'done', 'dropped'));
        ALTER TABLE items ADD COLUMN owner_text TEXT NOT NULL DEFAULT '';
        ALTER TABLE items ADD COLUMN outcome TEXT NOT NULL DEFAULT '';
        ALTER TABLE items ADD COLUMN followups TEXT NOT NULL DEFAULT '[]';
        ALTER TABLE items ADD COLUMN themes TEXT NOT NULL DEFAULT '[]';
        UPDATE items SET action_status = 'open' WHERE kind = 'action';
        CREATE INDEX sessions_series ON sessions (series) WHERE series != '';
        """
    )


def m007_series_notes(db: Database) -> None:
    # The organiser's synthesis text of a series, written in the overview and printed in the
    # report. A series is only a name on its sessions, so the text is keyed by that name.
    db.executescript(
        """
        CREATE TABLE series_notes (
            series TEXT PRIMARY KEY CHECK (series != ''),
            text TEXT NOT NULL DEFAULT '',
            updated_at TEXT NOT NULL
        ) WITHOUT ROWID;
        """
    )


def m008_pins_builds_on(db: Database) -> None:
    # The organiser's headline pins for the synthesis, the earlier item (by uid, as it may
    # live in another session or another installation) a new item builds on, and the
    # standing items a series carries from one session to the next.
    db.executescript(
        """
        ALTER TABLE items ADD COLUMN pinned INTEGER NOT NULL DEFAULT 0 CHECK (pinned IN (0, 1));
        ALTER TABLE items ADD COLUMN builds_on TEXT NOT NULL DEFAULT '';
        ALTER TABLE items ADD COLUMN standing INTEGER NOT NULL DEFAULT 0
            CHECK (standing IN (0, 1));
        CREATE INDEX items_builds_on ON items (builds_on) WHERE builds_on != '';
        """
    )


def m009_figure_indexes(db: Database) -> None:
    # The figures across sessions read every categorised barrier and opportunity, and every
    # themed item; over 100,000 items each read scanned the table. Both indexes are partial,
    # so that only a query that asks for a category (or a theme) can use them: an index on
    # `kind` alone lured the planner into worse plans for the reads of whole items by kind.
    db.executescript(
        """
        CREATE INDEX items_categorised ON items (session_id, kind, category)
            WHERE category != '';
        CREATE INDEX items_themed ON items (session_id, themes) WHERE themes != '[]';
        """
    )


Step = Callable[["Database"], None]

# Append only.
STEPS: tuple[Step, ...] = (
    m001_initial,
    m002_raised_hands,
    m003_session_follow_up,
    m004_participant_aliases,
    m005_identity,
    m006_followup,
    m007_series_notes,
    m008_pins_builds_on,
    m009_figure_indexes,
)


def _checked(step: Step) -> Step:
    def run(db: Database) -> None:
        step(db)
        # Foreign keys are off while migrating (see database.migrate); a step must still
        # leave every reference intact, or its transaction is rolled back.
        broken = db.execute("PRAGMA foreign_key_check").fetchall()
        if broken:
            raise RuntimeError(f"migration {step.__name__} broke references: {broken[:5]}")

    return run


def build_migrations(steps: Sequence[Step] = STEPS) -> Migrations:
    from sqlite_utils.migrations import Migrations

    migrations = Migrations(MIGRATION_SET)
    for step in steps:
        migrations(name=step.__name__)(_checked(step))
    return migrations


def step_names(steps: Sequence[Step] = STEPS) -> list[str]:
    return [step.__name__ for step in steps]


def schema_snapshot(db: Database) -> str:
    """The schema as text, stable across runs: what the committed snapshot is compared with."""
    rows = db.execute(
        "SELECT type, name, sql FROM sqlite_master WHERE sql IS NOT NULL "
        "AND name NOT LIKE 'sqlite_%' ORDER BY type, name"
    ).fetchall()
    return "".join(f"-- {kind} {name}\n{sql.strip()};\n\n" for kind, name, sql in rows)
