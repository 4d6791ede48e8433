package store

import (
	"bufio"
	"bytes"
	"database/sql"
	"io"
	"os"
	"os/exec"
	"strings"
	"testing"

	"leadbridge/internal/lock"
	"leadbridge/internal/talent"
)

// TestOpen_RefusesFileLockedByAnotherProgram has a child process (this test binary, run
// again) open the data file with plain database/sql and hold a write transaction, as a
// database browser with unsaved changes does, or as another copy of Leadbridge does in
// the middle of a save when it also holds Leadbridge's own lock. Open must wait out the
// busy timeout and then say plainly who is using the file, changing nothing.
func TestOpen_RefusesFileLockedByAnotherProgram(t *testing.T) {
	if path := os.Getenv("LEADBRIDGE_HOLD_SQLITE_LOCK"); path != "" {
		if os.Getenv("LEADBRIDGE_HOLD_OWN_LOCK") != "" {
			if _, err := lock.Acquire(path); err != nil {
				os.Exit(6)
			}
		}
		holdSQLiteLock(path)
		return
	}
	for _, c := range []struct {
		name, ownLock, want string
	}{
		{"AnotherProgram", "", "Another program is using this data file"},
		{"AnotherCopyOfLeadbridge", "1", "Leadbridge is busy saving to this data file"},
	} {
		t.Run(c.name, func(t *testing.T) {
			t.Parallel()
			path := closedDB(t, t.TempDir())
			before, err := os.ReadFile(path)
			must(t, err)
			child := exec.Command(os.Args[0], "-test.run=^TestOpen_RefusesFileLockedByAnotherProgram$")
			child.Env = append(os.Environ(), "LEADBRIDGE_HOLD_SQLITE_LOCK="+path, "LEADBRIDGE_HOLD_OWN_LOCK="+c.ownLock)
			out, err := child.StdoutPipe()
			must(t, err)
			in, err := child.StdinPipe()
			must(t, err)
			defer in.Close()
			must(t, child.Start())
			defer func() {
				child.Process.Kill()
				child.Wait()
			}()
			if line, err := bufio.NewReader(out).ReadString('\n'); err != nil || line != "locked\n" {
				t.Fatalf("the child did not take the lock: %q, %v", line, err)
			}
			db, err := Open(path, testOptions())
			if err == nil {
				db.Close()
				t.Fatalf("Open() of a locked file succeeded")
			}
			wantCode(t, err, talent.EINVALID)
			msg := talent.ErrorMessage(err)
			if !strings.HasPrefix(msg, c.want) || strings.Contains(msg, "database is locked") {
				t.Errorf("message = %q, want a plain sentence starting %q", msg, c.want)
			}
			if after, _ := os.ReadFile(path); !bytes.Equal(before, after) {
				t.Errorf("the locked file was changed")
			}
		})
	}
}

// holdSQLiteLock is the child's side: take SQLite's write lock and keep it.
func holdSQLiteLock(path string) {
	db, err := sql.Open("sqlite", "file:"+path)
	if err != nil {
		os.Exit(3)
	}
	db.SetMaxOpenConns(1)
	if _, err := db.Exec("BEGIN EXCLUSIVE"); err != nil {
		os.Exit(4)
	}
	if _, err := db.Exec("CREATE TABLE scratch (x)"); err != nil {
		os.Exit(5)
	}
	os.Stdout.WriteString("locked\n")
	// Hold it until killed, or until the test is gone and its pipe with it; a bare
	// select{} could end the process as deadlocked once no goroutine is left running.
	io.Copy(io.Discard, os.Stdin)
	os.Exit(0)
}

// TestOpen_RefusesIndexDamage damages an index in a way SQLite's quick check does not
// look for. Open must refuse the file as Check does, leaving it as it was, because the
// file changed since Leadbridge last closed it and so gets the full check.
func TestOpen_RefusesIndexDamage(t *testing.T) {
	path := closedDB(t, t.TempDir())
	raw, err := sql.Open("sqlite", fileURI(path))
	must(t, err)
	for _, q := range []string{
		"PRAGMA writable_schema = ON",
		"UPDATE sqlite_schema SET sql = 'CREATE INDEX people_name_key ON people (job_title)' WHERE name = 'people_name_key'",
	} {
		if _, err := raw.Exec(q); err != nil {
			t.Fatalf("%s: %v", q, err)
		}
	}
	must(t, raw.Close())
	if quickCheck(t, path) != "ok" {
		t.Fatal("the quick check sees the damage; the test no longer shows what it should")
	}
	before, err := os.ReadFile(path)
	must(t, err)
	_, err = Open(path, Options{})
	if !Restorable(err) || !strings.Contains(talent.ErrorMessage(err), "is damaged") {
		t.Fatalf("Open() = %v, want the refusal of a damaged file", err)
	}
	after, err := os.ReadFile(path)
	must(t, err)
	if !bytes.Equal(before, after) {
		t.Error("Open changed the refused file")
	}
}

// quickCheck runs SQLite's quick check on the file at path.
func quickCheck(t *testing.T, path string) string {
	t.Helper()
	c, err := sql.Open("sqlite", dsnImmutable(path))
	must(t, err)
	defer c.Close()
	var res string
	must(t, c.QueryRow("PRAGMA quick_check").Scan(&res))
	return res
}
