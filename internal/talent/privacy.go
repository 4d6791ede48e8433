package talent

import "context"

// FormerStaff stands in for an erased person wherever they appear in other people's
// records: as a mentor, a rater, an observer, or by name in a note.
const FormerStaff = "Former staff member"

// DataTable is one kind of record held about a person, exactly as stored: the column
// names and, per row, one text value per column ("" where nothing is stored).
type DataTable struct {
	Name    string // the table's name in the data file, e.g. "assessments"
	Columns []string
	Rows    [][]string
}

// PersonData is everything held about one person, for a subject-access request: their
// own record first (Tables[0], the "people" table), then every table that refers to
// them, directly or through a record of theirs, including assessments they gave.
type PersonData struct {
	PersonID int64
	Name     string
	Tables   []DataTable
}

// Records counts the rows across all tables.
func (d PersonData) Records() int {
	n := 0
	for _, t := range d.Tables {
		n += len(t.Rows)
	}
	return n
}

// RecordCount is how many records of one kind there are, with the words for one and for
// many ("a development plan", "development plans").
type RecordCount struct {
	N         int
	One, Many string
}

// String phrases the count: "a development plan", "3 assessments".
func (c RecordCount) String() string { return Count(c.N, c.One, c.Many) }

// Erasure says what erasing a person removes, and where they stay on in other people's
// records only as FormerStaff. The same value describes an erasure before it is made (for
// the confirmation) and after.
type Erasure struct {
	PersonID int64
	Name     string
	Removed  []RecordCount // their own records, by kind
	Replaced []RecordCount // mentions in other people's records, now FormerStaff or cleared
	// Backups is how many of Leadbridge's automatic backups still hold the person until
	// they are rotated out or purged.
	Backups int
}

// Records is the number of records removed besides the person themselves.
func (e Erasure) Records() int {
	n := 0
	for _, c := range e.Removed {
		n += c.N
	}
	return n
}

// RemovedText lists what is removed: "3 assessments, a development plan and 2 goals", or
// "no other records".
func (e Erasure) RemovedText() string { return listCounts(e.Removed, "no other records") }

// ReplacedText lists the mentions in other people's records, or "" when there are none.
func (e Erasure) ReplacedText() string { return listCounts(e.Replaced, "") }

func listCounts(cs []RecordCount, none string) string {
	var ws []string
	for _, c := range cs {
		if c.N > 0 {
			ws = append(ws, c.String())
		}
	}
	if len(ws) == 0 {
		return none
	}
	return joinWords(ws)
}

// PrivacyService answers subject-access requests and erases people.
type PrivacyService interface {
	// PersonData returns everything held about a person.
	PersonData(ctx context.Context, id int64) (PersonData, error)
	// RecordExport notes in the audit log that d was handed out: how many records, never
	// what they hold.
	RecordExport(ctx context.Context, d PersonData) error
	// PreviewErasure says what ErasePerson would do, changing nothing.
	PreviewErasure(ctx context.Context, id int64) (Erasure, error)
	// ErasePerson removes a person and everything about them, leaves FormerStaff where
	// they appear in other people's records, and makes sure no trace of the removed data
	// stays in the data file.
	ErasePerson(ctx context.Context, id int64) (Erasure, error)
}
