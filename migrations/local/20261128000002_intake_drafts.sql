-- The intake form in progress: saved as the coach types, so closing the app (or a flat
-- battery) loses nothing. It holds personal data, so it lives in the encrypted database,
-- and it is local only: no outbox entry until the intake is submitted.
CREATE TABLE intake_drafts (
    singleton   INTEGER PRIMARY KEY CHECK (singleton = 1),
    data        TEXT NOT NULL CHECK (json_valid(data)),
    updated_at  TEXT NOT NULL
) STRICT;
