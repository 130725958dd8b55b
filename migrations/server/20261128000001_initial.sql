-- Werkpad central server: the source of truth. Staff, devices, every synced record, who may
-- see which resident, and an append-only audit log where each entry hashes the previous one.

CREATE TABLE users (
    id             UUID PRIMARY KEY,
    name           TEXT NOT NULL UNIQUE,
    display_name   TEXT NOT NULL,
    role           TEXT NOT NULL CHECK (role IN
                       ('jobcoach', 'teamleider', 'functioneel_beheerder', 'beleid_statistiek')),
    password_hash  TEXT NOT NULL,
    disabled       BOOLEAN NOT NULL DEFAULT FALSE,
    failed_logins  INTEGER NOT NULL DEFAULT 0,
    locked_until   TIMESTAMPTZ,
    created_at     TIMESTAMPTZ NOT NULL DEFAULT now()
);

CREATE TABLE devices (
    id             UUID PRIMARY KEY,
    user_id        UUID NOT NULL REFERENCES users (id),
    name           TEXT NOT NULL,
    registered_at  TIMESTAMPTZ NOT NULL DEFAULT now(),
    last_seen_at   TIMESTAMPTZ,
    -- The highest mutation sequence number applied from this device: exactly once.
    last_seq       BIGINT NOT NULL DEFAULT 0,
    revoked_at     TIMESTAMPTZ,
    wipe_sent_at   TIMESTAMPTZ
);
CREATE INDEX devices_user ON devices (user_id);

-- Only hashes: a stolen database copy holds no usable token.
CREATE TABLE device_tokens (
    token_hash     BYTEA PRIMARY KEY,
    device_id      UUID NOT NULL REFERENCES devices (id) ON DELETE CASCADE,
    kind           TEXT NOT NULL CHECK (kind IN ('access', 'refresh')),
    expires_at     TIMESTAMPTZ NOT NULL,
    created_at     TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE INDEX device_tokens_device ON device_tokens (device_id);

-- One counter orders every visible change (records, caseload events). Writers take
-- pg_advisory_xact_lock(20261128) before drawing from it, so a pull that sees number N has
-- seen every number below N: the cursor never skips a change committed late.
CREATE SEQUENCE change_seq;

-- Every synced record as a JSON document, with per-field versions for the merge rule.
CREATE TABLE records (
    entity          TEXT NOT NULL,
    id              UUID NOT NULL,
    resident_id     UUID,
    version         BIGINT NOT NULL,
    doc             JSONB NOT NULL,
    field_versions  JSONB NOT NULL DEFAULT '{}',
    -- Special-category data (health) or a conflict about it: only for roles that may see it.
    special         BOOLEAN NOT NULL DEFAULT FALSE,
    deleted         BOOLEAN NOT NULL DEFAULT FALSE,
    change_seq      BIGINT NOT NULL,
    updated_at      TIMESTAMPTZ NOT NULL DEFAULT now(),
    updated_by      UUID,
    PRIMARY KEY (entity, id)
);
CREATE INDEX records_change ON records (change_seq);
CREATE INDEX records_resident ON records (resident_id, change_seq);

-- Which coach works with which resident.
CREATE TABLE caseload (
    resident_id    UUID NOT NULL,
    coach_id       UUID NOT NULL REFERENCES users (id),
    assigned_at    TIMESTAMPTZ NOT NULL DEFAULT now(),
    assigned_by    UUID,
    PRIMARY KEY (resident_id, coach_id)
);
CREATE INDEX caseload_coach ON caseload (coach_id, resident_id);

CREATE TABLE caseload_events (
    seq            BIGINT PRIMARY KEY,
    coach_id       UUID NOT NULL,
    resident_id    UUID NOT NULL,
    kind           TEXT NOT NULL CHECK (kind IN ('assign', 'unassign')),
    at             TIMESTAMPTZ NOT NULL DEFAULT now(),
    by_user        UUID
);
CREATE INDEX caseload_events_coach ON caseload_events (coach_id, seq);

-- The answer given to each mutation, so a retry gets the same answer (exactly once).
CREATE TABLE applied_mutations (
    device_id      UUID NOT NULL,
    seq            BIGINT NOT NULL,
    outcome        JSONB NOT NULL,
    applied_at     TIMESTAMPTZ NOT NULL DEFAULT now(),
    PRIMARY KEY (device_id, seq)
);

-- Who did what to which resident, why. Ids only, no content. hash = sha256(prev_hash ||
-- the entry's fields); verify with `werkpad-server audit verify`.
CREATE TABLE audit_log (
    id             BIGINT PRIMARY KEY,
    at             TIMESTAMPTZ NOT NULL,
    user_id        UUID,
    device_id      UUID,
    resident_id    UUID,
    action         TEXT NOT NULL,
    entity         TEXT,
    entity_id      UUID,
    purpose        TEXT,
    prev_hash      BYTEA NOT NULL,
    hash           BYTEA NOT NULL
);
CREATE INDEX audit_log_resident ON audit_log (resident_id, at);

CREATE FUNCTION audit_log_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'the audit log is append-only';
END;
$$;
CREATE TRIGGER audit_log_no_update BEFORE UPDATE OR DELETE ON audit_log
    FOR EACH ROW EXECUTE FUNCTION audit_log_append_only();
CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log
    FOR EACH STATEMENT EXECUTE FUNCTION audit_log_append_only();
