-- Leadbridge schema, version 1. Dates are TEXT YYYY-MM-DD, times TEXT in UTC, unset
-- choices are '' and unset dates or references are NULL.

CREATE TABLE settings (
	key   TEXT PRIMARY KEY,
	value TEXT NOT NULL
) STRICT;

-- The audit log is append-only: the triggers below refuse any change to past entries. The
-- one change allowed is erasing a person who used the app: their name as the actor becomes
-- 'Former staff member', and nothing else about the entry may change.
CREATE TABLE audit (
	id     INTEGER PRIMARY KEY,
	at     TEXT NOT NULL,
	actor  TEXT NOT NULL,
	action TEXT NOT NULL,
	detail TEXT NOT NULL
) STRICT;
CREATE TRIGGER audit_no_update BEFORE UPDATE ON audit
	WHEN NOT (NEW.actor = 'Former staff member' AND NEW.id = OLD.id AND NEW.at = OLD.at
		AND NEW.action = OLD.action AND NEW.detail = OLD.detail)
	BEGIN SELECT RAISE(ABORT, 'audit is append-only'); END;
CREATE TRIGGER audit_no_delete BEFORE DELETE ON audit BEGIN SELECT RAISE(ABORT, 'audit is append-only'); END;

CREATE TABLE people (
	id              INTEGER PRIMARY KEY,
	name            TEXT NOT NULL CHECK (name <> ''),
	-- name_key is the name folded for case-insensitive matching beyond ASCII.
	name_key        TEXT NOT NULL,
	job_title       TEXT NOT NULL DEFAULT '',
	team            TEXT NOT NULL DEFAULT '',
	reports_to      INTEGER REFERENCES people (id) ON DELETE SET NULL,
	start_date      TEXT,
	status          TEXT NOT NULL CONSTRAINT person_status CHECK (status IN ('active', 'left')),
	left_date       TEXT,
	email           TEXT NOT NULL DEFAULT '',
	aspiration      TEXT NOT NULL DEFAULT '' CONSTRAINT person_aspiration CHECK (aspiration IN ('', 'yes', 'unsure', 'no')),
	notes           TEXT NOT NULL DEFAULT '',
	risk_of_leaving TEXT NOT NULL DEFAULT '' CONSTRAINT person_risk CHECK (risk_of_leaving IN ('', 'low', 'medium', 'high')),
	impact_of_loss  TEXT NOT NULL DEFAULT '' CONSTRAINT person_impact CHECK (impact_of_loss IN ('', 'low', 'medium', 'high')),
	retention_note  TEXT NOT NULL DEFAULT '',
	created_by      TEXT NOT NULL,
	created_at      TEXT NOT NULL,
	updated_by      TEXT NOT NULL,
	updated_at      TEXT NOT NULL,
	CONSTRAINT person_not_own_manager CHECK (reports_to IS NULL OR reports_to <> id)
) STRICT;
CREATE INDEX people_name ON people (name COLLATE NOCASE, id);
CREATE INDEX people_name_key ON people (name_key);
CREATE INDEX people_reports_to ON people (reports_to);
CREATE INDEX people_status ON people (status);

CREATE TABLE person_expertise (
	person_id INTEGER NOT NULL REFERENCES people (id) ON DELETE CASCADE,
	position  INTEGER NOT NULL,
	expertise TEXT NOT NULL CHECK (expertise <> ''),
	PRIMARY KEY (person_id, position)
) STRICT;
CREATE INDEX person_expertise_expertise ON person_expertise (expertise COLLATE NOCASE);

CREATE TABLE competencies (
	id          INTEGER PRIMARY KEY,
	key         TEXT NOT NULL DEFAULT '',
	name        TEXT NOT NULL CHECK (name <> ''),
	description TEXT NOT NULL DEFAULT '',
	position    INTEGER NOT NULL,
	created_by  TEXT NOT NULL,
	created_at  TEXT NOT NULL,
	updated_by  TEXT NOT NULL,
	updated_at  TEXT NOT NULL
) STRICT;
CREATE INDEX competencies_position ON competencies (position);

