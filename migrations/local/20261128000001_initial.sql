-- Werkpad local (desktop) store, first schema.
-- Every personal-data row lives in this SQLCipher-encrypted file. Records are kept as JSON
-- documents (the domain types serialised by serde) in one table per entity, so a field-level
-- diff feeds the sync outbox and new entities of the privacy statement join with one table.
-- Columns outside `data` exist only for keys, versions, indexes and search.

-- The device's identity and its gap-free outbox counter (one row).
CREATE TABLE device (
    singleton   INTEGER PRIMARY KEY CHECK (singleton = 1),
    device_id   TEXT NOT NULL,
    coach_id    TEXT NOT NULL,
    coach_name  TEXT NOT NULL,
    next_seq    INTEGER NOT NULL DEFAULT 1 CHECK (next_seq >= 1),
    created_at  TEXT NOT NULL
) STRICT;

CREATE TABLE residents (
    id          TEXT PRIMARY KEY,
    version     INTEGER NOT NULL DEFAULT 0,
    data        TEXT NOT NULL CHECK (json_valid(data)),
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL
) STRICT;

-- One file per person: a BSN appears once.
CREATE UNIQUE INDEX residents_bsn ON residents (json_extract(data, '$.bsn'));

-- Diacritics-insensitive search ("Ozturk" finds "Öztürk") over names, BSN, postcode and
-- woonplaats. Kept in step with `residents` by triggers, so no write path can forget it.
CREATE VIRTUAL TABLE resident_search USING fts5(
    resident_id UNINDEXED,
    names,
    bsn,
    postcode,
    woonplaats,
    tokenize = 'unicode61 remove_diacritics 2',
    -- Prefix indexes: search-as-you-type asks for "jans*" on every keystroke.
    prefix = '2 3 4'
);

CREATE TRIGGER residents_search_insert AFTER INSERT ON residents BEGIN
    INSERT INTO resident_search (rowid, resident_id, names, bsn, postcode, woonplaats)
    VALUES (
        new.rowid, new.id,
        concat_ws(' ',
            json_extract(new.data, '$.name.initials'),
            json_extract(new.data, '$.name.given_names'),
            json_extract(new.data, '$.name.preferred_name'),
            json_extract(new.data, '$.name.tussenvoegsel'),
            json_extract(new.data, '$.name.family_name')),
        json_extract(new.data, '$.bsn'),
        json_extract(new.data, '$.address.postcode'),
        json_extract(new.data, '$.address.woonplaats'));
END;

CREATE TRIGGER residents_search_update AFTER UPDATE OF data ON residents BEGIN
    DELETE FROM resident_search WHERE rowid = old.rowid;
    INSERT INTO resident_search (rowid, resident_id, names, bsn, postcode, woonplaats)
    VALUES (
        new.rowid, new.id,
        concat_ws(' ',
            json_extract(new.data, '$.name.initials'),
            json_extract(new.data, '$.name.given_names'),
            json_extract(new.data, '$.name.preferred_name'),
            json_extract(new.data, '$.name.tussenvoegsel'),
            json_extract(new.data, '$.name.family_name')),
        json_extract(new.data, '$.bsn'),
        json_extract(new.data, '$.address.postcode'),
        json_extract(new.data, '$.address.woonplaats'));
END;

CREATE TRIGGER residents_search_delete AFTER DELETE ON residents BEGIN
    DELETE FROM resident_search WHERE rowid = old.rowid;
END;

-- Records that belong to one resident. All share one shape; deleting a resident (retention,
-- caseload purge) removes them by cascade.
CREATE TABLE trajecten (
    id          TEXT PRIMARY KEY,
    resident_id TEXT NOT NULL REFERENCES residents (id) ON DELETE CASCADE,
    version     INTEGER NOT NULL DEFAULT 0,
    data        TEXT NOT NULL CHECK (json_valid(data)),
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL,
    state       TEXT GENERATED ALWAYS AS (json_extract(data, '$.state')) VIRTUAL
) STRICT;
CREATE INDEX trajecten_resident ON trajecten (resident_id);

CREATE TABLE reports (
    id          TEXT PRIMARY KEY,
    resident_id TEXT NOT NULL REFERENCES residents (id) ON DELETE CASCADE,
    version     INTEGER NOT NULL DEFAULT 0,
    data        TEXT NOT NULL CHECK (json_valid(data)),
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL
) STRICT;
CREATE INDEX reports_resident ON reports (resident_id, created_at);
-- Reports are append-only: a correction is a new report, never an edit.
CREATE TRIGGER reports_append_only BEFORE UPDATE ON reports BEGIN
    SELECT RAISE(ABORT, 'reports are append-only');
