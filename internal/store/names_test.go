package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"golang.org/x/text/unicode/norm"
	"modernc.org/sqlite"

	"leadbridge/internal/demo"
	"leadbridge/internal/talent"
)

// zoeNFC and zoeNFD are one name in Unicode's two spellings: "ë" as one code point, or
// as "e" and a combining diaeresis, as macOS and some spreadsheets write it.
const (
	zoeNFC = "Zo\u00eb \u00d8rsted"
	zoeNFD = "Zoe\u0308 \u00d8rsted"
)

// TestImportStaff_OneSpellingOnePerson imports names in one spelling against names in the
// other: they are one person, and the name is stored composed.
func TestImportStaff_OneSpellingOnePerson(t *testing.T) {
	tests := []struct {
		name    string
		stored  string // a person on file before the import, if any
		rows    []talent.StaffRow
		problem talent.RowError // the one row problem expected; none when the import succeeds
	}{
		{name: "stored composed, imported decomposed", stored: zoeNFC,
			rows:    []talent.StaffRow{{Line: 2, Name: zoeNFD}},
			problem: talent.RowError{Line: 2, Message: zoeNFC + " is already stored; remove the row or change the name."}},
		{name: "both spellings in the file",
			rows:    []talent.StaffRow{{Line: 2, Name: zoeNFC}, {Line: 3, Name: zoeNFD}},
			problem: talent.RowError{Line: 3, Message: zoeNFC + " appears twice in the file (also on line 2)."}},
		{name: "stored manager in the other spelling", stored: zoeNFC,
			rows: []talent.StaffRow{{Line: 2, Name: "Ana Sol", ReportsTo: zoeNFD}}},
		{name: "manager in the file in the other spelling",
			rows: []talent.StaffRow{{Line: 2, Name: "Ana Sol", ReportsTo: zoeNFC}, {Line: 3, Name: zoeNFD}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			db := openTest(t)
			ctx := context.Background()
			if tt.stored != "" {
				addPerson(t, db, tt.stored)
			}
			_, err := db.ImportStaff(ctx, tt.rows)
			if tt.problem.Line != 0 {
				var ie *talent.ImportError
				if !errors.As(err, &ie) || len(ie.Rows) != 1 || ie.Rows[0] != tt.problem {
					t.Fatalf("ImportStaff() = %v, want the one problem %+v", err, tt.problem)
				}
				return
			}
			if err != nil {
				t.Fatalf("ImportStaff() = %v", err)
			}
			people, err := db.People(ctx)
			if err != nil || len(people) != 2 {
				t.Fatalf("People() = %+v, %v; want Ana and Zoë", people, err)
			}
			ana, zoe := people[0], people[1]
			if zoe.Name != zoeNFC || ana.ReportsTo != zoe.ID {
				t.Errorf("stored %q reporting to %d; want %q (composed) reporting to its ID %d", ana.Name, ana.ReportsTo, zoe.Name, zoe.ID)
			}
		})
	}
}

// TestPeopleNamed_EitherSpelling finds a person by their name in either spelling, as
// --person does.
func TestPeopleNamed_EitherSpelling(t *testing.T) {
	db := openTest(t)
	zoe := addPerson(t, db, zoeNFD)
	if zoe.Name != zoeNFC {
		t.Errorf("stored name = %q, want it composed, %q", zoe.Name, zoeNFC)
	}
	for _, name := range []string{zoeNFC, zoeNFD, " zoe\u0308  ørsted "} {
		got, err := db.PeopleNamed(context.Background(), name)
		if err != nil || len(got) != 1 || got[0].ID != zoe.ID {
			t.Errorf("PeopleNamed(%q) = %+v, %v; want Zoë", name, got, err)
		}
	}
}

// TestOpen_ActorIsComposed stamps records with the user's name composed, whatever
// spelling the system gives it, so that erasing them finds every record they entered.
func TestOpen_ActorIsComposed(t *testing.T) {
	db, err := Open(filepath.Join(t.TempDir(), "leadbridge.db"), Options{Actor: zoeNFD, Now: testOptions().Now})
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	p := addPerson(t, db, "Ana Sol")
	if p.CreatedBy != zoeNFC || p.UpdatedBy != zoeNFC {
		t.Errorf("stamped by %q and %q, want %q", p.CreatedBy, p.UpdatedBy, zoeNFC)
	}
}

