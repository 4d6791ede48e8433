package fileout

import (
	"errors"
	"io"
	"os"
	"path/filepath"
	"testing"

	"leadbridge/internal/talent"
)

func TestWrite(t *testing.T) {
	dir := t.TempDir()
	t.Run("WritesWholeFilePrivately", func(t *testing.T) {
		path := filepath.Join(dir, "people.csv")
		err := Write(path, func(w io.Writer) error {
			_, err := io.WriteString(w, "name\nZoë\n")
			return err
		})
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
		err := Write(path, func(w io.Writer) error {
			_, _ = io.WriteString(w, "half")
			return boom
		})
		if !errors.Is(err, boom) {
			t.Fatalf("err = %v, want boom", err)
		}
		assertOnly(t, dir, "people.csv")
	})
	t.Run("MissingFolder", func(t *testing.T) {
		err := Write(filepath.Join(dir, "nope", "x.pdf"), func(io.Writer) error { return nil })
		if talent.ErrorCode(err) != talent.EINVALID {
			t.Fatalf("err = %v, want an invalid-input error", err)
		}
	})
	t.Run("PathIsFolder", func(t *testing.T) {
		err := Write(dir, func(io.Writer) error { return nil })
		if talent.ErrorCode(err) != talent.EINVALID {
			t.Fatalf("err = %v, want an invalid-input error", err)
		}
	})
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
