-- Leadbridge schema, version 6: what a development goal needs besides its title. How the
-- mentor and mentee will know it worked, the help, time or budget it needs, and what is
-- most likely to get in the way; each optional, so goals stored before have none. Like
-- all free text, they are composed (NFC) on the way in.
ALTER TABLE goals ADD COLUMN measure TEXT NOT NULL DEFAULT '';
ALTER TABLE goals ADD COLUMN support TEXT NOT NULL DEFAULT '';
ALTER TABLE goals ADD COLUMN obstacle TEXT NOT NULL DEFAULT '';
