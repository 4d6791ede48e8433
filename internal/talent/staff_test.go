package talent_test

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"leadbridge/internal/talent"
)

func rowErrors(n int) []talent.RowError {
	rows := make([]talent.RowError, n)
	for i := range rows {
		rows[i] = talent.RowError{Line: i + 2, Message: fmt.Sprintf("Problem %d.", i+1)}
	}
	return rows
}

func TestImportErrorMessage(t *testing.T) {
	tests := []struct {
		name      string
		rows      []talent.RowError
		first     string // the summary line
		lines     int    // lines after the summary
		wantLast  string
		wantCount int // "Line N:" entries listed
	}{
		{"one row", []talent.RowError{{Line: 3, Message: "The name is empty."}},
			"Nothing was imported: 1 row needs to be fixed first.", 1, "Line 3: The name is empty.", 1},
		{"two rows", rowErrors(2), "Nothing was imported: 2 rows need to be fixed first.", 2, "Line 3: Problem 2.", 2},
		{"a file-wide problem has no line", []talent.RowError{{Message: "The file has no Name column."}},
			"Nothing was imported: 1 row needs to be fixed first.", 1, "The file has no Name column.", 0},
		{"exactly the limit", rowErrors(talent.MaxRowErrors),
			"Nothing was imported: 50 rows need to be fixed first.", 50, "Line 51: Problem 50.", 50},
		{"one over the limit", rowErrors(talent.MaxRowErrors + 1),
			"Nothing was imported: 51 rows need to be fixed first.", 51, "…and 1 more problem.", 50},
		{"far over the limit", rowErrors(1000),
			"Nothing was imported: 1000 rows need to be fixed first.", 51, "…and 950 more problems.", 50},
		{"several problems in one row count as one row", []talent.RowError{{Line: 2, Message: "A."}, {Line: 2, Message: "B."}, {Line: 4, Message: "C."}},
			"Nothing was imported: 2 rows need to be fixed first.", 3, "Line 4: C.", 3},
		{"each problem without a line counts", []talent.RowError{{Message: "A."}, {Message: "B."}},
			"Nothing was imported: 2 rows need to be fixed first.", 2, "B.", 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ie := &talent.ImportError{Rows: tt.rows}
			msg := ie.Error()
			lines := strings.Split(msg, "\n")
			if lines[0] != tt.first || ie.Summary() != tt.first {
				t.Errorf("summary = %q, Summary() = %q, want %q", lines[0], ie.Summary(), tt.first)
			}
			if got := len(lines) - 1; got != tt.lines {
				t.Errorf("lines after the summary = %d, want %d", got, tt.lines)
			}
			if got := lines[len(lines)-1]; got != tt.wantLast {
				t.Errorf("last line = %q, want %q", got, tt.wantLast)
			}
			if got := strings.Count(msg, "\nLine "); got != tt.wantCount {
				t.Errorf("listed rows = %d, want %d", got, tt.wantCount)
			}
		})
	}
}

func TestImportErrorIsInvalidInput(t *testing.T) {
	ie := &talent.ImportError{Rows: []talent.RowError{{Line: 7, Message: "“Дмитрий Иванов” has no start date."}}}
	for _, err := range []error{ie, fmt.Errorf("importing staff: %w", ie)} {
		t.Run(fmt.Sprintf("%T", err), func(t *testing.T) {
			if got := talent.ErrorCode(err); got != talent.EINVALID {
				t.Errorf("ErrorCode = %q, want %q", got, talent.EINVALID)
			}
			if got := talent.ErrorMessage(err); got != ie.Error() {
				t.Errorf("ErrorMessage = %q, want %q", got, ie.Error())
			}
		})
	}
}

func TestStaffRowPerson(t *testing.T) {
	row := talent.StaffRow{
		Line: 4, Name: "  Ελένη   Παπαδοπούλου ", JobTitle: " Lead  engineer\r\n Tooling ", Team: "Tooling ",
		StartDate: day("2019-05-06").Add(13 * time.Hour), Email: " eleni@example.com ",
	}
	p := row.Person()
	checks := []struct{ name, got, want string }{
		{"name", p.Name, "Ελένη Παπαδοπούλου"},
		{"job title", p.JobTitle, "Lead engineer\nTooling"},
		{"team", p.Team, "Tooling"},
		{"email", p.Email, "eleni@example.com"},
		{"status", string(p.Status), string(talent.StatusActive)},
		{"start date", talent.FormatDate(p.StartDate), "2019-05-06"},
	}
	for _, c := range checks {
		if c.got != c.want {
			t.Errorf("%s = %q, want %q", c.name, c.got, c.want)
		}
	}
	if !p.StartDate.Equal(day("2019-05-06")) {
		t.Errorf("StartDate = %v, want midnight", p.StartDate)
	}
	checkInvalid(t, p.Validate(), "")
}
