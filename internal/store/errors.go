package store

import (
	"errors"
	"fmt"
	"strings"

	"leadbridge/internal/lock"
	"leadbridge/internal/talent"

	"modernc.org/sqlite"
	sqlite3 "modernc.org/sqlite/lib"
)

// constraintMessages names, for each constraint whose failure the user can cause, the
// sentence to show instead of SQLite's text. Keys are what SQLite puts in its message:
// the constraint's name, or the table and columns of a unique index.
var constraintMessages = []struct {
	key  string
	code string
	msg  string
}{
	{"pairs.mentor_id, pairs.mentee_id", talent.ECONFLICT, "This mentee already has an active mentoring pair with this mentor."},
	{"pair_not_self", talent.EINVALID, "A person cannot mentor themselves; choose someone else as mentor."},
	{"pair_mentor", talent.EINVALID, "Choose the mentor."},
	{"plans.person_id", talent.ECONFLICT, "This person already has a development plan; open it to make changes."},
	{"successors.role_id, successors.person_id", talent.EINVALID, "The same person is nominated twice for this role."},
	{"rating_range", talent.EINVALID, "Ratings go from 1 to 4, or No evidence yet."},
	{"goal_progress", talent.EINVALID, "Progress must be between 0 and 100."},
	{"person_not_own_manager", talent.EINVALID, "A person cannot report to themselves."},
	{"moment_subject", talent.EINVALID, "Choose either a competency or a derailer, not both."},
	{"audit is append-only", talent.ECONFLICT, "The audit log cannot be changed; entries can only be added."},
}

// translate turns SQLite failures the user can act on into *talent.Error values with
// plain sentences. Other errors pass through and show as a generic internal message.
func translate(err error) error {
	var se *sqlite.Error
	if err == nil || !errors.As(err, &se) {
		return err
	}
	switch se.Code() & 0xff {
	case sqlite3.SQLITE_CONSTRAINT:
		return constraintError(se)
	case sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED:
		return talent.Errorf(talent.ECONFLICT, "The data file is busy with another change. Wait a moment and try again.")
	case sqlite3.SQLITE_FULL:
		return talent.Errorf(talent.ESTORAGE, "The disk is full, so the change was not saved. Free some space and try again.")
	case sqlite3.SQLITE_READONLY:
		return talent.Errorf(talent.ESTORAGE, "The data file cannot be written to, so the change was not saved. Check that the file and its folder are writable.")
	}
	return err
}

func constraintError(se *sqlite.Error) error {
	// A RESTRICT foreign key reports itself as a trigger failure, hence the text match.
	if se.Code() == sqlite3.SQLITE_CONSTRAINT_FOREIGNKEY || strings.Contains(se.Error(), "FOREIGN KEY constraint failed") {
		return talent.Errorf(talent.ECONFLICT, "This change refers to a record that no longer exists, or would leave other records referring to nothing. Reload and try again.")
	}
	for _, c := range constraintMessages {
		if strings.Contains(se.Error(), c.key) {
			return talent.Errorf(c.code, "%s", c.msg)
		}
	}
	if se.Code() == sqlite3.SQLITE_CONSTRAINT_UNIQUE {
		return talent.Errorf(talent.ECONFLICT, "This would duplicate a record that is already stored.")
	}
	return talent.Errorf(talent.EINVALID, "A value is outside what Leadbridge accepts; check the entries and try again.")
}

// openError explains why SQLite could not start on a data file.
func openError(path string, err error) error {
	var se *sqlite.Error
	if !errors.As(err, &se) {
		return fmt.Errorf("open data file: %w", err)
	}
	switch se.Code() & 0xff {
	case sqlite3.SQLITE_NOTADB, sqlite3.SQLITE_CORRUPT:
		return damaged(path)
	case sqlite3.SQLITE_CANTOPEN, sqlite3.SQLITE_PERM, sqlite3.SQLITE_READONLY, sqlite3.SQLITE_IOERR:
		return fileError("Leadbridge cannot open the data file %s. Check that your user account may read and write both the file and its folder.", path)
	case sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED:
		return inUse(path)
	}
	return fmt.Errorf("open data file: %w", err)
}

// isBusy reports whether err is SQLite saying another connection holds the lock it needs.
func isBusy(err error) bool {
	var se *sqlite.Error
	if !errors.As(err, &se) {
		return false
	}
	code := se.Code() & 0xff
	return code == sqlite3.SQLITE_BUSY || code == sqlite3.SQLITE_LOCKED
}

// inUse says who keeps the data file locked: another copy of Leadbridge in the middle
// of a save (it holds Leadbridge's own lock), or some other program.
func inUse(path string) error {
	if lock.Held(path) {
		return fileError("Leadbridge is busy saving to this data file (%s) in another window. Wait a moment, then try again.", path)
	}
	return fileError("Another program is using this data file (%s) and keeps it locked. Close that program, then try again.", path)
}

// refusal is a data file Leadbridge will not use, with why, for callers that react to
// the reason. It unwraps to the *talent.Error, so codes and messages read as usual.
type refusal struct {
	err    *talent.Error
	reason refusalReason
}

type refusalReason int

const (
	refusedDamaged refusalReason = iota + 1 // damaged or cut short: a backup puts it right
	refusedForeign                          // not a Leadbridge data file at all
	refusedNewer                            // made by a newer version
)

func (r refusal) Error() string { return r.err.Error() }
func (r refusal) Unwrap() error { return r.err }

func refuse(reason refusalReason, format string, args ...any) error {
	return refusal{talent.Errorf(talent.EINVALID, format, args...), reason}
}

func refusedFor(err error) refusalReason {
	var r refusal
	if errors.As(err, &r) {
		return r.reason
	}
	return 0
}

// Restorable reports whether Open refused the file because it is damaged or incomplete,
// which restoring a backup (see RestoreFile) puts right.
func Restorable(err error) bool { return refusedFor(err) == refusedDamaged }
