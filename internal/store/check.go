package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"leadbridge/internal/talent"

	"modernc.org/sqlite"
)

// CheckReport is what `leadbridge check` prints: whether the file is sound, its schema
// version and how many records of each kind it holds.
type CheckReport struct {
	Path          string
	Problems      []string // what integrity_check found; empty when the file is sound
	SchemaVersion int
	Counts        []Count
}

// Count is how many records of one kind a file holds.
type Count struct {
	Label string
	N     int
}

// OK reports whether the integrity check found nothing wrong.
func (r CheckReport) OK() bool { return len(r.Problems) == 0 }

// String renders the report as plain lines for a terminal.
func (r CheckReport) String() string {
	var b strings.Builder
	fmt.Fprintf(&b, "Data file: %s\n", r.Path)
	if r.OK() {
		b.WriteString("Integrity: ok\n")
	} else {
		fmt.Fprintf(&b, "Integrity: %s found; restore the newest backup.\n", talent.Count(len(r.Problems), "1 problem", "problems"))
		for _, p := range r.Problems {
			fmt.Fprintf(&b, "  %s\n", p)
		}
	}
	fmt.Fprintf(&b, "Schema version: %d\n", r.SchemaVersion)
	for _, c := range r.Counts {
		fmt.Fprintf(&b, "%s: %d\n", c.Label, c.N)
	}
	return b.String()
}

// countQueries lists the record counts of a check, with their labels.
var countQueries = []struct{ label, query string }{
	{"People (active)", "SELECT count(*) FROM people WHERE status = 'active'"},
	{"People (left)", "SELECT count(*) FROM people WHERE status = 'left'"},
	{"Assessments", "SELECT count(*) FROM assessments"},
	{"Key roles", "SELECT count(*) FROM key_roles"},
	{"Successor nominations", "SELECT count(*) FROM successors"},
	{"Development plans", "SELECT count(*) FROM plans"},
	{"Development goals", "SELECT count(*) FROM goals"},
	{"Transition milestones", "SELECT count(*) FROM milestones"},
	{"Mentoring pairs", "SELECT count(*) FROM pairs"},
	{"Mentoring meetings", "SELECT count(*) FROM meetings"},
	{"Training entries", "SELECT count(*) FROM training"},
	{"Leadership moments", "SELECT count(*) FROM moments"},
	{"Promotion decisions", "SELECT count(*) FROM decisions"},
}

// maxProblems caps how many integrity problems a report lists.
const maxProblems = 100

// Check runs SQLite's full integrity check and counts the records. When the check finds
// problems the report lists them and the error is the same refusal Open gives a damaged
// file, so callers treat both alike.
func (db *DB) Check(ctx context.Context) (CheckReport, error) {
	r := CheckReport{Path: db.path}
	err := db.view(ctx, func(tx *txn) error { return fillReport(ctx, tx, &r) })
	return r, reportError(db.path, r, err)
}

// CheckFile checks the data file at path without opening it for use, so that it also
// reports on a file Open would refuse as damaged, and changes nothing: not a byte of the
// file or of the files beside it. A file that is not Leadbridge's, is cut short or comes
// from a newer version gets Open's refusal and no report, as does a file with a journal
// beside it (in use, or left by a crash) that proves damaged.
func CheckFile(ctx context.Context, path string) (CheckReport, error) {
	path, err := filepath.Abs(path)
	if err != nil {
		return CheckReport{}, fmt.Errorf("resolve data file path: %w", err)
	}
	if err := inspect(path); err != nil {
		return CheckReport{}, err
	}
	if journalPending(path) {
		return checkOpen(ctx, path)
	}
	c, err := sql.Open("sqlite", dsnImmutable(path))
	if err != nil {
		return CheckReport{}, fmt.Errorf("open data file: %w", err)
	}
	defer c.Close()
	r := CheckReport{Path: path}
	return r, reportError(path, r, fillReport(ctx, c, &r))
}

// checkOpen checks a file with a journal beside it through Open, which leaves a damaged
// file and its journal as they were, waits for or names another program using the file,
// and reads what another copy of Leadbridge has written.
func checkOpen(ctx context.Context, path string) (CheckReport, error) {
	db, err := Open(path, Options{})
	if err != nil {
		return CheckReport{}, err
	}
	defer db.Close()
	return db.Check(ctx)
}

// querier is what a report reads through: a transaction or a whole connection pool.
type querier interface {
	QueryContext(ctx context.Context, query string, args ...any) (*sql.Rows, error)
	QueryRowContext(ctx context.Context, query string, args ...any) *sql.Row
}

func fillReport(ctx context.Context, q querier, r *CheckReport) error {
	if err := integrity(ctx, q, r); err != nil {
		return err
	}
	if err := q.QueryRowContext(ctx, "PRAGMA user_version").Scan(&r.SchemaVersion); err != nil {
		return fmt.Errorf("read schema version: %w", err)
	}
	for _, cq := range countQueries {
		c := Count{Label: cq.label}
		if err := q.QueryRowContext(ctx, cq.query).Scan(&c.N); err != nil {
			return fmt.Errorf("count %s: %w", cq.label, err)
		}
		r.Counts = append(r.Counts, c)
	}
	return nil
}

// reportError is the outcome of a check: SQLite finding the file damaged while reading
// it is reported as damage, the same as problems the integrity check lists.
func reportError(path string, r CheckReport, err error) error {
	var se *sqlite.Error
	switch {
	case errors.As(err, &se):
		return openError(path, err)
	case err != nil:
		return err
	case !r.OK():
		return damaged(path)
	}
	return nil
}

func integrity(ctx context.Context, q querier, r *CheckReport) error {
	rows, err := q.QueryContext(ctx, fmt.Sprintf("PRAGMA integrity_check(%d)", maxProblems))
	if err != nil {
		return fmt.Errorf("integrity check: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		var line string
		if err := rows.Scan(&line); err != nil {
			return fmt.Errorf("integrity check: %w", err)
		}
		if line != "ok" {
			r.Problems = append(r.Problems, line)
		}
	}
	return rows.Err()
}

// Unused reports whether the data file at path holds nothing anyone entered: no people
// and no key roles, as the sample generator leaves a file it was stopped from filling.
// Such a file can take a sample business without losing anything. It reads the file as
// CheckFile does and changes nothing; a file that is not Leadbridge's, or is damaged, gets
// Open's refusal.
func Unused(ctx context.Context, path string) (bool, error) {
	if fileSize(path) == 0 && !journalPending(path) {
		return true, nil
	}
	if err := inspect(path); err != nil {
		return false, err
	}
	dsn := dsnImmutable(path)
	if journalPending(path) {
		dir, cp, err := privateCopy(path)
		if err != nil {
			return false, err
		}
		defer os.RemoveAll(dir)
		dsn = fileURI(cp)
	}
	c, err := sql.Open("sqlite", dsn)
	if err != nil {
		return false, fmt.Errorf("open data file: %w", err)
	}
	defer c.Close()
	// Stopped before its first schema was saved, a file has no tables at all.
	var tables int
	if err := c.QueryRowContext(ctx, "SELECT count(*) FROM sqlite_schema WHERE type = 'table' AND name IN ('people', 'key_roles')").Scan(&tables); err != nil {
		return false, openError(path, err)
	}
	if tables == 0 {
		return true, nil
	}
	var unused bool
	err = c.QueryRowContext(ctx, "SELECT NOT EXISTS (SELECT 1 FROM people) AND NOT EXISTS (SELECT 1 FROM key_roles)").Scan(&unused)
	if err != nil {
		return false, openError(path, err)
	}
	return unused, nil
}
