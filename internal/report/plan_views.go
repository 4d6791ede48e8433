package report

import (
	"fmt"
	"strings"

	"leadbridge/internal/talent"
)

// teamView sets what the person's team sees against what their manager sees, competency
// by competency, for someone who leads a team: their direct reports' latest round that
// the anonymity rules let show (talent.Views), never a figure drawn from fewer answers.
// It is left out for someone neither promoted nor rated by a team.
func (w *planWriter) teamView() {
	tv, ok := w.p.Views.Team()
	if !ok && w.p.Promotion == nil {
		return
	}
	w.subheading("Their team's view against their manager's")
	if !ok {
		w.hint(strings.Join(append([]string{fmt.Sprintf("No figure from %s's team yet: ask each of their direct reports for ratings with a rating pack. The answers are anonymous, and show here once at least %d from one round are in.",
			w.name, talent.MinGroup)}, w.p.Views.Held...), " "))
		return
	}
	w.paragraph(tv.Said())
	cols := []column{{title: "Team", share: 0.1, align: "R"}}
	if tv.Earlier != nil {
		cols = append(cols, column{title: "Earlier", share: 0.1, align: "R"})
	}
	if tv.Manager != nil {
		cols = append(cols, column{title: "Manager", share: 0.1, align: "R"}, column{title: "Difference", share: 0.26, align: "L"})
	}
	rest := 1.0
	for _, c := range cols {
		rest -= c.share
	}
	t := table{cols: append([]column{{title: "Competency", share: rest, align: "L", bold: true}}, cols...), maxLines: 2}
	for _, r := range tv.Rows(w.p.Standard) {
		row := []string{w.competencyName(r.CompetencyID), fmt.Sprintf("%.1f", r.Team)}
		if tv.Earlier != nil {
			row = append(row, scoreOrDash(r.Earlier, r.HasEarlier))
		}
		if tv.Manager != nil {
			row = append(row, scoreOrDash(r.Manager, r.HasManager), r.Difference())
		}
		t.rows = append(t.rows, row)
	}
	w.table(t)
}

// scoreOrDash writes a score to one decimal, or a dash where there is none.
func scoreOrDash(s float64, ok bool) string {
	if !ok {
		return "—"
	}
	return fmt.Sprintf("%.1f", s)
}
