package demo

import (
	"context"
	"fmt"
	"time"

	"leadbridge/internal/talent"
)

// planCandidates chooses who has a development plan: the recent first-time managers,
// the successors who want to lead, then others with high potential who want to.
func (g *generator) planCandidates() {
	want := max(3, g.n/5)
	var count int
	add := func(m *member, target string) {
		if m.candidate || !m.p.Active() || m.role == roleOwner || count >= want {
			return
		}
		m.candidate, m.target = true, target
		g.candidates = append(g.candidates, m)
		count++
	}
	for _, m := range g.members {
		if !m.promoted.IsZero() {
			add(m, m.p.JobTitle)
		}
	}
	for _, r := range g.roles {
		for _, s := range r.successors {
			low := s.m.placed && s.m.box.Potential == talent.PotentialLow
			if s.readiness != talent.ReadyEmergency && s.m.aspiration != talent.AspirationNo && !low {
				add(s.m, r.title)
			}
		}
	}
	for _, m := range g.members {
		if m.role == roleStaff && m.placed && m.box.Potential == talent.PotentialHigh && m.aspiration == talent.AspirationYes {
			add(m, "Team Leader, "+m.team.name)
		}
	}
}

// writePlans writes the development plans, then the promotion decisions that add
// transition milestones to the new managers' plans.
func (g *generator) writePlans(ctx context.Context) error {
	stalled := 0
	for _, m := range g.candidates {
		p := g.plan(m, &stalled)
		if err := g.svc.SavePlan(ctx, &p); err != nil {
			return fmt.Errorf("demo: save plan of %s: %w", m.p.Name, err)
		}
		g.sum.Plans++
		g.sum.Goals += len(p.Goals)
	}
	return g.writeDecisions(ctx)
}

// minStalled is how many plans get a stalled goal for certain, so the home view has
// some to show; later ones stall by chance.
const minStalled = 2

// plan builds a plan whose goals work on the person's weakest competencies. stalled
// counts the plans given a stalled goal so far.
func (g *generator) plan(m *member, stalled *int) talent.Plan {
	start := later(g.daysAgo(45, 400), m.p.StartDate.AddDate(0, 0, 30))
	if !m.promoted.IsZero() {
		start = m.promoted.AddDate(0, 0, -g.between(60, 150))
	}
	start = minDate(start, g.today)
	p := talent.Plan{
		PersonID:   m.p.ID,
		TargetRole: m.target,
		Start:      start,
		Review:     g.today.AddDate(0, 0, g.between(14, 120)),
		Phase:      talent.PhaseAt(m.promoted, g.today),
	}
	forced := false
	for k, ci := range m.weakest(g.between(2, 4)) {
		status := g.goalStatus()
		force := *stalled < minStalled && m.promoted.IsZero() && !forced
		stall := status.Open() && talent.DaysBetween(start, g.today) > 60 && (force || g.chance(0.25))
		if stall && force {
			forced = true
			*stalled++
		}
		p.Goals = append(p.Goals, g.goal(m, ci, k, start, status, stall))
	}
	return p
}

func minDate(a, b time.Time) time.Time {
	if a.Before(b) {
		return a
	}
	return b
}

// goalStatus deals the first goals one of each status, then draws them.
func (g *generator) goalStatus() talent.GoalStatus {
	g.goalCount++
	if g.goalCount <= len(talent.GoalStatuses) {
		return talent.GoalStatuses[g.goalCount-1]
	}
	return pickWeighted(g, talent.GoalStatuses, 20, 45, 25, 10)
}

