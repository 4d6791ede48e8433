package store

import (
	"context"
	"database/sql"
	"sort"
	"strconv"
	"strings"
	"testing"

	"leadbridge/internal/talent"
)

// tablesAboutPeople finds, independently of the code under test, every table that refers
// to people: directly through a foreign key, or through a parent table that does.
func tablesAboutPeople(t *testing.T, path string) []string {
	t.Helper()
	raw, err := sql.Open("sqlite", fileURI(path)+"?mode=ro")
	if err != nil {
		t.Fatal(err)
	}
	defer raw.Close()
	rows, err := raw.Query("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite%'")
	if err != nil {
		t.Fatal(err)
	}
	var tables []string
	for rows.Next() {
		var n string
		rows.Scan(&n)
		tables = append(tables, n)
	}
	rows.Close()
	parents := map[string][]string{}
	for _, tb := range tables {
		fks, err := raw.Query(`SELECT "table" FROM pragma_foreign_key_list(?)`, tb)
		if err != nil {
			t.Fatal(err)
		}
		for fks.Next() {
			var p string
			fks.Scan(&p)
			parents[tb] = append(parents[tb], p)
		}
		fks.Close()
	}
	about := map[string]bool{"people": true}
	for changed := true; changed; {
		changed = false
		for _, tb := range tables {
			for _, p := range parents[tb] {
				if about[p] && !about[tb] {
					about[tb], changed = true, true
				}
			}
		}
	}
	var out []string
	for tb := range about {
		out = append(out, tb)
	}
	sort.Strings(out)
	return out
}

func exportedTables(d talent.PersonData) map[string]talent.DataTable {
	out := map[string]talent.DataTable{}
	for _, tb := range d.Tables {
		out[tb.Name] = tb
	}
	return out
}

// TestPersonData_EveryTableAboutPeople fails when a table that refers to a person is
// missing from a subject-access export.
func TestPersonData_EveryTableAboutPeople(t *testing.T) {
	db := openTest(t)
	zoe, _ := erasableWorld(t, db)
	d, err := db.PersonData(context.Background(), zoe.ID)
	if err != nil {
		t.Fatalf("PersonData() = %v", err)
	}
	got := exportedTables(d)
	want := tablesAboutPeople(t, db.Path())
	if len(want) < 15 {
		t.Fatalf("found only %d tables about people (%v); the schema walk is broken", len(want), want)
	}
	for _, tb := range want {
		if _, ok := got[tb]; !ok {
			t.Errorf("table %s refers to people but is missing from the export", tb)
		}
	}
	if _, ok := got["rating_figures"]; !ok || len(got) != len(want)+1 {
		t.Errorf("export has %d tables, want %d and the rating figures", len(got), len(want))
	}
	if d.Tables[0].Name != "people" {
		t.Errorf("first table = %s, want people", d.Tables[0].Name)
	}
	// With records of every kind, every table has something to show.
	for _, tb := range want {
		if len(got[tb].Rows) == 0 {
			t.Errorf("table %s is empty in the export of someone with records of every kind", tb)
		}
	}
}

func TestPersonData_Content(t *testing.T) {
	db := openTest(t)
	ctx := context.Background()
	zoe, li := erasableWorld(t, db)
	d, err := db.PersonData(ctx, zoe.ID)
	if err != nil {
		t.Fatal(err)
	}
	tables := exportedTables(d)
	people := tables["people"]
	if len(people.Rows) != 1 || cell(t, people, 0, "name") != zoeName || cell(t, people, 0, "notes") != zoeNote {
		t.Errorf("people rows = %v, want only Zoë's own", people.Rows)
	}
	if d.Name != zoeName || d.PersonID != zoe.ID {
		t.Errorf("PersonData names %q (%d), want Zoë", d.Name, d.PersonID)
	}
	gave, received := 0, 0
	as := tables["assessments"]
	for i := range as.Rows {
		switch strconv.FormatInt(zoe.ID, 10) {
		case cell(t, as, i, "person_id"):
			received++
		case cell(t, as, i, "rater_id"):
			gave++
		}
	}
	if received != 4 || gave != 1 {
		t.Errorf("assessments: %d received, %d given; want 4 and 1", received, gave)
	}
	if pairs := tables["pairs"]; len(pairs.Rows) != 2 {
		t.Errorf("pairs = %d, want the one she mentors and the one she is mentored in", len(pairs.Rows))
	}
	if ev := tables["assessment_ratings"]; len(ev.Rows) != 1 || cell(t, ev, 0, "evidence") != zoeEvidence {
		t.Errorf("ratings = %v, want the one with her evidence", ev.Rows)
	}
	for _, row := range tables["training"].Rows {
		for _, v := range row {
			if strings.Contains(v, "<nil>") {
				t.Errorf("a value reads %q; missing values are empty", v)
			}
		}
	}
	if _, err := db.PersonData(ctx, 4242); talent.ErrorCode(err) != talent.ENOTFOUND {
		t.Errorf("PersonData(unknown) = %v, want not found", err)
	}
	// Li is in Zoë's records, but the export of Li holds none of Zoë's own notes.
	dl, _ := db.PersonData(ctx, li.ID)
	for _, tb := range dl.Tables {
		for _, row := range tb.Rows {
			if strings.Contains(strings.Join(row, "|"), zoeNote) {
				t.Errorf("Li's export holds Zoë's notes in %s", tb.Name)
			}
		}
	}
}

func TestRecordExport(t *testing.T) {
	db := openTest(t)
	ctx := context.Background()
	zoe, _ := erasableWorld(t, db)
	d, err := db.PersonData(ctx, zoe.ID)
	must(t, err)
	must(t, db.RecordExport(ctx, d))
	log, _ := db.AuditLog(ctx)
	last := log[len(log)-1]
	if last.Action != "export person" || !strings.Contains(last.Detail, strconv.Itoa(d.Records())+" records") || strings.Contains(last.Detail, "Zoë") {
		t.Errorf("audit entry = %+v, want an export with %d records and no name", last, d.Records())
	}
}

func cell(t *testing.T, tb talent.DataTable, row int, col string) string {
	t.Helper()
	for i, c := range tb.Columns {
		if c == col {
			return tb.Rows[row][i]
		}
	}
	t.Fatalf("table %s has no column %s", tb.Name, col)
	return ""
}

func BenchmarkPersonData1000(b *testing.B) {
	db := openAt(b, benchDB(b, 1000))
	ctx := context.Background()
	b.ReportAllocs()
	for b.Loop() {
		if _, err := db.PersonData(ctx, 1); err != nil {
			b.Fatal(err)
		}
	}
}
