-- Leadbridge schema, version 2: one rule for names. Names are matched by their fold key
-- and sorted by the FOLD collation, both Leadbridge's own (store/collate.go): case,
-- spacing and accents aside, in any script. SQLite's NOCASE, which folds ASCII only,
-- sorted "Ådne" after "Zoë".

DROP INDEX people_name;
CREATE INDEX people_name ON people (name COLLATE FOLD, id);
DROP INDEX person_expertise_expertise;
CREATE INDEX person_expertise_expertise ON person_expertise (expertise COLLATE FOLD);
DROP INDEX key_roles_title;
CREATE INDEX key_roles_title ON key_roles (title COLLATE FOLD, id);

-- name_key was the name in lower case; now it is the fold key.
UPDATE people SET name_key = fold_key(name) WHERE name_key <> fold_key(name);