CREATE TABLE behaviours (
	id            INTEGER PRIMARY KEY,
	competency_id INTEGER NOT NULL REFERENCES competencies (id) ON DELETE CASCADE,
	text          TEXT NOT NULL CHECK (text <> ''),
	position      INTEGER NOT NULL,
	created_by    TEXT NOT NULL,
	created_at    TEXT NOT NULL,
	updated_by    TEXT NOT NULL,
	updated_at    TEXT NOT NULL
) STRICT;
CREATE INDEX behaviours_competency ON behaviours (competency_id, position);

CREATE TABLE box_labels (
	performance TEXT NOT NULL CONSTRAINT box_performance CHECK (performance IN ('below', 'meets', 'exceeds')),
	potential   TEXT NOT NULL CONSTRAINT box_potential CHECK (potential IN ('low', 'moderate', 'high')),
	name        TEXT NOT NULL CHECK (name <> ''),
	next_step   TEXT NOT NULL DEFAULT '',
	created_by  TEXT NOT NULL,
	created_at  TEXT NOT NULL,
	updated_by  TEXT NOT NULL,
	updated_at  TEXT NOT NULL,
	PRIMARY KEY (performance, potential)
) STRICT;

CREATE TABLE assessments (
	id               INTEGER PRIMARY KEY,
	person_id        INTEGER NOT NULL REFERENCES people (id) ON DELETE CASCADE,
	date             TEXT NOT NULL,
	rater_id         INTEGER REFERENCES people (id) ON DELETE SET NULL,
	rater_name       TEXT NOT NULL DEFAULT '',
	relationship     TEXT NOT NULL CONSTRAINT assessment_relationship CHECK (relationship IN ('self', 'manager', 'mentor', 'peer', 'owner')),
	performance      TEXT NOT NULL DEFAULT '' CONSTRAINT assessment_performance CHECK (performance IN ('', 'below', 'meets', 'exceeds')),
	aspiration       TEXT NOT NULL DEFAULT '' CONSTRAINT assessment_aspiration CHECK (aspiration IN ('', 'yes', 'unsure', 'no')),
	learning_agility TEXT NOT NULL DEFAULT '' CONSTRAINT assessment_agility CHECK (learning_agility IN ('', 'low', 'medium', 'high')),
	engagement       TEXT NOT NULL DEFAULT '' CONSTRAINT assessment_engagement CHECK (engagement IN ('', 'low', 'medium', 'high')),
	draft            INTEGER NOT NULL DEFAULT 0 CHECK (draft IN (0, 1)),
	notes            TEXT NOT NULL DEFAULT '',
	created_by       TEXT NOT NULL,
	created_at       TEXT NOT NULL,
	updated_by       TEXT NOT NULL,
	updated_at       TEXT NOT NULL
) STRICT;
CREATE INDEX assessments_person_date ON assessments (person_id, date, id);
CREATE INDEX assessments_rater ON assessments (rater_id);

CREATE TABLE assessment_ratings (
	assessment_id INTEGER NOT NULL REFERENCES assessments (id) ON DELETE CASCADE,
	-- RESTRICT: a behaviour that has been rated cannot vanish from the standard.
	behaviour_id  INTEGER NOT NULL REFERENCES behaviours (id) ON DELETE RESTRICT,
	rating        INTEGER NOT NULL CONSTRAINT rating_range CHECK (rating BETWEEN 0 AND 4),
	evidence      TEXT NOT NULL DEFAULT '',
	PRIMARY KEY (assessment_id, behaviour_id)
) STRICT, WITHOUT ROWID; -- rows live in key order, so an assessment's ratings are read in one pass
CREATE INDEX assessment_ratings_behaviour ON assessment_ratings (behaviour_id);

CREATE TABLE assessment_derailers (
	assessment_id INTEGER NOT NULL REFERENCES assessments (id) ON DELETE CASCADE,
	derailer      TEXT NOT NULL CONSTRAINT derailer_kind CHECK (derailer IN ('relationships', 'team', 'objectives', 'adapting', 'narrow')),
	status        TEXT NOT NULL CONSTRAINT derailer_status CHECK (status IN ('none', 'watch', 'concern')),
	evidence      TEXT NOT NULL DEFAULT '',
	PRIMARY KEY (assessment_id, derailer)
) STRICT;

