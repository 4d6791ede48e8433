package demo

import (
	"context"
	"encoding/base32"
	"fmt"
	"time"

	"leadbridge/internal/talent"
)

// writeRatingPacks gives the first recently promoted manager with a team of three or
// more what their team sees, over two rounds: a first round on paper forms some weeks
// after the promotion, and a second of rating packs sent three weeks ago, most of them
// returned; and their own manager's view, typed in after the first round, with a
// fresh pack to their manager not yet returned.
func (g *generator) writeRatingPacks(ctx context.Context) error {
	m, team := g.ratedManager()
	if m == nil {
		return nil
	}
	second := g.today.AddDate(0, 0, -21)
	first := m.promoted.Add(second.Sub(m.promoted) / 2)
	for _, r := range team {
		a := g.teamAnswer(m, first, first.AddDate(0, 0, g.between(1, 10)), 2.3, talent.SourcePaper)
		if err := g.svc.SaveAssessment(ctx, &a); err != nil {
			return fmt.Errorf("demo: save an answer about %s from %s: %w", m.p.Name, r.p.Name, err)
		}
	}
	returned := max(talent.MinGroup, len(team)-1)
	for i, r := range team {
		p, err := g.sendPack(ctx, m, r, talent.RelDirectReport, second)
		if err != nil {
			return err
		}
		if i >= returned {
			continue
		}
		answer := g.teamAnswer(m, second, second.AddDate(0, 0, g.between(1, 12)), 2.9, talent.SourcePack)
		if _, err := g.svc.ReturnPack(ctx, p.Code, func(talent.RatingPack, talent.Standard) (talent.Assessment, error) { return answer, nil }); err != nil {
			return fmt.Errorf("demo: return a rating pack about %s: %w", m.p.Name, err)
		}
	}
	if _, err := g.sendPack(ctx, m, m.manager, talent.RelManager, g.today.AddDate(0, 0, -5)); err != nil {
		return err
	}
	// Their manager's own view, typed in after the first round, rosier than the team's:
	// the plan and Compare set the two side by side.
	a := talent.Assessment{PersonID: m.p.ID, Relationship: talent.RelManager, RaterID: m.manager.p.ID,
		Date: first.AddDate(0, 0, 14)}
	for i, r := range g.rate(m, 3.1, 0.9, false) {
		if r.Rated() {
			a.Ratings = append(a.Ratings, talent.BehaviourRating{BehaviourID: g.behaviours[i].id, Rating: r})
		}
	}
	if err := g.svc.SaveAssessment(ctx, &a); err != nil {
		return fmt.Errorf("demo: save %s's manager's assessment: %w", m.p.Name, err)
	}
	g.sum.Assessments++
	return nil
}

// ratedManager is the first recently promoted manager whose active team has three
// people or more, with up to six of them.
func (g *generator) ratedManager() (*member, []*member) {
	for _, m := range g.members {
		if m.promoted.IsZero() || !m.p.Active() {
			continue
		}
		var team []*member
		for _, r := range g.members {
			if r.manager == m && r.p.Active() && len(team) < 6 {
				team = append(team, r)
			}
		}
		if len(team) >= talent.MinGroup {
			return m, team
		}
	}
	return nil, nil
}

// teamAnswer is one direct report's anonymous answer in the round of packs made on round.
func (g *generator) teamAnswer(m *member, round, date time.Time, mean float64, source talent.Source) talent.Assessment {
	a := talent.Assessment{PersonID: m.p.ID, Relationship: talent.RelDirectReport, Date: date, Round: round, Source: source}
	for i, r := range g.rate(m, mean, 0.7, false) {
		if r.Rated() {
			a.Ratings = append(a.Ratings, talent.BehaviourRating{BehaviourID: g.behaviours[i].id, Rating: r})
		}
	}
	return a
}

// sendPack records a rating pack about m sent to rater on day, with a code drawn from the
// generator's own random numbers, so that the same options give the same business.
func (g *generator) sendPack(ctx context.Context, m, rater *member, kind talent.Relationship, day time.Time) (talent.RatingPack, error) {
	b := make([]byte, 20)
	for i := range b {
		b[i] = byte(g.rng.IntN(256))
	}
	p := talent.RatingPack{Code: base32.StdEncoding.WithPadding(base32.NoPadding).EncodeToString(b), PersonID: m.p.ID,
		Relationship: kind, RaterID: rater.p.ID, Made: day, Expires: day.AddDate(0, 0, talent.PackValidDays)}
	for _, br := range g.behaviours {
		p.Behaviours = append(p.Behaviours, br.id)
	}
	if err := g.svc.SavePack(ctx, &p); err != nil {
		return p, fmt.Errorf("demo: save a rating pack about %s: %w", m.p.Name, err)
	}
	return p, nil
}
