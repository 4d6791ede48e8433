package talent

import (
	"fmt"
	"strings"
	"time"
)

// StaffRow is one person read from a staff spreadsheet.
type StaffRow struct {
	Line      int // the line the row starts on in the file, for messages
	Name      string
	JobTitle  string
	Team      string
	ReportsTo string // a name in the same file or already stored
	StartDate time.Time
	Email     string
	// Problems are what reading the row found wrong with its cells, such as a date that
	// is not a date. The importer lists them with what it finds itself, so that one pass
	// reports every problem of every row.
	Problems []string
	// Unreadable marks a line whose cells could not be matched to the columns (broken
	// quoting, the wrong number of cells, text that is not UTF-8): its fields are empty
	// and only its Problems are reported.
	Unreadable bool
}

// RowError is a problem with one row of an imported file.
type RowError struct {
	Line    int
	Message string
}

// String is the problem as listed to the user, with its line number when it has one.
func (r RowError) String() string {
	if r.Line > 0 {
		return fmt.Sprintf("Line %d: %s", r.Line, r.Message)
	}
	return r.Message
}

// ImportError lists every problem of every bad row, in line order, of an import that was
// therefore not made.
type ImportError struct {
	Rows []RowError
}

// MaxRowErrors is how many bad rows an import error lists before summarising the rest.
const MaxRowErrors = 50

func (e *ImportError) Error() string {
	var b strings.Builder
	b.WriteString(e.Summary())
	for i, r := range e.Rows {
		if i == MaxRowErrors {
			more := len(e.Rows) - MaxRowErrors
			fmt.Fprintf(&b, "\n…and %d more %s.", more, Plural(more, "problem", "problems"))
			break
		}
		b.WriteString("\n" + r.String())
	}
	return b.String()
}

// BadRows counts the rows that need fixing: a row with several problems counts once, and
// each problem without a line counts as one.
func (e *ImportError) BadRows() int {
	lines := map[int]bool{}
	n := 0
	for _, r := range e.Rows {
		if r.Line == 0 || !lines[r.Line] {
			n++
		}
		lines[r.Line] = true
	}
	return n
}

// Summary is the error's first sentence: that nothing was imported, and how many rows
// need fixing.
func (e *ImportError) Summary() string {
	n := e.BadRows()
	return fmt.Sprintf("Nothing was imported: %d %s to be fixed first.", n, Plural(n, "row needs", "rows need"))
}

// Unwrap lets ErrorCode and ErrorMessage treat an import error as invalid input.
func (e *ImportError) Unwrap() error { return &Error{Code: EINVALID, Message: e.Error()} }

// Person turns a row into a person; the manager is resolved by the caller.
func (r StaffRow) Person() Person {
	p := Person{Name: r.Name, JobTitle: r.JobTitle, Team: r.Team, StartDate: r.StartDate, Email: r.Email, Status: StatusActive}
	p.Normalize()
	return p
}

// ImportPreview says what an import would add, before anything is written, so that the
// owner can check the file was read as meant.
type ImportPreview struct {
	People   int      // how many people the import adds
	NewTeams []string // teams the file names that no one stored is in yet, in file order
	Managers []string // people already stored whom rows of the file report to, by name
}

// String says it in plain words, as the question before importing.
func (p ImportPreview) String() string {
	var b strings.Builder
	fmt.Fprintf(&b, "The file adds %s.", Count(p.People, "1 person", "people"))
	if len(p.NewTeams) > 0 {
		fmt.Fprintf(&b, " New %s: %s.", Plural(len(p.NewTeams), "team", "teams"), joinWords(p.NewTeams))
	}
	if len(p.Managers) > 0 {
		fmt.Fprintf(&b, " Some report to people already here: %s.", joinWords(p.Managers))
	}
	return b.String()
}
