package ui

import (
	"cmp"
	"slices"
	"strings"
	"time"

	"leadbridge/internal/talent"
)

// peopleList is everyone loaded into memory once, sorted, and the part a search shows.
// Searching and sorting never touch the store, so the list keeps up at 10,000 people.
type peopleList struct {
	rows    []*personRow
	shown   []int // indexes into rows, in order
	sortCol int
	desc    bool
	picked  map[int64]bool // people ticked for comparison
}

// personRow is one person with what the list shows and searches: the few fields of their
// record it shows, their derived potential and the date of the assessment behind it. The
// rest, held for 10,000 people, would take megabytes; a person's page reads it afresh.
type personRow struct {
	p         talent.Listing
	potential talent.Potential
	assessed  time.Time        // the date of the assessment potential rests on; zero when never assessed
	readiness talent.Readiness // the best among their successor nominations, "" when none
	name      string           // folded name, for sorting
	team      string           // folded team, for sorting
	job       string           // folded job title, for sorting
	key       string           // folded name, team and job title, for searching
}

// load fills the list from everyone's listing, their successor nominations and, through
// eachPotential, their potential results one at a time, then sorts it. People without a
// result have never been assessed by someone else.
func (l *peopleList) load(people []talent.Listing, roles []talent.KeyRole, eachPotential func(func(int64, talent.PotentialResult)) error) error {
	best := talent.BestReadiness(roles)
	all := make([]personRow, len(people)) // one allocation, not one a person
	rows := make([]*personRow, len(people))
	byID := make(map[int64]*personRow, len(people))
	for i, p := range people {
		r := &all[i]
		*r = personRow{p: p, readiness: best[p.ID]}
		r.foldFields()
		rows[i], byID[p.ID] = r, r
	}
	err := eachPotential(func(id int64, res talent.PotentialResult) {
		if r := byID[id]; r != nil {
			r.potential, r.assessed = res.Potential, res.Basis.Date
		}
	})
	if err != nil {
		return err
	}
	l.rows = rows
	l.sort()
	return nil
}

// foldFields fills in the folded name, team and job title (talent.FoldKey): one string,
// the search key, with the three as parts of it.
func (r *personRow) foldFields() {
	b := make([]byte, 0, len(r.p.Name)+len(r.p.Team)+len(r.p.JobTitle)+2)
	b = talent.AppendFoldKey(b, r.p.Name)
	name := len(b)
	b = append(b, 0)
	b = talent.AppendFoldKey(b, r.p.Team)
	team := len(b)
	b = append(b, 0)
	b = talent.AppendFoldKey(b, r.p.JobTitle)
	r.key = string(b)
	r.name, r.team, r.job = r.key[:name], r.key[name+1:team], r.key[team+1:]
}

// filter keeps the rows whose name, team or job title contain the query, ignoring case
// and accents; people who left only when asked for.
func (l *peopleList) filter(query string, withLeft bool) {
	q := talent.FoldKey(query)
	l.shown = l.shown[:0]
	for i, r := range l.rows {
		if (withLeft || r.p.Active()) && (q == "" || strings.Contains(r.key, q)) {
			l.shown = append(l.shown, i)
		}
	}
}

func (l *peopleList) row(i int) *personRow { return l.rows[l.shown[i]] }

// sort orders the rows by the chosen column, then by name and ID: a total order, so the
// faster unstable sort gives the same list every time.
func (l *peopleList) sort() {
	by := l.compare()
	slices.SortFunc(l.rows, func(a, b *personRow) int {
		c := by(a, b)
		if l.desc {
			c = -c
		}
		if c == 0 {
			c = cmp.Or(strings.Compare(a.name, b.name), cmp.Compare(a.p.ID, b.p.ID))
		}
		return c
	})
}

func (l *peopleList) compare() func(a, b *personRow) int {
	switch l.sortCol {
	case colJob:
		return func(a, b *personRow) int { return strings.Compare(a.job, b.job) }
	case colTeam:
		return func(a, b *personRow) int { return strings.Compare(a.team, b.team) }
	case colPotential:
		return func(a, b *personRow) int {
			return cmp.Compare(a.potential.Rank(), b.potential.Rank())
		}
	case colReadiness:
		return func(a, b *personRow) int { return cmp.Compare(a.readiness.Rank(), b.readiness.Rank()) }
	case colAssessed:
		// Oldest first, never assessed before them: who needs an assessment comes first.
		return func(a, b *personRow) int { return a.assessed.Compare(b.assessed) }
	}
	return func(a, b *personRow) int { return strings.Compare(a.name, b.name) }
}

// cell is the text of one column for the row.
func (r *personRow) cell(col int) string {
	switch col {
	case colName:
		if !r.p.Active() {
			return r.p.Name + " (left)"
		}
		return r.p.Name
	case colJob:
		return r.p.JobTitle
	case colTeam:
		return r.p.Team
	case colPotential:
		return r.potential.Label()
	case colReadiness:
		if r.readiness == "" {
			return "Not nominated"
		}
		return r.readiness.Label()
	case colAssessed:
		if r.assessed.IsZero() {
			return "Never"
		}
		return talent.FormatDate(r.assessed)
	}
	return ""
}
