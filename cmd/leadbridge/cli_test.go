package main

import (
	"context"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"

	"leadbridge/internal/store"
)

func TestUsageErrors(t *testing.T) {
	dir := t.TempDir()
	for _, tc := range []struct {
		name string
		args []string
		want string
	}{
		{"UnknownCommand", []string{"frobnicate"}, `Unknown command "frobnicate"`},
		{"UnknownFlag", []string{"check", "--db", "x.db", "--colour"}, "flag provided but not defined"},
		{"MissingDB", []string{"check"}, "check needs --db"},
		{"ImportWithoutKind", []string{"import"}, "import needs what to import"},
		{"ImportWithoutFile", []string{"import", "staff", "--db", filepath.Join(dir, "a.db")}, "exactly one CSV file"},
		{"ExportUnknownKind", []string{"export", "payroll"}, `Unknown export "payroll"`},
		{"ExportPlanWithoutPerson", []string{"export", "plan", "--db", "x.db", "--out", "x.pdf"}, "needs --person"},
		{"BadPaper", []string{"export", "succession", "--db", filepath.Join(dir, "b.db"), "--paper", "a5", "--out", "x.pdf"}, "a5"},
		{"BadCopy", []string{"export", "plan", "--db", "x.db", "--person", "1", "--copy", "hr", "--out", "x.pdf"}, "hr"},
		{"BadPeopleNumber", []string{"demo", "--db", filepath.Join(dir, "c.db"), "--people", "many"}, "invalid value"},
		{"StrayArgument", []string{"backup", "--db", "x.db", "--out", "y.db", "extra"}, `does not take "extra"`},
	} {
		t.Run(tc.name, func(t *testing.T) {
			r := leadbridge(t, tc.args...)
			r.expect(t, 2, tc.want)
			if !strings.Contains(r.stderr, "Usage:") {
				t.Errorf("stderr has no usage line:\n%s", r.stderr)
			}
		})
	}
	t.Run("Help", func(t *testing.T) {
		leadbridge(t, "help").expect(t, 0, "leadbridge check --db FILE")
	})
}

func TestDemo(t *testing.T) {
	db := demoDB(t, "40")
	t.Run("CheckIsHealthy", func(t *testing.T) {
		r := leadbridge(t, "check", "--db", db)
		r.expect(t, 0, "Integrity: ok")
		if got := countOf(t, r.stdout, "People (active)") + countOf(t, r.stdout, "People (left)"); got != 40 {
			t.Errorf("check counts %d people, want 40:\n%s", got, r.stdout)
		}
	})
	t.Run("RefusesExistingFile", func(t *testing.T) {
		before, _ := os.ReadFile(db)
		leadbridge(t, "demo", "--db", db).expect(t, 1, "already exists")
		after, _ := os.ReadFile(db)
		if string(before) != string(after) {
			t.Error("demo changed an existing file")
		}
	})
	t.Run("RefusesTooFewPeople", func(t *testing.T) {
		path := filepath.Join(t.TempDir(), "tiny.db")
		leadbridge(t, "demo", "--db", path, "--people", "1").expect(t, 1, "")
		if _, err := os.Stat(path); !os.IsNotExist(err) {
			t.Errorf("a failed demo left %s behind", path)
		}
	})
}

