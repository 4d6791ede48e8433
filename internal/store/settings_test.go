package store

import (
	"context"
	"fmt"
	"strings"
	"testing"

	"leadbridge/internal/talent"
)

func TestSettings(t *testing.T) {
	db := openTest(t)
	ctx := context.Background()
	if v, err := db.Setting(ctx, "paper"); err != nil || v != "" {
		t.Errorf("Setting(unset) = %q, %v; want empty", v, err)
	}
	must(t, db.SetSetting(ctx, "paper", "letter"))
	must(t, db.SetSetting(ctx, "paper", "a4"))
	must(t, db.SetSetting(ctx, "company", "Müller & Söhne 工房 🔧"))
	for key, want := range map[string]string{"paper": "a4", "company": "Müller & Söhne 工房 🔧"} {
		if v, err := db.Setting(ctx, key); err != nil || v != want {
			t.Errorf("Setting(%q) = %q, %v; want %q", key, v, err, want)
		}
	}
	wantCode(t, db.SetSetting(ctx, "", "x"), talent.EINVALID)
}

func TestAudit(t *testing.T) {
	db := openTest(t)
	ctx := context.Background()
	must(t, db.Audit(ctx, "export plan", "Development plan of person 3, mentor copy."))
	wantCode(t, db.Audit(ctx, "  ", "no action"), talent.EINVALID)
	log, err := db.AuditLog(ctx)
	if err != nil {
		t.Fatal(err)
	}
	n := newestVersion(t)
	if len(log) != n+1 {
		t.Fatalf("AuditLog() has %d entries, want %d (migrations and export)", len(log), n+1)
	}
	want := AuditEntry{ID: log[n].ID, At: testNow, Actor: testActor, Action: "export plan", Detail: "Development plan of person 3, mentor copy."}
	if log[n] != want || log[0].Action != "migrate" || log[n].ID <= log[n-1].ID {
		t.Errorf("AuditLog() = %+v, want migrate then %+v", log, want)
	}
}

func TestCheck(t *testing.T) {
	db := openTest(t)
	ctx := context.Background()
	personWithHistory(t, db)
	left := addPerson(t, db, "Ana 🌻 Sol")
	left.Status, left.LeftDate = talent.StatusLeft, day(t, "2026-06-30")
	must(t, db.UpdatePerson(ctx, &left))
	r, err := db.Check(ctx)
	if err != nil {
		t.Fatalf("Check() = %v", err)
	}
	if !r.OK() || r.SchemaVersion != newestVersion(t) || r.Path != db.Path() {
		t.Errorf("Check() = ok %v, schema %d, path %s", r.OK(), r.SchemaVersion, r.Path)
	}
	want := []Count{
		{"People (active)", 2}, {"People (left)", 1}, {"Assessments", 4}, {"Key roles", 2}, {"Successor nominations", 2},
		{"Development plans", 1}, {"Development goals", 1}, {"Transition milestones", 6}, {"Mentoring pairs", 2},
		{"Mentoring meetings", 2}, {"Training entries", 1}, {"Leadership moments", 2}, {"Promotion decisions", 1},
	}
	if len(r.Counts) != len(want) {
		t.Fatalf("Counts = %v, want %v", r.Counts, want)
	}
	for i, c := range want {
		if r.Counts[i] != c {
			t.Errorf("Counts[%d] = %v, want %v", i, r.Counts[i], c)
		}
	}
	text := r.String()
	for _, line := range []string{"Integrity: ok\n", fmt.Sprintf("Schema version: %d\n", newestVersion(t)), "People (left): 1\n", "Transition milestones: 6\n"} {
		if !strings.Contains(text, line) {
			t.Errorf("String() lacks %q:\n%s", line, text)
		}
	}
	bad := CheckReport{Problems: []string{"row 3 missing from index people_name_key"}}
	if s := bad.String(); bad.OK() || !strings.Contains(s, "Integrity: 1 problem found") || !strings.Contains(s, "row 3 missing") {
		t.Errorf("String() of a damaged report = %q", s)
	}
}
