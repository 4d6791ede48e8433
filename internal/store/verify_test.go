package store

import (
	"bytes"
	"context"
	"database/sql"
	"encoding/binary"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"leadbridge/internal/talent"
)

// A file made by this version carries Leadbridge's application ID; a file from before
// it, recognised by its tables, gets it when opened.
func TestOpen_MarksTheFileAsLeadbridgeData(t *testing.T) {
	path := closedDB(t, t.TempDir())
	if got := headerApplicationID(t, path); got != applicationID {
		t.Fatalf("application id of a new file = %#x, want %#x", got, applicationID)
	}
	b, err := os.ReadFile(path)
	must(t, err)
	must(t, os.WriteFile(path, withApplicationID(b, 0), 0o600))
	db := openAt(t, path)
	addPerson(t, db, "Zoë Ørsted")
	must(t, db.Close())
	if got := headerApplicationID(t, path); got != applicationID {
		t.Errorf("application id after opening an unmarked file = %#x, want %#x", got, applicationID)
	}
}

func headerApplicationID(t *testing.T, path string) uint32 {
	t.Helper()
	b, err := os.ReadFile(path)
	must(t, err)
	return binary.BigEndian.Uint32(b[68:72])
}

// A crash leaves a committed write-ahead log beside the file. When the file proves
// damaged, the log and its index stay exactly as they were, for a repair.
func TestOpen_DamagedFileKeepsItsLog(t *testing.T) {
	path := closedDB(t, t.TempDir())
	page := pageSize(t, path)
	wal, shm := crashWithLog(t, path)
	data, err := os.ReadFile(path)
	must(t, err)
	for i := page; i < 2*page; i++ { // break the first table's b-tree
		data[i] = 0xA5
	}
	must(t, os.WriteFile(path, data, 0o600))
	_, err = Open(path, Options{HoldsLock: true})
	if !Restorable(err) {
		t.Fatalf("Open() = %v, want the damaged file refused", err)
	}
	for name, want := range map[string][]byte{path + "-wal": wal, path + "-shm": shm, path: data} {
		got, err := os.ReadFile(name)
		if err != nil || !bytes.Equal(got, want) {
			t.Errorf("%s after the refusal: %d bytes, %v; want it exactly as found", filepath.Base(name), len(got), err)
		}
	}
}

// A sound file with a crash's log is opened and the log replayed.
func TestOpen_ReplaysTheLogOfASoundFile(t *testing.T) {
	path := closedDB(t, t.TempDir())
	crashWithLog(t, path)
	db := openAt(t, path)
	people, err := db.People(context.Background())
	must(t, err)
	if !slices.ContainsFunc(people, func(p talent.Person) bool { return p.Name == "Written before the crash" }) {
		t.Errorf("people after replay = %v, want the one written before the crash among them", people)
	}
}

// crashWithLog writes a person through a connection that is never closed cleanly, as a
// crash would leave it, and returns the bytes of the -wal and -shm files left behind.
func crashWithLog(t *testing.T, path string) (wal, shm []byte) {
	t.Helper()
	raw, err := sql.Open("sqlite", dsn(path))
	must(t, err)
	_, err = raw.Exec(`INSERT INTO people (name, name_key, start_date, status, aspiration, created_by, created_at, updated_by, updated_at)
		VALUES ('Written before the crash', 'written before the crash', '2024-01-01', 'active', 'unsure', 't', '2024-01-01T00:00:00.000Z', 't', '2024-01-01T00:00:00.000Z')`)
	must(t, err)
	// Copy the files while the connection is open: closing it would fold the log in.
	wal, err = os.ReadFile(path + "-wal")
	must(t, err)
	shm, err = os.ReadFile(path + "-shm")
	must(t, err)
	dir := t.TempDir()
	for _, f := range []string{"", "-wal", "-shm"} {
		b, err := os.ReadFile(path + f)
		must(t, err)
		must(t, os.WriteFile(filepath.Join(dir, "x"+f), b, 0o600))
	}
	raw.Close()
	for _, f := range []string{"", "-wal", "-shm"} {
		b, err := os.ReadFile(filepath.Join(dir, "x"+f))
		must(t, err)
		must(t, os.WriteFile(path+f, b, 0o600))
	}
	return wal, shm
}

func pageSize(t *testing.T, path string) int {
	t.Helper()
	b, err := os.ReadFile(path)
	must(t, err)
	return int(binary.BigEndian.Uint16(b[16:18]))
}

// A read-only data file is refused before SQLite can leave files beside it.
func TestOpen_RefusesReadOnlyFile(t *testing.T) {
	if os.Geteuid() == 0 {
		t.Log("running as root: the mode alone decides, as it does for the check")
	}
	dir := t.TempDir()
	path := closedDB(t, dir)
	must(t, os.Chmod(path, 0o400))
	before := listDir(t, dir)
	_, err := Open(path, testOptions())
	if talent.ErrorCode(err) != talent.EINVALID || !strings.Contains(talent.ErrorMessage(err), "read-only") {
		t.Fatalf("Open() = %v, want a refusal saying the file is read-only", err)
	}
	if after := listDir(t, dir); after != before {
		t.Errorf("folder after the refusal: %s, want %s", after, before)
	}
}

