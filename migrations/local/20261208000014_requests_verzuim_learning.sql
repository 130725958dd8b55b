-- Requests to other parties (UWV, medical examinations, referrals) with their attachments,
-- verzuim cases, leerwerkplekken and trainings. Types and rules:
-- crates/domain/src/request/, crates/domain/src/verzuim/, crates/domain/src/learning/.
-- An attachment holds its file (base64) in `data`: inside the encrypted database.
CREATE TABLE uwv_requests (
    id          TEXT PRIMARY KEY,
    resident_id TEXT NOT NULL REFERENCES residents (id) ON DELETE CASCADE,
    version     INTEGER NOT NULL DEFAULT 0,
    data        TEXT NOT NULL CHECK (json_valid(data)),
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL,
    due_on      TEXT GENERATED ALWAYS AS (json_extract(data, '$.due_on')) VIRTUAL
) STRICT;
CREATE INDEX uwv_requests_resident ON uwv_requests (resident_id);

CREATE TABLE medical_examinations (
    id          TEXT PRIMARY KEY,
    resident_id TEXT NOT NULL REFERENCES residents (id) ON DELETE CASCADE,
    version     INTEGER NOT NULL DEFAULT 0,
    data        TEXT NOT NULL CHECK (json_valid(data)),
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL
) STRICT;
CREATE INDEX medical_examinations_resident ON medical_examinations (resident_id);

CREATE TABLE referrals (
    id          TEXT PRIMARY KEY,
    resident_id TEXT NOT NULL REFERENCES residents (id) ON DELETE CASCADE,
    version     INTEGER NOT NULL DEFAULT 0,
    data        TEXT NOT NULL CHECK (json_valid(data)),
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL
) STRICT;
CREATE INDEX referrals_resident ON referrals (resident_id);

CREATE TABLE attachments (
    id          TEXT PRIMARY KEY,
    resident_id TEXT NOT NULL REFERENCES residents (id) ON DELETE CASCADE,
    version     INTEGER NOT NULL DEFAULT 0,
    data        TEXT NOT NULL CHECK (json_valid(data)),
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL
) STRICT;
CREATE INDEX attachments_resident ON attachments (resident_id);

CREATE TABLE verzuim_cases (
    id          TEXT PRIMARY KEY,
    resident_id TEXT NOT NULL REFERENCES residents (id) ON DELETE CASCADE,
    version     INTEGER NOT NULL DEFAULT 0,
    data        TEXT NOT NULL CHECK (json_valid(data)),
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL
) STRICT;
CREATE INDEX verzuim_cases_resident ON verzuim_cases (resident_id);

CREATE TABLE leerwerkplekken (
    id          TEXT PRIMARY KEY,
    resident_id TEXT NOT NULL REFERENCES residents (id) ON DELETE CASCADE,
    version     INTEGER NOT NULL DEFAULT 0,
    data        TEXT NOT NULL CHECK (json_valid(data)),
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL
) STRICT;
CREATE INDEX leerwerkplekken_resident ON leerwerkplekken (resident_id);

CREATE TABLE trainings (
    id          TEXT PRIMARY KEY,
    resident_id TEXT NOT NULL REFERENCES residents (id) ON DELETE CASCADE,
    version     INTEGER NOT NULL DEFAULT 0,
    data        TEXT NOT NULL CHECK (json_valid(data)),
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL
) STRICT;
CREATE INDEX trainings_resident ON trainings (resident_id);
