package store

import (
	"database/sql"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"leadbridge/internal/talent"
)

// sqliteError is the error SQLite itself gives when asked to read the file at dsn.
func sqliteError(t *testing.T, dsn string) error {
	t.Helper()
	c, err := sql.Open("sqlite", dsn)
	if err != nil {
		t.Fatalf("sql.Open(%q) = %v", dsn, err)
	}
	defer c.Close()
	var res string
	err = c.QueryRow("PRAGMA quick_check(1)").Scan(&res)
	if err == nil {
		t.Fatalf("quick_check on %q = %q, want SQLite to refuse", dsn, res)
	}
	return err
}

func TestOpenError(t *testing.T) {
	dir := t.TempDir()
	garbage := filepath.Join(dir, "notes.db")
	if err := os.WriteFile(garbage, []byte(strings.Repeat("my meeting notes\n", 512)), 0o600); err != nil {
		t.Fatal(err)
	}
	missing := filepath.Join(dir, "no", "such", "leadbridge.db")
	for _, tc := range []struct {
		name       string
		path       string
		err        error
		code, want string
		restorable bool
	}{
		{"not a database", garbage, sqliteError(t, "file:"+garbage+"?mode=ro"), talent.EINVALID, "is damaged", true},
		{"cannot open", missing, sqliteError(t, "file:"+missing+"?mode=ro"), talent.EINVALID, "cannot open the data file", false},
		{"not from SQLite", garbage, errors.New("out of file handles"), talent.EINTERNAL, "", false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			err := openError(tc.path, tc.err)
			if got := talent.ErrorCode(err); got != tc.code {
				t.Errorf("openError() = %v (code %q), want code %q", err, got, tc.code)
			}
			if msg := talent.ErrorMessage(err); tc.want != "" && (!strings.Contains(msg, tc.want) || !strings.Contains(msg, tc.path)) {
				t.Errorf("message = %q, want it to say %q and name %s", msg, tc.want, tc.path)
			}
			if got := Restorable(err); got != tc.restorable {
				t.Errorf("Restorable() = %v, want %v", got, tc.restorable)
			}
			if !errors.Is(err, tc.err) && tc.code == talent.EINTERNAL {
				t.Errorf("openError() = %v, want it to wrap %v for the log", err, tc.err)
			}
		})
	}
}
