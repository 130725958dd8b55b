-- Pruning the access log (crates/server/src/audit/prune.rs): entries older than six months
-- go unless they belong to a case file still kept (DOMAIN.md "Audit log"). The chain stays
-- verifiable: each run of consecutive removed entries inside one sealed round leaves one
-- row here, without content: the ids it spans, how many entries, the chain's MAC after its
-- last entry, the cut-off it was removed under, and a tag (HMAC with the audit key over all
-- of that), so nobody without the key can pass a removal off as pruning.
CREATE TABLE audit_pruned (
    first_id       BIGINT PRIMARY KEY,
    last_id        BIGINT NOT NULL,
    entries        BIGINT NOT NULL,
    mac            BYTEA NOT NULL,
    cutoff         TIMESTAMPTZ NOT NULL,
    tag            BYTEA NOT NULL,
    pruned_at      TIMESTAMPTZ NOT NULL DEFAULT now(),
    CHECK (last_id >= first_id AND entries >= 1)
);
CREATE TRIGGER audit_pruned_no_update BEFORE UPDATE OR DELETE ON audit_pruned
    FOR EACH ROW EXECUTE FUNCTION audit_log_append_only();
CREATE TRIGGER audit_pruned_no_truncate BEFORE TRUNCATE ON audit_pruned
    FOR EACH STATEMENT EXECUTE FUNCTION audit_log_append_only();

-- The log refuses deletes, except by the pruner, which says so in its transaction. (Whoever
-- can set this can also drop the trigger: the keyed chain, not the trigger, is what shows
-- a removal that was not pruning.)
CREATE OR REPLACE FUNCTION audit_log_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'DELETE' AND TG_TABLE_NAME = 'audit_log'
       AND current_setting('werkpad.audit_prune', true) = 'on' THEN
        RETURN OLD;
    END IF;
    RAISE EXCEPTION 'the audit log is append-only';
END;
$$;

-- A round's seal names its last entry, which pruning may remove (the run that replaces it
-- ends at that id and carries the MAC the seal checks).
ALTER TABLE audit_seal DROP CONSTRAINT audit_seal_id_fkey;

-- Finding what may go: entries about no resident.
CREATE INDEX audit_log_no_resident ON audit_log (at) WHERE resident_id IS NULL;
