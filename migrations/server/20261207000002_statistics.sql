-- Issue 24: studies for research and statistics. Each study has its own random key; the
-- pseudonyms of an export are HMAC-SHA256(key, resident id), so the same resident has one
-- pseudonym within a study and an unrelated one in another. Closing a study destroys its
-- key (key NULL): its pseudonyms can no longer be made, and the name is not reused.
CREATE TABLE studies (
    name        TEXT PRIMARY KEY CHECK (length(name) BETWEEN 1 AND 100),
    purpose     TEXT NOT NULL CHECK (length(purpose) BETWEEN 1 AND 1000),
    requester   TEXT NOT NULL CHECK (length(requester) BETWEEN 1 AND 200),
    opened_by   UUID NOT NULL REFERENCES users (id),
    opened_at   TIMESTAMPTZ NOT NULL DEFAULT now(),
    key         BYTEA CHECK (key IS NULL OR length(key) = 32),
    closed_at   TIMESTAMPTZ,
    closed_by   UUID REFERENCES users (id),
    -- Open: a key and no close. Closed: no key, and when and by whom.
    CHECK ((key IS NOT NULL AND closed_at IS NULL AND closed_by IS NULL)
        OR (key IS NULL AND closed_at IS NOT NULL AND closed_by IS NOT NULL))
);
