package store

import (
	"context"
	"database/sql"
	"database/sql/driver"
	"strings"
	"testing"

	"leadbridge/internal/talent"
)

// fixedTables hold the leadership standard and settings: a few dozen rows, however large
// the business. Every other table grows with it.
var fixedTables = map[string]bool{"settings": true, "competencies": true, "behaviours": true, "box_labels": true}

// savingAnAssessment is what saving a full assessment runs: the hot write.
var savingAnAssessment = screenLoad{name: "save an assessment", run: func(ctx context.Context, db *DB) error {
	people, err := db.People(ctx)
	if err != nil {
		return err
	}
	std, err := db.Standard(ctx)
	if err != nil {
		return err
	}
	a := talent.Assessment{PersonID: people[0].ID, RaterID: people[1].ID, Date: testNow, Relationship: talent.RelPeer,
		Performance: talent.PerformanceMeets, Derailers: []talent.DerailerStatus{{Derailer: talent.DerailerNarrow, Status: talent.ConcernWatch}}}
	for _, c := range std.Competencies {
		for _, b := range c.Behaviours {
			a.Ratings = append(a.Ratings, talent.BehaviourRating{BehaviourID: b.ID, Rating: talent.RatingSometimes, Evidence: "Ελένη saw it 👀"})
		}
	}
	return db.SaveAssessment(ctx, &a)
}}

// TestHotQueriesUseIndexes asks SQLite how it runs every statement of the home view, the
// people list, the two documents and saving an assessment. A statement that looks rows
// up by a value must find them through an index, never by reading a whole table that
// grows with the business; and no statement may need SQLite to build a temporary index,
// the sign of a join or filter column left without one.
func TestHotQueriesUseIndexes(t *testing.T) {
	s := openSample(t, 60)
	growing := growingTables(t, s.db)
	var runs []statement
	for _, load := range append(screenLoads, savingAnAssessment) {
		runs = append(runs, s.run(t, load)...)
	}
	seen := map[string]bool{}
	for _, r := range runs {
		if seen[r.query] {
			continue
		}
		seen[r.query] = true
		for _, step := range explain(t, s.db, r) {
			if table, whole := scanned(step); whole && growing[table] && len(r.args) > 0 {
				t.Errorf("reads the whole %s table (%s) to look rows up:\n%s", table, step, oneLine(r.query))
			}
			if strings.Contains(step, "AUTOMATIC") {
				t.Errorf("makes SQLite build a temporary index (%s):\n%s", step, oneLine(r.query))
			}
		}
	}
	if len(seen) < 25 {
		t.Errorf("checked %d statements; the loads above run more, so the record is incomplete", len(seen))
	}
}

// TestPotentialInputsReadOneIndex checks the query that reads what everyone's potential
// rests on: one pass over the assessments_basis index picks the assessments, without
// reading the table; each picked one and its ratings are looked up by key; and the only
// sort is of the picked rows into person order.
func TestPotentialInputsReadOneIndex(t *testing.T) {
	s := openSample(t, 30)
	plan := explain(t, s.db, statement{query: potentialInputs})
	joined := strings.Join(plan, "\n")
	for _, want := range []string{"SCAN assessments USING COVERING INDEX assessments_basis", "SEARCH a USING INTEGER PRIMARY KEY",
		"SEARCH assessment_ratings USING PRIMARY KEY (assessment_id=?)"} {
		if !strings.Contains(joined, want) {
			t.Errorf("plan does not contain %q:\n%s", want, joined)
		}
	}
	if n := strings.Count(joined, "TEMP B-TREE"); n != 1 || !strings.Contains(joined, "USE TEMP B-TREE FOR ORDER BY") {
		t.Errorf("plan sorts %d times, want once, the picked rows into person order:\n%s", n, joined)
	}
}

// TestScannedSpotsWholeTableReads makes sure the check above can fail.
func TestScannedSpotsWholeTableReads(t *testing.T) {
	cases := []struct {
		step  string
		table string
		whole bool
	}{
		{"SCAN assessments", "assessments", true},
		{"SCAN people USING INDEX people_name_key", "people", true},
		{"SCAN assessments USING COVERING INDEX assessments_basis", "assessments", true},
		{"SEARCH assessments USING INDEX assessments_person_date (person_id=?)", "", false},
		{"SCAN json_each VIRTUAL TABLE INDEX 1:", "json_each", true},
		{"SCAN (subquery-1)", "", false},
		{"USE TEMP B-TREE FOR ORDER BY", "", false},
	}
	for _, tc := range cases {
		t.Run(tc.step, func(t *testing.T) {
			table, whole := scanned(tc.step)
			if table != tc.table || whole != tc.whole {
				t.Errorf("scanned(%q) = %q, %v, want %q, %v", tc.step, table, whole, tc.table, tc.whole)
			}
		})
	}
	s := openSample(t, 30)
	plan := explain(t, s.db, statement{query: "SELECT id FROM assessments WHERE notes = ?", args: []driver.NamedValue{{Ordinal: 1, Value: "x"}}})
	if table, whole := scanned(plan[0]); table != "assessments" || !whole {
		t.Errorf("a filter on an unindexed column reads as %q (%q, %v), want a whole-table read of assessments", plan[0], table, whole)
	}
}

// growingTables lists the tables that grow with the business: all but fixedTables.
func growingTables(t *testing.T, db *DB) map[string]bool {
	t.Helper()
	rows, err := db.db.QueryContext(context.Background(), "SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")
	if err != nil {
		t.Fatalf("list tables: %v", err)
	}
	defer rows.Close()
	out := map[string]bool{}
	for rows.Next() {
		var name string
		if err := rows.Scan(&name); err != nil {
			t.Fatalf("list tables: %v", err)
		}
		out[name] = !fixedTables[name]
	}
	if err := rows.Err(); err != nil {
		t.Fatalf("list tables: %v", err)
	}
	return out
}

// explain returns the steps of SQLite's plan for a statement, one line each.
func explain(t *testing.T, db *DB, r statement) []string {
	t.Helper()
	args := make([]any, len(r.args))
	for i, a := range r.args {
		args[i] = a.Value
		if a.Name != "" {
			args[i] = sql.Named(a.Name, a.Value)
		}
	}
	rows, err := db.db.QueryContext(context.Background(), "EXPLAIN QUERY PLAN "+r.query, args...)
	if err != nil {
		t.Fatalf("explain %s: %v", oneLine(r.query), err)
	}
	defer rows.Close()
	var steps []string
	for rows.Next() {
		var id, parent, unused int
		var detail string
		if err := rows.Scan(&id, &parent, &unused, &detail); err != nil {
			t.Fatalf("read plan: %v", err)
		}
		steps = append(steps, detail)
	}
	if err := rows.Err(); err != nil {
		t.Fatalf("read plan: %v", err)
	}
	return steps
}

// scanned reports which table a plan step reads from end to end, in its own order or an
// index's: SQLite writes such a step "SCAN table ...". Subqueries it scans are not tables.
func scanned(step string) (table string, whole bool) {
	fields := strings.Fields(step)
	if len(fields) < 2 || fields[0] != "SCAN" || strings.HasPrefix(fields[1], "(") {
		return "", false
	}
	return fields[1], true
}

func oneLine(query string) string { return strings.Join(strings.Fields(query), " ") }
