package ui

import (
	"cmp"
	"slices"
	"strings"
	"time"
	"unicode"

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

// personRow is one person with what the list shows and searches. It keeps the derived
// potential and the date of the assessment behind it, not that assessment: held for
// 10,000 people, assessments with their ratings and evidence take tens of megabytes.
type personRow struct {
	p         talent.Person
	potential talent.Potential
	assessed  time.Time        // the date of the assessment potential rests on; zero when never assessed
	readiness talent.Readiness // the best among their successor nominations, "" when none
	name      string           // folded name, for sorting
	team      string           // folded team, for sorting
	job       string           // folded job title, for sorting
	key       string           // folded name, team and job title, for searching
}

func (l *peopleList) load(people []talent.Person, std talent.Standard, inputs map[int64][]talent.Assessment, roles []talent.KeyRole) {
	best := bestReadiness(roles)
	l.rows = make([]*personRow, len(people))
	for i, p := range people {
		r := &personRow{p: p, readiness: best[p.ID], name: fold(p.Name), team: fold(p.Team), job: fold(p.JobTitle)}
		r.key = r.name + "\x00" + r.team + "\x00" + r.job
		res := talent.DerivePotential(std, inputs[p.ID])
		r.potential, r.assessed = res.Potential, res.Basis.Date
		l.rows[i] = r
	}
	l.sort()
}

// filter keeps the rows whose name, team or job title contain the query, ignoring case
// and accents; people who left only when asked for.
func (l *peopleList) filter(query string, withLeft bool) {
	q := fold(strings.TrimSpace(query))
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
			return cmp.Compare(potentialRank(a.potential), potentialRank(b.potential))
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

// bestReadiness finds, for each nominated person, their best readiness across all roles.
func bestReadiness(roles []talent.KeyRole) map[int64]talent.Readiness {
	best := map[int64]talent.Readiness{}
	for _, role := range roles {
		for _, sc := range role.Successors {
			if cur, ok := best[sc.PersonID]; !ok || sc.Readiness.Rank() < cur.Rank() {
				best[sc.PersonID] = sc.Readiness
			}
		}
	}
	return best
}

// potentialRank orders potential highest first, "not enough evidence" last.
func potentialRank(p talent.Potential) int {
	switch p {
	case talent.PotentialHigh:
		return 0
	case talent.PotentialModerate:
		return 1
	case talent.PotentialLow:
		return 2
	}
	return 3
}

// plainLetters maps accented letters to the letter people type when they search, so that
// "zoe" finds "Zoë" and "eleni" finds "Ελένη" typed without its accent.
var plainLetters = func() map[rune]rune {
	pairs := [][2]string{
		{"àáâãäåāăą", "a"}, {"çćĉċč", "c"}, {"ďđ", "d"}, {"èéêëēĕėęě", "e"}, {"ĝğġģ", "g"},
		{"ĥħ", "h"}, {"ìíîïĩīĭįı", "i"}, {"ĵ", "j"}, {"ķ", "k"}, {"ĺļľŀł", "l"}, {"ñńņň", "n"},
		{"òóôõöøōŏő", "o"}, {"ŕŗř", "r"}, {"śŝşšș", "s"}, {"ţťŧț", "t"}, {"ùúûüũūŭůűų", "u"},
		{"ŵ", "w"}, {"ýÿŷ", "y"}, {"źżž", "z"}, {"ё", "е"}, {"й", "и"},
		{"ά", "α"}, {"έ", "ε"}, {"ή", "η"}, {"ίϊΐ", "ι"}, {"ό", "ο"}, {"ύϋΰ", "υ"}, {"ώ", "ω"},
	}
	m := map[rune]rune{}
	for _, p := range pairs {
		plain := []rune(p[1])[0]
		for _, r := range p[0] {
			m[r] = plain
		}
	}
	return m
}()

// fold lowers case and drops accents, the form names are searched and sorted in.
func fold(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	for _, r := range s {
		r = unicode.ToLower(r)
		if p, ok := plainLetters[r]; ok {
			r = p
		}
		b.WriteRune(r)
	}
	return b.String()
}
