package subject

import (
	"bytes"
	"context"
	"encoding/csv"
	"encoding/json"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"
	"time"

	"leadbridge/internal/store"
	"leadbridge/internal/talent"
)

var made = time.Date(2026, 11, 21, 13, 30, 0, 0, time.UTC)

// world stores a person with a moment, an assessment they received and one they gave,
// and returns the store and the person.
func world(t *testing.T, name string) (*store.DB, talent.Person) {
	t.Helper()
	db, err := store.Open(filepath.Join(t.TempDir(), "leadbridge.db"), store.Options{Actor: "Ørjan", Now: func() time.Time { return made }})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	ctx := context.Background()
	std, err := db.Standard(ctx)
	if err != nil {
		t.Fatal(err)
	}
	p := talent.Person{Name: name, Notes: "Likes \"quotes\", commas, and\nline breaks 🌻 <b>&</b>"}
	other := talent.Person{Name: "Дмитрий Иванов"}
	for _, x := range []*talent.Person{&p, &other} {
		if err := db.CreatePerson(ctx, x); err != nil {
			t.Fatal(err)
		}
	}
	comp := std.Competencies[0]
	for _, err := range []error{
		db.SaveMoment(ctx, &talent.Moment{PersonID: p.ID, Date: made, CompetencyID: comp.ID, Text: "=1+2 said the spreadsheet"}),
		db.SaveAssessment(ctx, &talent.Assessment{PersonID: p.ID, Date: made, RaterID: other.ID, Relationship: talent.RelPeer}),
		db.SaveAssessment(ctx, &talent.Assessment{PersonID: other.ID, Date: made, RaterID: p.ID, Relationship: talent.RelManager,
			Ratings: []talent.BehaviourRating{{BehaviourID: comp.Behaviours[0].ID, Rating: 3, Evidence: "@mention -dash +plus"}}}),
	} {
		if err != nil {
			t.Fatal(err)
		}
	}
	return db, p
}

func perm(t *testing.T, path string) os.FileMode {
	t.Helper()
	fi, err := os.Stat(path)
	if err != nil {
		t.Fatal(err)
	}
	return fi.Mode().Perm()
}

func TestExport_NewFolder(t *testing.T) {
	db, p := world(t, "Zoë Ångström")
	ctx := context.Background()
	dir := filepath.Join(t.TempDir(), "for Zoë")
	res, err := Export(ctx, db, p.ID, db.Path(), dir, made)
	if err != nil {
		t.Fatalf("Export() = %v", err)
	}
	d, _ := db.PersonData(ctx, p.ID)
	if res.Folder != dir || res.Records != d.Records() || res.Files[0] != "person.json" {
		t.Errorf("Result = %+v", res)
	}
	if got := perm(t, dir); got != 0o700 {
		t.Errorf("folder mode = %o, want 700", got)
	}
	ents, _ := os.ReadDir(dir)
	var names []string
	for _, e := range ents {
		names = append(names, e.Name())
		if got := perm(t, filepath.Join(dir, e.Name())); got != 0o600 {
			t.Errorf("%s mode = %o, want 600", e.Name(), got)
		}
	}
	want := []string{"person.json"}
	for _, tb := range d.Tables {
		if len(tb.Rows) > 0 {
			want = append(want, tb.Name+".csv")
		}
	}
	if !sameSet(names, want) || !sameSet(res.Files, want) {
		t.Errorf("files = %v (result %v), want %v", names, res.Files, want)
	}
	checkJSON(t, filepath.Join(dir, "person.json"), d)
	for _, tb := range d.Tables {
		if len(tb.Rows) > 0 {
			checkCSV(t, filepath.Join(dir, tb.Name+".csv"), tb)
		}
	}
	log, _ := db.AuditLog(ctx)
	if last := log[len(log)-1]; last.Action != "export person" || strings.Contains(last.Detail, "Zoë") {
		t.Errorf("last audit entry = %+v, want the export without the name", last)
	}
}

