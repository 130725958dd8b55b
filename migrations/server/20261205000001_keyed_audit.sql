-- The audit chain is keyed from here on (HMAC-SHA256 with a key in a file on the server,
-- never in the database; crates/server/src/audit.rs). Seals made before were plain SHA-256,
-- which anyone who can write the database could recompute. They are removed here (the
-- entries themselves stay), and the sealer seals the whole log again with the key on its
-- next round. Only this migration may do so: the triggers are switched off for it alone.
ALTER TABLE audit_seal DISABLE TRIGGER audit_seal_no_update;
ALTER TABLE audit_seal DISABLE TRIGGER audit_seal_no_truncate;
DELETE FROM audit_seal;
ALTER TABLE audit_seal ENABLE TRIGGER audit_seal_no_update;
ALTER TABLE audit_seal ENABLE TRIGGER audit_seal_no_truncate;
COMMENT ON COLUMN audit_seal.hash IS
    'HMAC-SHA256 over the round, keyed with the server''s audit key (not in the database)';
