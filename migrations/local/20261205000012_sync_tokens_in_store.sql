-- Issue 21: the server's device tokens live inside the encrypted store, not beside it in the
-- keyring or keys.json. A copied keys.json without the passphrase gives no server access.
-- Existing tokens move here at the first unlock (sync::state::adopt_legacy_tokens).
ALTER TABLE sync_state ADD COLUMN tokens TEXT;
