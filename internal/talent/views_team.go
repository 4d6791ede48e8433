package talent

import (
	"cmp"
	"fmt"
	"math"
	"slices"
)

// TeamView sets what a person's team sees against what their manager sees: the latest
// round of their direct reports' answers that Views shows, the round before it, and
// their manager's latest assessment. It is read from Views alone, so it holds back all
// that Views holds back.
type TeamView struct {
	Team    View
	Earlier *View // the direct reports' previous round shown; nil when there is none
	Manager *View // nil until their manager has completed an assessment of them
}

// Team returns what the person's team sees against what their manager sees, and false
// when no figure of their direct reports may be shown.
func (vs Views) Team() (TeamView, bool) {
	var tv TeamView
	found := false
	for _, v := range vs.Figures {
		switch v.Relationship {
		case RelDirectReport: // rounds come oldest first: the last is the latest
			if found {
				earlier := tv.Team
				tv.Earlier = &earlier
			}
			tv.Team, found = v, true
		case RelManager:
			m := v
			tv.Manager = &m
		}
	}
	return tv, found
}

// Said says whose answers are set side by side, and when they were given.
func (t TeamView) Said() string {
	s := fmt.Sprintf("%s, answered %s.", t.Team.Label, t.Team.Dates())
	if t.Earlier != nil {
		s += fmt.Sprintf(" Earlier: %s, answered %s.", t.Earlier.Label, t.Earlier.Dates())
	}
	if t.Manager == nil {
		return s + " No assessment by their manager yet."
	}
	return s + fmt.Sprintf(" Their manager's assessment of %s.", t.Manager.Dates())
}

// TeamRow is one competency of a TeamView.
type TeamRow struct {
	CompetencyID           int64
	Team, Earlier, Manager float64
	HasEarlier, HasManager bool // the earlier round, the manager's assessment scores it
}

// Rows lists the competencies the team's figure scores, in the standard's order, each
// with the earlier round's and their manager's scores where there are some.
func (t TeamView) Rows(std Standard) []TeamRow {
	var rows []TeamRow
	for _, c := range std.Competencies {
		s, ok := t.Team.Scores[c.ID]
		if !ok {
			continue
		}
		r := TeamRow{CompetencyID: c.ID, Team: s}
		if t.Earlier != nil {
			r.Earlier, r.HasEarlier = t.Earlier.Scores[c.ID]
		}
		if t.Manager != nil {
			r.Manager, r.HasManager = t.Manager.Scores[c.ID]
		}
		rows = append(rows, r)
	}
	return rows
}

// Widest is the rows where the team and the manager differ by NotableGap or more,
// widest first, at most n of them.
func (t TeamView) Widest(std Standard, n int) []TeamRow {
	var out []TeamRow
	for _, r := range t.Rows(std) {
		if r.HasManager && !inLine(r.Team-r.Manager) {
			out = append(out, r)
		}
	}
	slices.SortStableFunc(out, func(a, b TeamRow) int {
		return cmp.Compare(math.Abs(b.Team-b.Manager), math.Abs(a.Team-a.Manager))
	})
	return out[:min(len(out), n)]
}

// Difference says in words how the team's score stands against their manager's.
func (r TeamRow) Difference() string {
	switch d := r.Team - r.Manager; {
	case !r.HasManager:
		return "No manager's score"
	case inLine(d):
		return "In line"
	case d > 0:
		return fmt.Sprintf("Team rates %.1f higher", d)
	default:
		return fmt.Sprintf("Team rates %.1f lower", -d)
	}
}
