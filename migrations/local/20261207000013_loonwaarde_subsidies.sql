-- Loonwaardebepaling, loonkostensubsidie (decisions and payments) and jobcoaching
-- (organisations, shared like employers; subsidies per resident and period).
-- Types and rules: crates/domain/src/loonwaarde/ and crates/domain/src/subsidy/.
CREATE TABLE loonwaarden (
    id          TEXT PRIMARY KEY,
    resident_id TEXT NOT NULL REFERENCES residents (id) ON DELETE CASCADE,
    version     INTEGER NOT NULL DEFAULT 0,
    data        TEXT NOT NULL CHECK (json_valid(data)),
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL
) STRICT;
CREATE INDEX loonwaarden_resident ON loonwaarden (resident_id);

CREATE TABLE lks_decisions (
    id          TEXT PRIMARY KEY,
    resident_id TEXT NOT NULL REFERENCES residents (id) ON DELETE CASCADE,
    version     INTEGER NOT NULL DEFAULT 0,
    data        TEXT NOT NULL CHECK (json_valid(data)),
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL,
    employer_id TEXT GENERATED ALWAYS AS (json_extract(data, '$.employer_id')) VIRTUAL
) STRICT;
CREATE INDEX lks_decisions_resident ON lks_decisions (resident_id);
CREATE INDEX lks_decisions_employer ON lks_decisions (employer_id);

CREATE TABLE lks_payments (
    id          TEXT PRIMARY KEY,
    resident_id TEXT NOT NULL REFERENCES residents (id) ON DELETE CASCADE,
    version     INTEGER NOT NULL DEFAULT 0,
    data        TEXT NOT NULL CHECK (json_valid(data)),
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL
) STRICT;
CREATE INDEX lks_payments_resident ON lks_payments (resident_id);

CREATE TABLE jobcoach_subsidies (
    id          TEXT PRIMARY KEY,
    resident_id TEXT NOT NULL REFERENCES residents (id) ON DELETE CASCADE,
    version     INTEGER NOT NULL DEFAULT 0,
    data        TEXT NOT NULL CHECK (json_valid(data)),
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL
) STRICT;
CREATE INDEX jobcoach_subsidies_resident ON jobcoach_subsidies (resident_id);

CREATE TABLE jobcoach_organisations (
    id          TEXT PRIMARY KEY,
    version     INTEGER NOT NULL DEFAULT 0,
    data        TEXT NOT NULL CHECK (json_valid(data)),
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL,
    name        TEXT GENERATED ALWAYS AS (json_extract(data, '$.name')) VIRTUAL
) STRICT;
CREATE INDEX jobcoach_organisations_name ON jobcoach_organisations (name COLLATE NOCASE);
