package report

import (
	"bytes"
	"database/sql"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"leadbridge/internal/store"
)

// rendered is a PDF written to disk, read back with poppler's tools.
type rendered struct {
	t    *testing.T
	path string
	size int
}

// render writes a document with write and saves it under t.TempDir.
func render(t *testing.T, write func(*bytes.Buffer) error) rendered {
	t.Helper()
	var buf bytes.Buffer
	if err := write(&buf); err != nil {
		t.Fatalf("write: %v", err)
	}
	if !bytes.HasPrefix(buf.Bytes(), []byte("%PDF-")) {
		t.Fatalf("output does not start with %%PDF-: %q", buf.Bytes()[:min(buf.Len(), 16)])
	}
	path := filepath.Join(t.TempDir(), "doc.pdf")
	if err := os.WriteFile(path, buf.Bytes(), 0o600); err != nil {
		t.Fatalf("save: %v", err)
	}
	return rendered{t: t, path: path, size: buf.Len()}
}

func renderPlan(t *testing.T, p PlanDoc, o Options) rendered {
	t.Helper()
	return render(t, func(b *bytes.Buffer) error { return WritePlan(b, p, o) })
}

func renderSuccession(t *testing.T, s SuccessionDoc, o Options) rendered {
	t.Helper()
	return render(t, func(b *bytes.Buffer) error { return WriteSuccession(b, s, o) })
}

// text returns the document's text laid out as on the page, or of pages first to last
// when given.
func (r rendered) text(pages ...int) string {
	r.t.Helper()
	args := []string{"-layout"}
	if len(pages) == 2 {
		args = append(args, "-f", strconv.Itoa(pages[0]), "-l", strconv.Itoa(pages[1]))
	}
	return r.pdftotext(args...)
}

// flat returns the text in reading order with runs of white space folded, so that
// phrases wrapped by the layout still match.
func (r rendered) flat() string { return strings.Join(strings.Fields(r.pdftotext()), " ") }

func (r rendered) pdftotext(args ...string) string {
	r.t.Helper()
	out, err := exec.Command("pdftotext", append(append([]string{"-enc", "UTF-8"}, args...), r.path, "-")...).Output()
	if err != nil {
		r.t.Fatalf("pdftotext: %v", err)
	}
	return string(out)
}

// info returns pdfinfo's fields.
func (r rendered) info() map[string]string {
	r.t.Helper()
	out, err := exec.Command("pdfinfo", r.path).CombinedOutput()
	if err != nil {
		r.t.Fatalf("pdfinfo: %v\n%s", err, out)
	}
	fields := map[string]string{}
	for _, line := range strings.Split(string(out), "\n") {
		if k, v, ok := strings.Cut(line, ":"); ok {
			fields[strings.TrimSpace(k)] = strings.TrimSpace(v)
		}
	}
	return fields
}

// pages returns the page count from pdfinfo.
func (r rendered) pages() int {
	r.t.Helper()
	n, err := strconv.Atoi(r.info()["Pages"])
	if err != nil {
		r.t.Fatalf("page count: %v", err)
	}
	return n
}

// mustContain fails for each want missing from the flattened text.
func mustContain(t *testing.T, text string, wants ...string) {
	t.Helper()
	for _, w := range wants {
		if !strings.Contains(text, w) {
			t.Errorf("text does not contain %q", w)
		}
	}
}

// mustNotContain fails for each unwanted string present in the flattened text.
func mustNotContain(t *testing.T, text string, unwanted ...string) {
	t.Helper()
	for _, u := range unwanted {
		if strings.Contains(text, u) {
			t.Errorf("text contains %q", u)
		}
	}
}

// keep saves a copy of a rendered document to dir when LEADBRIDGE_KEEP_PDF names one,
// for looking at the output by eye.
func (r rendered) keep(name string) {
	dir := os.Getenv("LEADBRIDGE_KEEP_PDF")
	if dir == "" {
		return
	}
	b, err := os.ReadFile(r.path)
	if err == nil {
		err = os.WriteFile(filepath.Join(dir, name), b, 0o600)
	}
	if err != nil {
		r.t.Errorf("keep %s: %v", name, err)
	}
}

// rawSQL opens the store's data file a second time, read-only and straight through the
// SQLite driver, so that tests can recompute what a document prints with their own
// queries rather than the store's.
func rawSQL(t testing.TB, db *store.DB) *sql.DB {
	t.Helper()
	raw, err := sql.Open("sqlite", (&url.URL{Scheme: "file", OmitHost: true, Path: db.Path(), RawQuery: "mode=ro"}).String())
	if err != nil {
		t.Fatalf("open %s: %v", db.Path(), err)
	}
	t.Cleanup(func() { raw.Close() })
	return raw
}

// queryInt runs a query that returns one number.
func queryInt(t testing.TB, raw *sql.DB, query string, args ...any) int {
	t.Helper()
	var n int
	if err := raw.QueryRow(query, args...).Scan(&n); err != nil {
		t.Fatalf("%s: %v", query, err)
	}
	return n
}
