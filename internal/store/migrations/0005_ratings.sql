-- Leadbridge schema, version 5: ratings from people who do not have Leadbridge.
--
-- Direct reports become a rater kind. SQLite cannot alter a CHECK constraint, and
-- rebuilding the assessments table would cascade its deletion to the ratings, so the
-- constraint is rewritten in place, as SQLite documents for changes that leave the
-- stored rows as they are. RESET makes this connection read the new definition, and the
-- statements below change the schema cookie, so that every other connection does too.
PRAGMA writable_schema = ON;
UPDATE sqlite_schema SET sql = replace(sql,
	'CHECK (relationship IN (''self'', ''manager'', ''mentor'', ''peer'', ''owner''))',
	'CHECK (relationship IN (''self'', ''manager'', ''mentor'', ''peer'', ''owner'', ''direct-report''))')
	WHERE type = 'table' AND name = 'assessments';
PRAGMA writable_schema = RESET;

-- Where an assessment came from: typed in (''), a rating pack's response, or a printed
-- pack typed in by the owner. Round is set only on an anonymous answer (a peer's or a
-- direct report's, from a pack or its paper form): the day its round of packs was made.
-- Anonymous answers have no rater and are only ever shown as a group's figure.
ALTER TABLE assessments ADD COLUMN source TEXT NOT NULL DEFAULT ''
	CONSTRAINT assessment_source CHECK (source IN ('', 'pack', 'paper'));
ALTER TABLE assessments ADD COLUMN round TEXT NOT NULL DEFAULT '';
CREATE INDEX assessments_round ON assessments (person_id, round) WHERE round <> '';

-- A rating pack sent to one rater: its one-time code, the person it asks about, the kind
-- of rater, who it was sent to (kept for the owner only; an anonymous pack never holds
-- it), the behaviours it asks about, and when it came back. A returned anonymous pack
-- is not linked to the answer it brought: the owner sees that it came back, not which
-- answer it was.
CREATE TABLE rating_packs (
	id           INTEGER PRIMARY KEY,
	code         TEXT NOT NULL UNIQUE,
	person_id    INTEGER NOT NULL REFERENCES people (id) ON DELETE CASCADE,
	relationship TEXT NOT NULL CONSTRAINT pack_relationship CHECK (relationship IN ('self', 'manager', 'mentor', 'peer', 'direct-report')),
	rater_id     INTEGER REFERENCES people (id) ON DELETE SET NULL,
	rater_name   TEXT NOT NULL DEFAULT '',
	behaviours   TEXT NOT NULL,
	made         TEXT NOT NULL,
	expires      TEXT NOT NULL CHECK (expires > made),
	returned     TEXT NOT NULL DEFAULT '',
	created_by   TEXT NOT NULL,
	created_at   TEXT NOT NULL,
	updated_by   TEXT NOT NULL,
	updated_at   TEXT NOT NULL
) STRICT;
CREATE INDEX rating_packs_person ON rating_packs (person_id, made);
CREATE INDEX rating_packs_rater ON rating_packs (rater_id);

-- The potential rule now leaves out direct reports and anonymous answers too; its index
-- follows, so that everyone's inputs are still read in one pass over the index alone.
DROP INDEX assessments_basis;
CREATE INDEX assessments_basis ON assessments (person_id, date DESC, id DESC, performance, draft, relationship, round)
	WHERE draft = 0 AND relationship NOT IN ('self', 'direct-report') AND round = '';