CREATE TABLE key_roles (
	id           INTEGER PRIMARY KEY,
	title        TEXT NOT NULL CHECK (title <> ''),
	holder_id    INTEGER REFERENCES people (id) ON DELETE SET NULL,
	why_critical TEXT NOT NULL DEFAULT '',
	created_by   TEXT NOT NULL,
	created_at   TEXT NOT NULL,
	updated_by   TEXT NOT NULL,
	updated_at   TEXT NOT NULL
) STRICT;
CREATE INDEX key_roles_title ON key_roles (title COLLATE NOCASE, id);
CREATE INDEX key_roles_holder ON key_roles (holder_id);

CREATE TABLE successors (
	id         INTEGER PRIMARY KEY,
	role_id    INTEGER NOT NULL REFERENCES key_roles (id) ON DELETE CASCADE,
	person_id  INTEGER NOT NULL REFERENCES people (id) ON DELETE CASCADE,
	readiness  TEXT NOT NULL CONSTRAINT successor_readiness CHECK (readiness IN ('emergency', 'now', '1-2y', '3y+')),
	note       TEXT NOT NULL DEFAULT '',
	created_by TEXT NOT NULL,
	created_at TEXT NOT NULL,
	updated_by TEXT NOT NULL,
	updated_at TEXT NOT NULL,
	CONSTRAINT successor_once UNIQUE (role_id, person_id)
) STRICT;
CREATE INDEX successors_person ON successors (person_id);

CREATE TABLE plans (
	id          INTEGER PRIMARY KEY,
	person_id   INTEGER NOT NULL REFERENCES people (id) ON DELETE CASCADE,
	target_role TEXT NOT NULL DEFAULT '',
	start       TEXT NOT NULL,
	review      TEXT,
	phase       TEXT NOT NULL CONSTRAINT plan_phase CHECK (phase IN ('preparing', 'first-90-days', 'settling-in', 'established')),
	created_by  TEXT NOT NULL,
	created_at  TEXT NOT NULL,
	updated_by  TEXT NOT NULL,
	updated_at  TEXT NOT NULL,
	CONSTRAINT plan_one_per_person UNIQUE (person_id)
) STRICT;

CREATE TABLE goals (
	id            INTEGER PRIMARY KEY,
	plan_id       INTEGER NOT NULL REFERENCES plans (id) ON DELETE CASCADE,
	competency_id INTEGER NOT NULL REFERENCES competencies (id) ON DELETE RESTRICT,
	title         TEXT NOT NULL CHECK (title <> ''),
	due           TEXT,
	status        TEXT NOT NULL CONSTRAINT goal_status CHECK (status IN ('not-started', 'in-progress', 'done', 'dropped')),
	progress      INTEGER NOT NULL DEFAULT 0 CONSTRAINT goal_progress CHECK (progress BETWEEN 0 AND 100),
	position      INTEGER NOT NULL,
	created_by    TEXT NOT NULL,
	created_at    TEXT NOT NULL,
	updated_by    TEXT NOT NULL,
	updated_at    TEXT NOT NULL
) STRICT;
CREATE INDEX goals_plan ON goals (plan_id, position);
CREATE INDEX goals_competency ON goals (competency_id);

CREATE TABLE actions (
	id         INTEGER PRIMARY KEY,
	goal_id    INTEGER NOT NULL REFERENCES goals (id) ON DELETE CASCADE,
	kind       TEXT NOT NULL CONSTRAINT action_kind CHECK (kind IN ('experience', 'others', 'formal')),
	text       TEXT NOT NULL CHECK (text <> ''),
	due        TEXT,
	done       INTEGER NOT NULL DEFAULT 0 CHECK (done IN (0, 1)),
	position   INTEGER NOT NULL,
	created_by TEXT NOT NULL,
	created_at TEXT NOT NULL,
	updated_by TEXT NOT NULL,
	updated_at TEXT NOT NULL
) STRICT;
CREATE INDEX actions_goal ON actions (goal_id, position);

CREATE TABLE progress_notes (
	id         INTEGER PRIMARY KEY,
	goal_id    INTEGER NOT NULL REFERENCES goals (id) ON DELETE CASCADE,
	date       TEXT NOT NULL,
	text       TEXT NOT NULL CHECK (text <> ''),
	created_by TEXT NOT NULL,
	created_at TEXT NOT NULL,
	updated_by TEXT NOT NULL,
	updated_at TEXT NOT NULL
) STRICT;
CREATE INDEX progress_notes_goal ON progress_notes (goal_id, date, id);