// TestNames_OneOrder lists people and key roles in the one order of names
// (talent.CompareNames): accented initials under their letter, not after Z as SQLite's
// NOCASE would put them.
func TestNames_OneOrder(t *testing.T) {
	db := openTest(t)
	ctx := context.Background()
	want := []string{"Ådne Berg", "anna Lind", "Bo Ek", "Émile Zola", "Ørjan Lie", zoeNFC, "Ελένη", "李小龍"}
	for _, i := range []int{5, 0, 7, 3, 1, 6, 4, 2} {
		addPerson(t, db, want[i])
		must(t, db.SaveKeyRole(ctx, &talent.KeyRole{Title: want[i] + " role"}))
	}
	people, err := db.People(ctx)
	if err != nil {
		t.Fatal(err)
	}
	listings, err := db.Listings(ctx)
	if err != nil {
		t.Fatal(err)
	}
	roles, err := db.KeyRoles(ctx)
	if err != nil {
		t.Fatal(err)
	}
	for i, name := range want {
		if people[i].Name != name || listings[i].Name != name || roles[i].Title != name+" role" {
			t.Errorf("position %d: person %q, listing %q, role %q; want %q", i, people[i].Name, listings[i].Name, roles[i].Title, name)
		}
	}
}

// TestNames_OneMatch finds a person by name ignoring case, spacing and accents, the rule
// the people search uses, for --person and an import's managers and duplicates alike.
func TestNames_OneMatch(t *testing.T) {
	db := openTest(t)
	ctx := context.Background()
	zoe := addPerson(t, db, zoeNFC)
	for _, name := range []string{"zoe orsted", "ZOË ØRSTED", "Zoe  Ørsted"} {
		got, err := db.PeopleNamed(ctx, name)
		if err != nil || len(got) != 1 || got[0].ID != zoe.ID {
			t.Errorf("PeopleNamed(%q) = %+v, %v; want Zoë", name, got, err)
		}
	}
	_, err := db.ImportStaff(ctx, []talent.StaffRow{{Line: 2, Name: "Ana Sol", ReportsTo: "zoe orsted"}, {Line: 3, Name: "Zoe Orsted"}})
	var ie *talent.ImportError
	want := []talent.RowError{{Line: 3, Message: "Zoe Orsted is already stored; remove the row or change the name."}}
	if !errors.As(err, &ie) || !reflect.DeepEqual(ie.Rows, want) {
		t.Errorf("ImportStaff() = %v, want %+v: the manager found, the duplicate refused", err, want)
	}
}

// TestNames_OrderComesFromIndexes checks that listing people and key roles in name order
// reads an index in that order rather than sorting: the collation of the query and of
// the index must be the same one.
func TestNames_OrderComesFromIndexes(t *testing.T) {
	s := openSample(t, 30)
	runs := s.run(t, screenLoad{name: "names in order", run: func(ctx context.Context, db *DB) error {
		if _, err := db.Listings(ctx); err != nil {
			return err
		}
		if _, err := db.People(ctx); err != nil {
			return err
		}
		_, err := db.KeyRoles(ctx)
		return err
	}})
	checked := 0
	for _, r := range runs {
		if !strings.Contains(r.query, "ORDER BY name") && !strings.Contains(r.query, "ORDER BY title") {
			continue
		}
		checked++
		plan := strings.Join(explain(t, s.db, r), "\n")
		if strings.Contains(plan, "TEMP B-TREE") {
			t.Errorf("sorts rather than reading an index in order:\n%s\n%s", oneLine(r.query), plan)
		}
	}
	if checked < 3 {
		t.Errorf("checked %d statements in name order, want 3", checked)
	}
}

// test_nfd decomposes text, to make files holding text as versions before 2 could.
func init() {
	sqlite.MustRegisterDeterministicScalarFunction("test_nfd", 1, textFunc(norm.NFD.String))
}

