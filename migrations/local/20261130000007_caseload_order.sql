-- The caseload list is ordered by family name: with this index a page of it reads only the
-- rows it shows, instead of every resident's document (and its page cache) per request.
-- The expression must stay the one in crates/core/src/store/search.rs.
CREATE INDEX residents_family_name
    ON residents (json_extract(data, '$.name.family_name') COLLATE NOCASE, id);
