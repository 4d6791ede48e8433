package store

import (
	"context"
	"testing"

	"leadbridge/internal/talent"
)

// TestSchema_Constraints writes straight to the tables, past the domain's checks, to
// show the schema holds the rules on its own and that its failures read as sentences.
func TestSchema_Constraints(t *testing.T) {
	db := openTest(t)
	ctx := context.Background()
	zoe := addPerson(t, db, "Zoë Ångström")
	li := addPerson(t, db, "李小龍")
	std := standard(t, db)
	a := talent.Assessment{PersonID: zoe.ID, Date: testNow, Relationship: talent.RelSelf}
	must(t, db.SaveAssessment(ctx, &a))
	pair := talent.Pair{MentorID: zoe.ID, MenteeID: li.ID, Start: testNow, Status: talent.PairActive}
	must(t, db.SavePair(ctx, &pair))
	plan := talent.Plan{PersonID: li.ID, Start: testNow, Phase: talent.PhasePreparing}
	must(t, db.SavePlan(ctx, &plan))
	role := talent.KeyRole{Title: "Lead", Successors: []talent.Successor{{PersonID: li.ID, Readiness: talent.ReadyNow}}}
	must(t, db.SaveKeyRole(ctx, &role))
	const meta = "'a', '2026-01-01T00:00:00.000Z', 'a', '2026-01-01T00:00:00.000Z'"

	cases := []struct {
		name, query, code, msg string
		args                   []any
	}{
		{"rating above 4", "INSERT INTO assessment_ratings (assessment_id, behaviour_id, rating) VALUES (?, ?, 5)",
			talent.EINVALID, "Ratings go from 1 to 4, or No evidence yet.", []any{a.ID, std.Competencies[0].Behaviours[0].ID}},
		{"rating below 0", "INSERT INTO assessment_ratings (assessment_id, behaviour_id, rating) VALUES (?, ?, -1)",
			talent.EINVALID, "Ratings go from 1 to 4, or No evidence yet.", []any{a.ID, std.Competencies[0].Behaviours[0].ID}},
		{"self-mentoring", "INSERT INTO pairs (mentor_id, mentee_id, start, status, " + metaCols + ") VALUES (?, ?, '2026-01-01', 'ended', " + meta + ")",
			talent.EINVALID, "A person cannot mentor themselves; choose someone else as mentor.", []any{zoe.ID, zoe.ID}},
		{"mentor neither on file nor named", "INSERT INTO pairs (mentee_id, start, status, " + metaCols + ") VALUES (?, '2026-01-01', 'ended', " + meta + ")",
			talent.EINVALID, "Choose the mentor.", []any{li.ID}},
		{"second active pair", "INSERT INTO pairs (mentor_id, mentee_id, start, status, " + metaCols + ") VALUES (?, ?, '2026-01-01', 'active', " + meta + ")",
			talent.ECONFLICT, "This mentee already has an active mentoring pair with this mentor.", []any{zoe.ID, li.ID}},
		{"second plan", "INSERT INTO plans (person_id, start, phase, " + metaCols + ") VALUES (?, '2026-01-01', 'preparing', " + meta + ")",
			talent.ECONFLICT, "This person already has a development plan; open it to make changes.", []any{li.ID}},
		{"successor twice", "INSERT INTO successors (role_id, person_id, readiness, " + metaCols + ") VALUES (?, ?, '3y+', " + meta + ")",
			talent.EINVALID, "The same person is nominated twice for this role.", []any{role.ID, li.ID}},
		{"unknown person", "INSERT INTO training (person_id, title, kind, status, " + metaCols + ") VALUES (4242, 't', 'course', 'planned', " + meta + ")",
			talent.ECONFLICT, "", nil},
		{"unknown enum value", "UPDATE people SET status = 'retired' WHERE id = ?", talent.EINVALID, "", []any{zoe.ID}},
		{"unknown choice of four", "UPDATE people SET risk_of_leaving = 'very high' WHERE id = ?", talent.EINVALID, "", []any{zoe.ID}},
		{"unknown rater kind", "UPDATE assessments SET relationship = 'boss' WHERE id = ?", talent.EINVALID, "", []any{a.ID}},
		{"own manager", "UPDATE people SET reports_to = id WHERE id = ?", talent.EINVALID, "A person cannot report to themselves.", []any{zoe.ID}},
		{"rated behaviour removed", "DELETE FROM behaviours WHERE id IN (SELECT behaviour_id FROM assessment_ratings)", talent.ECONFLICT, "", nil},
		{"audit changed", "UPDATE audit SET detail = 'forged'", talent.ECONFLICT, "The audit log cannot be changed; entries can only be added.", nil},
		{"audit deleted", "DELETE FROM audit", talent.ECONFLICT, "The audit log cannot be changed; entries can only be added.", nil},
		{"audit actor forged", "UPDATE audit SET actor = 'Mallory'", talent.ECONFLICT, "The audit log cannot be changed; entries can only be added.", nil},
		{"audit detail changed with the actor", "UPDATE audit SET actor = 'Former staff member', detail = 'forged'", talent.ECONFLICT,
			"The audit log cannot be changed; entries can only be added.", nil},
	}
	must(t, db.SaveAssessment(ctx, &talent.Assessment{ID: a.ID, PersonID: zoe.ID, Date: testNow, Relationship: talent.RelSelf,
		Ratings: []talent.BehaviourRating{{BehaviourID: std.Competencies[1].Behaviours[0].ID, Rating: 3}}}))
	before := tableCounts(t, db)
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			err := db.update(ctx, func(tx *txn) error {
				_, err := tx.ExecContext(ctx, tc.query, tc.args...)
				return err
			})
			wantCode(t, err, tc.code)
			if tc.msg != "" && talent.ErrorMessage(err) != tc.msg {
				t.Errorf("message = %q, want %q", talent.ErrorMessage(err), tc.msg)
			}
		})
	}
	sameCounts(t, before, tableCounts(t, db))
}

// TestSchema_InsertsBuildNoTemporaryTable compiles an insert into every table and finds
// no temporary table in the program: SQLite builds one for every row that a CHECK of the
// form "x IN (a, b, c)" checks, which made adding people several times slower.
func TestSchema_InsertsBuildNoTemporaryTable(t *testing.T) {
	for _, table := range tablesInsertingThroughTemporaryTables(t, openTest(t)) {
		t.Errorf("inserting into %s builds a temporary table for each row", table)
	}
}

// tablesInsertingThroughTemporaryTables names the tables whose inserts SQLite compiles
// with a temporary table.
func tablesInsertingThroughTemporaryTables(t *testing.T, db *DB) []string {
	t.Helper()
	var tables, slow []string
	rows, err := db.db.Query("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")
	must(t, err)
	for rows.Next() {
		var name string
		must(t, rows.Scan(&name))
		tables = append(tables, name)
	}
	must(t, rows.Err())
	must(t, rows.Close())
	if len(tables) < 10 {
		t.Fatalf("found only the tables %v", tables)
	}
	for _, table := range tables {
		program, err := db.db.Query("EXPLAIN INSERT INTO " + table + " DEFAULT VALUES")
		must(t, err)
		cols, err := program.Columns()
		must(t, err)
		var opcode string
		dest := make([]any, len(cols))
		for i := range dest {
			dest[i] = new(any)
		}
		dest[1] = &opcode
		ephemeral := false
		for program.Next() {
			must(t, program.Scan(dest...))
			ephemeral = ephemeral || opcode == "OpenEphemeral"
		}
		must(t, program.Err())
		must(t, program.Close())
		if ephemeral {
			slow = append(slow, table)
		}
	}
	return slow
}
