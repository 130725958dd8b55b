-- Issue 24: satisfaction-survey answers waiting to go to the server
-- (crates/core/src/surveys.rs). No resident, no coach, no time finer than the month, no
-- free text: the row cannot be tied to anyone. `token` is 128 random bits, only so the
-- server counts each answer exactly once; the row goes when the server has it. `answers`
-- is JSON: {question: score 1..5}.
CREATE TABLE survey_answers (
    token     TEXT PRIMARY KEY,
    month     TEXT NOT NULL,
    channel   TEXT NOT NULL,
    answers   TEXT NOT NULL
) STRICT;
