-- Sync a coach can trust (issue 18).

-- The outbox is made again, to add what the laptop had really seen when it made a change
-- (crates/domain/src/sync/merge.rs): per field, where its own unsent change stood on a
-- field when a newer version arrived; its own earlier changes it had not seen (after a
-- restore from an older copy); and its pull cursor (a resident handed over later was still
-- the coach's for this change). And a 'void' entry: a number whose change a laptop can no
-- longer send to a server that lost it.
CREATE TABLE outbox_new (
    seq          INTEGER PRIMARY KEY,
    device_id    TEXT NOT NULL,
    entity       TEXT NOT NULL,
    entity_id    TEXT NOT NULL,
    resident_id  TEXT,
    op           TEXT NOT NULL CHECK (op IN ('create', 'update', 'append', 'delete', 'void')),
    fields       TEXT NOT NULL CHECK (json_valid(fields)),
    base_version INTEGER NOT NULL,
    created_at   TEXT NOT NULL,
    acked_at     TEXT,
    purpose      TEXT,
    outcome      TEXT,
    field_bases  TEXT CHECK (field_bases IS NULL OR json_valid(field_bases)),
    own_unseen   TEXT CHECK (own_unseen IS NULL OR json_valid(own_unseen)),
    known_cursor INTEGER NOT NULL DEFAULT 0,
    -- Once the server has answered, an entry keeps only the names of the fields it set:
    -- the values (names, BSN, health) are in the record itself, or gone with it. The names
    -- let a laptop send the change again from its record if a restored server asks for it.
    field_names  TEXT CHECK (field_names IS NULL OR json_valid(field_names))
) STRICT;
INSERT INTO outbox_new (seq, device_id, entity, entity_id, resident_id, op, fields,
                        base_version, created_at, acked_at, purpose, outcome)
SELECT seq, device_id, entity, entity_id, resident_id, op, fields, base_version, created_at,
       acked_at, purpose, outcome
FROM outbox;
DROP TABLE outbox;
ALTER TABLE outbox_new RENAME TO outbox;
UPDATE outbox
SET field_names = (SELECT json_group_array(key) FROM json_each(outbox.fields)), fields = '{}'
WHERE acked_at IS NOT NULL;
CREATE INDEX outbox_pending ON outbox (seq) WHERE acked_at IS NULL;
-- The unsent entries of one record (the writer reads them for every change).
CREATE INDEX outbox_pending_record ON outbox (entity_id) WHERE acked_at IS NULL;
-- A purge removes a resident's answered entries.
CREATE INDEX outbox_resident ON outbox (resident_id);

-- Ranges [lo, hi] of this device's own sequence numbers whose changes it never saw: an
-- older copy of this laptop made them before a restored backup replaced it.
ALTER TABLE device ADD COLUMN own_unseen TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(own_unseen));

-- A refused change keeps what a person needs to make it again (not for refusals that mean
-- the laptop may not hold the data at all).
ALTER TABLE sync_rejections ADD COLUMN op TEXT;
ALTER TABLE sync_rejections ADD COLUMN fields TEXT CHECK (fields IS NULL OR json_valid(fields));

-- Residents this laptop destroyed because their retention period ended: a change of theirs
-- that still arrives from the server is not taken back. Ids only.
CREATE TABLE destroyed_residents (
    resident_id  TEXT PRIMARY KEY,
    rule         TEXT NOT NULL,
    at           TEXT NOT NULL
) STRICT;

-- Residents whose copy must be fetched again whole at the next round (after a refused
-- change, or a pulled change that could not be stored); '' stands for the shared records.
CREATE TABLE sync_repair (
    resident_id  TEXT PRIMARY KEY,
    reason       TEXT NOT NULL,
    at           TEXT NOT NULL
) STRICT;

-- The self-check: when it last ran, and how often it had to repair something.
ALTER TABLE sync_state ADD COLUMN repairs INTEGER NOT NULL DEFAULT 0;
ALTER TABLE sync_state ADD COLUMN last_repair_at TEXT;

-- The server is the source of truth: two files with one BSN (two coaches took the same
-- person in offline) must both arrive, not stop the pull. The laptop's own writes still
-- refuse a second file for a BSN (the writer checks); a lookup by BSN keeps its index.
DROP INDEX residents_bsn;
CREATE INDEX residents_bsn ON residents (json_extract(data, '$.bsn'));

-- Append-only records still refuse any change of their content, but may learn the server's
-- version of a record made on this laptop (the self-check compares versions).
DROP TRIGGER reports_append_only;
CREATE TRIGGER reports_append_only BEFORE UPDATE ON reports
WHEN new.data IS NOT old.data OR new.id IS NOT old.id OR new.resident_id IS NOT old.resident_id
BEGIN
    SELECT RAISE(ABORT, 'reports are append-only');
END;
DROP TRIGGER verklaring56_decisions_append_only;
CREATE TRIGGER verklaring56_decisions_append_only BEFORE UPDATE ON verklaring56_decisions
WHEN new.data IS NOT old.data OR new.id IS NOT old.id OR new.resident_id IS NOT old.resident_id
BEGIN
    SELECT RAISE(ABORT, 'decisions are append-only');
END;
DROP TRIGGER issued_statements_append_only;
CREATE TRIGGER issued_statements_append_only BEFORE UPDATE ON issued_statements
WHEN new.data IS NOT old.data OR new.id IS NOT old.id OR new.resident_id IS NOT old.resident_id
BEGIN
    SELECT RAISE(ABORT, 'issued statements are append-only');
END;
DROP TRIGGER disclosures_append_only;
CREATE TRIGGER disclosures_append_only BEFORE UPDATE ON disclosures
WHEN new.data IS NOT old.data OR new.id IS NOT old.id OR new.resident_id IS NOT old.resident_id
BEGIN
    SELECT RAISE(ABORT, 'the sharing register is append-only');
END;
DROP TRIGGER placement_contacts_append_only;
CREATE TRIGGER placement_contacts_append_only BEFORE UPDATE ON placement_contacts
WHEN new.data IS NOT old.data OR new.id IS NOT old.id OR new.resident_id IS NOT old.resident_id
BEGIN
    SELECT RAISE(ABORT, 'follow-up contacts are append-only');
END;
