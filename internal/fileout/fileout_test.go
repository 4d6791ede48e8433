package fileout

import (
	"errors"
	"io"
	"os"
	"path/filepath"
	"testing"

	"leadbridge/internal/talent"
)

// recorded is the audit step of a write that succeeds.
func recorded() error { return nil }

func TestWrite(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "data.db")
	t.Run("WritesWholeFilePrivately", func(t *testing.T) {
		path := filepath.Join(dir, "people.csv")
		err := Write(db, path, func(w io.Writer) error {
			_, err := io.WriteString(w, "name\nZoë\n")
			return err
		}, recorded)
		if err != nil {
			t.Fatalf("Write: %v", err)
		}
		got, err := os.ReadFile(path)
		if err != nil || string(got) != "name\nZoë\n" {
			t.Fatalf("file = %q, %v", got, err)
		}
		if fi, _ := os.Stat(path); fi.Mode().Perm() != 0o600 {
			t.Errorf("mode = %v, want 0600", fi.Mode().Perm())
		}
	})
	t.Run("FailureLeavesNothing", func(t *testing.T) {
		path := filepath.Join(dir, "broken.pdf")
		boom := errors.New("boom")
		err := Write(db, path, func(w io.Writer) error {
			_, _ = io.WriteString(w, "half")
			return boom
		}, recorded)
		if !errors.Is(err, boom) {
			t.Fatalf("err = %v, want boom", err)
		}
		assertOnly(t, dir, "people.csv")
	})
	t.Run("MissingFolder", func(t *testing.T) {
		err := Write(db, filepath.Join(dir, "nope", "x.pdf"), func(io.Writer) error { return nil }, recorded)
		if talent.ErrorCode(err) != talent.EINVALID {
			t.Fatalf("err = %v, want an invalid-input error", err)
		}
	})
	t.Run("PathIsFolder", func(t *testing.T) {
		err := Write(db, dir, func(io.Writer) error { return nil }, recorded)
		if talent.ErrorCode(err) != talent.EINVALID {
			t.Fatalf("err = %v, want an invalid-input error", err)
		}
	})
	t.Run("UnrecordedExportIsNotKept", func(t *testing.T) {
		path := filepath.Join(dir, "people.csv") // an earlier export stays as it was
		auditFailed := errors.New("audit log unavailable")
		err := Write(db, path, func(w io.Writer) error {
			_, err := io.WriteString(w, "new")
			return err
		}, func() error { return auditFailed })
		if !errors.Is(err, auditFailed) {
			t.Fatalf("err = %v, want the audit failure", err)
		}
		if got, _ := os.ReadFile(path); string(got) != "name\nZoë\n" {
			t.Errorf("earlier export = %q, want it untouched", got)
		}
		assertOnly(t, dir, "people.csv")
	})
	t.Run("NeverOverTheData", func(t *testing.T) {
		mustWrite(t, db, "the data")
		called := false
		err := Write(db, db, func(io.Writer) error { called = true; return nil }, recorded)
		if talent.ErrorCode(err) != talent.EINVALID || called {
			t.Fatalf("err = %v, write called %v; want a refusal before anything is written", err, called)
		}
		if got, _ := os.ReadFile(db); string(got) != "the data" {
			t.Errorf("data file = %q, want it untouched", got)
		}
		os.Remove(db)
	})
}

func mustWrite(t *testing.T, path, content string) {
	t.Helper()
	if err := os.WriteFile(path, []byte(content), 0o600); err != nil {
		t.Fatal(err)
	}
}

func assertOnly(t *testing.T, dir string, names ...string) {
	t.Helper()
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	if len(entries) != len(names) {
		var got []string
		for _, e := range entries {
			got = append(got, e.Name())
		}
		t.Fatalf("folder holds %v, want only %v", got, names)
	}
}
