-- Leadbridge schema, version 4: what the last calendar file of each calendar held, so
-- that the next one raises an event's SEQUENCE when its date moves and cancels the events
-- of items no longer due. One calendar is the owner's (mentor_id NULL), the others one
-- mentor's each, which go when the mentor does. Rows hold an item's key (its kind and
-- record ID), its date and its sequence: nobody's name, so an erased person's items are
-- still cancelled by the next file.
CREATE TABLE calendar_exports (
	mentor_id INTEGER REFERENCES people (id) ON DELETE CASCADE,
	item      TEXT NOT NULL CHECK (item <> ''),
	date      TEXT NOT NULL,
	sequence  INTEGER NOT NULL CHECK (sequence >= 0),
	cancelled INTEGER NOT NULL CHECK (cancelled IN (0, 1))
) STRICT;
CREATE UNIQUE INDEX calendar_exports_item ON calendar_exports (ifnull(mentor_id, 0), item);
