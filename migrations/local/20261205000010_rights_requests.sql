-- The resident's requests about their data (rectification, erasure, restriction,
-- objection), each with its deadline and outcome (crates/domain/src/rights.rs).
CREATE TABLE rights_requests (
    id          TEXT PRIMARY KEY,
    resident_id TEXT NOT NULL REFERENCES residents (id) ON DELETE CASCADE,
    version     INTEGER NOT NULL DEFAULT 0,
    data        TEXT NOT NULL CHECK (json_valid(data)),
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL
) STRICT;
CREATE INDEX rights_requests_resident ON rights_requests (resident_id);
