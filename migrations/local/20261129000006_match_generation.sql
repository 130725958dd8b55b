-- Change counters for the matching facts cache (crates/core/src/matching/cache.rs).
--
-- Ranking reads every workplace (or every resident of the caseload) and turns each into a
-- few dozen bytes of facts; parsing the JSON documents costs fifty times the ranking itself.
-- The laptop keeps the facts in memory and rebuilds them only when one of these counters
-- moved. The triggers bump them in the same transaction as the change, whoever writes it
-- (the writer, a sync pull, a purge, a reference install), so the cache can never miss one.
--
-- workplaces: employers, workplaces and placements (filled places) changed;
-- residents:  residents, their search profiles or trajecten changed;
-- areas:      the postcode areas changed.

CREATE TABLE match_generation (
    id         INTEGER PRIMARY KEY CHECK (id = 1),
    workplaces INTEGER NOT NULL DEFAULT 0,
    residents  INTEGER NOT NULL DEFAULT 0,
    areas      INTEGER NOT NULL DEFAULT 0
) STRICT;
INSERT INTO match_generation (id) VALUES (1);

CREATE TRIGGER employers_gen_ins AFTER INSERT ON employers BEGIN
    UPDATE match_generation SET workplaces = workplaces + 1 WHERE id = 1; END;
CREATE TRIGGER employers_gen_upd AFTER UPDATE ON employers BEGIN
    UPDATE match_generation SET workplaces = workplaces + 1 WHERE id = 1; END;
CREATE TRIGGER employers_gen_del AFTER DELETE ON employers BEGIN
    UPDATE match_generation SET workplaces = workplaces + 1 WHERE id = 1; END;

CREATE TRIGGER workplaces_gen_ins AFTER INSERT ON workplaces BEGIN
    UPDATE match_generation SET workplaces = workplaces + 1 WHERE id = 1; END;
CREATE TRIGGER workplaces_gen_upd AFTER UPDATE ON workplaces BEGIN
    UPDATE match_generation SET workplaces = workplaces + 1 WHERE id = 1; END;
CREATE TRIGGER workplaces_gen_del AFTER DELETE ON workplaces BEGIN
    UPDATE match_generation SET workplaces = workplaces + 1 WHERE id = 1; END;

CREATE TRIGGER placements_gen_ins AFTER INSERT ON placements BEGIN
    UPDATE match_generation SET workplaces = workplaces + 1 WHERE id = 1; END;
CREATE TRIGGER placements_gen_upd AFTER UPDATE ON placements BEGIN
    UPDATE match_generation SET workplaces = workplaces + 1 WHERE id = 1; END;
CREATE TRIGGER placements_gen_del AFTER DELETE ON placements BEGIN
    UPDATE match_generation SET workplaces = workplaces + 1 WHERE id = 1; END;

CREATE TRIGGER residents_gen_ins AFTER INSERT ON residents BEGIN
    UPDATE match_generation SET residents = residents + 1 WHERE id = 1; END;
CREATE TRIGGER residents_gen_upd AFTER UPDATE ON residents BEGIN
    UPDATE match_generation SET residents = residents + 1 WHERE id = 1; END;
CREATE TRIGGER residents_gen_del AFTER DELETE ON residents BEGIN
    UPDATE match_generation SET residents = residents + 1 WHERE id = 1; END;

CREATE TRIGGER match_profiles_gen_ins AFTER INSERT ON match_profiles BEGIN
    UPDATE match_generation SET residents = residents + 1 WHERE id = 1; END;
CREATE TRIGGER match_profiles_gen_upd AFTER UPDATE ON match_profiles BEGIN
    UPDATE match_generation SET residents = residents + 1 WHERE id = 1; END;
CREATE TRIGGER match_profiles_gen_del AFTER DELETE ON match_profiles BEGIN
    UPDATE match_generation SET residents = residents + 1 WHERE id = 1; END;

CREATE TRIGGER trajecten_gen_ins AFTER INSERT ON trajecten BEGIN
    UPDATE match_generation SET residents = residents + 1 WHERE id = 1; END;
CREATE TRIGGER trajecten_gen_upd AFTER UPDATE ON trajecten BEGIN
    UPDATE match_generation SET residents = residents + 1 WHERE id = 1; END;
CREATE TRIGGER trajecten_gen_del AFTER DELETE ON trajecten BEGIN
    UPDATE match_generation SET residents = residents + 1 WHERE id = 1; END;

CREATE TRIGGER pc4_areas_gen_ins AFTER INSERT ON pc4_areas BEGIN
    UPDATE match_generation SET areas = areas + 1 WHERE id = 1; END;
CREATE TRIGGER pc4_areas_gen_upd AFTER UPDATE ON pc4_areas BEGIN
    UPDATE match_generation SET areas = areas + 1 WHERE id = 1; END;
CREATE TRIGGER pc4_areas_gen_del AFTER DELETE ON pc4_areas BEGIN
    UPDATE match_generation SET areas = areas + 1 WHERE id = 1; END;
