package talent

import (
	"context"
	"fmt"
)

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
	// FirstName is the first word of a name of several words. Where it still stands in
	// other records it may mean the person or someone else, so those records are left as
	// written and listed in Mentions for the owner to review.
	FirstName string
	Mentions  []Mention
	// Namesakes is how many people on file have the same first name, whom some of the
	// Mentions may be about.
	Namesakes int
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

// Mention is a record that still holds an erased person's first name, found so the owner
// can review it.
type Mention struct {
	Kind   string   // the kind of record, as "a progress note"
	People []string // whose records it is among, as the erasure found it; none for a key role
	Text   string   // the text that holds the first name, shortened around it
}

// String phrases the mention: `a progress note (Li Wei): “Asked Zoë about the rota.”`.
func (m Mention) String() string {
	s := m.Kind
	if len(m.People) > 0 {
		s += " (" + joinWords(m.People) + ")"
	}
	return fmt.Sprintf("%s: “%s”", s, m.Text)
}

// MentionsText says which records still mention the first name, one to a line, and whom
// else they may be about; "" when there are none.
func (e Erasure) MentionsText() string {
	if len(e.Mentions) == 0 {
		return ""
	}
	s := fmt.Sprintf("%s still %s %q, their first name. Leadbridge cannot tell whom %s, so %s left as written for you to review:",
		Count(len(e.Mentions), "1 record", "records"), Plural(len(e.Mentions), "mentions", "mention"), e.FirstName,
		Plural(len(e.Mentions), "it means", "they mean"), Plural(len(e.Mentions), "it is", "they are"))
	for _, m := range e.Mentions {
		s += "\n- " + m.String()
	}
	if e.Namesakes > 0 {
		s += fmt.Sprintf("\n%q is also the first name of %s on file.", e.FirstName, Count(e.Namesakes, "1 other person", "other people"))
	}
	return s
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
