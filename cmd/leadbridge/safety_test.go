package main

import (
	"bytes"
	"database/sql"
	endian "encoding/binary"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"leadbridge/internal/datafile"
	"leadbridge/internal/lock"
	"leadbridge/internal/store"
)

// sidecars are the files SQLite may put beside a data file.
var sidecars = []string{"-wal", "-shm", "-journal"}

// TestCheckRefusesBadFilesWithPlainMessages runs `leadbridge check` and a writing command
// on files that are not right. Each is refused with exit code 1 and a sentence that says
// what is wrong and what to do, the file keeps every byte, and no -wal or -shm file
// appears that was not there before.
func TestCheckRefusesBadFilesWithPlainMessages(t *testing.T) {
	valid := readFile(t, demoDB(t, "10"))
	page := int(endian.BigEndian.Uint16([]byte(valid[16:18])))
	newer := []byte(valid)
	endian.BigEndian.PutUint32(newer[60:64], 99)
	damaged := []byte(valid)
	for i := page; i < 2*page; i++ {
		damaged[i] = 0xA5
	}
	cases := []struct {
		name, want string
		content    []byte
		setup      func(t *testing.T, path string)
	}{
		{"NotADatabase", "is not a Leadbridge data file", []byte("Minutes of the Tuesday meeting, not a database.\n"), nil},
		{"Truncated", "is incomplete: it was cut short", []byte(valid[:len(valid)/2+100]), nil},
		{"TruncatedAtAPage", "is incomplete: it was cut short", []byte(valid[:len(valid)-page]), nil},
		{"DamagedPage", "is damaged. There is no backup of it. Keep the file", damaged, nil},
		{"NewerVersion", "made by a newer version of Leadbridge (schema 99", newer, nil},
		{"LockedByAnotherProgram", "Another program is using this data file", []byte(valid), holdSQLiteLock},
		{"Unreadable", "permission denied", []byte(valid), func(t *testing.T, path string) {
			if os.Geteuid() == 0 {
				t.Skip("permissions do not restrict the superuser")
			}
			if err := os.Chmod(path, 0); err != nil {
				t.Fatal(err)
			}
		}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			t.Parallel()
			dir := t.TempDir()
			path := filepath.Join(dir, "leadbridge.db")
			if err := os.WriteFile(path, c.content, 0o600); err != nil {
				t.Fatal(err)
			}
			if c.setup != nil {
				c.setup(t, path)
			}
			present := map[string]bool{}
			for _, s := range sidecars {
				_, err := os.Stat(path + s)
				present[s] = err == nil
			}
			csv := filepath.Join(dir, "staff.csv")
			writeFile(t, csv, "name\nАнна Петрова\n")
			for _, args := range [][]string{{"check", "--db", path}, {"import", "staff", "--db", path, csv}} {
				r := leadbridge(t, args...)
				r.expect(t, 1, c.want)
				if msg := strings.TrimSpace(r.stderr); !strings.HasSuffix(msg, ".") || strings.Contains(msg, "sqlite") || strings.Contains(msg, "database is locked") {
					t.Errorf("%s: message %q is not a plain sentence", args[0], msg)
				}
			}
			if got, _ := os.ReadFile(path); !bytes.Equal(got, c.content) {
				t.Errorf("the refused file was changed")
			}
			for _, s := range sidecars {
				if _, err := os.Stat(path + s); err == nil && !present[s] {
					t.Errorf("a %s file was left beside the refused file", s)
				}
			}
		})
	}
}

// holdSQLiteLock has this test process, a program other than leadbridge, open the file and
// keep a write transaction open until the test ends, as a database browser with unsaved
// changes does.
func holdSQLiteLock(t *testing.T, path string) {
	db, err := sql.Open("sqlite", "file:"+path)
	if err != nil {
		t.Fatal(err)
	}
	db.SetMaxOpenConns(1)
	if _, err := db.Exec("BEGIN EXCLUSIVE"); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		db.Exec("ROLLBACK")
		db.Close()
	})
}

// TestSecondCopyIsRefused holds the single-instance lock as a running copy of Leadbridge
// would; a writing command must say the data is in use and leave it alone.
func TestSecondCopyIsRefused(t *testing.T) {
	path := demoDB(t, "10")
	release, err := lock.Acquire(path)
	if err != nil {
		t.Fatal(err)
	}
	before := readFile(t, path)
	csv := filepath.Join(t.TempDir(), "staff.csv")
	writeFile(t, csv, "name\nАнна Петрова\n")
	for _, args := range [][]string{
		{"import", "staff", "--db", path, csv},
		{"erase", "person", "--db", path, "--person", "1", "--yes"},
		{"export", "person", "--db", path, "--person", "1", "--out", t.TempDir()},
	} {
		leadbridge(t, args...).expect(t, 1, "already open in another copy of Leadbridge")
	}
	if readFile(t, path) != before {
		t.Errorf("a refused second copy changed the data")
	}
	release()
	leadbridge(t, "import", "staff", "--db", path, csv).expect(t, 0, "Imported 1 person")
}

// TestDataIsPrivate checks the modes of the data folder, the data file and the backups.
func TestDataIsPrivate(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "new", "data")
	path := filepath.Join(dir, "leadbridge.db")
	leadbridge(t, "demo", "--db", path, "--people", "10").expect(t, 0, "")
	leadbridge(t, "erase", "backups", "--db", path, "--yes").expect(t, 0, "kept one fresh backup")
	out := filepath.Join(t.TempDir(), "copy.db")
	leadbridge(t, "backup", "--db", path, "--out", out).expect(t, 0, "")
	bs, err := store.ListBackups(path)
	if err != nil || len(bs) != 1 {
		t.Fatalf("backups = %v, %v", bs, err)
	}
	for _, c := range []struct {
		path string
		want os.FileMode
	}{
		{dir, 0o700}, {path, 0o600}, {datafile.BackupDir(path), 0o700}, {bs[0].Path, 0o600}, {out, 0o600}, {datafile.CheckedPath(path), 0o600},
	} {
		fi, err := os.Stat(c.path)
		if err != nil {
			t.Fatal(err)
		}
		if got := fi.Mode().Perm(); got != c.want {
			t.Errorf("mode of %s = %o, want %o", c.path, got, c.want)
		}
	}
}
