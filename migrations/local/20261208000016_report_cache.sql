-- The last management report fetched per (team, from, to), and the last list of teams, so
-- that offline the app shows the last figures with their date (issue 24). Aggregates
-- only: counts under 5 are hidden by the server, and no resident is named; `report` is
-- the server's JSON (werkpad_domain::report::ManagementReport or ReportTeams).
CREATE TABLE report_cache (
    key        TEXT PRIMARY KEY,
    fetched_at TEXT NOT NULL,
    report     TEXT NOT NULL CHECK (json_valid(report))
) STRICT;
