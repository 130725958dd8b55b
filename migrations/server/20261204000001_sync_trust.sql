-- Sync a coach can trust (issue 18).
--
-- Which device change last set each field: {"field": ["<device uuid>", seq]}. With it the
-- merge rule knows that a device had seen its own earlier changes, so a coach never
-- conflicts with herself (crates/domain/src/sync/merge.rs). Rows written before know no
-- writers: their fields fall back to the version rule.
ALTER TABLE records ADD COLUMN field_writers JSONB NOT NULL DEFAULT '{}';

-- A digest of each answered mutation (digests[i] answers first_seq + i), so a laptop that
-- was restored from an older copy and reuses sequence numbers for new changes is told so
-- instead of getting "duplicate" for work the server never saw. Pages stored before have
-- none (NULL): they are not checked.
ALTER TABLE applied_pages ADD COLUMN digests BYTEA[];
ALTER TABLE applied_pages ADD CONSTRAINT applied_pages_digests_length
    CHECK (digests IS NULL OR cardinality(digests) = last_seq - first_seq + 1);

-- The audit log names the mutation (device, seq) an entry is about, so "who changed what,
-- when" is answerable per change and each mutation is seen exactly once.
ALTER TABLE audit_log ADD COLUMN mutation_seq BIGINT;

-- Was this resident handed over from this coach, and when (the push's hand-over rule)?
CREATE INDEX caseload_events_coach_resident ON caseload_events (coach_id, resident_id, seq);
