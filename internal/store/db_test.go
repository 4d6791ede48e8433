package store

import (
	"bytes"
	"context"
	"database/sql"
	"encoding/binary"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"leadbridge/internal/datafile"
	"leadbridge/internal/talent"
)

func mode(t *testing.T, path string) os.FileMode {
	t.Helper()
	info, err := os.Stat(path)
	if err != nil {
		t.Fatalf("stat %s: %v", path, err)
	}
	return info.Mode().Perm()
}

func TestOpen_NewFile(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "new folder")
	path := filepath.Join(dir, "leadbridge.db")
	db := openAt(t, path)
	addPerson(t, db, "Zoë Ångström") // a write, so the -wal and -shm files exist

	for _, c := range []struct {
		path string
		want os.FileMode
	}{
		{dir, 0o700}, {path, 0o600}, {path + "-wal", 0o600}, {path + "-shm", 0o600},
	} {
		if got := mode(t, c.path); got != c.want {
			t.Errorf("mode of %s = %o, want %o", filepath.Base(c.path), got, c.want)
		}
	}
	if db.Path() != path {
		t.Errorf("Path() = %q, want %q", db.Path(), path)
	}
	r, err := db.Check(context.Background())
	if err != nil {
		t.Fatalf("Check() = %v", err)
	}
	if r.SchemaVersion != newestVersion(t) {
		t.Errorf("SchemaVersion = %d, want %d", r.SchemaVersion, newestVersion(t))
	}
	want := talent.DefaultStandard()
	got := standard(t, db)
	if len(got.Competencies) != len(want.Competencies) {
		t.Fatalf("seeded %d competencies, want %d", len(got.Competencies), len(want.Competencies))
	}
	for i, c := range want.Competencies {
		g := got.Competencies[i]
		if g.Key != c.Key || g.Name != c.Name || g.Description != c.Description || len(g.Behaviours) != len(c.Behaviours) {
			t.Errorf("competency %d = %q (%d behaviours), want %q (%d)", i, g.Name, len(g.Behaviours), c.Name, len(c.Behaviours))
			continue
		}
		for j, b := range c.Behaviours {
			if g.Behaviours[j].Text != b.Text || g.Behaviours[j].ID == 0 {
				t.Errorf("behaviour %d.%d = %q (ID %d), want %q", i, j, g.Behaviours[j].Text, g.Behaviours[j].ID, b.Text)
			}
		}
	}
}

func TestOpen_TightensFileMode(t *testing.T) {
	path := closedDB(t, t.TempDir())
	if err := os.Chmod(path, 0o644); err != nil {
		t.Fatal(err)
	}
	openAt(t, path)
	if got := mode(t, path); got != 0o600 {
		t.Errorf("mode after opening = %o, want 600", got)
	}
}

func TestOpen_PragmasOnEveryConnection(t *testing.T) {
	db := openTest(t)
	ctx := context.Background()
	var conns []interface{ Close() error }
	defer func() {
		for _, c := range conns {
			c.Close()
		}
	}()
	for i := 0; i < 3; i++ {
		c, err := db.db.Conn(ctx)
		if err != nil {
			t.Fatalf("Conn() = %v", err)
		}
		conns = append(conns, c)
		for _, p := range []struct{ pragma, want string }{
			{"foreign_keys", "1"}, {"journal_mode", "wal"}, {"synchronous", "2"}, {"secure_delete", "1"}, {"busy_timeout", "5000"},
		} {
			var got string
			if err := c.QueryRowContext(ctx, "PRAGMA "+p.pragma).Scan(&got); err != nil {
				t.Fatalf("PRAGMA %s: %v", p.pragma, err)
			}
			if got != p.want {
				t.Errorf("connection %d: PRAGMA %s = %s, want %s", i, p.pragma, got, p.want)
			}
		}
	}
}

