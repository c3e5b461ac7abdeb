-- index idea_barriers_barrier
CREATE INDEX idea_barriers_barrier ON idea_barriers (barrier_id);

-- index idx__sqlite_migrations_migration_set_name
CREATE UNIQUE INDEX "idx__sqlite_migrations_migration_set_name"
    ON "_sqlite_migrations" ("migration_set", "name");

-- index items_builds_on
CREATE INDEX items_builds_on ON items (builds_on) WHERE builds_on != '';

-- index items_by
CREATE INDEX items_by ON items (by_id);

-- index items_categorised
CREATE INDEX items_categorised ON items (session_id, kind, category)
            WHERE category != '';

-- index items_owner
CREATE INDEX items_owner ON items (owner_id);

-- index items_session_phase
CREATE INDEX items_session_phase ON items (session_id, phase, position);

-- index items_themed
CREATE INDEX items_themed ON items (session_id, themes) WHERE themes != '[]';

-- index items_uid
CREATE UNIQUE INDEX items_uid ON items (uid);

-- index participants_session
CREATE INDEX participants_session ON participants (session_id, position);

-- index raised_hands_participant
CREATE INDEX raised_hands_participant ON raised_hands (participant_id);

-- index sessions_newest
CREATE INDEX sessions_newest ON sessions (coalesce(starts_at_utc, created_at) DESC, id DESC);

-- index sessions_series
CREATE INDEX sessions_series ON sessions (series) WHERE series != '';

-- index sessions_uid
CREATE UNIQUE INDEX sessions_uid ON sessions (uid);

-- index speaking_turns_participant
CREATE INDEX speaking_turns_participant ON speaking_turns (participant_id);

-- index speaking_turns_session
CREATE INDEX speaking_turns_session ON speaking_turns (session_id, started_at);

-- table _sqlite_migrations
CREATE TABLE "_sqlite_migrations" (
   "id" INTEGER PRIMARY KEY,
   "migration_set" TEXT,
   "name" TEXT,
   "applied_at" TEXT
);

-- table idea_barriers
CREATE TABLE idea_barriers (
    idea_id INTEGER NOT NULL REFERENCES items (id) ON DELETE CASCADE,
    barrier_id INTEGER NOT NULL REFERENCES items (id) ON DELETE CASCADE,
    position INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (idea_id, barrier_id)
) WITHOUT ROWID;

-- table items
CREATE TABLE items (
    id INTEGER PRIMARY KEY,
    session_id INTEGER NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,
    phase TEXT NOT NULL CHECK (phase IN ('narrative', 'barriers_opportunities', 'ideas')),
    kind TEXT NOT NULL CHECK (kind IN ('note', 'quote', 'question', 'barrier', 'opportunity', 'idea', 'action')),
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
, uid TEXT, action_status TEXT
            CHECK (action_status IN ('open', 'done', 'dropped')), owner_text TEXT NOT NULL DEFAULT '', outcome TEXT NOT NULL DEFAULT '', followups TEXT NOT NULL DEFAULT '[]', themes TEXT NOT NULL DEFAULT '[]', pinned INTEGER NOT NULL DEFAULT 0 CHECK (pinned IN (0, 1)), builds_on TEXT NOT NULL DEFAULT '', standing INTEGER NOT NULL DEFAULT 0
            CHECK (standing IN (0, 1)));

-- table items_fts
CREATE VIRTUAL TABLE items_fts USING fts5 (title, text, content = 'items', content_rowid = 'id', tokenize = 'unicode61 remove_diacritics 2', prefix = '1 2');

-- table items_fts_config
CREATE TABLE 'items_fts_config'(k PRIMARY KEY, v) WITHOUT ROWID;

-- table items_fts_data
CREATE TABLE 'items_fts_data'(id INTEGER PRIMARY KEY, block BLOB);

-- table items_fts_docsize
CREATE TABLE 'items_fts_docsize'(id INTEGER PRIMARY KEY, sz BLOB);

-- table items_fts_idx
CREATE TABLE 'items_fts_idx'(segid, term, pgno, PRIMARY KEY(segid, term)) WITHOUT ROWID;

-- table participants
CREATE TABLE participants (
    id INTEGER PRIMARY KEY,
    session_id INTEGER NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    name TEXT NOT NULL,
    organisation TEXT NOT NULL DEFAULT '',
    role TEXT NOT NULL DEFAULT '',
    sector TEXT NOT NULL DEFAULT 'other' CHECK (sector IN ('municipal', 'private', 'other'))
, aliases TEXT NOT NULL DEFAULT '[]');

-- table participants_fts
CREATE VIRTUAL TABLE participants_fts USING fts5 (name, organisation, role, content = 'participants', content_rowid = 'id', tokenize = 'unicode61 remove_diacritics 2', prefix = '1 2');

-- table participants_fts_config
CREATE TABLE 'participants_fts_config'(k PRIMARY KEY, v) WITHOUT ROWID;

-- table participants_fts_data
CREATE TABLE 'participants_fts_data'(id INTEGER PRIMARY KEY, block BLOB);

-- table participants_fts_docsize
CREATE TABLE 'participants_fts_docsize'(id INTEGER PRIMARY KEY, sz BLOB);

-- table participants_fts_idx
CREATE TABLE 'participants_fts_idx'(segid, term, pgno, PRIMARY KEY(segid, term)) WITHOUT ROWID;

