package store

import (
	"context"
	"path/filepath"
	"testing"
	"time"

	"leadbridge/internal/talent"
)

// testNow is the fixed clock of every test store.
var testNow = time.Date(2026, 11, 21, 13, 30, 0, 0, time.UTC)

const testActor = "Ørjan Ålesund 🧭"

// unicodeNames are people's names in several scripts, with emoji.
var unicodeNames = []string{"Zoë Ångström", "Дмитрий Иванов", "Ελένη Παπαδοπούλου", "李小龍", "محمد", "Ana 🌻 Sol"}

// newestVersion is the schema version a new file gets: the number of migrations.
func newestVersion(t testing.TB) int {
	t.Helper()
	ms, err := embeddedMigrations()
	if err != nil {
		t.Fatal(err)
	}
	return len(ms)
}

func testOptions() Options {
	return Options{Actor: testActor, Now: func() time.Time { return testNow }}
}

// openTest opens a new store in a fresh folder and closes it when the test ends.
func openTest(t testing.TB) *DB {
	t.Helper()
	return openAt(t, filepath.Join(t.TempDir(), "data", "leadbridge.db"))
}

func openAt(t testing.TB, path string) *DB {
	t.Helper()
	db, err := Open(path, testOptions())
	if err != nil {
		t.Fatalf("Open(%s) = %v", path, err)
	}
	t.Cleanup(func() { db.Close() })
	return db
}

func day(t testing.TB, s string) time.Time {
	t.Helper()
	d, err := talent.ParseDate(s)
	if err != nil {
		t.Fatalf("ParseDate(%q) = %v", s, err)
	}
	return d
}

// addPerson stores an active person with the given name.
func addPerson(t testing.TB, db *DB, name string) talent.Person {
	t.Helper()
	p := talent.Person{Name: name, JobTitle: "Engineer", StartDate: day(t, "2020-01-06")}
	if err := db.CreatePerson(context.Background(), &p); err != nil {
		t.Fatalf("CreatePerson(%q) = %v", name, err)
	}
	return p
}

// standard returns the stored standard.
func standard(t testing.TB, db *DB) talent.Standard {
	t.Helper()
	s, err := db.Standard(context.Background())
	if err != nil {
		t.Fatalf("Standard() = %v", err)
	}
	return s
}

// wantCode fails the test unless err has the given code.
func wantCode(t testing.TB, err error, code string) {
	t.Helper()
	if got := talent.ErrorCode(err); got != code {
		t.Fatalf("error code = %q (%v), want %q", got, err, code)
	}
}

// tableCounts counts the rows of every table, to show that refused input changed nothing.
func tableCounts(t testing.TB, db *DB) map[string]int {
	t.Helper()
	ctx := context.Background()
	rows, err := db.db.QueryContext(ctx, "SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")
	if err != nil {
		t.Fatalf("list tables: %v", err)
	}
	var names []string
	for rows.Next() {
		var n string
		if err := rows.Scan(&n); err != nil {
			t.Fatalf("list tables: %v", err)
		}
		names = append(names, n)
	}
	rows.Close()
	out := map[string]int{}
	for _, n := range names {
		var c int
		if err := db.db.QueryRowContext(ctx, "SELECT count(*) FROM "+n).Scan(&c); err != nil {
			t.Fatalf("count %s: %v", n, err)
		}
		out[n] = c
	}
	return out
}

// sameCounts fails the test when any table's row count differs.
func sameCounts(t testing.TB, before, after map[string]int) {
	t.Helper()
	for table, n := range before {
		if after[table] != n {
			t.Errorf("rows in %s = %d, want %d (unchanged)", table, after[table], n)
		}
	}
}

// openClock opens a test store whose clock the test can move.
func openClock(t testing.TB) (*DB, *time.Time) {
	t.Helper()
	now := testNow
	db, err := Open(filepath.Join(t.TempDir(), "leadbridge.db"), Options{Actor: testActor, Now: func() time.Time { return now }})
	if err != nil {
		t.Fatalf("Open() = %v", err)
	}
	t.Cleanup(func() { db.Close() })
	return db, &now
}
