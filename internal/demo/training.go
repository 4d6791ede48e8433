package demo

import (
	"context"
	"fmt"

	"leadbridge/internal/talent"
)

// offering is a piece of training a small business buys or arranges. Placeholders:
// {boss} the person's manager, {project}.
type offering struct {
	kind            talent.TrainingKind
	title, provider string
	hours           float64
	costCents       int64
	key             string // the competency it serves
}

var offerings = []offering{
	{talent.TrainingCourse, "First-time manager programme (3 days)", "Chamber of Commerce", 21, 145000, "team"},
	{talent.TrainingCourse, "Leading people: the first year (ILM Level 3)", "ILM Centre", 35, 189000, "coaching"},
	{talent.TrainingCourse, "Finance for non-financial managers", "Open University", 12, 42000, "breadth"},
	{talent.TrainingWorkshop, "Giving feedback that lands", "Lindqvist Coaching", 7, 39500, "feedback"},
	{talent.TrainingWorkshop, "Difficult conversations at work", "Acas", 6, 18000, "feedback"},
	{talent.TrainingWorkshop, "Delegation in practice", "Lindqvist Coaching", 4, 25000, "delegating"},
	{talent.TrainingWorkshop, "Running effective meetings", "Chamber of Commerce", 3.5, 12000, "communicating"},
	{talent.TrainingWorkshop, "Building high-performing teams", "Peak Leadership", 7, 42000, "team"},
	{talent.TrainingELearning, "Delegation essentials", "LinkedIn Learning", 1.5, 0, "delegating"},
	{talent.TrainingELearning, "Coaching basics for new managers", "LinkedIn Learning", 2, 0, "coaching"},
	{talent.TrainingELearning, "Decision making under uncertainty", "Coursera", 8, 4900, "decisions"},
	{talent.TrainingELearning, "Managing change", "FutureLearn", 6, 0, "change"},
	{talent.TrainingELearning, "Effective business writing", "LinkedIn Learning", 2.5, 0, "communicating"},
	{talent.TrainingReading, "The Making of a Manager (Julie Zhuo)", "", 8, 2199, "delegating"},
	{talent.TrainingReading, "Radical Candor (Kim Scott)", "", 9, 1899, "feedback"},
	{talent.TrainingReading, "The Coaching Habit (Michael Bungay Stanier)", "", 4, 1499, "coaching"},
	{talent.TrainingReading, "The Speed of Trust (Stephen M. R. Covey)", "", 10, 1999, "trust"},
	{talent.TrainingConference, "Manufacturing Leadership Forum", "Make UK", 14, 89000, "breadth"},
	{talent.TrainingConference, "Small Business Growth Summit", "Federation of Small Businesses", 7, 29500, "results"},
	{talent.TrainingShadowing, "Shadow {boss} at the monthly order review", "In-house", 6, 0, "results"},
	{talent.TrainingShadowing, "Shadow the Head of Sales on two customer visits", "In-house", 8, 0, "breadth"},
	{talent.TrainingStretch, "Lead {project}", "In-house", 40, 0, "results"},
	{talent.TrainingStretch, "Run the team for two weeks while {boss} is on leave", "In-house", 60, 0, "team"},
	{talent.TrainingStretch, "Plan the induction of the next new starter", "In-house", 10, 0, "coaching"},
}

// reflections say what the person will do differently, by competency key.
var reflections = map[string][]string{
	"delegating": {"I will hand over the outcome and the deadline, and stop checking every step.",
		"I keep the jobs I enjoy. I will list them and give two away this month."},
	"coaching": {"Next time I will ask what they have tried before I give my answer.",
		"Each one-to-one will end with one thing the person wants to get better at."},
	"communicating": {"I will put the point and the request in the first two lines of every update.",
		"I will sum up what someone said before I answer; it stops most misunderstandings."},
	"trust": {"I will tell people early when I cannot keep a promise, instead of hoping it works out.",
		"I will say plainly what I can keep confidential and what I cannot."},
	"team": {"I will agree who does what with the team at the start, not fix it when it goes wrong.",
		"I will ask the quieter people first in meetings."},
	"results": {"I will go through the plan with the team every Monday and act on the first slip, not the third.",
		"When I raise a problem with the owner I will bring two options with it."},
	"change": {"I will explain what we do not know yet, instead of waiting until everything is decided.",
		"I will try a new way for a month before I judge it."},
	"breadth": {"I will ask Sales what they need before I change anything that affects customers.",
		"I now look at the margin on a job, not only at whether it was on time."},
	"feedback": {"I will give feedback the same day, starting with what I saw and its effect.",
		"I will raise a problem within a week instead of saving it for the review."},
	"decisions": {"I will say who decides and by when before we start discussing.",
		"I will decide with the facts I have by the date needed, and review it later."},
	"": {"I will try one thing from it every week and talk it through with my mentor."},
}

