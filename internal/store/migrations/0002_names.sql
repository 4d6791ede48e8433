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

-- Names and free text are composed (NFC) on the way in, so that the two byte spellings
-- of "Zoë" are one name. Text stored before is composed here, row by row where it
-- differs; nfc() is Leadbridge's own too. The audit log is left as written: it cannot
-- change, and its entries record what happened, in the words of the time.
UPDATE people SET name = nfc(name), job_title = nfc(job_title), team = nfc(team), email = nfc(email), notes = nfc(notes), retention_note = nfc(retention_note), created_by = nfc(created_by), updated_by = nfc(updated_by)
	WHERE name <> nfc(name) OR job_title <> nfc(job_title) OR team <> nfc(team) OR email <> nfc(email) OR notes <> nfc(notes) OR retention_note <> nfc(retention_note) OR created_by <> nfc(created_by) OR updated_by <> nfc(updated_by);
UPDATE person_expertise SET expertise = nfc(expertise)
	WHERE expertise <> nfc(expertise);
UPDATE competencies SET name = nfc(name), description = nfc(description), created_by = nfc(created_by), updated_by = nfc(updated_by)
	WHERE name <> nfc(name) OR description <> nfc(description) OR created_by <> nfc(created_by) OR updated_by <> nfc(updated_by);
UPDATE behaviours SET text = nfc(text), created_by = nfc(created_by), updated_by = nfc(updated_by)
	WHERE text <> nfc(text) OR created_by <> nfc(created_by) OR updated_by <> nfc(updated_by);
UPDATE box_labels SET name = nfc(name), next_step = nfc(next_step), created_by = nfc(created_by), updated_by = nfc(updated_by)
	WHERE name <> nfc(name) OR next_step <> nfc(next_step) OR created_by <> nfc(created_by) OR updated_by <> nfc(updated_by);
UPDATE assessments SET rater_name = nfc(rater_name), notes = nfc(notes), created_by = nfc(created_by), updated_by = nfc(updated_by)
	WHERE rater_name <> nfc(rater_name) OR notes <> nfc(notes) OR created_by <> nfc(created_by) OR updated_by <> nfc(updated_by);
UPDATE assessment_ratings SET evidence = nfc(evidence)
	WHERE evidence <> nfc(evidence);
UPDATE assessment_derailers SET evidence = nfc(evidence)
	WHERE evidence <> nfc(evidence);
UPDATE key_roles SET title = nfc(title), why_critical = nfc(why_critical), created_by = nfc(created_by), updated_by = nfc(updated_by)
	WHERE title <> nfc(title) OR why_critical <> nfc(why_critical) OR created_by <> nfc(created_by) OR updated_by <> nfc(updated_by);
UPDATE successors SET note = nfc(note), created_by = nfc(created_by), updated_by = nfc(updated_by)
	WHERE note <> nfc(note) OR created_by <> nfc(created_by) OR updated_by <> nfc(updated_by);
UPDATE plans SET target_role = nfc(target_role), created_by = nfc(created_by), updated_by = nfc(updated_by)
	WHERE target_role <> nfc(target_role) OR created_by <> nfc(created_by) OR updated_by <> nfc(updated_by);
UPDATE goals SET title = nfc(title), created_by = nfc(created_by), updated_by = nfc(updated_by)
	WHERE title <> nfc(title) OR created_by <> nfc(created_by) OR updated_by <> nfc(updated_by);
UPDATE actions SET text = nfc(text), created_by = nfc(created_by), updated_by = nfc(updated_by)
	WHERE text <> nfc(text) OR created_by <> nfc(created_by) OR updated_by <> nfc(updated_by);
UPDATE progress_notes SET text = nfc(text), created_by = nfc(created_by), updated_by = nfc(updated_by)
	WHERE text <> nfc(text) OR created_by <> nfc(created_by) OR updated_by <> nfc(updated_by);
UPDATE milestones SET label = nfc(label), focus = nfc(focus), notes = nfc(notes), created_by = nfc(created_by), updated_by = nfc(updated_by)
	WHERE label <> nfc(label) OR focus <> nfc(focus) OR notes <> nfc(notes) OR created_by <> nfc(created_by) OR updated_by <> nfc(updated_by);
UPDATE pairs SET mentor_name = nfc(mentor_name), format = nfc(format), confidentiality = nfc(confidentiality), created_by = nfc(created_by), updated_by = nfc(updated_by)
	WHERE mentor_name <> nfc(mentor_name) OR format <> nfc(format) OR confidentiality <> nfc(confidentiality) OR created_by <> nfc(created_by) OR updated_by <> nfc(updated_by);
UPDATE pair_goals SET text = nfc(text)
	WHERE text <> nfc(text);
UPDATE meetings SET topics = nfc(topics), agreed_actions = nfc(agreed_actions), created_by = nfc(created_by), updated_by = nfc(updated_by)
	WHERE topics <> nfc(topics) OR agreed_actions <> nfc(agreed_actions) OR created_by <> nfc(created_by) OR updated_by <> nfc(updated_by);
UPDATE training SET title = nfc(title), provider = nfc(provider), reflection = nfc(reflection), created_by = nfc(created_by), updated_by = nfc(updated_by)
	WHERE title <> nfc(title) OR provider <> nfc(provider) OR reflection <> nfc(reflection) OR created_by <> nfc(created_by) OR updated_by <> nfc(updated_by);
UPDATE moments SET observer_name = nfc(observer_name), text = nfc(text), created_by = nfc(created_by), updated_by = nfc(updated_by)
	WHERE observer_name <> nfc(observer_name) OR text <> nfc(text) OR created_by <> nfc(created_by) OR updated_by <> nfc(updated_by);
UPDATE decisions SET role = nfc(role), reason = nfc(reason), created_by = nfc(created_by), updated_by = nfc(updated_by)
	WHERE role <> nfc(role) OR reason <> nfc(reason) OR created_by <> nfc(created_by) OR updated_by <> nfc(updated_by);

-- name_key was the name in lower case; now it is the fold key.
UPDATE people SET name_key = fold_key(name) WHERE name_key <> fold_key(name);