CREATE TABLE milestones (
	id         INTEGER PRIMARY KEY,
	plan_id    INTEGER NOT NULL REFERENCES plans (id) ON DELETE CASCADE,
	label      TEXT NOT NULL CHECK (label <> ''),
	focus      TEXT NOT NULL DEFAULT '',
	due        TEXT NOT NULL,
	done       INTEGER NOT NULL DEFAULT 0 CHECK (done IN (0, 1)),
	done_date  TEXT,
	notes      TEXT NOT NULL DEFAULT '',
	created_by TEXT NOT NULL,
	created_at TEXT NOT NULL,
	updated_by TEXT NOT NULL,
	updated_at TEXT NOT NULL
) STRICT;
CREATE INDEX milestones_plan_due ON milestones (plan_id, due, id);

-- A mentor not on file (from outside, or erased) has no mentor_id and is named by
-- mentor_name; erasing a mentor keeps the mentee's history.
CREATE TABLE pairs (
	id              INTEGER PRIMARY KEY,
	mentor_id       INTEGER REFERENCES people (id) ON DELETE SET NULL,
	mentor_name     TEXT NOT NULL DEFAULT '',
	mentee_id       INTEGER NOT NULL REFERENCES people (id) ON DELETE CASCADE,
	start           TEXT NOT NULL,
	planned_end     TEXT,
	status          TEXT NOT NULL CONSTRAINT pair_status CHECK (status IN ('active', 'paused', 'ended')),
	every_days      INTEGER NOT NULL DEFAULT 0 CHECK (every_days BETWEEN 0 AND 365),
	format          TEXT NOT NULL DEFAULT '',
	minutes_each    INTEGER NOT NULL DEFAULT 0 CHECK (minutes_each BETWEEN 0 AND 480),
	confidentiality TEXT NOT NULL DEFAULT '',
	created_by      TEXT NOT NULL,
	created_at      TEXT NOT NULL,
	updated_by      TEXT NOT NULL,
	updated_at      TEXT NOT NULL,
	CONSTRAINT pair_not_self CHECK (mentor_id <> mentee_id),
	CONSTRAINT pair_mentor CHECK (mentor_id IS NOT NULL OR mentor_name <> '')
) STRICT;
CREATE INDEX pairs_mentor ON pairs (mentor_id);
CREATE INDEX pairs_mentee ON pairs (mentee_id);
CREATE INDEX pairs_start ON pairs (start, id);
-- A mentee has at most one active pair with a given mentor.
CREATE UNIQUE INDEX pairs_active_once ON pairs (mentor_id, mentee_id) WHERE status = 'active';

CREATE TABLE pair_goals (
	pair_id  INTEGER NOT NULL REFERENCES pairs (id) ON DELETE CASCADE,
	position INTEGER NOT NULL,
	text     TEXT NOT NULL CHECK (text <> ''),
	PRIMARY KEY (pair_id, position)
) STRICT;

CREATE TABLE pair_focus (
	pair_id       INTEGER NOT NULL REFERENCES pairs (id) ON DELETE CASCADE,
	competency_id INTEGER NOT NULL REFERENCES competencies (id) ON DELETE CASCADE,
	position      INTEGER NOT NULL,
	PRIMARY KEY (pair_id, competency_id)
) STRICT;
CREATE INDEX pair_focus_competency ON pair_focus (competency_id);

CREATE TABLE meetings (
	id             INTEGER PRIMARY KEY,
	pair_id        INTEGER NOT NULL REFERENCES pairs (id) ON DELETE CASCADE,
	date           TEXT NOT NULL,
	minutes        INTEGER NOT NULL DEFAULT 0 CHECK (minutes BETWEEN 0 AND 480),
	topics         TEXT NOT NULL DEFAULT '',
	agreed_actions TEXT NOT NULL DEFAULT '',
	next_date      TEXT,
	created_by     TEXT NOT NULL,
	created_at     TEXT NOT NULL,
	updated_by     TEXT NOT NULL,
	updated_at     TEXT NOT NULL
) STRICT;
CREATE INDEX meetings_pair_date ON meetings (pair_id, date, id);

