-- A laptop restored from an older copy numbers its new access-log entries again from where
-- the copy stopped: numbers the server already stored for that device. (device, number)
-- alone dropped those entries as repeats; with the entry's time a retry is still stored
-- once, and a new entry under a reused number is stored (tests/sync_regressions.rs s8c).
DROP INDEX audit_log_device_entry;
CREATE UNIQUE INDEX audit_log_device_entry ON audit_log (device_id, device_entry, at)
    WHERE device_entry IS NOT NULL;