// TestMigrate_ComposesStoredText upgrades a file from every schema version before 2, which
// composes text, holding a sample business whose text is all decomposed (NFD), as files
// written before text was composed on the way in may hold it. Afterwards every text is composed (NFC) and every
// name keyed by the one rule; the audit log, which cannot change, is left as it was.
func TestMigrate_ComposesStoredText(t *testing.T) {
	ms, err := embeddedMigrations()
	if err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	const composing = 2 // files of this version or later hold only composed text
	for from := 1; from < composing; from++ {
		t.Run(fmt.Sprintf("from version %d", from), func(t *testing.T) {
			path := filepath.Join(t.TempDir(), "leadbridge.db")
			old, err := open(path, testOptions(), ms[:from])
			if err != nil {
				t.Fatal(err)
			}
			copyDemo(t, old, 30)
			must(t, old.update(ctx, func(tx *txn) error {
				for table, cols := range textColumns(t, old) {
					for _, c := range cols {
						if _, err := tx.Tx.ExecContext(ctx, "UPDATE "+quote(table)+" SET "+quote(c)+" = test_nfd("+quote(c)+")"); err != nil {
							return err
						}
					}
				}
				return nil
			}))
			if n := len(decomposed(t, old)); n < 10 {
				t.Fatalf("only %d columns hold decomposed text; the test proves nothing", n)
			}
			before := tableCounts(t, old)
			must(t, old.Close())

			db := openAt(t, path)
			for _, where := range decomposed(t, db) {
				t.Errorf("%s still holds decomposed text after the upgrade", where)
			}
			var stale int
			must(t, db.db.QueryRow("SELECT count(*) FROM people WHERE name_key <> fold_key(name)").Scan(&stale))
			if stale > 0 {
				t.Errorf("%d people are keyed by another rule than talent.FoldKey", stale)
			}
			delete(before, "audit") // which records the upgrade
			sameCounts(t, before, tableCounts(t, db))
		})
	}
}

// copyDemo fills a file at an older schema version with a sample business of n people:
// the demo is made in a file at the newest version, and every column the old schema also
// has is copied across, table by table, in place of what the old file held (the audit
// log aside, which cannot change). Direct reports' answers, which the old schema cannot
// hold, are left out with their ratings and derailers.
func copyDemo(t *testing.T, old *DB, n int) {
	t.Helper()
	ctx := context.Background()
	src := openAt(t, filepath.Join(t.TempDir(), "demo.db"))
	must(t, src.Batch(ctx, func(ctx context.Context) error {
		_, err := demo.Generate(ctx, src, demo.Options{People: n, Today: testNow})
		return err
	}))
	conn, err := old.db.Conn(ctx)
	must(t, err)
	defer conn.Close()
	must(t, execAll(ctx, conn, "ATTACH DATABASE ? AS src", src.Path()))
	defer conn.ExecContext(ctx, "DETACH DATABASE src")
	rows, err := conn.QueryContext(ctx, `SELECT m.name, group_concat('"' || c.name || '"', ', ') FROM sqlite_schema m
		JOIN pragma_table_info(m.name) c JOIN src.pragma_table_info(m.name) s ON s.name = c.name
		WHERE m.type = 'table' AND m.name NOT LIKE 'sqlite\_%' ESCAPE '\' AND m.name <> 'audit' GROUP BY m.name ORDER BY m.rowid`)
	must(t, err)
	var stmts []string
	var tables []string
	for rows.Next() {
		var table, cols string
		must(t, rows.Scan(&table, &cols))
		tables = append(tables, table)
		stmts = append(stmts, fmt.Sprintf("INSERT INTO main.%s (%s) SELECT %s FROM src.%s WHERE %s", quote(table), cols, cols, quote(table), copyWhere(table)))
	}
	must(t, rows.Err())
	rows.Close()
	must(t, execAll(ctx, conn, "BEGIN"))
	must(t, execAll(ctx, conn, "PRAGMA defer_foreign_keys = ON"))
	for i := len(tables) - 1; i >= 0; i-- {
		must(t, execAll(ctx, conn, "DELETE FROM main."+quote(tables[i])))
	}
	for _, q := range stmts {
		must(t, execAll(ctx, conn, q))
	}
	must(t, execAll(ctx, conn, "COMMIT"))
}

// copyWhere keeps what an older schema can hold of a table's rows.
func copyWhere(table string) string {
	switch table {
	case "assessments":
		return "relationship <> 'direct-report'"
	case "assessment_ratings", "assessment_derailers":
		return "assessment_id IN (SELECT id FROM main.assessments)"
	}
	return "1"
}

func execAll(ctx context.Context, conn *sql.Conn, q string, args ...any) error {
	_, err := conn.ExecContext(ctx, q, args...)
	return err
}

// textColumns lists the text columns of every table but the append-only audit log.
func textColumns(t *testing.T, db *DB) map[string][]string {
	t.Helper()
	rows, err := db.db.Query(`SELECT m.name, c.name FROM sqlite_schema m JOIN pragma_table_info(m.name) c
		WHERE m.type = 'table' AND m.name NOT LIKE 'sqlite\_%' ESCAPE '\' AND m.name <> 'audit' AND c.type = 'TEXT'`)
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	out := map[string][]string{}
	for rows.Next() {
		var table, col string
		if err := rows.Scan(&table, &col); err != nil {
			t.Fatal(err)
		}
		out[table] = append(out[table], col)
	}
	return out
}

