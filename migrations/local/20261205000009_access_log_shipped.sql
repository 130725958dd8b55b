-- How far this laptop's access log has reached the server (POST /api/v1/audit): entries
-- with a higher id are sent at the next sync, before the pull (which may purge a file).
ALTER TABLE device ADD COLUMN audit_shipped INTEGER NOT NULL DEFAULT 0;
