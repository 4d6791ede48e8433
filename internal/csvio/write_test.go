package csvio

import (
	"bytes"
	"errors"
	"reflect"
	"strings"
	"testing"

	"leadbridge/internal/talent"
)

func TestWriteStaff(t *testing.T) {
	people := []talent.Person{
		{ID: 1, Name: "Zoë Ångström", JobTitle: "Engineer", Team: "R&D, East", ReportsTo: 2, StartDate: date(2019, 4, 1), Email: "zoe@example.com", Status: talent.StatusActive},
		{ID: 2, Name: "Дмитрий Иванов", JobTitle: `The "fixer"`, Status: talent.StatusActive},
		{ID: 3, Name: "Ελένη Παπαδοπούλου", Status: talent.StatusLeft, LeftDate: date(2024, 1, 31)},
		{ID: 4, Name: "李小龍", Team: "=SUM(A1)", ReportsTo: 3, StartDate: date(2001, 12, 31)},
		{ID: 5, Name: "محمد", JobTitle: "-lead-", ReportsTo: 99, Email: "m@example.com"},
	}
	want := "\xEF\xBB\xBFname,job title,team,reports to,start date,email\r\n" +
		"Zoë Ångström,Engineer,\"R&D, East\",Дмитрий Иванов,2019-04-01,zoe@example.com\r\n" +
		"Дмитрий Иванов,\"The \"\"fixer\"\"\",,,,\r\n" +
		"李小龍,,'=SUM(A1),Ελένη Παπαδοπούλου,2001-12-31,\r\n" +
		"محمد,'-lead-,,,,m@example.com\r\n"
	var buf bytes.Buffer
	if err := WriteStaff(&buf, people); err != nil {
		t.Fatalf("WriteStaff error = %v", err)
	}
	if got := buf.String(); got != want {
		t.Errorf("WriteStaff wrote\n%q\nwant\n%q", got, want)
	}
}

func TestWriteStaff_LineBreakInJobTitle(t *testing.T) {
	people := []talent.Person{{Name: "Zoë Ångström", JobTitle: "Head of Sales\nEMEA", Status: talent.StatusActive}}
	var buf bytes.Buffer
	if err := WriteStaff(&buf, people); err != nil {
		t.Fatalf("WriteStaff error = %v", err)
	}
	if want := "Zoë Ångström,\"Head of Sales\r\nEMEA\",,,,\r\n"; !strings.HasSuffix(buf.String(), want) {
		t.Errorf("WriteStaff wrote\n%q\nwant it to end\n%q", buf.String(), want)
	}
	rows, err := ReadStaff(&buf)
	if err != nil {
		t.Fatalf("ReadStaff error = %v", err)
	}
	if got := rows[0].JobTitle; got != "Head of Sales\nEMEA" {
		t.Errorf("job title read back = %q, want %q", got, "Head of Sales\nEMEA")
	}
}

func TestWriteStaff_NoPeople(t *testing.T) {
	var buf bytes.Buffer
	if err := WriteStaff(&buf, nil); err != nil {
		t.Fatalf("WriteStaff error = %v", err)
	}
	want := "\xEF\xBB\xBFname,job title,team,reports to,start date,email\r\n"
	if got := buf.String(); got != want {
		t.Errorf("WriteStaff wrote %q, want %q", got, want)
	}
}

func TestWriteStaff_FormulaCells(t *testing.T) {
	tests := []struct{ team, cell string }{
		{"=SUM(A1)", "'=SUM(A1)"},
		{"+44 team", "'+44 team"},
		{"-lead-", "'-lead-"},
		{"@channel", "'@channel"},
		{"\t=1+1", "'\t=1+1"},
		{"'=SUM(A1)", "''=SUM(A1)"},
		{"''-x", "'''-x"},
		{"'quoted'", "'quoted'"},
		{"'", "'"},
		{"a=b", "a=b"},
		{"Ops", "Ops"},
		{"", ""},
	}
	for _, tt := range tests {
		t.Run(tt.team, func(t *testing.T) {
			var buf bytes.Buffer
			if err := WriteStaff(&buf, []talent.Person{{ID: 1, Name: "A", Team: tt.team}}); err != nil {
				t.Fatalf("WriteStaff error = %v", err)
			}
			lines := strings.Split(buf.String(), "\r\n")
			if got, want := lines[1], "A,,"+tt.cell+",,,"; got != want {
				t.Errorf("row = %q, want %q", got, want)
			}
		})
	}
}

func TestInertRestore(t *testing.T) {
	for _, s := range []string{"", "'", "''", "=", "'=", "''=", "-1", "'-1", "@", "+", "\t", "\r", "'\r", "x", "'x", "'''", "é=", "=é"} {
		if got := restore(inert(s)); got != s {
			t.Errorf("restore(inert(%q)) = %q, want %q", s, got, s)
		}
		if got := inert(s); formulaLike(got) && !strings.HasPrefix(got, "'") {
			t.Errorf("inert(%q) = %q, which a spreadsheet would run", s, got)
		}
	}
}

