-- Printable statements (issue 5): the coach's decisions on a verklaring 56+, issued
-- statements with their offline-unique reference numbers, and the sharing register.
-- All three are append-only facts, kept and destroyed with the resident's file.

CREATE TABLE verklaring56_decisions (
    id          TEXT PRIMARY KEY,
    resident_id TEXT NOT NULL REFERENCES residents (id) ON DELETE CASCADE,
    version     INTEGER NOT NULL DEFAULT 0,
    data        TEXT NOT NULL CHECK (json_valid(data)),
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL
) STRICT;
CREATE INDEX verklaring56_decisions_resident ON verklaring56_decisions (resident_id, created_at);
CREATE TRIGGER verklaring56_decisions_append_only BEFORE UPDATE ON verklaring56_decisions BEGIN
    SELECT RAISE(ABORT, 'decisions are append-only');
END;

CREATE TABLE issued_statements (
    id          TEXT PRIMARY KEY,
    resident_id TEXT NOT NULL REFERENCES residents (id) ON DELETE CASCADE,
    version     INTEGER NOT NULL DEFAULT 0,
    data        TEXT NOT NULL CHECK (json_valid(data)),
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL
) STRICT;
CREATE INDEX issued_statements_resident ON issued_statements (resident_id, created_at);
-- A reference number is never used twice.
CREATE UNIQUE INDEX issued_statements_reference
    ON issued_statements (json_extract(data, '$.reference'));
CREATE TRIGGER issued_statements_append_only BEFORE UPDATE ON issued_statements BEGIN
    SELECT RAISE(ABORT, 'issued statements are append-only');
END;

CREATE TABLE disclosures (
    id          TEXT PRIMARY KEY,
    resident_id TEXT NOT NULL REFERENCES residents (id) ON DELETE CASCADE,
    version     INTEGER NOT NULL DEFAULT 0,
    data        TEXT NOT NULL CHECK (json_valid(data)),
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL
) STRICT;
CREATE INDEX disclosures_resident ON disclosures (resident_id, created_at);
CREATE TRIGGER disclosures_append_only BEFORE UPDATE ON disclosures BEGIN
    SELECT RAISE(ABORT, 'the sharing register is append-only');
END;

-- This device's statement sequence: with the device prefix it makes reference numbers
-- unique without a network. Never reset, never decremented.
CREATE TABLE statement_sequence (
    singleton INTEGER PRIMARY KEY CHECK (singleton = 1),
    last      INTEGER NOT NULL CHECK (last >= 0)
) STRICT;
INSERT INTO statement_sequence (singleton, last) VALUES (1, 0);
