-- Break-the-glass (crates/server/src/sync/emergency.rs): a coach opens a file outside her
-- caseload for a short while, with a reason. The access is a caseload row that expires;
-- each grant is kept with the coach's explanation for the team leads (the audit log holds
-- only ids and codes). A grant goes with the file when retention destroys it.
ALTER TABLE caseload ADD COLUMN expires_at TIMESTAMPTZ;
CREATE INDEX caseload_expiring ON caseload (expires_at) WHERE expires_at IS NOT NULL;

CREATE TABLE emergency_access (
    id             UUID PRIMARY KEY,
    coach_id       UUID NOT NULL REFERENCES users (id),
    device_id      UUID NOT NULL,
    resident_id    UUID NOT NULL,
    reason         TEXT NOT NULL CHECK (reason IN ('stand_in', 'urgent', 'hand_over')),
    explanation    TEXT NOT NULL,
    granted_at     TIMESTAMPTZ NOT NULL DEFAULT now(),
    expires_at     TIMESTAMPTZ NOT NULL,
    -- Set when the access ended: at expiry, or when the file became part of the caseload.
    ended_at       TIMESTAMPTZ
);
CREATE INDEX emergency_access_granted ON emergency_access (granted_at);
CREATE INDEX emergency_access_resident ON emergency_access (resident_id);

-- Finding a resident by BSN for a break-the-glass request, without reading every file.
CREATE INDEX records_resident_bsn ON records ((doc ->> 'bsn')) WHERE entity = 'resident';
