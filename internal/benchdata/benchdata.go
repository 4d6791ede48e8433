package benchdata

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"leadbridge/internal/datafile"
	"leadbridge/internal/demo"
	"leadbridge/internal/store"
	"leadbridge/internal/talent"
)

// Sizes are the businesses every benchmark runs against, in people.
var Sizes = []int{1000, 10000}

// dir is where the sample businesses are kept: build/bench in the repository.
func dir(tb testing.TB) string {
	tb.Helper()
	root, err := repoRoot()
	if err != nil {
		tb.Fatalf("find the repository: %v", err)
	}
	return filepath.Join(root, "build", "bench")
}

// Path returns the data file holding the sample business of n people. The file is made
// when missing, and made again when its schema is not the one the store now creates, so
// that a new index is measured as soon as it is added. `make bench` makes both sizes
// before running the benchmarks; the benchmarks only read them.
func Path(tb testing.TB, n int) string {
	tb.Helper()
	path := filepath.Join(dir(tb), fmt.Sprintf("demo-%d.db", n))
	want, err := freshSchema(tb.TempDir())
	if err != nil {
		tb.Fatalf("read the schema: %v", err)
	}
	if got, err := schemaOf(path); err == nil && got == want {
		return path
	}
	tb.Logf("generating the sample business of %d people into %s", n, path)
	if err := generate(path, n); err != nil {
		tb.Fatalf("generate %d people: %v", n, err)
	}
	return path
}

// Copy returns a copy of the sample business of n people in a temporary folder, for
// benchmarks that write. The copy is as Leadbridge left the original: its modification
// time and the record of its last check come along, so that opening it costs what it
// costs on the owner's machine day to day, not the full check of a file changed
// elsewhere (see BenchmarkOpen in internal/store for that).
func Copy(tb testing.TB, n int) string {
	tb.Helper()
	src := Path(tb, n)
	dst := filepath.Join(tb.TempDir(), fmt.Sprintf("demo-%d.db", n))
	if err := copyChecked(src, dst); err != nil {
		tb.Fatalf("copy the sample business: %v", err)
	}
	return dst
}

// copyChecked copies the data file src to dst with its modification time and, when
// there is one, its record of the last check.
func copyChecked(src, dst string) error {
	if err := copyFile(src, dst); err != nil {
		return err
	}
	fi, err := os.Stat(src)
	if err != nil {
		return err
	}
	if err := os.Chtimes(dst, fi.ModTime(), fi.ModTime()); err != nil {
		return err
	}
	if err := copyFile(datafile.CheckedPath(src), datafile.CheckedPath(dst)); err != nil && !errors.Is(err, fs.ErrNotExist) {
		return err
	}
	return nil
}

// generate writes the business beside path and renames it into place, so that an
// interrupted run never leaves half a business to be measured later.
func generate(path string, n int) error {
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		return err
	}
	part := fmt.Sprintf("%s.part%d", path, os.Getpid())
	defer removeDB(part)
	db, err := store.Open(part, store.Options{Actor: "Leadbridge benchmarks"})
	if err != nil {
		return err
	}
	err = db.Batch(context.Background(), func(ctx context.Context) error {
		_, err := demo.Generate(ctx, db, demo.Options{People: n})
		return err
	})
	if cerr := db.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		return err
	}
	removeDB(path)
	if err := os.Rename(part, path); err != nil {
		return err
	}
	// The record of the check Close wrote holds the file's size and time, which the
	// rename keeps: it goes with the file.
	return os.Rename(datafile.CheckedPath(part), datafile.CheckedPath(path))
}

// freshSchema is the schema the store creates in a new data file.
func freshSchema(dir string) (string, error) {
	path := filepath.Join(dir, "schema.db")
	db, err := store.Open(path, store.Options{})
	if err != nil {
		return "", err
	}
	if err := db.Close(); err != nil {
		return "", err
	}
	return schemaOf(path)
}

// schemaOf lists every table, index and trigger definition of a data file.
func schemaOf(path string) (string, error) {
	if _, err := os.Stat(path); err != nil {
		return "", err
	}
	// Immutable: a read-only open of a file in WAL mode would leave -wal and -shm files
	// beside it, which make the next open check a copy of it as after a crash.
	uri := (&url.URL{Scheme: "file", Opaque: (&url.URL{Path: filepath.ToSlash(path)}).EscapedPath(), RawQuery: "mode=ro&immutable=1"}).String()
	db, err := sql.Open("sqlite", uri)
	if err != nil {
		return "", err
	}
	defer db.Close()
	rows, err := db.Query("SELECT type || ' ' || name || ': ' || coalesce(sql, '') FROM sqlite_schema ORDER BY type, name")
	if err != nil {
		return "", err
	}
	defer rows.Close()
	var b strings.Builder
	for rows.Next() {
		var line string
		if err := rows.Scan(&line); err != nil {
			return "", err
		}
		b.WriteString(line + "\n")
	}
	return b.String(), rows.Err()
}

func copyFile(src, dst string) error {
	in, err := os.Open(src)
	if err != nil {
		return err
	}
	defer in.Close()
	out, err := os.OpenFile(dst, os.O_CREATE|os.O_EXCL|os.O_WRONLY, 0o600)
	if err != nil {
		return err
	}
	if _, err := io.Copy(out, in); err != nil {
		out.Close()
		return err
	}
	return out.Close()
}

// removeDB deletes a data file with the files SQLite, the lock and the check keep
// beside it.
func removeDB(path string) {
	for _, p := range []string{path, path + "-wal", path + "-shm", path + ".lock", datafile.CheckedPath(path)} {
		os.Remove(p)
	}
}

// repoRoot is the nearest folder above the working directory holding go.mod; tests run
// in their package's folder.
func repoRoot() (string, error) {
	dir, err := os.Getwd()
	if err != nil {
		return "", err
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			return dir, nil
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return "", errors.New("no go.mod above the working directory")
		}
		dir = parent
	}
}

// FullestPlan returns the person whose development plan has the most goals and
// milestones in the data file at path: the plan closest to the worst case a mentor prints.
func FullestPlan(tb testing.TB, path string) talent.Person {
	tb.Helper()
	db, err := store.Open(path, store.Options{Actor: "Leadbridge benchmarks"})
	if err != nil {
		tb.Fatalf("open %s: %v", path, err)
	}
	defer db.Close()
	ctx := context.Background()
	plans, err := db.PlanOutlines(ctx)
	if err != nil || len(plans) == 0 {
		tb.Fatalf("Plans() = %d plans, %v", len(plans), err)
	}
	best := plans[0]
	for _, p := range plans[1:] {
		if len(p.Goals)+len(p.Milestones) > len(best.Goals)+len(best.Milestones) {
			best = p
		}
	}
	person, err := db.Person(ctx, best.PersonID)
	if err != nil {
		tb.Fatalf("Person(%d) = %v", best.PersonID, err)
	}
	return person
}