func (g *generator) goal(m *member, ci, k int, start time.Time, status talent.GoalStatus, stalled bool) talent.Goal {
	text := growthText[g.keys[ci]]
	goal := talent.Goal{
		CompetencyID: g.std.Competencies[ci].ID,
		Title:        pick(g, text.goals),
		Due:          start.AddDate(0, 0, g.between(90, 270)),
		Status:       status,
	}
	if status.Open() {
		goal.Due = g.today.AddDate(0, 0, g.between(20, 180)) // open goals were rescheduled when they slipped
	}
	switch status {
	case talent.GoalInProgress:
		goal.Progress = 5 * g.between(2, 16)
	case talent.GoalDone:
		goal.Progress = 100
	case talent.GoalDropped:
		goal.Progress = 5 * g.between(0, 8)
	}
	g.goalDetail(m, &goal, text)
	// The goal dates from the plan's start: its age, not the day it was typed in, is
	// what makes it stalled when nobody updates it.
	goal.CreatedAt = start
	goal.Notes = g.progressNotes(m, status, stalled, start)
	// Actions fall due before the goal does, and before a finished goal's last note.
	end := minDate(goal.Due, goal.Notes[len(goal.Notes)-1].Date)
	if status.Open() {
		end = goal.Due
	}
	for j := range g.between(2, 3) {
		kind := talent.LearningKinds[(k+j)%len(talent.LearningKinds)]
		goal.Actions = append(goal.Actions, talent.Action{
			Kind: kind,
			Text: fill(pick(g, text.actionsOf(kind)), g.planVars(m)...),
			Due:  start.AddDate(0, 0, g.between(min(14, talent.DaysBetween(start, end)), talent.DaysBetween(start, end))),
			Done: status == talent.GoalDone || (status == talent.GoalInProgress && j == 0 && g.chance(0.6)),
		})
	}
	return goal
}

// progressNotes dates the goal's updates between the plan's start and its last update:
// recent for live goals, 50 days or more ago for stalled ones.
func (g *generator) progressNotes(m *member, status talent.GoalStatus, stalled bool, start time.Time) []talent.ProgressNote {
	last := g.daysAgo(2, 30)
	count := 1
	switch {
	case status == talent.GoalNotStarted:
	case stalled:
		count = g.between(1, 2)
	case status == talent.GoalInProgress:
		count = g.between(1, 3)
	case status == talent.GoalDone || status == talent.GoalDropped:
		// Finished somewhere in the second half of the plan so far.
		days := talent.DaysBetween(start, g.today)
		last = start.AddDate(0, 0, g.between(days/2, max(days-5, days/2)))
		count = g.between(1, 3)
	}
	if stalled {
		last = g.daysAgo(talent.StalledAfterDays+5, 120)
	}
	last = later(last, start)
	span := talent.DaysBetween(start, last)
	notes := make([]talent.ProgressNote, count)
	// Dealt from a shuffled list, so one goal never repeats an update.
	updates := shuffled(g, progressLines[talent.GoalInProgress])
	for i := range notes {
		line := updates[i%len(updates)]
		switch {
		case i == count-1:
			line = pick(g, progressLines[status])
		case i == 0:
			line = pick(g, openingLines)
		}
		notes[i] = talent.ProgressNote{
			Date: start.AddDate(0, 0, span*(i+1)/count),
			Text: fill(line, g.planVars(m)...),
		}
	}
	return notes
}

// planVars are placeholder values for development text: vars plus the person's mentor,
// or their manager when they have none.
func (g *generator) planVars(m *member) []string {
	return g.mentoringVars(m, planMentor(m))
}

// planMentor is who guides m's plan: the mentor, or the manager when there is none.
func planMentor(m *member) *member {
	if m.mentor != nil {
		return m.mentor
	}
	return m.manager
}

func (g *generator) mentoringVars(m, mentor *member) []string {
	return append(g.vars(m), guideVars(m, mentor)...)
}

// guideVars names the mentor and the manager in a text template.
func guideVars(m, mentor *member) []string {
	return []string{"{mentor}", mentor.call, "{boss}", m.manager.call}
}

// goalDetail gives most goals a success measure, the support they need and their likely
// obstacle, so that the sample plans show them; every fifth goal has none, as a goal
// typed in before they were asked for. The texts are dealt by the goal's number rather
// than drawn, so that the rest of the sample business stays as it was.
func (g *generator) goalDetail(m *member, goal *talent.Goal, text growth) {
	n := g.goalCount
	if n%5 == 0 {
		return
	}
	vars := guideVars(m, planMentor(m))
	goal.Measure = fill(text.measures[n%len(text.measures)], vars...)
	goal.Support = fill(goalSupport[n%len(goalSupport)], vars...)
	goal.Obstacle = goalObstacles[n%len(goalObstacles)]
}

