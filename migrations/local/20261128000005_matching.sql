-- Job matching and placement (issue 6).
--
-- Employers and workplaces are shared data: every coach may see them, so they belong to no
-- resident and have no resident_id. Placements, their follow-up contacts and a resident's
-- search profile belong to the resident and go with the file (retention, caseload purge).
-- Reference data (ESCO occupations, ISCO-08 groups, postcode areas and which release of each
-- this laptop holds) arrives by sync from the server's import and is never edited here.

CREATE TABLE employers (
    id          TEXT PRIMARY KEY,
    version     INTEGER NOT NULL DEFAULT 0,
    data        TEXT NOT NULL CHECK (json_valid(data)),
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL,
    name        TEXT GENERATED ALWAYS AS (json_extract(data, '$.name')) VIRTUAL
) STRICT;
CREATE INDEX employers_name ON employers (name COLLATE NOCASE);

CREATE TABLE workplaces (
    id          TEXT PRIMARY KEY,
    version     INTEGER NOT NULL DEFAULT 0,
    data        TEXT NOT NULL CHECK (json_valid(data)),
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL,
    employer_id TEXT GENERATED ALWAYS AS (json_extract(data, '$.employer_id')) VIRTUAL
) STRICT;
CREATE INDEX workplaces_employer ON workplaces (employer_id);

CREATE TABLE placements (
    id           TEXT PRIMARY KEY,
    resident_id  TEXT NOT NULL REFERENCES residents (id) ON DELETE CASCADE,
    version      INTEGER NOT NULL DEFAULT 0,
    data         TEXT NOT NULL CHECK (json_valid(data)),
    created_at   TEXT NOT NULL,
    updated_at   TEXT NOT NULL,
    workplace_id TEXT GENERATED ALWAYS AS (json_extract(data, '$.workplace_id')) VIRTUAL,
    ended        INTEGER GENERATED ALWAYS AS (json_extract(data, '$.end') IS NOT NULL) VIRTUAL
) STRICT;
CREATE INDEX placements_resident ON placements (resident_id, created_at);
CREATE INDEX placements_workplace ON placements (workplace_id, ended);

CREATE TABLE placement_contacts (
    id          TEXT PRIMARY KEY,
    resident_id TEXT NOT NULL REFERENCES residents (id) ON DELETE CASCADE,
    version     INTEGER NOT NULL DEFAULT 0,
    data        TEXT NOT NULL CHECK (json_valid(data)),
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL
) STRICT;
CREATE INDEX placement_contacts_resident ON placement_contacts (resident_id, created_at);
CREATE TRIGGER placement_contacts_append_only BEFORE UPDATE ON placement_contacts BEGIN
    SELECT RAISE(ABORT, 'follow-up contacts are append-only');
END;

-- One search profile per resident.
CREATE TABLE match_profiles (
    id          TEXT PRIMARY KEY,
    resident_id TEXT NOT NULL UNIQUE REFERENCES residents (id) ON DELETE CASCADE,
    version     INTEGER NOT NULL DEFAULT 0,
    data        TEXT NOT NULL CHECK (json_valid(data)),
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL
) STRICT;

CREATE TABLE occupations (
    id          TEXT PRIMARY KEY,
    version     INTEGER NOT NULL DEFAULT 0,
    data        TEXT NOT NULL CHECK (json_valid(data)),
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL,
    isco_group  TEXT GENERATED ALWAYS AS (json_extract(data, '$.isco_group')) VIRTUAL
) STRICT;
CREATE INDEX occupations_isco ON occupations (isco_group);

-- "heftruck" finds "heftruckchauffeur" and its synonyms; diacritics-insensitive.
CREATE VIRTUAL TABLE occupation_search USING fts5(
    occupation_id UNINDEXED,
    label,
    synonyms,
    tokenize = 'unicode61 remove_diacritics 2',
    prefix = '2 3 4'
);

CREATE TRIGGER occupations_search_insert AFTER INSERT ON occupations BEGIN
    INSERT INTO occupation_search (rowid, occupation_id, label, synonyms)
    VALUES (new.rowid, new.id, json_extract(new.data, '$.label'),
            (SELECT group_concat(value, ' ') FROM json_each(new.data, '$.synonyms')));
END;

CREATE TRIGGER occupations_search_update AFTER UPDATE OF data ON occupations BEGIN
    DELETE FROM occupation_search WHERE rowid = old.rowid;
    INSERT INTO occupation_search (rowid, occupation_id, label, synonyms)
    VALUES (new.rowid, new.id, json_extract(new.data, '$.label'),
            (SELECT group_concat(value, ' ') FROM json_each(new.data, '$.synonyms')));
END;

CREATE TRIGGER occupations_search_delete AFTER DELETE ON occupations BEGIN
    DELETE FROM occupation_search WHERE rowid = old.rowid;
END;

CREATE TABLE isco_groups (
    id          TEXT PRIMARY KEY,
    version     INTEGER NOT NULL DEFAULT 0,
    data        TEXT NOT NULL CHECK (json_valid(data)),
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL,
    code        TEXT GENERATED ALWAYS AS (json_extract(data, '$.code')) VIRTUAL
) STRICT;
CREATE INDEX isco_groups_code ON isco_groups (code);

CREATE TABLE pc4_areas (
    id          TEXT PRIMARY KEY,
    version     INTEGER NOT NULL DEFAULT 0,
    data        TEXT NOT NULL CHECK (json_valid(data)),
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL,
    postcode4   INTEGER GENERATED ALWAYS AS (json_extract(data, '$.postcode4')) VIRTUAL
) STRICT;
CREATE INDEX pc4_areas_postcode4 ON pc4_areas (postcode4);

CREATE TABLE reference_releases (
    id          TEXT PRIMARY KEY,
    version     INTEGER NOT NULL DEFAULT 0,
    data        TEXT NOT NULL CHECK (json_valid(data)),
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL
) STRICT;
