package csvio

import (
	"bytes"
	"errors"
	"testing"
	"time"
	"unicode/utf8"

	"leadbridge/internal/talent"
)

func FuzzReadStaff(f *testing.F) {
	for _, seed := range []string{
		"name,job title,team,reports to,start date,email\nZoë Ångström,Engineer,R&D,Дмитрий Иванов,2020-01-15,zoe@example.com\n",
		"\xEF\xBB\xBFname;team\r\n\"Smith; Jane\";\"Ops\r\nEast\"\r\n",
		"Full Name,Manager,Title\n李小龍,محمد,'=SUM(A1)\n",
		"name,,team\nA,,B\n,\n",
		"name,start date\nA,2023-02-30\n\"B\nC\",1850-01-01\n",
		"na\"me\nA\n",
		"name,team\n\"A\"x,B\n\"C\n",
		"name\nCaf\xe9\n",
		"name;job title\rAna;\"Senior\rEngineer\"\rBo;2\r",
		"\xFF\xFEn\x00",
		"n\x00a\x00m\x00e\x00\n\x00A\x00",
		"",
	} {
		f.Add([]byte(seed))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		rows, err := ReadStaff(bytes.NewReader(data))
		if err != nil {
			checkReadError(t, rows, err)
			return
		}
		if len(rows) == 0 {
			t.Fatalf("ReadStaff returned no rows and no error")
		}
		prev := 0
		for _, r := range rows {
			if r.Line <= prev {
				t.Errorf("row on line %d follows line %d", r.Line, prev)
			}
			prev = r.Line
			checkRow(t, r)
		}
	})
}

// checkRow checks that a row read from any input is either tidy text, as a form would
// leave it, or says what is wrong with it.
func checkRow(t *testing.T, r talent.StaffRow) {
	t.Helper()
	if r.Unreadable {
		if len(r.Problems) == 0 || !sameRows([]talent.StaffRow{r}, []talent.StaffRow{{Line: r.Line, Problems: r.Problems, Unreadable: true}}) {
			t.Errorf("unreadable row %+v needs a problem and no cells", r)
		}
		return
	}
	for _, s := range []string{r.Name, r.JobTitle, r.Team, r.ReportsTo, r.Email} {
		if !utf8.ValidString(s) {
			t.Errorf("row on line %d holds text that is not UTF-8: %q", r.Line, s)
		}
	}
	if p := r.Person(); p.Name != r.Name || p.Team != r.Team {
		t.Errorf("row on line %d is not tidied: %+v", r.Line, r)
	}
	for _, msg := range r.Problems {
		if msg == "" {
			t.Errorf("row on line %d has an empty problem", r.Line)
		}
	}
}

// checkReadError checks that reading a file in memory fails only on bad input, saying
// where and why.
func checkReadError(t *testing.T, rows []talent.StaffRow, err error) {
	t.Helper()
	if rows != nil {
		t.Errorf("ReadStaff returned %d rows with error %v", len(rows), err)
	}
	if got := talent.ErrorCode(err); got != talent.EINVALID {
		t.Fatalf("ErrorCode = %q (%v), want %q", got, err, talent.EINVALID)
	}
	var ie *talent.ImportError
	if !errors.As(err, &ie) {
		return
	}
	if len(ie.Rows) == 0 {
		t.Errorf("ImportError lists no rows")
	}
	for _, r := range ie.Rows {
		if r.Line < 1 || r.Message == "" {
			t.Errorf("row error %+v needs a line and a message", r)
		}
	}
}

func FuzzRoundTrip(f *testing.F) {
	f.Add("Zoë Ångström", "-lead-", "=SUM(A1)", "Дмитрий Иванов", "zoe@example.com", 7000)
	f.Add("李小龍", "'=x", "@ops", "محمد", "", 0)
	f.Add("Ελένη \"Ellie\" Παπαδοπούλου", "Head, Sales; EMEA", "+1", "🚀 Ruth 👩‍💻", "-x@example.com", -3650)
	f.Add("\ufeffA", "\t=1", "''-", "'", "a@b.c", 73000)
	base := time.Date(2000, 1, 1, 0, 0, 0, 0, time.UTC)
	f.Fuzz(func(t *testing.T, name, title, team, manager, email string, days int) {
		var start time.Time
		if days != 0 {
			start = base.AddDate(0, 0, days%80000)
		}
		mgr := talent.Person{ID: 1, Name: manager}
		p := talent.Person{ID: 2, Name: name, JobTitle: title, Team: team, ReportsTo: 1, StartDate: start, Email: email}
		for _, q := range []*talent.Person{&mgr, &p} {
			q.Normalize()
			if q.Validate() != nil {
				t.Skip()
			}
		}
		var buf bytes.Buffer
		if err := WriteStaff(&buf, []talent.Person{mgr, p}); err != nil {
			t.Fatalf("WriteStaff error = %v", err)
		}
		rows, err := ReadStaff(&buf)
		if err != nil {
			t.Fatalf("ReadStaff error = %v", err)
		}
		want := []talent.StaffRow{
			{Line: 2, Name: mgr.Name},
			{Line: 3, Name: p.Name, JobTitle: p.JobTitle, Team: p.Team, ReportsTo: mgr.Name, StartDate: p.StartDate, Email: p.Email},
		}
		if !sameRows(rows, want) {
			t.Errorf("round trip =\n%+v\nwant\n%+v", rows, want)
		}
	})
}
