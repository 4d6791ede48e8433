package main

import (
	"bytes"
	"context"
	"database/sql"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"

	"leadbridge/internal/store"
)

// No export, backup or person export ever writes over the data file or the files that
// belong to it, nor over anything that is not an ordinary file, whatever the path's
// spelling; an ordinary earlier export is replaced.
func TestExportsNeverReplaceTheData(t *testing.T) {
	db := demoDB(t, "12")
	dir := filepath.Dir(db)
	leadbridge(t, "backup", "--db", db, "--out", filepath.Join(dir, "copy.db")).expect(t, 0, "")
	// The backups folder: a person export creates it when asked to purge; make one here.
	backups := filepath.Join(dir, "backups")
	if err := os.MkdirAll(backups, 0o700); err != nil {
		t.Fatal(err)
	}
	inBackups := filepath.Join(backups, "leadbridge-2026-01-01T0000Z-daily.db")
	writeFile(t, inBackups, "a backup")
	writeFile(t, db+".lock", "")
	writeFile(t, db+"-wal", "")
	if err := os.Symlink(db, filepath.Join(dir, "shortcut.db")); err != nil {
		t.Fatal(err)
	}
	fifo := filepath.Join(dir, "pipe")
	if err := syscall.Mkfifo(fifo, 0o600); err != nil {
		t.Fatal(err)
	}
	t.Chdir(dir)
	person := firstPersonWithPlan(t, db)
	exports := map[string][]string{
		"staff":      {"export", "staff", "--db", db},
		"plan":       {"export", "plan", "--db", db, "--person", person},
		"succession": {"export", "succession", "--db", db},
		"backup":     {"backup", "--db", db},
		"person":     {"export", "person", "--db", db, "--person", person},
	}
	targets := map[string]string{
		"DataFile": db, "Relative": "demo.db", "DotSlash": "./demo.db", "DotDot": filepath.Join(dir, "..", filepath.Base(dir), "demo.db"),
		"Wal": db + "-wal", "Lock": db + ".lock", "Backup": inBackups, "NewInBackups": filepath.Join(backups, "new.pdf"),
		"Symlink": "shortcut.db", "Fifo": fifo, "Device": os.DevNull,
	}
	for what, args := range exports {
		for name, out := range targets {
			t.Run(what+"/"+name, func(t *testing.T) {
				before := snapshot(t, dir)
				r := leadbridge(t, append(args, "--out", out)...)
				if r.code != 1 || r.stderr == "" {
					t.Fatalf("exit %d, stderr %q; want a refusal (exit 1) that says why", r.code, r.stderr)
				}
				if after := snapshot(t, dir); !bytes.Equal(before, after) {
					t.Fatalf("the folder changed:\nbefore %s\nafter  %s", before, after)
				}
			})
		}
	}
	leadbridge(t, "check", "--db", db).expect(t, 0, "Integrity: ok")
}

// An ordinary earlier export is replaced, as --help says.
func TestExportReplacesAnEarlierExport(t *testing.T) {
	db := demoDB(t, "12")
	out := filepath.Join(filepath.Dir(db), "people.csv")
	writeFile(t, out, "an earlier export")
	leadbridge(t, "export", "staff", "--db", db, "--out", out).expect(t, 0, "Wrote")
	if got := readFile(t, out); got == "an earlier export" {
		t.Fatal("the earlier export was not replaced")
	}
}

