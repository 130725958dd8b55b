-- Pushes from different devices no longer wait for one another (issue 4, ingest).
--
-- Until now every writer took one advisory lock before drawing a change number and held it
-- until its commit, so a pull that saw change N had seen every change below N. That
-- serialised every push including its commit. Now a change number is made from the
-- transaction's own id: (xid << 20) + the change's place in its transaction. A pull returns
-- only changes below change_horizon(): the oldest transaction of this database that may
-- still add changes. Every transaction below it has finished, so no change below that
-- bound can still appear, and the cursor never skips one that commits late. Numbers stay increasing
-- within a transaction (the resident before its records) and fit in a BIGINT for 2^43
-- transactions.
--
-- The audit chain is kept the same way: entries are written by concurrent transactions
-- with such numbers as ids, and a sealer (one at a time) chains them in id order once they
-- are below the same bound, into audit_seal, which is append-only like the log.

-- A transaction that draws change numbers registers itself first, before its first write,
-- with a shared advisory lock: the lock table then says which transactions of this
-- database may still add changes (advisory locks are per database, transaction ids are
-- not, so a long transaction in another database on the same cluster holds nothing up).
CREATE FUNCTION begin_changes() RETURNS void
LANGUAGE plpgsql AS $$
BEGIN
    IF current_setting('werkpad.writer', true) = 'on' THEN
        RETURN;
    END IF;
    IF pg_current_xact_id_if_assigned() IS NOT NULL THEN
        RAISE EXCEPTION 'begin_changes() must come before the first write of the transaction';
    END IF;
    PERFORM pg_advisory_xact_lock_shared(20261130);
    PERFORM set_config('werkpad.writer', 'on', true);
END;
$$;

CREATE FUNCTION next_change_seqs(n integer) RETURNS SETOF bigint
LANGUAGE plpgsql AS $$
DECLARE
    used integer;
BEGIN
    PERFORM begin_changes();
    used := coalesce(nullif(current_setting('werkpad.change_ordinal', true), ''), '0')::integer;
    IF n < 0 OR used + n >= 1048576 THEN
        RAISE EXCEPTION 'more than 1048575 changes in one transaction';
    END IF;
    PERFORM set_config('werkpad.change_ordinal', (used + n)::text, true);
    RETURN QUERY
        SELECT (pg_current_xact_id()::text::bigint << 20) + used + g
        FROM generate_series(1, n) AS g
        ORDER BY g;
END;
$$;

-- Changes below this bound come from finished transactions only: the lowest transaction id
-- among this database's registered writers still running, or, when none runs, the next
-- transaction id. Call it in a statement of its own BEFORE the snapshot that reads the
-- changes (a writer that finishes between the two is then visible to that snapshot).
-- pg_locks shows 32-bit xids; they are widened with the epoch of the snapshot's xmax.
CREATE FUNCTION change_horizon() RETURNS bigint
LANGUAGE sql VOLATILE AS $$
    WITH next AS (
        SELECT pg_snapshot_xmax(pg_current_snapshot())::text::bigint AS xid8
    ),
    writers AS (
        SELECT x.transactionid::text::bigint AS xid32
        FROM pg_locks w
        JOIN pg_locks x ON x.pid = w.pid AND x.locktype = 'transactionid'
                       AND x.mode = 'ExclusiveLock' AND x.granted
        WHERE w.locktype = 'advisory' AND w.granted
          AND w.database = (SELECT oid FROM pg_database WHERE datname = current_database())
          AND w.classid = 0 AND w.objid = 20261130 AND w.objsubid = 1
    )
    SELECT least(
        next.xid8,
        min(next.xid8 - (((next.xid8 & 4294967295) - writers.xid32 + 4294967296) % 4294967296))
    ) << 20
    FROM next LEFT JOIN writers ON true
    GROUP BY next.xid8
$$;

CREATE TABLE audit_seal (
    id         BIGINT PRIMARY KEY REFERENCES audit_log (id),
    prev_hash  BYTEA NOT NULL,
    hash       BYTEA NOT NULL
);
INSERT INTO audit_seal (id, prev_hash, hash) SELECT id, prev_hash, hash FROM audit_log;
ALTER TABLE audit_log DROP COLUMN prev_hash, DROP COLUMN hash;

CREATE TRIGGER audit_seal_no_update BEFORE UPDATE OR DELETE ON audit_seal
    FOR EACH ROW EXECUTE FUNCTION audit_log_append_only();
CREATE TRIGGER audit_seal_no_truncate BEFORE TRUNCATE ON audit_seal
    FOR EACH STATEMENT EXECUTE FUNCTION audit_log_append_only();

COMMENT ON SEQUENCE change_seq IS
    'no longer used for change numbers (see next_change_seqs); kept for the load generator''s raw-insert ceiling';