func TestOpen_ReopenIsNoOp(t *testing.T) {
	path := filepath.Join(t.TempDir(), "leadbridge.db")
	db, err := Open(path, testOptions())
	if err != nil {
		t.Fatalf("Open() = %v", err)
	}
	p := addPerson(t, db, "李小龍")
	if err := db.Close(); err != nil {
		t.Fatalf("Close() = %v", err)
	}
	for _, suffix := range []string{"-wal", "-shm"} {
		if fileExists(path + suffix) {
			t.Errorf("%s left behind after Close", filepath.Base(path+suffix))
		}
	}
	before, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	db = openAt(t, path)
	if got, err := db.Person(context.Background(), p.ID); err != nil || got.Name != "李小龍" {
		t.Errorf("Person() after reopen = %q, %v; want 李小龍", got.Name, err)
	}
	log, err := db.AuditLog(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	if len(log) != newestVersion(t) {
		t.Errorf("audit entries after reopen = %d, want %d, one a migration (none on reopening)", len(log), newestVersion(t))
	}
	if fileExists(filepath.Join(filepath.Dir(path), "backups")) {
		t.Errorf("reopening an up-to-date file made a backup")
	}
	db.Close()
	after, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(before, after) {
		t.Errorf("reopening an up-to-date file changed it")
	}
}

// closedDB makes a data file holding one person and returns its path, closed.
func closedDB(t *testing.T, dir string) string {
	t.Helper()
	path := filepath.Join(dir, "leadbridge.db")
	db, err := Open(path, testOptions())
	if err != nil {
		t.Fatalf("Open() = %v", err)
	}
	addPerson(t, db, "Ελένη Παπαδοπούλου")
	if err := db.Close(); err != nil {
		t.Fatalf("Close() = %v", err)
	}
	return path
}

func TestOpen_RefusesBadFilesUntouched(t *testing.T) {
	valid, err := os.ReadFile(closedDB(t, t.TempDir()))
	if err != nil {
		t.Fatal(err)
	}
	foreign := foreignDB(t)
	newer := bytes.Clone(valid)
	binary.BigEndian.PutUint32(newer[60:64], uint32(newestVersion(t)+1))
	page := int(binary.BigEndian.Uint16(valid[16:18]))
	damagedPage := bytes.Clone(valid)
	// Page 2 holds the first table's b-tree; scribbling over it breaks its structure.
	for i := page; i < 2*page; i++ {
		damagedPage[i] = 0xA5
	}
	for _, c := range []struct {
		name, want string
		content    []byte
		restorable bool
	}{
		{"newer version", fmt.Sprintf("This data file was made by a newer version of Leadbridge (schema %d; this version knows up to %d). Install the newer version to open it.", newestVersion(t)+1, newestVersion(t)), newer, false},
		{"not a database", "is not a Leadbridge data file", []byte("name,team\nZoë Ångström,Tools\n"), false},
		{"short text", "is not a Leadbridge data file", []byte("hi"), false},
		{"another program's database", "is not a Leadbridge data file", foreign, false},
		{"another program's database at schema 1", "is not a Leadbridge data file", versioned(foreign, 1), false},
		{"another program's application id", "is not a Leadbridge data file", withApplicationID(valid, 0x12345678), false},
		{"header only", "is incomplete", valid[:60], true},
		{"cut mid-page", "is incomplete", valid[:len(valid)-1000], true},
		{"cut at a page boundary", "is incomplete", valid[:len(valid)-page], true},
		{"damaged page", "is damaged. There is no backup of it. Keep the file", damagedPage, true},
	} {
		t.Run(c.name, func(t *testing.T) {
			path := filepath.Join(t.TempDir(), "leadbridge.db")
			if err := os.WriteFile(path, c.content, 0o644); err != nil {
				t.Fatal(err)
			}
			db, err := Open(path, testOptions())
			if err == nil {
				db.Close()
				t.Fatalf("Open() succeeded, want it refused")
			}
			wantCode(t, err, talent.EINVALID)
			if msg := talent.ErrorMessage(err); !strings.Contains(msg, c.want) {
				t.Errorf("message = %q, want it to contain %q", msg, c.want)
			}
			if got := Restorable(err); got != c.restorable {
				t.Errorf("Restorable() = %v, want %v", got, c.restorable)
			}
			got, _ := os.ReadFile(path)
			if !bytes.Equal(got, c.content) {
				t.Errorf("refused file was changed")
			}
			if fi, _ := os.Stat(path); fi.Mode().Perm() != 0o644 {
				t.Errorf("refused file's mode = %v, want it left at 0644", fi.Mode().Perm())
			}
			for _, suffix := range []string{"-wal", "-shm", "-journal"} {
				if fileExists(path + suffix) {
					t.Errorf("refused file got a %s file", suffix)
				}
			}
		})
	}
}

// versioned returns a copy of a database's bytes with its schema version set to v.
func versioned(b []byte, v uint32) []byte {
	b = bytes.Clone(b)
	binary.BigEndian.PutUint32(b[60:64], v)
	return b
}

// withApplicationID returns a copy of a database's bytes marked with id.
func withApplicationID(b []byte, id uint32) []byte {
	b = bytes.Clone(b)
	binary.BigEndian.PutUint32(b[68:72], id)
	return b
}

// foreignDB returns the bytes of a SQLite database made by some other program.
func foreignDB(t *testing.T) []byte {
	t.Helper()
	path := filepath.Join(t.TempDir(), "other.db")
	db, err := sql.Open("sqlite", "file:"+path)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := db.Exec("CREATE TABLE invoices (id INTEGER PRIMARY KEY, total REAL); INSERT INTO invoices VALUES (1, 9.5)"); err != nil {
		t.Fatal(err)
	}
	db.Close()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func TestOpen_RefusesFolderAndUnreadableFile(t *testing.T) {
	dir := t.TempDir()
	if _, err := Open(dir, testOptions()); talent.ErrorCode(err) != talent.EINVALID || !strings.Contains(talent.ErrorMessage(err), "is a folder") {
		t.Errorf("Open(folder) = %v, want a message that it is a folder", err)
	}
	if os.Geteuid() == 0 {
		t.Skip("permissions do not restrict the superuser")
	}
	path := closedDB(t, t.TempDir())
	if err := os.Chmod(path, 0); err != nil {
		t.Fatal(err)
	}
	_, err := Open(path, testOptions())
	wantCode(t, err, talent.EINVALID)
	if msg := talent.ErrorMessage(err); !strings.Contains(msg, "permission denied") {
		t.Errorf("message = %q, want it to mention permission", msg)
	}
}

func TestOpen_PathWithURICharacters(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "Zoë's data ?#% 100%")
	path := filepath.Join(dir, "lead bridge?x=1#frag.db")
	db := openAt(t, path)
	addPerson(t, db, "محمد")
	db.Close()
	ents, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, e := range ents {
		names = append(names, e.Name())
	}
	if want := []string{filepath.Base(path), filepath.Base(datafile.CheckedPath(path))}; !slices.Equal(names, want) {
		t.Fatalf("folder holds %q, want only %q", names, want)
	}
	db = openAt(t, path)
	people, err := db.People(context.Background())
	if err != nil || len(people) != 1 || people[0].Name != "محمد" {
		t.Errorf("People() after reopen = %v, %v; want محمد", people, err)
	}
}

func TestEmbeddedMigrations(t *testing.T) {
	ms, err := embeddedMigrations()
	if err != nil {
		t.Fatalf("embeddedMigrations() = %v", err)
	}
	if len(ms) == 0 {
		t.Fatalf("no migrations embedded")
	}
	for i, m := range ms {
		if m.version != i+1 || m.sql == "" {
			t.Errorf("migration %d = version %d (%s), want version %d with SQL", i, m.version, m.name, i+1)
		}
	}
}
