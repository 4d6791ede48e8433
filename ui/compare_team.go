package ui

import (
	"fmt"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"

	"leadbridge/internal/talent"
)

// loadTeams reads, for each candidate, what their team sees against what their manager
// sees, kept only where the anonymity rules show a team's figure (talent.Views): one
// store call for each of the two to four candidates.
func (c *comparePage) loadTeams() error {
	c.teams = map[int64]talent.TeamView{}
	for _, p := range c.candidates {
		vs, err := c.a.store.Views(c.a.ctx(), p.ID)
		if err != nil {
			return err
		}
		if tv, ok := vs.Team(); ok {
			c.teams[p.ID] = tv
		}
	}
	return nil
}

// teamRows set each candidate's team's view against their manager's, competency by
// competency, when any candidate has a team's figure to show; none otherwise.
func (c *comparePage) teamRows() []fyne.CanvasObject {
	if len(c.teams) == 0 {
		return nil
	}
	rows := []fyne.CanvasObject{widget.NewSeparator(), boldLabel("Their team's view against their manager's"),
		c.row("Answers", func(p talent.Person) fyne.CanvasObject { return wrapLabel(c.teamSaid(p)) })}
	for _, comp := range c.std.Competencies {
		rows = append(rows, c.row(comp.Name, func(p talent.Person) fyne.CanvasObject { return wrapLabel(c.teamScore(p, comp.ID)) }))
	}
	return rows
}

// teamSaid says whose answers a candidate's figures come from, and when.
func (c *comparePage) teamSaid(p talent.Person) string {
	tv, ok := c.teams[p.ID]
	if !ok {
		return fmt.Sprintf("Nothing to show: a team's figure needs at least %d answers from their direct reports in one round.", talent.MinGroup)
	}
	return tv.Said()
}

// teamScore is a candidate's team's score on one competency, with the earlier round's
// and their manager's where there are some.
func (c *comparePage) teamScore(p talent.Person, id int64) string {
	tv, ok := c.teams[p.ID]
	if !ok {
		return "—"
	}
	for _, r := range tv.Rows(c.std) {
		if r.CompetencyID != id {
			continue
		}
		s := "Team " + score(r.Team)
		if r.HasEarlier {
			s += " (earlier " + score(r.Earlier) + ")"
		}
		if r.HasManager {
			s += " · Manager " + score(r.Manager) + "\n" + r.Difference()
		}
		return s
	}
	return "No team's figure"
}
