-- Retention on the server (crates/server/src/retention.rs): what stays of a destroyed file.
-- No personal data: the resident's random id, how and when the guidance ended, when the
-- file was due, when it went, who ran it (none: the scheduled job) and how many records of
-- each kind went. `seq` is a change number, so every laptop that pulls learns of it and
-- destroys its copy; a push about a resident listed here is refused.
CREATE TABLE destructions (
    seq            BIGINT PRIMARY KEY,
    resident_id    UUID NOT NULL UNIQUE,
    end_reason     TEXT NOT NULL CHECK (end_reason IN ('beeindigd', 'geweigerd', 'afgebroken')),
    ended_on       DATE NOT NULL,
    due_on         DATE NOT NULL,
    destroyed_at   TIMESTAMPTZ NOT NULL DEFAULT now(),
    by_user        UUID,
    counts         JSONB NOT NULL
);
