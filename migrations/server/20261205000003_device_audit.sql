-- The laptops' own access logs reach the server (POST /api/v1/audit): reads, searches and
-- caseload views made offline are in the one log the FG checks. An entry keeps the
-- laptop's number, so a retried upload stores it once.
ALTER TABLE audit_log ADD COLUMN device_entry BIGINT;
CREATE UNIQUE INDEX audit_log_device_entry ON audit_log (device_id, device_entry)
    WHERE device_entry IS NOT NULL;
CREATE INDEX audit_log_user ON audit_log (user_id, at);