func TestRoundTrip(t *testing.T) {
	people := []talent.Person{
		{ID: 10, Name: "Zoë Ångström", JobTitle: "-lead-", Team: "=SUM(A1)", StartDate: date(2018, 2, 28), Email: "zoe@example.com"},
		{ID: 11, Name: "Дмитрий Иванов", JobTitle: "+1 engineer", Team: "@ops", ReportsTo: 10},
		{ID: 12, Name: "Ελένη Παπαδοπούλου", JobTitle: "Head, Sales; EMEA", Team: `"Quoted" team`, ReportsTo: 11, StartDate: date(1990, 1, 1)},
		{ID: 13, Name: "李小龍", JobTitle: "'=not a formula", Team: "'quoted'", ReportsTo: 12, Email: "-x@example.com"},
		{ID: 14, Name: "محمد", JobTitle: "مهندس", Team: "فريق", ReportsTo: 13, StartDate: date(2200, 12, 31)},
		{ID: 15, Name: "🚀 Ruth 👩‍💻", JobTitle: "Launch lead 🛰️", ReportsTo: 14},
		{ID: 16, Name: "=HYPERLINK(\"http://x\",\"y\")", ReportsTo: 15},
	}
	var buf bytes.Buffer
	if err := WriteStaff(&buf, people); err != nil {
		t.Fatalf("WriteStaff error = %v", err)
	}
	rows, err := ReadStaff(&buf)
	if err != nil {
		t.Fatalf("ReadStaff error = %v", err)
	}
	want := make([]talent.StaffRow, len(people))
	for i, p := range people {
		want[i] = talent.StaffRow{Line: i + 2, Name: p.Name, JobTitle: p.JobTitle, Team: p.Team, StartDate: p.StartDate, Email: p.Email}
		if p.ReportsTo != 0 {
			want[i].ReportsTo = people[i-1].Name
		}
	}
	if !sameRows(rows, want) {
		t.Errorf("round trip =\n%+v\nwant\n%+v", rows, want)
	}
}

// failingWriter accepts limit bytes and then fails.
type failingWriter struct {
	limit int
	err   error
}

func (w *failingWriter) Write(p []byte) (int, error) {
	if len(p) > w.limit {
		n := w.limit
		w.limit = 0
		return n, w.err
	}
	w.limit -= len(p)
	return len(p), nil
}

func TestWriteStaff_WriterFails(t *testing.T) {
	broken := errors.New("disk full")
	people := make([]talent.Person, 2000)
	for i := range people {
		people[i] = talent.Person{ID: int64(i + 1), Name: "Zoë Ångström", Team: "Ops"}
	}
	for _, limit := range []int{0, 3, 100, 20000} {
		w := &failingWriter{limit: limit, err: broken}
		err := WriteStaff(w, people)
		if !errors.Is(err, broken) {
			t.Errorf("limit %d: WriteStaff error = %v, want it to wrap %v", limit, err, broken)
		}
		if got := talent.ErrorCode(err); got != talent.EINTERNAL {
			t.Errorf("limit %d: ErrorCode = %q, want %q", limit, got, talent.EINTERNAL)
		}
	}
}

func TestWriteTable(t *testing.T) {
	var b bytes.Buffer
	err := WriteTable(&b, []string{"table", "note"}, [][]string{{"people", "=HYPERLINK(\"x\")"}, {"moments", "Ζωή, \"quoted\"\nline two"}})
	if err != nil {
		t.Fatal(err)
	}
	want := "\xEF\xBB\xBFtable,note\r\npeople,\"'=HYPERLINK(\"\"x\"\")\"\r\nmoments,\"Ζωή, \"\"quoted\"\"\r\nline two\"\r\n" // line breaks in cells become CRLF too
	if got := b.String(); got != want {
		t.Errorf("WriteTable wrote\n%q\nwant\n%q", got, want)
	}
}

// TestWriteStaff_SharedNameWritesEmail checks that a manager whose name someone else has
// too is written by email address, which the import matches, and by name otherwise.
func TestWriteStaff_SharedNameWritesEmail(t *testing.T) {
	people := []talent.Person{
		{ID: 1, Name: "Sam Lee", Email: "sam.lee@example.com"},
		{ID: 2, Name: "SAM LEE", Email: "sam.lee2@example.com"},
		{ID: 3, Name: "Ana Sol", ReportsTo: 2},
		{ID: 4, Name: "Bo Berg", ReportsTo: 1},
		{ID: 5, Name: "Cy Chen", ReportsTo: 3},
	}
	var buf bytes.Buffer
	if err := WriteStaff(&buf, people); err != nil {
		t.Fatal(err)
	}
	rows, err := ReadStaff(&buf)
	if err != nil {
		t.Fatal(err)
	}
	got := map[string]string{}
	for _, r := range rows {
		got[r.Name] = r.ReportsTo
	}
	want := map[string]string{"Sam Lee": "", "SAM LEE": "", "Ana Sol": "sam.lee2@example.com", "Bo Berg": "sam.lee@example.com", "Cy Chen": "Ana Sol"}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("reports to = %v, want %v", got, want)
	}
}
