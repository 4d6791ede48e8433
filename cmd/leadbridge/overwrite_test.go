package main

import (
	"bytes"
	"os"
	"path/filepath"
	"syscall"
	"testing"
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
