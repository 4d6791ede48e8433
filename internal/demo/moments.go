package demo

import (
	"context"
	"fmt"
	"math"

	"leadbridge/internal/talent"
)

// writeMoments logs about one leadership moment per person over the last year, more
// often about people with plans, seen by managers, team mates and the owner.
func (g *generator) writeMoments(ctx context.Context) error {
	var subjects []*member
	for _, m := range g.members {
		if m.p.Active() && m.role != roleOwner {
			subjects = append(subjects, m)
		}
	}
	for range int(math.Round(float64(g.n) * 0.9)) {
		m := pick(g, subjects)
		if len(g.candidates) > 0 && g.chance(0.4) {
			m = pick(g, g.candidates)
		}
		mo := g.moment(m)
		if err := g.svc.SaveMoment(ctx, &mo); err != nil {
			return fmt.Errorf("demo: save leadership moment of %s: %w", m.p.Name, err)
		}
		g.sum.Moments++
	}
	return nil
}

// moment is one observed act. People with a derailer show it now and then; otherwise
// the moment is about a behaviour, more often positive where the person is strong.
func (g *generator) moment(m *member) talent.Moment {
	mo := talent.Moment{
		PersonID:   m.p.ID,
		Date:       minDate(later(g.daysAgo(1, 365), m.p.StartDate.AddDate(0, 0, 7)), g.today),
		ObserverID: g.observerOf(m).p.ID,
	}
	if m.derailer != "" && g.chance(0.35) {
		mo.Derailer, mo.Positive = m.derailer, g.chance(0.25)
		mo.Text = g.derailerLine(m, m.derailer, mo.Positive)
		return mo
	}
	b := pick(g, g.behaviours)
	// People log more of what goes well than of what does not.
	strength := (m.level+m.offsets[b.comp]-1)/3 + 0.2
	mo.CompetencyID = g.std.Competencies[b.comp].ID
	mo.Positive = g.chance(math.Min(math.Max(strength, 0.25), 0.9))
	mo.Text = g.behaviourLine(m, b, mo.Positive)
	return mo
}

// observerOf picks who saw the moment: mostly the manager or a colleague.
func (g *generator) observerOf(m *member) *member {
	switch r := g.rng.Float64(); {
	case r < 0.5:
		return m.manager
	case r < 0.85:
		if c := g.colleagueOf(m); c != m {
			return c
		}
	case m.mentor != nil:
		return m.mentor
	}
	return g.owner
}