// The full check runs once per change made outside Leadbridge: a clean close records
// the file, and any change to it since makes the record stale.
func TestStamp(t *testing.T) {
	path := closedDB(t, t.TempDir())
	if !stampMatches(path) {
		t.Fatal("stamp does not match right after a clean close")
	}
	f, err := os.OpenFile(path, os.O_WRONLY|os.O_APPEND, 0)
	must(t, err)
	_, err = f.Write(make([]byte, pageSize(t, path)))
	must(t, err)
	must(t, f.Close())
	if stampMatches(path) {
		t.Error("stamp still matches a file changed outside Leadbridge")
	}
}

// NeedsCheck tells the app when opening will read the whole file: never for a file as
// Leadbridge left it, always after a change outside it or a crash, never for a new file.
func TestNeedsCheck(t *testing.T) {
	dir := t.TempDir()
	if NeedsCheck(filepath.Join(dir, "new.db")) {
		t.Error("a file still to be made needs the full check")
	}
	empty := filepath.Join(dir, "empty.db")
	must(t, os.WriteFile(empty, nil, 0o600))
	if NeedsCheck(empty) {
		t.Error("an empty file needs the full check")
	}
	must(t, os.WriteFile(empty+"-wal", []byte("x"), 0o600))
	if !NeedsCheck(empty) {
		t.Error("an empty file with a log beside it (a crash) does not need the full check")
	}
	path := closedDB(t, dir)
	if NeedsCheck(path) {
		t.Error("a file as Leadbridge closed it needs the full check")
	}
	later := time.Date(2030, 1, 2, 3, 4, 5, 0, time.UTC)
	must(t, os.Chtimes(path, later, later))
	if !NeedsCheck(path) {
		t.Error("a file changed outside Leadbridge does not need the full check")
	}
	db, err := Open(path, testOptions())
	must(t, err)
	must(t, db.Close())
	if NeedsCheck(path) {
		t.Error("a file checked, then closed by Leadbridge, needs the full check again")
	}
	must(t, os.WriteFile(path+"-journal", nil, 0o600))
	if !NeedsCheck(path) {
		t.Error("a file with a journal beside it (a crash) does not need the full check")
	}
}

func listDir(t *testing.T, dir string) string {
	t.Helper()
	ents, err := os.ReadDir(dir)
	must(t, err)
	var names []string
	for _, e := range ents {
		names = append(names, e.Name())
	}
	return strings.Join(names, " ")
}

func TestUnused(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	empty := filepath.Join(dir, "empty.db")
	must(t, os.WriteFile(empty, nil, 0o600))
	fresh := filepath.Join(dir, "fresh.db")
	must(t, openAt(t, fresh).Close())
	foreign := filepath.Join(dir, "other.db")
	must(t, os.WriteFile(foreign, foreignDB(t), 0o600))
	for _, c := range []struct {
		name, path string
		want       bool
		refused    bool
	}{
		{"EmptyFile", empty, true, false},
		{"NothingEnteredYet", fresh, true, false},
		{"HoldsPeople", closedDB(t, t.TempDir()), false, false},
		{"AnotherProgramsFile", foreign, false, true},
	} {
		t.Run(c.name, func(t *testing.T) {
			before, _ := os.ReadFile(c.path)
			got, err := Unused(ctx, c.path)
			if (err != nil) != c.refused || got != c.want {
				t.Fatalf("Unused = %v, %v; want %v (refused: %v)", got, err, c.want, c.refused)
			}
			if after, _ := os.ReadFile(c.path); !bytes.Equal(before, after) {
				t.Error("Unused changed the file")
			}
		})
	}
}

// TestRandomDamage flips one byte at a time, at random places, in a file with a few
// hundred people. Whatever the flip did, the file gets one verdict: what check calls
// damaged, Open refuses too, unchanged, and check never answers with an internal error.
func TestRandomDamage(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	path := filepath.Join(dir, "leadbridge.db")
	db := openAt(t, path)
	if _, err := db.ImportStaff(ctx, staffRows(300)); err != nil {
		t.Fatal(err)
	}
	must(t, db.Close())
	sound, err := os.ReadFile(path)
	must(t, err)
	rng := rand.New(rand.NewPCG(12, 2026))
	damagedSeen := 0
	for i := range 100 {
		b := bytes.Clone(sound)
		at := headerSize + rng.IntN(len(b)-headerSize) // a flipped header is refused before SQLite reads it
		b[at] ^= byte(1 + rng.IntN(255))
		flipped := filepath.Join(dir, fmt.Sprintf("flip-%d.db", i))
		must(t, os.WriteFile(flipped, b, 0o600))
		_, checkErr := CheckFile(ctx, flipped)
		if checkErr != nil && talent.ErrorCode(checkErr) == talent.EINTERNAL {
			t.Errorf("flip at byte %d: check gives an internal error: %v", at, checkErr)
			continue
		}
		opened, openErr := Open(flipped, testOptions())
		if openErr == nil {
			opened.Close()
		}
		if Restorable(checkErr) {
			damagedSeen++
			if !Restorable(openErr) {
				t.Errorf("flip at byte %d: check says damaged, Open says %v", at, openErr)
			}
			if got, _ := os.ReadFile(flipped); !bytes.Equal(got, b) {
				t.Errorf("flip at byte %d: Open changed the damaged file", at)
			}
		}
	}
	t.Logf("%d flips made the file damaged", damagedSeen)
	if damagedSeen == 0 {
		t.Fatal("no flip damaged the file; the test shows nothing")
	}
}
