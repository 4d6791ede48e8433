package store

import (
	"context"
	"database/sql"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"leadbridge/internal/talent"
)

// withExtra returns the embedded migrations followed by one more.
func withExtra(t *testing.T, sqlText string) []migration {
	t.Helper()
	ms, err := embeddedMigrations()
	if err != nil {
		t.Fatal(err)
	}
	return append(ms, migration{version: len(ms) + 1, name: "9999_test.sql", sql: sqlText})
}

func userVersionOf(t *testing.T, path string) int {
	t.Helper()
	db, err := sql.Open("sqlite", dsnImmutable(path))
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	var v int
	if err := db.QueryRow("PRAGMA user_version").Scan(&v); err != nil {
		t.Fatalf("user_version of %s: %v", path, err)
	}
	return v
}

func TestMigrate_BacksUpFirst(t *testing.T) {
	dir := t.TempDir()
	path := closedDB(t, dir)
	ms := withExtra(t, "CREATE TABLE extra (id INTEGER PRIMARY KEY, note TEXT NOT NULL DEFAULT '') STRICT;")
	newest := len(ms) // the extra migration's version

	db, err := open(path, testOptions(), ms)
	if err != nil {
		t.Fatalf("open with a new migration = %v", err)
	}
	people, err := db.People(context.Background())
	if err != nil || len(people) != 1 {
		t.Errorf("People() after migration = %d people, %v; want 1", len(people), err)
	}
	db.Close()

	backups := filepath.Join(dir, "backups")
	backup := filepath.Join(backups, fmt.Sprintf("leadbridge-2026-11-21T1330Z-before-v%d.db", newest))
	if got := mode(t, backups); got != 0o700 {
		t.Errorf("backups folder mode = %o, want 700", got)
	}
	if got := mode(t, backup); got != 0o600 {
		t.Errorf("backup mode = %o, want 600", got)
	}
	if got := userVersionOf(t, backup); got != newest-1 {
		t.Errorf("backup schema = %d, want %d (taken before migrating)", got, newest-1)
	}
	if got := userVersionOf(t, path); got != newest {
		t.Errorf("migrated schema = %d, want %d", got, newest)
	}

	// The backup opens with the version that made it, and holds the data.
	old := openAt(t, backup)
	if people, err := old.People(context.Background()); err != nil || len(people) != 1 || people[0].Name != "Ελένη Παπαδοπούλου" {
		t.Errorf("People() in backup = %v, %v", people, err)
	}

	// The migrated file is now too new for this version.
	_, err = Open(path, testOptions())
	want := fmt.Sprintf("This data file was made by a newer version of Leadbridge (schema %d; this version knows up to %d). Install the newer version to open it.", newest, newest-1)
	if talent.ErrorMessage(err) != want {
		t.Errorf("Open(migrated) = %q, want %q", talent.ErrorMessage(err), want)
	}
}

func TestMigrate_FailureChangesNothing(t *testing.T) {
	path := closedDB(t, t.TempDir())
	ms := withExtra(t, "CREATE TABLE extra (id INTEGER PRIMARY KEY); INSERT INTO nowhere VALUES (1);")
	if db, err := open(path, testOptions(), ms); err == nil {
		db.Close()
		t.Fatalf("open with a failing migration succeeded")
	}
	if got := userVersionOf(t, path); got != len(ms)-1 {
		t.Errorf("schema after failed migration = %d, want %d", got, len(ms)-1)
	}
	db := openAt(t, path)
	var n int
	if err := db.db.QueryRow("SELECT count(*) FROM sqlite_schema WHERE name = 'extra'").Scan(&n); err != nil || n != 0 {
		t.Errorf("table from failed migration exists: count %d, %v", n, err)
	}
}

func TestMigrate_BackupNamesDoNotCollide(t *testing.T) {
	dir := t.TempDir()
	path := closedDB(t, dir)
	db := openAt(t, path)
	first, err := db.backupBeforeMigration(context.Background(), 2)
	if err != nil {
		t.Fatal(err)
	}
	second, err := db.backupBeforeMigration(context.Background(), 2)
	if err != nil {
		t.Fatal(err)
	}
	if want := filepath.Join(dir, "backups", "leadbridge-2026-11-21T1330Z-before-v2-2.db"); second != want || first == second {
		t.Errorf("second backup = %s (first %s), want %s", second, first, want)
	}
	for _, p := range []string{first, second} {
		if _, err := os.Stat(p); err != nil {
			t.Errorf("backup %s: %v", p, err)
		}
	}
}