-- table phases
CREATE TABLE phases (
    session_id INTEGER NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,
    phase TEXT NOT NULL CHECK (phase IN ('narrative', 'barriers_opportunities', 'ideas')),
    planned_minutes INTEGER NOT NULL CHECK (planned_minutes BETWEEN 1 AND 600),
    started_at TEXT,
    ended_at TEXT,
    PRIMARY KEY (session_id, phase)
) WITHOUT ROWID;

-- table raised_hands
CREATE TABLE raised_hands (
            session_id INTEGER NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,
            participant_id INTEGER NOT NULL REFERENCES participants (id) ON DELETE CASCADE,
            position INTEGER NOT NULL,
            PRIMARY KEY (session_id, participant_id)
        ) WITHOUT ROWID;

-- table series_notes
CREATE TABLE series_notes (
            series TEXT PRIMARY KEY CHECK (series != ''),
            text TEXT NOT NULL DEFAULT '',
            updated_at TEXT NOT NULL
        ) WITHOUT ROWID;

-- table sessions
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
, purpose TEXT NOT NULL DEFAULT '', next_meeting TEXT, minute_taker TEXT NOT NULL DEFAULT '', distribution TEXT NOT NULL DEFAULT '', uid TEXT, revision TEXT, revisions TEXT NOT NULL DEFAULT '[]', revised_at TEXT, changed INTEGER NOT NULL DEFAULT 0
            CHECK (changed IN (0, 1)), series TEXT NOT NULL DEFAULT '');

-- table sessions_fts
CREATE VIRTUAL TABLE sessions_fts USING fts5 (title, theme, host, content = 'sessions', content_rowid = 'id', tokenize = 'unicode61 remove_diacritics 2', prefix = '1 2');

-- table sessions_fts_config
CREATE TABLE 'sessions_fts_config'(k PRIMARY KEY, v) WITHOUT ROWID;

-- table sessions_fts_data
CREATE TABLE 'sessions_fts_data'(id INTEGER PRIMARY KEY, block BLOB);

-- table sessions_fts_docsize
CREATE TABLE 'sessions_fts_docsize'(id INTEGER PRIMARY KEY, sz BLOB);

-- table sessions_fts_idx
CREATE TABLE 'sessions_fts_idx'(segid, term, pgno, PRIMARY KEY(segid, term)) WITHOUT ROWID;

-- table shared_files
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

-- table speaking_turns
CREATE TABLE speaking_turns (
    id INTEGER PRIMARY KEY,
    session_id INTEGER NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,
    participant_id INTEGER NOT NULL REFERENCES participants (id) ON DELETE CASCADE,
    started_at TEXT NOT NULL,
    ended_at TEXT
);

-- trigger items_fts_ad
CREATE TRIGGER items_fts_ad AFTER DELETE ON items BEGIN
    INSERT INTO items_fts (items_fts, rowid, title, text) VALUES ('delete', old.id, old.title, old.text);
END;

-- trigger items_fts_ai
CREATE TRIGGER items_fts_ai AFTER INSERT ON items BEGIN
    INSERT INTO items_fts (rowid, title, text) VALUES (new.id, new.title, new.text);
END;

-- trigger items_fts_au
CREATE TRIGGER items_fts_au AFTER UPDATE OF title, text ON items BEGIN
    INSERT INTO items_fts (items_fts, rowid, title, text) VALUES ('delete', old.id, old.title, old.text);
    INSERT INTO items_fts (rowid, title, text) VALUES (new.id, new.title, new.text);
END;

-- trigger participants_fts_ad
CREATE TRIGGER participants_fts_ad AFTER DELETE ON participants BEGIN
    INSERT INTO participants_fts (participants_fts, rowid, name, organisation, role) VALUES ('delete', old.id, old.name, old.organisation, old.role);
END;

-- trigger participants_fts_ai
CREATE TRIGGER participants_fts_ai AFTER INSERT ON participants BEGIN
    INSERT INTO participants_fts (rowid, name, organisation, role) VALUES (new.id, new.name, new.organisation, new.role);
END;

-- trigger participants_fts_au
CREATE TRIGGER participants_fts_au AFTER UPDATE OF name, organisation, role ON participants BEGIN
    INSERT INTO participants_fts (participants_fts, rowid, name, organisation, role) VALUES ('delete', old.id, old.name, old.organisation, old.role);
    INSERT INTO participants_fts (rowid, name, organisation, role) VALUES (new.id, new.name, new.organisation, new.role);
END;

-- trigger sessions_fts_ad
CREATE TRIGGER sessions_fts_ad AFTER DELETE ON sessions BEGIN
    INSERT INTO sessions_fts (sessions_fts, rowid, title, theme, host) VALUES ('delete', old.id, old.title, old.theme, old.host);
END;

-- trigger sessions_fts_ai
CREATE TRIGGER sessions_fts_ai AFTER INSERT ON sessions BEGIN
    INSERT INTO sessions_fts (rowid, title, theme, host) VALUES (new.id, new.title, new.theme, new.host);
END;

-- trigger sessions_fts_au
CREATE TRIGGER sessions_fts_au AFTER UPDATE OF title, theme, host ON sessions BEGIN
    INSERT INTO sessions_fts (sessions_fts, rowid, title, theme, host) VALUES ('delete', old.id, old.title, old.theme, old.host);
    INSERT INTO sessions_fts (rowid, title, theme, host) VALUES (new.id, new.title, new.theme, new.host);
END;