CREATE TABLE training (
	id             INTEGER PRIMARY KEY,
	person_id      INTEGER NOT NULL REFERENCES people (id) ON DELETE CASCADE,
	title          TEXT NOT NULL CHECK (title <> ''),
	provider       TEXT NOT NULL DEFAULT '',
	kind           TEXT NOT NULL CONSTRAINT training_kind CHECK (kind IN ('course', 'workshop', 'e-learning', 'reading', 'conference', 'shadowing', 'stretch-assignment')),
	competency_id  INTEGER REFERENCES competencies (id) ON DELETE SET NULL,
	planned_date   TEXT,
	completed_date TEXT,
	hours          REAL NOT NULL DEFAULT 0 CHECK (hours BETWEEN 0 AND 2000),
	cost_cents     INTEGER NOT NULL DEFAULT 0 CHECK (cost_cents >= 0),
	status         TEXT NOT NULL CONSTRAINT training_status CHECK (status IN ('planned', 'completed', 'cancelled')),
	reflection     TEXT NOT NULL DEFAULT '',
	created_by     TEXT NOT NULL,
	created_at     TEXT NOT NULL,
	updated_by     TEXT NOT NULL,
	updated_at     TEXT NOT NULL
) STRICT;
CREATE INDEX training_person ON training (person_id);
CREATE INDEX training_planned ON training (planned_date, id);
CREATE INDEX training_completed ON training (completed_date);
CREATE INDEX training_competency ON training (competency_id);

CREATE TABLE moments (
	id            INTEGER PRIMARY KEY,
	person_id     INTEGER NOT NULL REFERENCES people (id) ON DELETE CASCADE,
	date          TEXT NOT NULL,
	observer_id   INTEGER REFERENCES people (id) ON DELETE SET NULL,
	observer_name TEXT NOT NULL DEFAULT '',
	competency_id INTEGER REFERENCES competencies (id) ON DELETE RESTRICT,
	derailer      TEXT NOT NULL DEFAULT '' CONSTRAINT moment_derailer CHECK (derailer IN ('', 'relationships', 'team', 'objectives', 'adapting', 'narrow')),
	positive      INTEGER NOT NULL DEFAULT 0 CHECK (positive IN (0, 1)),
	text          TEXT NOT NULL CHECK (text <> ''),
	created_by    TEXT NOT NULL,
	created_at    TEXT NOT NULL,
	updated_by    TEXT NOT NULL,
	updated_at    TEXT NOT NULL,
	CONSTRAINT moment_subject CHECK ((competency_id IS NULL) <> (derailer = ''))
) STRICT;
CREATE INDEX moments_person_date ON moments (person_id, date, id);
CREATE INDEX moments_date ON moments (date, id);
CREATE INDEX moments_observer ON moments (observer_id);
CREATE INDEX moments_competency ON moments (competency_id);

CREATE TABLE decisions (
	id             INTEGER PRIMARY KEY,
	person_id      INTEGER NOT NULL REFERENCES people (id) ON DELETE CASCADE,
	role           TEXT NOT NULL CHECK (role <> ''),
	date           TEXT NOT NULL,
	outcome        TEXT NOT NULL CONSTRAINT decision_outcome CHECK (outcome IN ('promote', 'not-yet', 'no')),
	promotion_date TEXT,
	reason         TEXT NOT NULL CHECK (reason <> ''),
	created_by     TEXT NOT NULL,
	created_at     TEXT NOT NULL,
	updated_by     TEXT NOT NULL,
	updated_at     TEXT NOT NULL,
	CONSTRAINT decision_promotion_date CHECK ((outcome = 'promote') = (promotion_date IS NOT NULL))
) STRICT;
CREATE INDEX decisions_person_date ON decisions (person_id, date, id);
CREATE INDEX decisions_date ON decisions (date, id);

-- Indexes for reading at scale. assessments_basis holds the completed assessments by
-- others, person by person and newest first, with every column the potential rule picks
-- them by: the home view, the people list and the succession summary find everyone's
-- inputs in one pass over the index alone, without sorting, however many there are.
CREATE INDEX assessments_basis ON assessments (person_id, date DESC, id DESC, performance, draft, relationship)
	WHERE draft = 0 AND relationship <> 'self';
