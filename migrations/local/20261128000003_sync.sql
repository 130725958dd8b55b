-- Sync with the central server (issue 4).

-- Who this laptop syncs as, and how far it has pulled. The device tokens themselves are in
-- the OS keyring (or the 0600 key file), not here.
CREATE TABLE sync_state (
    singleton     INTEGER PRIMARY KEY CHECK (singleton = 1),
    server_url    TEXT NOT NULL,
    user_id       TEXT NOT NULL,
    user_name     TEXT NOT NULL,
    display_name  TEXT NOT NULL,
    role          TEXT NOT NULL,
    cursor        INTEGER NOT NULL DEFAULT 0,
    last_sync_at  TEXT,
    logged_in_at  TEXT NOT NULL
) STRICT;

-- Open conflicts from the server: the same field changed on two sides. Kept until a
-- person resolves them; removed when the server says they are resolved.
CREATE TABLE sync_conflicts (
    id           TEXT PRIMARY KEY,
    resident_id  TEXT,
    version      INTEGER NOT NULL,
    data         TEXT NOT NULL CHECK (json_valid(data))
) STRICT;
CREATE INDEX sync_conflicts_resident ON sync_conflicts (resident_id);

-- Changes the server refused, with its reason: never silently dropped.
CREATE TABLE sync_rejections (
    seq          INTEGER PRIMARY KEY,
    entity       TEXT NOT NULL,
    entity_id    TEXT NOT NULL,
    resident_id  TEXT,
    reason       TEXT NOT NULL,
    at           TEXT NOT NULL
) STRICT;

-- Why each change was made (for the server's audit log), and the server's answer.
ALTER TABLE outbox ADD COLUMN purpose TEXT;
ALTER TABLE outbox ADD COLUMN outcome TEXT;
