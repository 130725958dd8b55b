-- Refresh-token reuse detection (issue 21). A refresh token is exchanged once; instead of
-- deleting it then, the server keeps it marked used until it would have expired. When a
-- used one comes back, someone holds a copy (stolen from a laptop, or a laptop restored
-- from an old copy): every token of that device is revoked and the laptop logs in again.
ALTER TABLE device_tokens ADD COLUMN used_at TIMESTAMPTZ;
