package report

import (
	"fmt"
	"io"
	"strings"
	"testing"

	"leadbridge/internal/talent"
)

// TestWritePlan_GoalDetail reads the plan back and finds each goal's success measure,
// support and likely obstacle under that goal, and no label for what a goal leaves out.
func TestWritePlan_GoalDetail(t *testing.T) {
	p := fullPlan()
	first := &p.Plan.Goals[0]
	first.Measure = "Maja and Ali run two releases in a row\nwithout calling Zoë"
	first.Support = "Four hours of Дмитрий's time to review the checklist"
	first.Obstacle = "The quarter-end release freeze 🚧"
	p.Plan.Goals = append(p.Plan.Goals, talent.Goal{ID: 3, CompetencyID: 4, Title: "Holds a one-to-one with each engineer every month",
		Due: day("2026-09-30"), Status: talent.GoalNotStarted, Support: "A quiet room on Thursdays",
		Meta: talent.Meta{CreatedAt: day("2026-01-05")}})
	labels := []string{"Success measure:", "Support needed:", "Likely obstacle:"}
	for _, c := range []Copy{Mentor, Owner} {
		text := renderPlan(t, p, Options{Made: made, Copy: c}).flat()
		goals := text[strings.LastIndex(text, goalsSection):]
		goals = goals[:strings.Index(goals, "Training")]
		one := strings.Index(goals, "1. Hands the on-call rota")
		two := strings.Index(goals, "2. Gives specific feedback")
		three := strings.Index(goals, "3. Holds a one-to-one")
		if one < 0 || two < one || three < two {
			t.Fatalf("%v copy: goals out of order or missing in %q", c, goals)
		}
		mustContain(t, goals[one:two],
			"Success measure: Maja and Ali run two releases in a row without calling Zoë",
			"Support needed: Four hours of Дмитрий's time to review the checklist",
			"Likely obstacle: The quarter-end release freeze 🚧")
		// The detail comes before the goal's actions, under its title.
		if strings.Index(goals[one:two], "Likely obstacle:") > strings.Index(goals[one:two], "Hand the release checklist") {
			t.Errorf("%v copy: the detail of goal 1 is not between its title and its actions", c)
		}
		mustNotContain(t, goals[two:three], labels...)
		mustContain(t, goals[three:], "Support needed: A quiet room on Thursdays")
		mustNotContain(t, goals[three:], labels[0], labels[2])
	}
}

// TestWritePlan_LongGoalDetailKeepsLayout: goals whose every detail is as long as
// allowed are cut to a few lines and still keep each title with its detail and actions.
func TestWritePlan_LongGoalDetailKeepsLayout(t *testing.T) {
	long := strings.Repeat("The team notices the change week after week. ", 12)[:talent.MaxLineLen]
	// Goals without detail, due first, move the others down the page, so that some goal
	// meets the foot of a page at every point of its title, detail and actions.
	for extra := range 12 {
		p := fullPlan()
		for i := range extra {
			g := p.Plan.Goals[1]
			g.ID, g.Title, g.Due = int64(100+i), fmt.Sprintf("Short goal %d", i+1), day("2026-04-01")
			p.Plan.Goals = append(p.Plan.Goals, g)
		}
		for i := range 6 {
			g := p.Plan.Goals[i%2]
			g.ID, g.Title = int64(10+i), g.Title+" ("+strings.Repeat("again ", i)+")"
			g.Measure, g.Support, g.Obstacle = long[:100*(i%3+1)], long, long[:40*(i+1)]
			p.Plan.Goals = append(p.Plan.Goals, g)
		}
		for _, paper := range []Paper{A4, Letter} {
			checkLayout(t, fmt.Sprintf("plan with %d short goals first and long goal detail on %v", extra, paper),
				func(o Options) error { return WritePlan(io.Discard, p, o) }, paper, Mentor)
		}
	}
	p := fullPlan()
	p.Plan.Goals[0].Measure = long
	mustContain(t, renderPlan(t, p, Options{Made: made}).flat(), "Success measure: The team notices", "…")
}