func sameSet(a, b []string) bool {
	x, y := slices.Clone(a), slices.Clone(b)
	slices.Sort(x)
	slices.Sort(y)
	return slices.Equal(x, y)
}

// checkJSON reads person.json back and compares it with the data, value by value.
func checkJSON(t *testing.T, path string, d talent.PersonData) {
	t.Helper()
	raw, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	var doc struct {
		About  string
		Person map[string]string
		Tables []struct {
			Table   string
			Records []map[string]string
		}
	}
	if err := json.Unmarshal(raw, &doc); err != nil {
		t.Fatalf("person.json is not valid JSON: %v", err)
	}
	if doc.Person["name"] != d.Name || !strings.Contains(doc.About, d.Name) {
		t.Errorf("person.json person = %v, about = %q", doc.Person, doc.About)
	}
	if len(doc.Tables) != len(d.Tables) {
		t.Fatalf("person.json has %d tables, want %d", len(doc.Tables), len(d.Tables))
	}
	for i, tb := range d.Tables {
		got := doc.Tables[i]
		if got.Table != tb.Name || len(got.Records) != len(tb.Rows) {
			t.Errorf("table %d = %s with %d records, want %s with %d", i, got.Table, len(got.Records), tb.Name, len(tb.Rows))
			continue
		}
		for r, row := range tb.Rows {
			for c, col := range tb.Columns {
				if got.Records[r][col] != row[c] {
					t.Errorf("%s row %d %s = %q, want %q", tb.Name, r, col, got.Records[r][col], row[c])
				}
			}
		}
	}
	if bytes.Contains(raw, []byte(`\u003c`)) {
		t.Errorf("person.json escapes < for a web page; people read it")
	}
	if i, j := bytes.Index(raw, []byte(`"id"`)), bytes.Index(raw, []byte(`"name"`)); i < 0 || j < i {
		t.Errorf("the person's columns are not in table order")
	}
}

// utf8BOM is how every CSV file of an export starts, so spreadsheets read it as UTF-8.
var utf8BOM = []byte("\xEF\xBB\xBF")

// checkCSV reads a table's CSV file back and compares it with the table.
func checkCSV(t *testing.T, path string, tb talent.DataTable) {
	t.Helper()
	raw, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.HasPrefix(raw, utf8BOM) {
		t.Errorf("%s has no byte-order mark", filepath.Base(path))
	}
	recs, err := csv.NewReader(bytes.NewReader(raw[len(utf8BOM):])).ReadAll()
	if err != nil {
		t.Fatalf("%s: %v", filepath.Base(path), err)
	}
	if !reflect.DeepEqual(recs[0], tb.Columns) || len(recs) != len(tb.Rows)+1 {
		t.Fatalf("%s: header %v and %d rows, want %v and %d", filepath.Base(path), recs[0], len(recs)-1, tb.Columns, len(tb.Rows))
	}
	for r, row := range tb.Rows {
		for c, v := range row {
			want := v
			if v != "" && strings.ContainsRune("=+-@", rune(v[0])) {
				want = "'" + v
			}
			if recs[r+1][c] != want {
				t.Errorf("%s row %d %s = %q, want %q", filepath.Base(path), r, tb.Columns[c], recs[r+1][c], want)
			}
		}
	}
}

