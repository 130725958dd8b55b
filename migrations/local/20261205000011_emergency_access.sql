-- Break-the-glass on the laptop (crates/core/src/sync/emergency.rs). `emergency_access`:
-- files outside the caseload this coach may hold until `expires_at` (RFC 3339, UTC); the
-- laptop purges each at that moment, also offline. `emergency_notices`: for a team lead,
-- the accesses coaches took, with their explanation, as the server told them.
CREATE TABLE emergency_access (
    resident_id    TEXT PRIMARY KEY,
    expires_at     TEXT NOT NULL
) STRICT;

CREATE TABLE emergency_notices (
    id             TEXT PRIMARY KEY,
    coach          TEXT NOT NULL,
    resident_id    TEXT NOT NULL,
    reason         TEXT NOT NULL,
    explanation    TEXT NOT NULL,
    granted_at     TEXT NOT NULL,
    expires_at     TEXT NOT NULL
) STRICT;

ALTER TABLE sync_state ADD COLUMN notices_fetched_at TEXT;
