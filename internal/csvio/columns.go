package csvio

import (
	"fmt"
	"slices"
	"strings"
	"unicode"
)

// column is the staff field a spreadsheet column holds.
type column int

const (
	colName column = iota
	colJobTitle
	colTeam
	colReportsTo
	colStartDate
	colEmail
	// colBlank is a column without a heading. Spreadsheets export one for a stray
	// formatted cell; it is accepted as long as its cells stay empty.
	colBlank
)

// headings are the column names WriteStaff writes, in order, indexed by column.
var headings = []string{"name", "job title", "team", "reports to", "start date", "email"}

// Headings returns the column names of a staff spreadsheet, in the order WriteStaff
// writes them; only the first, the name, is required.
func Headings() []string { return slices.Clone(headings) }

// aliases maps folded headings, including the names other tools give these columns, to
// their column.
var aliases = map[string]column{
	"name": colName, "fullname": colName, "employee": colName, "employeename": colName,
	"jobtitle": colJobTitle, "title": colJobTitle, "role": colJobTitle, "position": colJobTitle,
	"team": colTeam, "department": colTeam,
	"reportsto": colReportsTo, "manager": colReportsTo, "linemanager": colReportsTo,
	"startdate": colStartDate, "started": colStartDate, "hiredate": colStartDate, "joined": colStartDate,
	"email": colEmail, "emailaddress": colEmail,
}

// foldHeading reduces a heading to the key aliases is indexed by, so that "Job Title",
// "job-title", "job_title" and "JobTitle" are the same column.
func foldHeading(s string) string {
	return strings.Map(func(r rune) rune {
		if unicode.IsSpace(r) || r == '-' || r == '_' {
			return -1
		}
		return unicode.ToLower(r)
	}, s)
}

// formulaLike reports whether a spreadsheet could run s as a formula once any leading
// apostrophes are removed. = + - @ start a formula; a leading tab or carriage return can
// hide one from the reader's eye (OWASP's list for CSV injection).
func formulaLike(s string) bool {
	t := strings.TrimLeft(s, "'")
	return t != "" && strings.IndexByte("=+-@\t\r", t[0]) >= 0
}

// inert makes a cell safe to open in a spreadsheet by putting an apostrophe before a
// formula. A cell that is already apostrophes and a formula gets one more, so that
// restore can always tell the added apostrophe from the user's own.
func inert(s string) string {
	if formulaLike(s) {
		return "'" + s
	}
	return s
}

// restore undoes inert.
func restore(s string) string {
	if strings.HasPrefix(s, "'") && formulaLike(s) {
		return s[1:]
	}
	return s
}

// quoteList writes names as "a", "b" and "c".
func quoteList(names []string) string {
	var b strings.Builder
	for i, n := range names {
		switch {
		case i == 0:
		case i == len(names)-1:
			b.WriteString(" and ")
		default:
			b.WriteString(", ")
		}
		fmt.Fprintf(&b, "%q", n)
	}
	return b.String()
}
