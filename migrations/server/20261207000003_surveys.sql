-- Issue 24: satisfaction surveys, kept as tallies only (crates/server/src/surveys/).
-- An answer is counted, never stored: per month (the first of it), team (the nil uuid
-- when the coach has none), question and score, how many answers gave that score, and per
-- month and team how many residents answered. No resident, user, device or time of day,
-- so nothing here can be joined back to a person. Shown only as aggregates of at least 5
-- (the report suppresses smaller cells).
CREATE TABLE survey_tallies (
    month      DATE NOT NULL CHECK (extract(day FROM month) = 1),
    team_id    UUID NOT NULL,
    question   TEXT NOT NULL,
    value      SMALLINT NOT NULL CHECK (value BETWEEN 1 AND 5),
    answers    BIGINT NOT NULL CHECK (answers >= 0),
    PRIMARY KEY (month, team_id, question, value)
);

CREATE TABLE survey_responses (
    month      DATE NOT NULL CHECK (extract(day FROM month) = 1),
    team_id    UUID NOT NULL,
    responses  BIGINT NOT NULL CHECK (responses >= 0),
    PRIMARY KEY (month, team_id)
);

-- Tokens already counted (SHA-256 of the laptop's random 128-bit token), so a retried
-- delivery counts once. Only the month beside it; pruned after 13 months, when no laptop
-- can send that month any more.
CREATE TABLE survey_receipts (
    token_hash BYTEA PRIMARY KEY,
    month      DATE NOT NULL CHECK (extract(day FROM month) = 1)
);
CREATE INDEX survey_receipts_month ON survey_receipts (month);
