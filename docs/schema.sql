-- schema.sql — the dyad corpus store (SQLite).  Compiled into the binary.
--
-- The file is a list of migrations.  Each starts with a line
-- "-- migration N" (N = 1, 2, ...) and is applied, in one transaction, to a
-- database whose PRAGMA user_version is below N; user_version is then set
-- to N.  Never edit a released migration: add a new one at the end.
--
-- Spans are [start, end) byte offsets into the document's normalised text
-- (documents.json -> $.text).  Near-duplicates (one wire story on many
-- sites) have canonical_id set to the first stored copy; queries count only
-- canonical documents (canonical_id IS NULL) so nothing is counted twice.

-- migration 1
CREATE TABLE documents (
    id           INTEGER PRIMARY KEY,
    hash         TEXT NOT NULL UNIQUE,   -- XXH3-128 of the input bytes, hex
    doc_key      TEXT,                   -- the document's "id"
    source       TEXT,
    url          TEXT,
    title        TEXT,
    author       TEXT,
    outlet       TEXT,
    dateline     TEXT,
    date         TEXT,                   -- publication date YYYY-MM-DD
    lang         TEXT,
    n_bytes      INTEGER NOT NULL,       -- length of the normalised text
    minhash      BLOB,                   -- 64 MinHash minima (uint32, host order) of word 3-shingles; NULL if too short
    canonical_id INTEGER REFERENCES documents(id),
    similarity   REAL,                   -- estimated Jaccard similarity to the canonical copy
    json         TEXT NOT NULL,          -- the full DESIGN JSON of the document
    ingested_at  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
);
CREATE INDEX documents_canonical ON documents(canonical_id);
CREATE INDEX documents_date ON documents(date);
CREATE INDEX documents_key ON documents(doc_key);

-- MinHash LSH: 16 bands of 4 minima, each hashed; copies with estimated
-- similarity 0.8 share a band with probability 0.99, so candidates are found
-- by index and then compared on the whole signature.
CREATE TABLE minhash_bands (
    band   INTEGER NOT NULL,
    value  INTEGER NOT NULL,
    doc_id INTEGER NOT NULL REFERENCES documents(id),
    PRIMARY KEY (band, value, doc_id)
) WITHOUT ROWID;

CREATE TABLE actors (
    doc_id   INTEGER NOT NULL REFERENCES documents(id),
    local_id TEXT,                       -- "a1" within the document
    name     TEXT,
    kind     TEXT,
    codes    TEXT,                       -- JSON array
    roles    TEXT,                       -- JSON array
    mentions TEXT                        -- JSON array of spans
);
CREATE INDEX actors_doc ON actors(doc_id, local_id);
CREATE INDEX actors_name ON actors(name);

CREATE TABLE statements (
    doc_id        INTEGER NOT NULL REFERENCES documents(id),
    local_id      TEXT,
    kind          TEXT,
    text          TEXT,
    span_start    INTEGER,
    span_end      INTEGER,
    speaker       TEXT,                  -- actor local id or NULL
    speaker_name  TEXT,                  -- the actor's name, else the speaker text
    speaker_codes TEXT,                  -- the actor's codes, space-separated
    speaker_start INTEGER,
    speaker_end   INTEGER,
    cue           TEXT,
    addressee     TEXT,
    attributed_to TEXT,
    date          TEXT
);
CREATE INDEX statements_doc ON statements(doc_id);
CREATE INDEX statements_speaker ON statements(speaker_name);

CREATE TABLE events (
    doc_id       INTEGER NOT NULL REFERENCES documents(id),
    local_id     TEXT,
    date         TEXT,                   -- the event's day, else the document's
    source       TEXT,
    target       TEXT,
    source_actor TEXT,
    target_actor TEXT,
    source_text  TEXT,
    target_text  TEXT,
    cameo        TEXT,
    root         TEXT,
    plover       TEXT,
    goldstein    REAL,
    quad         INTEGER,
    via          TEXT,                   -- JSON array
    confidence   REAL,
    statement    TEXT,
    sent_start   INTEGER,
    sent_end     INTEGER,
    verb_start   INTEGER,
    verb_end     INTEGER
);
CREATE INDEX events_doc ON events(doc_id);
CREATE INDEX events_key ON events(date, source, target, cameo);
CREATE INDEX events_dyad ON events(source, target, date);

CREATE TABLE mediations (
    doc_id      INTEGER NOT NULL REFERENCES documents(id),
    principal   TEXT,
    counterpart TEXT,
    via         TEXT,                    -- JSON array
    span_start  INTEGER,
    span_end    INTEGER
);
CREATE INDEX mediations_doc ON mediations(doc_id);

CREATE TABLE times (
    doc_id      INTEGER NOT NULL REFERENCES documents(id),
    text        TEXT,
    span_start  INTEGER,
    span_end    INTEGER,
    value       TEXT,
    granularity TEXT,
    anchor      TEXT
);
CREATE INDEX times_doc ON times(doc_id);
CREATE INDEX times_value ON times(value);

-- Full-text index of title and text (contentless: the text lives in json).
CREATE VIRTUAL TABLE docs_fts USING fts5(title, body, content='', tokenize='unicode61 remove_diacritics 2');