// writeTraining logs training: several entries for people with plans, one or two for
// some others, and completed courses in the history of some who left.
func (g *generator) writeTraining(ctx context.Context) error {
	for _, m := range g.members[1:] {
		count := 0
		switch {
		case m.candidate:
			count = g.between(2, 4)
		case g.chance(0.35):
			count = g.between(1, 2)
		}
		for range count {
			t, ok := g.training(m)
			if !ok {
				continue
			}
			if err := g.svc.SaveTraining(ctx, &t); err != nil {
				return fmt.Errorf("demo: save training of %s: %w", m.p.Name, err)
			}
			g.sum.Training++
		}
	}
	return nil
}

// training draws one entry. The first entries of the business take each kind and each
// status in turn, so a small sample shows them all.
func (g *generator) training(m *member) (talent.Training, bool) {
	n := g.sum.Training
	o := pick(g, offerings)
	if n < len(talent.TrainingKinds) {
		o = firstOffering(talent.TrainingKinds[n])
	} else if m.candidate && g.chance(0.6) {
		o = g.offeringFor(m)
	}
	status := pickWeighted(g, talent.TrainingStatuses, 28, 60, 12)
	if n < len(talent.TrainingStatuses) {
		status = talent.TrainingStatuses[n]
	}
	if !m.p.Active() {
		status = talent.TrainingCompleted
	}
	t := talent.Training{
		PersonID:     m.p.ID,
		Title:        fill(o.title, "{boss}", m.manager.call, "{project}", pick(g, projects)),
		Provider:     o.provider,
		Kind:         o.kind,
		CompetencyID: g.competencyID(o.key),
		Hours:        o.hours,
		CostCents:    o.costCents,
		Status:       status,
	}
	return t, g.dateTraining(m, &t, o.key)
}

// dateTraining sets the dates that fit the status, within the person's time at the
// business, and writes a reflection on most completed entries.
func (g *generator) dateTraining(m *member, t *talent.Training, key string) bool {
	earliest := m.p.StartDate.AddDate(0, 0, 14)
	latest := g.today
	if !m.p.Active() {
		latest = m.p.LeftDate.AddDate(0, 0, -10)
	}
	switch t.Status {
	case talent.TrainingPlanned:
		t.PlannedDate = g.today.AddDate(0, 0, g.between(7, 150))
		return true
	case talent.TrainingCancelled:
		t.PlannedDate = later(g.daysAgo(10, 300), earliest)
		return true
	}
	t.PlannedDate = later(latest.AddDate(0, 0, -g.between(20, 700)), earliest)
	t.CompletedDate = minDate(t.PlannedDate.AddDate(0, 0, g.between(0, 14)), latest)
	if t.CompletedDate.Before(t.PlannedDate) {
		return false
	}
	if g.chance(0.85) {
		t.Reflection = pick(g, reflections[bankKey(key)])
	}
	return true
}

func firstOffering(k talent.TrainingKind) offering {
	for _, o := range offerings {
		if o.kind == k {
			return o
		}
	}
	return offerings[0]
}

// offeringFor picks training for one of the person's three weakest competencies.
func (g *generator) offeringFor(m *member) offering {
	for _, ci := range shuffled(g, m.weakest(3)) {
		for _, o := range shuffled(g, offerings) {
			if o.key == g.keys[ci] {
				return o
			}
		}
	}
	return pick(g, offerings)
}

// competencyID returns the ID of the competency with a text bank key, or 0.
func (g *generator) competencyID(key string) int64 {
	for i, k := range g.keys {
		if k == key && k != "" {
			return g.std.Competencies[i].ID
		}
	}
	return 0
}