func TestExport_IntoExistingFolder(t *testing.T) {
	db, p := world(t, "Ana/Sol: \"Dev\" 🌻")
	ctx := context.Background()
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "person.json"), []byte("someone else's file"), 0o600); err != nil {
		t.Fatal(err)
	}
	first, err := Export(ctx, db, p.ID, db.Path(), dir, made)
	if err != nil {
		t.Fatalf("Export() = %v", err)
	}
	second, err := Export(ctx, db, p.ID, db.Path(), dir, made)
	if err != nil {
		t.Fatalf("second Export() = %v", err)
	}
	base := "Ana_Sol_ _Dev_ 🌻 – personal data 2026-11-21"
	if first.Folder != filepath.Join(dir, base) || second.Folder != filepath.Join(dir, base+" (2)") {
		t.Errorf("folders = %q, %q; want %q and the same with (2)", first.Folder, second.Folder, base)
	}
	if got, _ := os.ReadFile(filepath.Join(dir, "person.json")); string(got) != "someone else's file" {
		t.Errorf("an export overwrote a file already in the folder")
	}
	checkSentence(t, first.String())
}

func TestExport_Refusals(t *testing.T) {
	db, p := world(t, "李小龍")
	ctx := context.Background()
	file := filepath.Join(t.TempDir(), "a file")
	if err := os.WriteFile(file, nil, 0o600); err != nil {
		t.Fatal(err)
	}
	before, _ := db.AuditLog(ctx)
	for _, c := range []struct {
		name, dir, want string
		id              int64
	}{
		{"missing parent", filepath.Join(t.TempDir(), "no", "such"), "does not exist", p.ID},
		{"a file", file, "There is a file at", p.ID},
		{"unknown person", filepath.Join(t.TempDir(), "x"), "no longer exists", 4242},
	} {
		t.Run(c.name, func(t *testing.T) {
			_, err := Export(ctx, db, c.id, db.Path(), c.dir, made)
			if code := talent.ErrorCode(err); code == talent.EINTERNAL || code == "" {
				t.Fatalf("Export() = %v, want a message for the user", err)
			}
			if msg := talent.ErrorMessage(err); !strings.Contains(msg, c.want) {
				t.Errorf("message = %q, want it to contain %q", msg, c.want)
			}
			checkSentence(t, talent.ErrorMessage(err))
		})
	}
	if after, _ := db.AuditLog(ctx); len(after) != len(before) {
		t.Errorf("failed exports wrote %d audit entries", len(after)-len(before))
	}
}

func TestWrite_FailureLeavesNothing(t *testing.T) {
	dir := t.TempDir()
	d := talent.PersonData{Name: "Zoë", Tables: []talent.DataTable{
		{Name: "people", Columns: []string{"id"}, Rows: [][]string{{"1"}}},
		{Name: "moments", Columns: []string{"id"}, Rows: [][]string{{"2"}}},
		{Name: "moments", Columns: []string{"id"}, Rows: [][]string{{"3"}}}, // the same file twice
	}}
	if _, err := Write(filepath.Join(dir, "data.db"), filepath.Join(dir, "out"), d, made); err == nil {
		t.Fatalf("Write() with a clash succeeded")
	}
	if ents, _ := os.ReadDir(dir); len(ents) != 0 {
		t.Errorf("a failed export left %d entries behind", len(ents))
	}
	bad := talent.PersonData{Tables: []talent.DataTable{{Name: "people", Columns: []string{"id", "name"}, Rows: [][]string{{"1"}}}}}
	if _, err := Write(filepath.Join(dir, "data.db"), filepath.Join(dir, "out"), bad, made); err == nil {
		t.Errorf("Write() with a short row succeeded")
	}
}

func TestSafeName(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"Zoë Ångström", "Zoë Ångström"},
		{"  ..hidden ", "hidden"},
		{"a/b\\c:d*e?f\"g<h>i|j", "a_b_c_d_e_f_g_h_i_j"},
		{"", "person"},
		{"...", "person"},
		{strings.Repeat("李", 100), strings.Repeat("李", 40)},
	} {
		if got := safeName(c.in); got != c.want {
			t.Errorf("safeName(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

func checkSentence(t *testing.T, msg string) {
	t.Helper()
	if msg == "" || !strings.HasSuffix(msg, ".") || strings.ToLower(msg[:1]) == msg[:1] {
		t.Errorf("message %q is not a full sentence", msg)
	}
}
