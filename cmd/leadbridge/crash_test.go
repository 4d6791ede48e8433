package main

import (
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"leadbridge/internal/store"
)

// staffCSV writes a spreadsheet of n people in a tree of teams of eight, for one large
// write.
func staffCSV(t testing.TB, n int) string {
	t.Helper()
	var b strings.Builder
	b.WriteString("name,job title,team,reports to,start date\n")
	for i := range n {
		boss := ""
		if i > 0 {
			boss = fmt.Sprintf("Ελένη Δοκιμή %05d", (i-1)/8)
		}
		fmt.Fprintf(&b, "Ελένη Δοκιμή %05d,Engineer,Werkzeugbau,%s,2020-01-%02d\n", i, boss, i%28+1)
	}
	path := filepath.Join(t.TempDir(), "staff.csv")
	writeFile(t, path, b.String())
	return path
}

// killAt starts leadbridge with args and kills it with SIGKILL after delay, or, when
// delay is negative, as soon as the data file's write-ahead log appears.
func killAt(t *testing.T, delay time.Duration, dbPath string, args ...string) {
	t.Helper()
	cmd := exec.Command(binary, args...)
	cmd.Env = append(os.Environ(), "LANG=en_GB.UTF-8")
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	exited := make(chan struct{})
	go func() {
		cmd.Wait()
		close(exited)
	}()
	if delay >= 0 {
		time.Sleep(delay)
	} else {
		for deadline := time.Now().Add(20 * time.Second); time.Now().Before(deadline); time.Sleep(200 * time.Microsecond) {
			if _, err := os.Stat(dbPath + "-wal"); err == nil {
				break
			}
		}
	}
	cmd.Process.Kill()
	<-exited
}

// moment names when a run was killed, for messages.
func moment(what string, at time.Duration) string {
	if at < 0 {
		return what + " killed when the log appeared"
	}
	return fmt.Sprintf("%s killed after %s", what, at)
}

// checkSurvived opens a data file after a crash: it must open, pass the full integrity
// check, and hold none or all of the interrupted write. It returns how many people it
// holds.
func checkSurvived(t *testing.T, path string, all int, moment string) int {
	t.Helper()
	if _, err := os.Stat(path); os.IsNotExist(err) {
		return 0 // killed before anything was written: nothing to lose
	}
	for _, s := range []string{"-wal", "-shm"} {
		if fi, err := os.Stat(path + s); err == nil && fi.Mode().Perm() != 0o600 {
			t.Errorf("%s: %s mode = %o, want 600", moment, s, fi.Mode().Perm())
		}
	}
	wal, _ := os.Stat(path + "-wal")
	db, err := store.Open(path, store.Options{Actor: "test"})
	if err != nil {
		t.Fatalf("%s: the data does not open after the crash: %v", moment, err)
	}
	defer db.Close()
	r, err := db.Check(context.Background())
	if err != nil || !r.OK() {
		t.Fatalf("%s: integrity check after the crash = %v, %v", moment, r.Problems, err)
	}
	people := 0
	for _, c := range r.Counts {
		if strings.HasPrefix(c.Label, "People") {
			people += c.N
		}
	}
	t.Logf("%s: %d people; write-ahead log left: %v", moment, people, wal != nil && wal.Size() > 0)
	if people != 0 && people != all {
		t.Errorf("%s: %d people after the crash, want 0 or %d", moment, people, all)
	}
	return people
}

// TestCrashDuringImport kills a 10,000-row import at several moments, in a few rounds.
// Whenever it dies, the data opens, is sound, and holds none or all of the import.
func TestCrashDuringImport(t *testing.T) {
	const rows = 10000
	csv := staffCSV(t, rows)
	ms := time.Millisecond
	moments := []time.Duration{0, 20 * ms, 50 * ms, 100 * ms, 150 * ms, 200 * ms, 250 * ms, 300 * ms, 350 * ms, 400 * ms, -1}
	for round := range 2 {
		for _, at := range moments {
			name := moment(fmt.Sprintf("import, round %d,", round+1), at)
			path := filepath.Join(t.TempDir(), "leadbridge.db")
			killAt(t, at, path, "import", "staff", "--db", path, csv)
			checkSurvived(t, path, rows, name)
		}
	}
	// Left alone, the same import lands whole: the check above can see "all".
	path := filepath.Join(t.TempDir(), "leadbridge.db")
	leadbridge(t, "import", "staff", "--db", path, csv).expect(t, 0, "Imported 10000 people")
	checkSurvived(t, path, rows, "not killed")
}

// TestCrashDuringDemo kills the sample generator, which writes one large transaction.
func TestCrashDuringDemo(t *testing.T) {
	for _, at := range []time.Duration{150 * time.Millisecond, 600 * time.Millisecond, 1200 * time.Millisecond, -1} {
		path := filepath.Join(t.TempDir(), "demo.db")
		killAt(t, at, path, "demo", "--db", path, "--people", "2000")
		again := filepath.Join(t.TempDir(), "demo.db")
		for _, s := range []string{"", "-wal", "-shm"} {
			if b, err := os.ReadFile(path + s); err == nil {
				writeFile(t, again+s, string(b))
			}
		}
		people := checkSurvived(t, path, 2000, moment("demo", at))
		// A demo stopped before it wrote anyone can simply be run again on what it left;
		// one that finished holds a business, which demo never writes over.
		r := leadbridge(t, "demo", "--db", again, "--people", "10")
		if want := map[bool]int{true: 0, false: 1}[people == 0]; r.code != want {
			t.Errorf("%s: demo again exits %d (%s), want %d with %d people in the file", moment("demo", at), r.code, r.stderr, want, people)
		}
	}
}