func TestCheckRefusesBadFiles(t *testing.T) {
	dir := t.TempDir()
	notDB := filepath.Join(dir, "notes.db")
	if err := os.WriteFile(notDB, []byte("These are my meeting notes, not a database.\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	r := leadbridge(t, "check", "--db", notDB)
	r.expect(t, 1, "")
	if got, _ := os.ReadFile(notDB); string(got) != "These are my meeting notes, not a database.\n" {
		t.Error("check changed a file that is not a database")
	}
	if _, err := os.Stat(notDB + "-wal"); !os.IsNotExist(err) {
		t.Error("check left a -wal file beside a file that is not a database")
	}
	leadbridge(t, "check", "--db", filepath.Join(dir, "missing.db")).expect(t, 1, "There is no data file")
}

// staffRoundTrip exports the staff list of the data file db, imports it into a new data
// file, which must say imported, and exports that: it returns the two lists.
func staffRoundTrip(t *testing.T, db, imported string) (first, second string) {
	t.Helper()
	dir := t.TempDir()
	out, copied, out2 := filepath.Join(dir, "export.csv"), filepath.Join(dir, "copy.db"), filepath.Join(dir, "export2.csv")
	leadbridge(t, "export", "staff", "--db", db, "--out", out).expect(t, 0, "")
	leadbridge(t, "import", "staff", "--db", copied, out).expect(t, 0, imported)
	leadbridge(t, "export", "staff", "--db", copied, "--out", out2).expect(t, 0, "")
	return readFile(t, out), readFile(t, out2)
}

func TestStaffImportExport(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "staff.db")
	good := filepath.Join(dir, "people.csv")
	writeFile(t, good, "\ufeffName;Job Title;Team;Reports To;Start Date;Email\r\n"+
		"Zoë Ångström;Managing Director;Leadership;;2010-04-01;zoe@example.com\r\n"+
		"Дмитрий Иванов;Workshop Lead;Workshop;Zoë Ångström;2015-09-14;\r\n"+
		"\"Núñez, Martín\";Engineer;\"Engineering, R&D\";Дмитрий Иванов;2021-01-04;\r\n")
	leadbridge(t, "import", "staff", "--db", db, good).expect(t, 0, "Imported 3 people")

	t.Run("BadRowsChangeNothing", func(t *testing.T) {
		bad := filepath.Join(dir, "bad.csv")
		writeFile(t, bad, "name,team,start date\nΕλένη Παπαδοπούλου,Sales,2026-02-30\n,Sales,2020-01-01\nAyşe Yılmaz,Sales,2020-01-01\n")
		r := leadbridge(t, "import", "staff", "--db", db, bad)
		r.expect(t, 1, "Line 2")
		r.expect(t, 1, "Line 3")
		out := filepath.Join(dir, "after.csv")
		leadbridge(t, "export", "staff", "--db", db, "--out", out).expect(t, 0, "")
		if got := readFile(t, out); strings.Contains(got, "Ayşe") {
			t.Errorf("a rejected import added a good row:\n%s", got)
		}
	})
	t.Run("RoundTrip", func(t *testing.T) {
		if a, b := staffRoundTrip(t, db, "Imported 3 people"); a != b {
			t.Errorf("round trip changed the staff list:\n%s\n---\n%s", a, b)
		}
	})
	t.Run("RoundTripSharedNames", func(t *testing.T) {
		// Two people of one name, each managing someone: the export names each manager by
		// email address, and a new file takes the whole list back.
		shared := filepath.Join(dir, "shared.db")
		in := filepath.Join(dir, "shared.csv")
		writeFile(t, in, "name,reports to,email\nSam Lee,,sam@example.com\nSam Lee,,sam.lee@example.com\n"+
			"Ana Sol,sam.lee@example.com,\nBo Berg,sam@example.com,\n")
		leadbridge(t, "import", "staff", "--db", shared, in).expect(t, 0, "Imported 4 people")
		lines := func(csv string) string { // two of one name come in either order
			l := strings.Split(csv, "\n")
			slices.Sort(l)
			return strings.Join(l, "\n")
		}
		first, second := staffRoundTrip(t, shared, "Imported 4 people")
		a, b := lines(first), lines(second)
		if a != b || !strings.Contains(a, "Ana Sol,,,sam.lee@example.com,") || !strings.Contains(a, "Bo Berg,,,sam@example.com,") {
			t.Errorf("round trip of shared names:\n%s\n---\n%s", a, b)
		}
	})
	t.Run("AuditLog", func(t *testing.T) {
		db, err := store.Open(db, store.Options{})
		if err != nil {
			t.Fatal(err)
		}
		defer db.Close()
		log, err := db.AuditLog(context.Background())
		if err != nil {
			t.Fatal(err)
		}
		var actions []string
		for _, e := range log {
			actions = append(actions, e.Action+": "+e.Detail)
		}
		all := strings.Join(actions, "\n")
		for _, want := range []string{"import staff: Imported 3 people.", "export staff: Exported the staff list of 3 people to export.csv."} {
			if !strings.Contains(all, want) {
				t.Errorf("audit log lacks %q:\n%s", want, all)
			}
		}
	})
	t.Run("DuplicateImportRefused", func(t *testing.T) {
		leadbridge(t, "import", "staff", "--db", db, good).expect(t, 1, "Zoë Ångström")
	})
	t.Run("MissingFile", func(t *testing.T) {
		leadbridge(t, "import", "staff", "--db", db, filepath.Join(dir, "nope.csv")).expect(t, 1, "does not exist")
	})
	t.Run("OutputFolderMissing", func(t *testing.T) {
		leadbridge(t, "export", "staff", "--db", db, "--out", filepath.Join(dir, "no", "x.csv")).expect(t, 1, "does not exist")
	})
}

func TestBackup(t *testing.T) {
	db := demoDB(t, "10")
	out := filepath.Join(t.TempDir(), "backup.db")
	leadbridge(t, "backup", "--db", db, "--out", out).expect(t, 0, "Backed up")
	leadbridge(t, "check", "--db", out).expect(t, 0, "")
	t.Run("RefusesToOverwrite", func(t *testing.T) {
		leadbridge(t, "backup", "--db", db, "--out", out).expect(t, 1, "")
	})
}

// countOf reads the number on the line of check's report that starts with label.
func countOf(t *testing.T, report, label string) int {
	t.Helper()
	for _, line := range strings.Split(report, "\n") {
		if rest, ok := strings.CutPrefix(line, label+":"); ok {
			n, err := strconv.Atoi(strings.TrimSpace(rest))
			if err != nil {
				t.Fatalf("line %q: %v", line, err)
			}
			return n
		}
	}
	t.Fatalf("check's report has no %q line:\n%s", label, report)
	return 0
}

func writeFile(t testing.TB, path, content string) {
	t.Helper()
	if err := os.WriteFile(path, []byte(content), 0o600); err != nil {
		t.Fatal(err)
	}
}

func readFile(t *testing.T, path string) string {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// TestReadingCommandsNeedAnExistingFile: a mistyped --db must not create an empty data file.
func TestReadingCommandsNeedAnExistingFile(t *testing.T) {
	dir := t.TempDir()
	missing := filepath.Join(dir, "typo.db")
	for _, args := range [][]string{
		{"check", "--db", missing},
		{"backup", "--db", missing, "--out", filepath.Join(dir, "b.db")},
		{"export", "staff", "--db", missing, "--out", filepath.Join(dir, "s.csv")},
		{"export", "succession", "--db", missing, "--out", filepath.Join(dir, "s.pdf")},
		{"export", "plan", "--db", missing, "--person", "1", "--out", filepath.Join(dir, "p.pdf")},
		{"due", "--db", missing},
	} {
		t.Run(strings.Join(args[:min(2, len(args))], " "), func(t *testing.T) {
			leadbridge(t, args...).expect(t, 1, "There is no data file")
			if entries, _ := os.ReadDir(dir); len(entries) != 0 {
				t.Fatalf("the command left %d files behind, want none", len(entries))
			}
		})
	}
}
