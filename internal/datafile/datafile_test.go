//go:build !windows

// Links, FIFOs and /dev/null are Unix things; the Windows forms are in datafile_windows_test.go.

package datafile

import (
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"

	"leadbridge/internal/talent"
)

func TestCheckOutput(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "biz.db")
	mustWrite(t, db)
	mustWrite(t, db+"-wal")
	mustWrite(t, LockPath(db))
	if err := os.Mkdir(BackupDir(db), 0o700); err != nil {
		t.Fatal(err)
	}
	mustWrite(t, filepath.Join(BackupDir(db), "leadbridge-2026-01-01T0000Z-daily.db"))
	mustWrite(t, filepath.Join(dir, "earlier.csv"))
	must(t, os.Symlink(db, filepath.Join(dir, "link-to-data")))
	must(t, os.Symlink(filepath.Join(dir, "earlier.csv"), filepath.Join(dir, "link-to-export")))
	must(t, os.Link(db, filepath.Join(dir, "hard-link")))
	must(t, syscall.Mkfifo(filepath.Join(dir, "fifo"), 0o600))
	must(t, os.Mkdir(filepath.Join(dir, "folder"), 0o700))
	t.Chdir(dir)

	cases := []struct {
		name, out string
		refused   string // a word the refusal must hold; "" when the output is allowed
	}{
		{"DataFile", db, "own data"},
		{"DataFileRelative", "biz.db", "own data"},
		{"DataFileDotSlash", "./biz.db", "own data"},
		{"DataFileThroughDotDot", filepath.Join(dir, "folder", "..", "biz.db"), "own data"},
		{"Wal", db + "-wal", "own data"},
		{"ShmNotYetThere", db + "-shm", "own data"},
		{"Journal", db + "-journal", "own data"},
		{"Lock", db + ".lock", "own data"},
		{"SymlinkToData", "link-to-data", "own data"},
		{"HardLinkToData", "hard-link", "own data"},
		{"ExistingBackup", filepath.Join(BackupDir(db), "leadbridge-2026-01-01T0000Z-daily.db"), "backups folder"},
		{"NewFileInBackups", filepath.Join("backups", "mine.csv"), "backups folder"},
		{"BackupsFolderItself", "backups", "backups folder"},
		{"Fifo", "fifo", "not an ordinary file"},
		{"Device", os.DevNull, "not an ordinary file"},
		{"Folder", "folder", "is a folder"},
		{"SymlinkToExport", "link-to-export", "link"},
		{"EarlierExport", "earlier.csv", ""},
		{"NewFile", filepath.Join("folder", "plan.pdf"), ""},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			err := CheckOutput(db, c.out)
			if c.refused == "" {
				if err != nil {
					t.Fatalf("CheckOutput(%q) = %v, want it allowed", c.out, err)
				}
				return
			}
			if talent.ErrorCode(err) != talent.EINVALID || !strings.Contains(talent.ErrorMessage(err), c.refused) {
				t.Fatalf("CheckOutput(%q) = %v, want a refusal mentioning %q", c.out, err, c.refused)
			}
		})
	}
}

// A data file reached through a linked folder is still the data file.
func TestCheckOutputDataThroughLinkedFolder(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "biz.db")
	mustWrite(t, db)
	link := filepath.Join(t.TempDir(), "shortcut")
	must(t, os.Symlink(dir, link))
	for _, pair := range [][2]string{{db, filepath.Join(link, "biz.db")}, {filepath.Join(link, "biz.db"), db}, {filepath.Join(link, "biz.db"), filepath.Join(dir, "biz.db-wal")}} {
		if err := CheckOutput(pair[0], pair[1]); err == nil {
			t.Errorf("CheckOutput(%q, %q) = nil, want a refusal", pair[0], pair[1])
		}
	}
}

func TestCompanions(t *testing.T) {
	got := strings.Join(Companions("/d/biz.db"), " ")
	if want := "/d/biz.db-wal /d/biz.db-shm /d/biz.db-journal /d/biz.db.lock /d/biz.db.checked"; got != want {
		t.Errorf("Companions = %q, want %q", got, want)
	}
}
