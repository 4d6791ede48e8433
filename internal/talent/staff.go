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
}

// RowError is a problem with one row of an imported file.
type RowError struct {
	Line    int
	Message string
}

// ImportError lists every bad row of an import that was therefore not made.
type ImportError struct {
	Rows []RowError
}

// MaxRowErrors is how many bad rows an import error lists before summarising the rest.
const MaxRowErrors = 50

func (e *ImportError) Error() string {
	var b strings.Builder
	fmt.Fprintf(&b, "Nothing was imported: %d %s to be fixed first.", len(e.Rows), Plural(len(e.Rows), "row needs", "rows need"))
	for i, r := range e.Rows {
		if i == MaxRowErrors {
			fmt.Fprintf(&b, "\n…and %d more.", len(e.Rows)-MaxRowErrors)
			break
		}
		if r.Line > 0 {
			fmt.Fprintf(&b, "\nLine %d: %s", r.Line, r.Message)
		} else {
			fmt.Fprintf(&b, "\n%s", r.Message)
		}
	}
	return b.String()
}

// Unwrap lets ErrorCode and ErrorMessage treat an import error as invalid input.
func (e *ImportError) Unwrap() error { return &Error{Code: EINVALID, Message: e.Error()} }

// Person turns a row into a person; the manager is resolved by the caller.
func (r StaffRow) Person() Person {
	p := Person{Name: r.Name, JobTitle: r.JobTitle, Team: r.Team, StartDate: r.StartDate, Email: r.Email, Status: StatusActive}
	p.Normalize()
	return p
}