// TestMigrate_AuditDetailsErasable upgrades a file from every older schema version whose
// audit log names a person in an export's file name: erasing them afterwards takes the
// name out of the entry, which the older schemas' trigger refused.
func TestMigrate_AuditDetailsErasable(t *testing.T) {
	ms, err := embeddedMigrations()
	if err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	for from := 1; from < len(ms); from++ {
		t.Run(fmt.Sprintf("from version %d", from), func(t *testing.T) {
			path := filepath.Join(t.TempDir(), "leadbridge.db")
			old, err := open(path, testOptions(), ms[:from])
			if err != nil {
				t.Fatal(err)
			}
			zoe := addPerson(t, old, zoeName)
			must(t, old.Audit(ctx, "export plan", exportDetail))
			must(t, old.Close())

			db := openAt(t, path)
			if _, err := db.ErasePerson(ctx, zoe.ID); err != nil {
				t.Fatalf("ErasePerson() after the upgrade = %v", err)
			}
			if got := lastAudit(t, db, "export plan").Detail; strings.Contains(got, zoeName) {
				t.Errorf("export entry after erasure = %q, want it without her name", got)
			}
		})
	}
}

// TestMigrate_ChoiceChecksRewritten opens a file of schema version 7, whose checks of a
// column's choices made SQLite build a temporary table for every row, and finds them
// rewritten, the rows kept and the same values still refused.
func TestMigrate_ChoiceChecksRewritten(t *testing.T) {
	ctx := context.Background()
	ms, err := embeddedMigrations()
	must(t, err)
	path := filepath.Join(t.TempDir(), "leadbridge.db")
	old, err := open(path, testOptions(), ms[:7])
	must(t, err)
	p := addPerson(t, old, "Zoë Ångström")
	p.RiskOfLeaving, p.ImpactOfLoss = talent.LevelHigh, talent.LevelMedium
	must(t, old.UpdatePerson(ctx, &p))
	if slow := tablesInsertingThroughTemporaryTables(t, old); len(slow) < 10 {
		t.Fatalf("version 7 builds temporary tables only for %v", slow)
	}
	must(t, old.Close())

	db := openAt(t, path)
	var version int
	must(t, db.db.QueryRow("PRAGMA user_version").Scan(&version))
	if version != len(ms) {
		t.Errorf("schema = %d, want %d", version, len(ms))
	}
	if slow := tablesInsertingThroughTemporaryTables(t, db); len(slow) > 0 {
		t.Errorf("after the upgrade, inserts into %v still build temporary tables", slow)
	}
	got, err := db.Person(ctx, p.ID)
	if err != nil || got.RiskOfLeaving != talent.LevelHigh || got.ImpactOfLoss != talent.LevelMedium {
		t.Errorf("Person() after the upgrade = %+v, %v", got, err)
	}
	err = db.update(ctx, func(tx *txn) error {
		_, err := tx.ExecContext(ctx, "UPDATE people SET impact_of_loss = 'severe' WHERE id = ?", p.ID)
		return err
	})
	wantCode(t, err, talent.EINVALID)
	var check string
	must(t, db.db.QueryRow("PRAGMA integrity_check").Scan(&check))
	if check != "ok" {
		t.Errorf("integrity_check = %q", check)
	}
}

// TestMigrate_FailedUpgradeKeepsTheOldVersion fails the last of several pending
// migrations: the file stays at the version it had, not at the one before the failure.
func TestMigrate_FailedUpgradeKeepsTheOldVersion(t *testing.T) {
	ms, err := embeddedMigrations()
	must(t, err)
	path := filepath.Join(t.TempDir(), "leadbridge.db")
	old, err := open(path, testOptions(), ms[:len(ms)-2])
	must(t, err)
	addPerson(t, old, "Ελένη Παπαδοπούλου")
	must(t, old.Close())

	failing := withExtra(t, "INSERT INTO nowhere VALUES (1);")
	if db, err := open(path, testOptions(), failing); err == nil {
		db.Close()
		t.Fatal("open with a failing migration succeeded")
	}
	if got := userVersionOf(t, path); got != len(ms)-2 {
		t.Errorf("schema after a failed upgrade = %d, want %d (as it was)", got, len(ms)-2)
	}
}
