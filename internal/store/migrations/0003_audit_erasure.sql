-- Leadbridge schema, version 3: erasing a person also takes their name out of the audit
-- log's details, where an export's file name can carry it ("Development plan - Zoë
-- Ångström - 2026-03-16.pdf"). The log stays append-only otherwise: an entry's id, time
-- and action never change; its actor may only become 'Former staff member'; and its
-- detail may only change where the name of someone on file becomes 'Former staff
-- member'. A trigger cannot see which occurrences changed, so it asks that swapping that
-- name and 'Former staff member' make the old and new detail equal, and that the new
-- one hold the name fewer times. An erasure rewrites the details while the person is
-- still on file, in the transaction that then removes them.
DROP TRIGGER audit_no_update;
CREATE TRIGGER audit_no_update BEFORE UPDATE ON audit
	WHEN NOT (NEW.id = OLD.id AND NEW.at = OLD.at AND NEW.action = OLD.action
		AND (NEW.actor = OLD.actor OR NEW.actor = 'Former staff member')
		AND (NEW.detail = OLD.detail OR EXISTS (SELECT 1 FROM people p
			WHERE instr(OLD.detail, p.name) > 0
			AND replace(NEW.detail, 'Former staff member', p.name) = replace(OLD.detail, 'Former staff member', p.name)
			AND length(NEW.detail) - length(replace(NEW.detail, p.name, '')) < length(OLD.detail) - length(replace(OLD.detail, p.name, '')))))
	BEGIN SELECT RAISE(ABORT, 'audit is append-only'); END;