END;

CREATE TABLE agreements (
    id          TEXT PRIMARY KEY,
    resident_id TEXT NOT NULL REFERENCES residents (id) ON DELETE CASCADE,
    version     INTEGER NOT NULL DEFAULT 0,
    data        TEXT NOT NULL CHECK (json_valid(data)),
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL
) STRICT;
CREATE INDEX agreements_resident ON agreements (resident_id);

CREATE TABLE goals (
    id          TEXT PRIMARY KEY,
    resident_id TEXT NOT NULL REFERENCES residents (id) ON DELETE CASCADE,
    version     INTEGER NOT NULL DEFAULT 0,
    data        TEXT NOT NULL CHECK (json_valid(data)),
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL
) STRICT;
CREATE INDEX goals_resident ON goals (resident_id);

CREATE TABLE appointments (
    id          TEXT PRIMARY KEY,
    resident_id TEXT NOT NULL REFERENCES residents (id) ON DELETE CASCADE,
    version     INTEGER NOT NULL DEFAULT 0,
    data        TEXT NOT NULL CHECK (json_valid(data)),
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL,
    starts_at   TEXT GENERATED ALWAYS AS (json_extract(data, '$.starts_at')) VIRTUAL
) STRICT;
CREATE INDEX appointments_resident ON appointments (resident_id, starts_at);

-- Special category (AVG art. 9): never part of the resident document; every read audited.
CREATE TABLE health_records (
    id          TEXT PRIMARY KEY,
    resident_id TEXT NOT NULL REFERENCES residents (id) ON DELETE CASCADE,
    version     INTEGER NOT NULL DEFAULT 0,
    data        TEXT NOT NULL CHECK (json_valid(data)),
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL
) STRICT;
CREATE INDEX health_records_resident ON health_records (resident_id);

-- Beoordelingen, waarschuwingen en maatregelen: each names the deciding staff member.
CREATE TABLE assessments (
    id          TEXT PRIMARY KEY,
    resident_id TEXT NOT NULL REFERENCES residents (id) ON DELETE CASCADE,
    version     INTEGER NOT NULL DEFAULT 0,
    data        TEXT NOT NULL CHECK (json_valid(data)),
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL
) STRICT;
CREATE INDEX assessments_resident ON assessments (resident_id);

-- The sync outbox: one entry per change, written in the change's own transaction.
-- `seq` comes from device.next_seq, so it is gap-free and survives reopening.
CREATE TABLE outbox (
    seq          INTEGER PRIMARY KEY,
    device_id    TEXT NOT NULL,
    entity       TEXT NOT NULL,
    entity_id    TEXT NOT NULL,
    resident_id  TEXT,
    op           TEXT NOT NULL CHECK (op IN ('create', 'update', 'append', 'delete')),
    fields       TEXT NOT NULL CHECK (json_valid(fields)),
    base_version INTEGER NOT NULL,
    created_at   TEXT NOT NULL,
    acked_at     TEXT
) STRICT;
CREATE INDEX outbox_pending ON outbox (seq) WHERE acked_at IS NULL;

-- Who did what, when, to which resident, and why. No names, BSNs or other content: ids only.
CREATE TABLE audit_log (
    id           INTEGER PRIMARY KEY AUTOINCREMENT,
    at           TEXT NOT NULL,
    actor_id     TEXT NOT NULL,
    device_id    TEXT NOT NULL,
    resident_id  TEXT,
    action       TEXT NOT NULL,
    entity       TEXT,
    entity_id    TEXT,
    purpose      TEXT,
    reason       TEXT
) STRICT;
CREATE INDEX audit_log_resident ON audit_log (resident_id, at);
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log BEGIN
    SELECT RAISE(ABORT, 'the audit log is append-only');
END;
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log BEGIN
    SELECT RAISE(ABORT, 'the audit log is append-only');
END;

-- Proof of destruction (retention): when, how many, which ids. Ids are not personal data
-- once the resident's file is gone.
CREATE TABLE destruction_log (
    id            INTEGER PRIMARY KEY AUTOINCREMENT,
    at            TEXT NOT NULL,
    rule          TEXT NOT NULL,
    resident_ids  TEXT NOT NULL CHECK (json_valid(resident_ids)),
    count         INTEGER NOT NULL
) STRICT;
