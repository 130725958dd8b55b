-- A push page in fewer round trips and fewer rows (issue 4, ingest).
--
-- A page of a device's mutations has consecutive sequence numbers, and the ones not seen
-- before are always the page's tail: so its answers are stored as one row per page (an
-- array, outcomes[i] answers first_seq + i) instead of one row per mutation. Together the
-- pages of a device cover 1..devices.last_seq without gaps or overlaps.
CREATE TABLE applied_pages (
    device_id      UUID NOT NULL,
    first_seq      BIGINT NOT NULL,
    last_seq       BIGINT NOT NULL,
    outcomes       JSONB NOT NULL,
    applied_at     TIMESTAMPTZ NOT NULL DEFAULT now(),
    PRIMARY KEY (device_id, first_seq),
    CHECK (first_seq >= 1 AND last_seq >= first_seq),
    CHECK (jsonb_typeof(outcomes) = 'array'
           AND jsonb_array_length(outcomes) = last_seq - first_seq + 1)
);

INSERT INTO applied_pages (device_id, first_seq, last_seq, outcomes, applied_at)
SELECT device_id, seq, seq, jsonb_build_array(outcome), applied_at FROM applied_mutations;
DROP TABLE applied_mutations;

-- The start of a push, in one round trip and in this order: the case lock shared (before
-- any row lock), registration as a writer (before the first write), the device row locked
-- (one page of a device at a time) and its last sequence number, and which of the page's
-- residents are in the coach's caseload (none asked when `coach` is NULL).
CREATE FUNCTION begin_push(case_lock bigint, device uuid, coach uuid, residents uuid[])
RETURNS TABLE (last_seq bigint, assigned uuid[])
LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_advisory_xact_lock_shared(case_lock);
    PERFORM begin_changes();
    SELECT d.last_seq INTO last_seq FROM devices d WHERE d.id = device FOR UPDATE;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'begin_push: unknown device';
    END IF;
    IF coach IS NULL THEN
        assigned := '{}'::uuid[];
    ELSE
        assigned := ARRAY(
            SELECT c.resident_id FROM caseload c
            WHERE c.coach_id = coach AND c.resident_id = ANY(residents)
        );
    END IF;
    RETURN NEXT;
END;
$$;
