-- Leadbridge schema, version 7: people are listed in the order of their stored fold key,
-- which orders exactly as the FOLD collation orders their names (talent.CompareNames), so
-- the index on name_key that finds a name also lists everyone in name order. The second
-- index on the name under FOLD went: every person added or renamed called Leadbridge's
-- collation for each comparison it made, which slowed an import of thousands tenfold, and
-- PostgreSQL has no such collation.
DROP INDEX people_name;