// snapshot lists every entry of dir with its type, size, mode and content, so that a test
// can tell whether anything in the folder changed.
func snapshot(t *testing.T, dir string) []byte {
	t.Helper()
	var b bytes.Buffer
	err := filepath.Walk(dir, func(path string, fi os.FileInfo, err error) error {
		if err != nil {
			return err
		}
		b.WriteString(path + " " + fi.Mode().String())
		if fi.Mode().IsRegular() {
			data, err := os.ReadFile(path)
			if err != nil {
				return err
			}
			b.Write(data)
		}
		b.WriteByte('\n')
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

// Commands that fail or refuse leave nothing behind that was not there before.
func TestRefusedCommandsLeaveNothing(t *testing.T) {
	dir := t.TempDir()
	csv := filepath.Join(dir, "staff.csv")
	writeFile(t, csv, "name,reports to\nAnna Petrova,Nobody Known\n")
	before := snapshot(t, dir)
	leadbridge(t, "import", "staff", "--db", filepath.Join(dir, "new.db"), csv).expect(t, 1, "")
	if after := snapshot(t, dir); !bytes.Equal(before, after) {
		t.Errorf("a refused import into a new file left files behind:\n%s", after)
	}
	for _, n := range []string{"0", "1", "-5"} {
		leadbridge(t, "demo", "--db", filepath.Join(dir, "demo.db"), "--people", n).expect(t, 1, "is not possible")
	}
	if after := snapshot(t, dir); !bytes.Equal(before, after) {
		t.Errorf("a refused demo left files behind:\n%s", after)
	}
}

// flipInIndex changes the last byte of the first leaf page of one of the people table's
// indexes: the row ID its last entry points to. The b-tree stays well formed, so SQLite's
// quick check passes, but the index no longer matches its table.
func flipInIndex(t *testing.T, path string) {
	t.Helper()
	c, err := sql.Open("sqlite", "file:"+path+"?mode=ro&immutable=1")
	if err != nil {
		t.Fatal(err)
	}
	var root, page int
	err = c.QueryRow("SELECT rootpage FROM sqlite_schema WHERE type = 'index' AND tbl_name = 'people' AND sql IS NOT NULL ORDER BY name LIMIT 1").Scan(&root)
	if err == nil {
		err = c.QueryRow("PRAGMA page_size").Scan(&page)
	}
	c.Close()
	if err != nil {
		t.Fatal(err)
	}
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	data[root*page-1] ^= 0x01
	if err := os.WriteFile(path, data, 0o600); err != nil {
		t.Fatal(err)
	}
}

// A file whose index is out of step with its table, which SQLite's quick check does not
// see, is refused by every command that would write to it, and check lists the problem.
func TestIndexDamageIsRefused(t *testing.T) {
	db := demoDB(t, "12")
	flipInIndex(t, db)
	damaged := readFile(t, db)
	csv := filepath.Join(t.TempDir(), "staff.csv")
	writeFile(t, csv, "name\nAnna Petrova\n")
	leadbridge(t, "import", "staff", "--db", db, csv).expect(t, 1, "is damaged")
	leadbridge(t, "export", "staff", "--db", db, "--out", filepath.Join(t.TempDir(), "out.csv")).expect(t, 1, "is damaged")
	r := leadbridge(t, "check", "--db", db)
	r.expect(t, 1, "is damaged")
	if !strings.Contains(r.stdout, "Integrity: ") || strings.Contains(r.stdout, "Integrity: ok") {
		t.Errorf("check printed no problems:\n%s", r.stdout)
	}
	if readFile(t, db) != damaged {
		t.Error("a refused command changed the damaged file")
	}
}

// Every export, documents included, is in the audit log once it is written.
func TestEveryExportIsAudited(t *testing.T) {
	db := demoDB(t, "12")
	dir := t.TempDir()
	person := firstPersonWithPlan(t, db) // itself an export of the staff list
	leadbridge(t, "export", "staff", "--db", db, "--out", filepath.Join(dir, "staff.csv")).expect(t, 0, "")
	leadbridge(t, "export", "plan", "--db", db, "--person", person, "--out", filepath.Join(dir, "plan.pdf")).expect(t, 0, "")
	leadbridge(t, "export", "succession", "--db", db, "--out", filepath.Join(dir, "summary.pdf")).expect(t, 0, "")
	s, err := store.Open(db, store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	log, err := s.AuditLog(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, e := range log {
		if strings.HasPrefix(e.Action, "export") {
			got = append(got, e.Action+": "+e.Detail)
		}
	}
	want := []string{"staff.csv", "staff.csv", "plan.pdf", "summary.pdf"}
	if len(got) != len(want) {
		t.Fatalf("export entries = %q, want one for each of %q", got, want)
	}
	for i, w := range want {
		if !strings.Contains(got[i], w) {
			t.Errorf("entry %d = %q, want it to name %s", i, got[i], w)
		}
	}
	if h, err := s.BenchHistory(context.Background()); err != nil || len(h) != 1 {
		t.Errorf("bench strength recorded = %v, %v; want the summary's one figure", h, err)
	}
}