// decomposed lists the table.column pairs holding text not in NFC.
func decomposed(t *testing.T, db *DB) []string {
	t.Helper()
	var out []string
	for table, cols := range textColumns(t, db) {
		for _, c := range cols {
			rows, err := db.db.Query("SELECT " + quote(c) + " FROM " + quote(table) + " WHERE " + quote(c) + " IS NOT NULL")
			if err != nil {
				t.Fatal(err)
			}
			for rows.Next() {
				var s string
				if err := rows.Scan(&s); err != nil {
					t.Fatal(err)
				}
				if !norm.NFC.IsNormalString(s) {
					out = append(out, table+"."+c)
					break
				}
			}
			rows.Close()
		}
	}
	return out
}

// TestImportStaff_SameNameTwoPeople imports two people of one name, told apart by their
// email addresses, with reports naming either by email: all are added, each reporting to
// the right one. Two rows of one name are one person twice when they share an email
// address or, lacking two, a job title and start date; a name already stored is refused
// unless the two addresses differ.
func TestImportStaff_SameNameTwoPeople(t *testing.T) {
	db := openTest(t)
	ctx := context.Background()
	stored := talent.Person{Name: "Niamh Moore", JobTitle: "Engineer", Email: "niamh@example.com"}
	if err := db.CreatePerson(ctx, &stored); err != nil {
		t.Fatal(err)
	}
	rows := []talent.StaffRow{
		{Line: 2, Name: "Niamh Moore", Email: "niamh.moore@example.com"},
		{Line: 3, Name: "Ana Sol", ReportsTo: "NIAMH.MOORE@example.com"},
		{Line: 4, Name: "Bo Berg", ReportsTo: "niamh@example.com"},
	}
	if n, err := db.ImportStaff(ctx, rows); err != nil || n != 3 {
		t.Fatalf("ImportStaff() = %d, %v; want 3 added", n, err)
	}
	people, err := db.People(ctx)
	must(t, err)
	byName := map[string]talent.Person{}
	var moores []talent.Person
	for _, p := range people {
		byName[p.Name] = p
		if p.Name == "Niamh Moore" {
			moores = append(moores, p)
		}
	}
	if len(moores) != 2 {
		t.Fatalf("%d people named Niamh Moore, want 2", len(moores))
	}
	imported := moores[0]
	if imported.ID == stored.ID {
		imported = moores[1]
	}
	if got := byName["Ana Sol"].ReportsTo; got != imported.ID {
		t.Errorf("Ana Sol reports to %d, want the imported Niamh Moore (%d)", got, imported.ID)
	}
	if got := byName["Bo Berg"].ReportsTo; got != stored.ID {
		t.Errorf("Bo Berg reports to %d, want the stored Niamh Moore (%d)", got, stored.ID)
	}

	before := tableCounts(t, db)
	_, err = db.ImportStaff(ctx, []talent.StaffRow{
		{Line: 2, Name: "Kim Park", Email: "kim@example.com"},
		{Line: 3, Name: "kim park", Email: "KIM@example.com"},
		{Line: 4, Name: "Kim Park"},
		{Line: 5, Name: "Niamh Moore", Email: "niamh@example.com"},
		{Line: 6, Name: "Cy Chen", ReportsTo: "Niamh Moore"},
		{Line: 7, Name: "Di Dahl", JobTitle: "Engineer"},
		{Line: 8, Name: "Di Dahl", JobTitle: "Engineer", Email: "di@example.com"},
		{Line: 9, Name: "Di Dahl", JobTitle: "Planner"},
	})
	want := []talent.RowError{
		{Line: 3, Message: "kim park appears twice in the file (also on line 2)."},
		{Line: 4, Message: "Kim Park appears twice in the file (also on line 2)."},
		{Line: 5, Message: "Niamh Moore is already stored; remove the row or change the name."},
		{Line: 6, Message: `The manager "Niamh Moore" matches 2 people; write the manager's email address instead, or make the names distinct.`},
		{Line: 8, Message: "Di Dahl appears twice in the file (also on line 7)."},
	}
	var ie *talent.ImportError
	if !errors.As(err, &ie) || !reflect.DeepEqual(ie.Rows, want) {
		t.Fatalf("ImportStaff() = %v, want the problems %v", err, want)
	}
	sameCounts(t, before, tableCounts(t, db))
}