// writeDecisions records the promotions of the recent first-time managers, a few
// "not yet" decisions, and one "do not promote" for a specialist who does not want to lead.
func (g *generator) writeDecisions(ctx context.Context) error {
	for _, m := range g.members {
		if m.promoted.IsZero() {
			continue
		}
		if err := g.writePromotion(ctx, m); err != nil {
			return err
		}
	}
	notYet := max(1, g.n/40)
	for _, m := range g.candidates {
		if notYet > 0 && m.role == roleStaff && m.readiness == talent.Ready1to2Years {
			if err := g.decide(ctx, m, "Team Leader, "+m.team.name, g.daysAgo(30, 240), talent.OutcomeNotYet); err != nil {
				return err
			}
			notYet--
		}
	}
	if m := g.specialist(); m != nil {
		return g.decide(ctx, m, "Team Leader, "+m.team.name, g.daysAgo(60, 300), talent.OutcomeNo)
	}
	return nil
}

// specialist is the longest-serving strong performer who does not want to lead: the
// trusted expert a business is tempted to promote anyway.
func (g *generator) specialist() *member {
	var best *member
	for _, m := range g.members {
		if m.role == roleStaff && m.placed && m.aspiration == talent.AspirationNo && m.box.Performance == talent.PerformanceExceeds &&
			(best == nil || m.p.StartDate.Before(best.p.StartDate)) {
			best = m
		}
	}
	return best
}

// writePromotion records an earlier "not yet" when there was time for one, then the
// promotion, then marks the milestones the new manager has already reached. A milestone
// due in the last three weeks is left open, as busy new managers leave them.
func (g *generator) writePromotion(ctx context.Context, m *member) error {
	if m.promoted.Sub(m.p.StartDate) > 3*365*24*time.Hour && m.predecessor != nil {
		if err := g.decide(ctx, m, "Team Leader, "+m.team.name, m.promoted.AddDate(0, 0, -g.between(300, 420)), talent.OutcomeNotYet); err != nil {
			return err
		}
	}
	d := talent.Decision{
		PersonID:      m.p.ID,
		Role:          m.p.JobTitle,
		Date:          m.promoted.AddDate(0, 0, -g.between(7, 21)),
		Outcome:       talent.OutcomePromote,
		PromotionDate: m.promoted,
		Reason:        fill(pick(g, decisionReasons[talent.OutcomePromote]), g.vars(m)...),
	}
	if err := g.svc.RecordDecision(ctx, &d); err != nil {
		return fmt.Errorf("demo: record promotion of %s: %w", m.p.Name, err)
	}
	g.sum.Decisions++
	p, err := g.svc.Plan(ctx, m.p.ID)
	if err != nil {
		return fmt.Errorf("demo: read plan of %s: %w", m.p.Name, err)
	}
	vars := append(g.vars(m), "{boss}", m.manager.call)
	for i := range p.Milestones {
		ms := &p.Milestones[i]
		if ms.Done || !ms.Due.Before(g.today.AddDate(0, 0, -20)) {
			continue
		}
		ms.Done, ms.DoneDate = true, minDate(ms.Due.AddDate(0, 0, g.between(-4, 6)), g.today)
		ms.Notes = fill(milestoneNote(ms.Label), vars...)
	}
	if err := g.svc.SavePlan(ctx, &p); err != nil {
		return fmt.Errorf("demo: save milestones of %s: %w", m.p.Name, err)
	}
	g.sum.Milestones += len(p.Milestones)
	return nil
}

func (g *generator) decide(ctx context.Context, m *member, role string, on time.Time, o talent.Outcome) error {
	d := talent.Decision{
		PersonID: m.p.ID,
		Role:     role,
		Date:     later(on, m.p.StartDate),
		Outcome:  o,
		Reason:   fill(pick(g, decisionReasons[o]), g.vars(m)...),
	}
	if err := g.svc.RecordDecision(ctx, &d); err != nil {
		return fmt.Errorf("demo: record decision on %s: %w", m.p.Name, err)
	}
	g.sum.Decisions++
	return nil
}
