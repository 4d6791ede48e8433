package report

import (
	"context"
	"fmt"
	"strings"

	"leadbridge/internal/talent"
)

// teamsSection is the title of the section on how people who lead a team are seen by it.
const teamsSection = "Seen by their teams"

// maxTeamGaps is how many of the widest differences between a team and a manager the
// summary names for each person.
const maxTeamGaps = 2

// loadTeams reads what the teams of the people who lead one see, keeping only the
// figures the anonymity rules show.
func (d *SuccessionDoc) loadTeams(ctx context.Context, svc talent.Services) error {
	views, err := svc.TeamViews(ctx)
	if err != nil {
		return fmt.Errorf("load ratings by group: %w", err)
	}
	d.Teams = map[int64]talent.TeamView{}
	for id, vs := range views {
		if tv, ok := vs.Team(); ok {
			d.Teams[id] = tv
		}
	}
	return nil
}

// teams lists, for each person whose team's figure may be shown, what their direct
// reports see against what their manager sees, where the two differ most. Nobody's
// team is shown from fewer than talent.MinGroup answers, so a summary with no such
// team leaves the section out.
func (w *successionWriter) teams() {
	if len(w.s.Teams) == 0 {
		return
	}
	w.heading(teamsSection)
	w.paragraph(fmt.Sprintf("What the direct reports of each person who leads a team see, from their latest round of at least %d anonymous answers, against their own manager's latest assessment.", talent.MinGroup))
	t := table{cols: []column{
		{title: "Person", share: 0.22, align: "L", bold: true},
		{title: "Team's answers", share: 0.3, align: "L"},
		{title: "Where team and manager differ most", share: 0.48, align: "L"},
	}, maxLines: 4}
	ids := make([]int64, 0, len(w.s.Teams))
	for id := range w.s.Teams {
		ids = append(ids, id)
	}
	for _, id := range w.byName(ids) {
		tv := w.s.Teams[id]
		t.rows = append(t.rows, []string{w.name(id), tv.Team.Label + ", answered " + tv.Team.Dates(), w.teamGaps(tv)})
	}
	w.table(t)
}

// teamGaps names the competencies where a team and the manager differ most.
func (w *successionWriter) teamGaps(tv talent.TeamView) string {
	if tv.Manager == nil {
		return "No assessment by their manager to compare"
	}
	widest := tv.Widest(w.s.Standard, maxTeamGaps)
	if len(widest) == 0 {
		return fmt.Sprintf("In line on every competency (manager's assessment of %s)", tv.Manager.Dates())
	}
	var parts []string
	for _, r := range widest {
		c, _ := w.s.Standard.Competency(r.CompetencyID)
		parts = append(parts, fmt.Sprintf("%s: team %.1f, manager %.1f", c.Name, r.Team, r.Manager))
	}
	return strings.Join(parts, "; ") + fmt.Sprintf(" (manager's assessment of %s)", tv.Manager.Dates())
}
