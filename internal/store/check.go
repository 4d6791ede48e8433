package store

import (
	"context"
	"fmt"
	"strings"

	"leadbridge/internal/talent"
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
// problems (damage Open's quicker check does not look for, such as an index that no longer
// matches its table) the report lists them and the error is the same refusal Open gives
// a damaged file, so callers treat both alike.
func (db *DB) Check(ctx context.Context) (CheckReport, error) {
	r := CheckReport{Path: db.path}
	err := db.view(ctx, func(tx *txn) error {
		if err := integrity(ctx, tx, &r); err != nil {
			return err
		}
		if err := tx.QueryRowContext(ctx, "PRAGMA user_version").Scan(&r.SchemaVersion); err != nil {
			return fmt.Errorf("read schema version: %w", err)
		}
		for _, q := range countQueries {
			c := Count{Label: q.label}
			if err := tx.QueryRowContext(ctx, q.query).Scan(&c.N); err != nil {
				return fmt.Errorf("count %s: %w", q.label, err)
			}
			r.Counts = append(r.Counts, c)
		}
		return nil
	})
	if err == nil && !r.OK() {
		err = damaged(db.path)
	}
	return r, err
}

func integrity(ctx context.Context, tx *txn, r *CheckReport) error {
	rows, err := tx.QueryContext(ctx, fmt.Sprintf("PRAGMA integrity_check(%d)", maxProblems))
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
