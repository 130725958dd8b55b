-- Issue 24: teams, and the facts management reports count.

-- Coaches belong to a team; a team lead sees her own team.
CREATE TABLE teams (
    id          UUID PRIMARY KEY,
    name        TEXT NOT NULL UNIQUE CHECK (length(name) BETWEEN 1 AND 100),
    created_at  TIMESTAMPTZ NOT NULL DEFAULT now()
);
ALTER TABLE users ADD COLUMN team_id UUID REFERENCES teams (id);
CREATE INDEX users_team ON users (team_id);

-- What the reports count, one row per record, derived from `records` (see
-- crates/domain/src/report/fact.rs for what each column means per kind). Dates, codes
-- and amounts only: no names, no BSN, no free text. It goes with its record (retention
-- deletes the record, the fact follows).
CREATE TABLE report_facts (
    entity        TEXT NOT NULL,
    id            UUID NOT NULL,
    resident_id   UUID NOT NULL,
    derived_seq   BIGINT NOT NULL,
    coach_id      UUID,
    first_on      DATE NOT NULL,
    second_on     DATE,
    third_on      DATE,
    code          TEXT,
    flag          BOOLEAN NOT NULL DEFAULT FALSE,
    amount_cents  BIGINT,
    PRIMARY KEY (entity, id),
    FOREIGN KEY (entity, id) REFERENCES records (entity, id) ON DELETE CASCADE
);
CREATE INDEX report_facts_resident ON report_facts (resident_id);

-- How far the facts have been derived: every change below `cursor` is in report_facts.
-- One row; a refresh takes it FOR UPDATE, so two servers never derive the same page twice.
CREATE TABLE report_refresh (
    singleton  BOOLEAN PRIMARY KEY DEFAULT TRUE CHECK (singleton),
    cursor     BIGINT NOT NULL DEFAULT 0
);
INSERT INTO report_refresh DEFAULT VALUES;

-- Every report and export: who, when, which report, with which parameters. Append-only.
CREATE TABLE report_log (
    id          BIGSERIAL PRIMARY KEY,
    at          TIMESTAMPTZ NOT NULL DEFAULT now(),
    user_id     UUID,
    device_id   UUID,
    report      TEXT NOT NULL,
    parameters  JSONB NOT NULL DEFAULT '{}'
);
CREATE TRIGGER report_log_no_update BEFORE UPDATE OR DELETE ON report_log
    FOR EACH ROW EXECUTE FUNCTION audit_log_append_only();
CREATE TRIGGER report_log_no_truncate BEFORE TRUNCATE ON report_log
    FOR EACH STATEMENT EXECUTE FUNCTION audit_log_append_only();
