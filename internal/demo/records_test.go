package demo_test

import (
	"strings"
	"testing"

	"leadbridge/internal/talent"
)

func testAssessments(t *testing.T, b business, o talent.Overview) {
	never, thin, stale := 0, 0, 0
	for id, r := range o.Potential {
		switch {
		case b.person(id).ReportsTo == 0:
		case !r.Assessed():
			never++
		case r.Potential == "":
			thin++
		case talent.DaysBetween(r.Basis.Date, today) > talent.AssessmentMaxAgeDays:
			stale++
		}
	}
	if never == 0 || thin == 0 || stale == 0 {
		t.Errorf("never assessed %d, not enough evidence %d, assessed over a year ago %d; want some of each", never, thin, stale)
	}
	if len(o.NeedingAssessment) < never+thin+stale {
		t.Errorf("people needing an assessment = %d, want at least %d", len(o.NeedingAssessment), never+thin+stale)
	}
	seen, evidence := assessmentFeatures(t, b)
	for _, want := range []string{"self", "manager", "mentor", "peer", "owner", "below", "meets", "exceeds", "watch", "concern", "no evidence explained", "outside rater"} {
		if !seen[want] {
			t.Errorf("no assessment has %q", want)
		}
	}
	if evidence < 50 {
		t.Errorf("ratings with an evidence note = %d, want plenty", evidence)
	}
	testGrowth(t, b)
}

// assessmentFeatures notes which relationships, performance ratings and derailer levels
// the assessments use, and counts evidence notes, checking each assessment on the way.
func assessmentFeatures(t *testing.T, b business) (map[string]bool, int) {
	seen := map[string]bool{}
	evidence := 0
	for _, as := range b.Assessments {
		for _, a := range as {
			seen[string(a.Relationship)] = true
			seen[string(a.Performance)] = true
			if a.RaterID == 0 && a.RaterName != "" {
				seen["outside rater"] = true
			}
			for _, r := range a.Ratings {
				if r.Evidence != "" {
					evidence++
				}
				if r.Rating == talent.RatingNoEvidence && r.Evidence != "" {
					seen["no evidence explained"] = true
				}
			}
			for _, d := range a.Derailers {
				seen[string(d.Status)] = true
				if d.Status == talent.ConcernConcern && d.Evidence == "" {
					t.Errorf("a derailer concern has no evidence")
				}
			}
			if p := b.person(a.PersonID); p.Active() && (a.Date.After(today) || talent.DaysBetween(a.Date, today) > 730) {
				t.Errorf("assessment of %s dated %s, want within the last two years", p.Name, talent.FormatDate(a.Date))
			}
		}
	}
	return seen, evidence
}

// testGrowth checks that, across people assessed more than once by others, ratings rise
// from the first assessment to the latest.
func testGrowth(t *testing.T, b business) {
	total, people, gaps := 0.0, 0, 0
	need := talent.MinRated(b.Standard.BehaviourCount())
	for _, as := range b.Assessments {
		var full []talent.Assessment
		for _, a := range as {
			if n := len(a.Ratings); a.Relationship != talent.RelSelf && n >= need {
				full = append(full, a)
			}
		}
		if len(full) >= 2 {
			total += average(full[len(full)-1]) - average(full[0])
			people++
		}
		if len(talent.SelfGaps(b.Standard, as)) > 0 {
			gaps++
		}
	}
	if people < 5 {
		t.Fatalf("people assessed twice or more by others = %d, want at least 5", people)
	}
	if mean := total / float64(people); mean <= 0.05 {
		t.Errorf("mean rise in behaviour average from first to latest assessment = %.2f, want a clear rise", mean)
	}
	if gaps == 0 {
		t.Errorf("people with a self-versus-others gap = 0, want some")
	}
}

func testPlans(t *testing.T, b business) {
	statuses := map[talent.GoalStatus]bool{}
	kinds := map[talent.LearningKind]bool{}
	phases := map[talent.Phase]bool{}
	stalled := 0 // plans with a stalled goal
	goals, detailed := 0, 0
	for _, p := range b.Plans {
		phases[p.Phase] = true
		if p.TargetRole == "" || len(p.Goals) == 0 {
			t.Errorf("plan of %s has target role %q and %d goals, want both", b.person(p.PersonID).Name, p.TargetRole, len(p.Goals))
		}
		for _, g := range p.Goals {
			statuses[g.Status] = true
			goals++
			if g.Measure != "" && g.Support != "" && g.Obstacle != "" {
				detailed++
			}
			if d := g.Measure + g.Support + g.Obstacle; strings.ContainsAny(d, "{}") {
				t.Errorf("goal %q has an unfilled placeholder in %q", g.Title, d)
			}
			if _, ok := b.Standard.Competency(g.CompetencyID); !ok {
				t.Errorf("goal %q is tied to competency %d, not in the standard", g.Title, g.CompetencyID)
			}
			for _, a := range g.Actions {
				kinds[a.Kind] = true
			}
			for _, n := range g.Notes {
				if n.Date.Before(p.Start) || n.Date.After(today) {
					t.Errorf("progress note of %q dated %s, want between the plan's start %s and today", g.Title, talent.FormatDate(n.Date), talent.FormatDate(p.Start))
				}
			}
		}
		if len(p.StalledGoals(today)) > 0 {
			stalled++
		}
	}
	for _, s := range talent.GoalStatuses {
		if !statuses[s] {
			t.Errorf("no goal is %s", s.Label())
		}
	}
	for _, k := range talent.LearningKinds {
		if !kinds[k] {
			t.Errorf("no action is %s", k.Label())
		}
	}
	for _, ph := range []talent.Phase{talent.PhasePreparing, talent.PhaseFirst90} {
		if !phases[ph] {
			t.Errorf("no plan is in phase %s", ph.Label())
		}
	}
	if detailed*2 <= goals || detailed == goals {
		t.Errorf("goals with a success measure, support and obstacle = %d of %d, want most but not all", detailed, goals)
	}
	if stalled < 2 {
		t.Errorf("plans with a stalled goal = %d, want at least 2", stalled)
	}
}

// testPromotion checks the first-time manager promoted 40 to 80 days ago: the decision,
// the plan with its milestones, the 30-day one done and an overdue one flagged.
func testPromotion(t *testing.T, b business, o talent.Overview) {
	var promo talent.Decision
	notYet := 0
	for _, d := range b.Decisions {
		switch days := talent.DaysBetween(d.PromotionDate, today); {
		case d.Outcome == talent.OutcomePromote && days >= 40 && days <= 80:
			promo = d
		case d.Outcome == talent.OutcomeNotYet && d.Reason != "":
			notYet++
		}
	}
	if promo.ID == 0 {
		t.Fatalf("no promotion took effect 40 to 80 days ago")
	}
	if notYet == 0 {
		t.Errorf("not-yet decisions with a reason = 0, want some")
	}
	if p := b.person(promo.PersonID); p.JobTitle != promo.Role {
		t.Errorf("promoted person's job title = %q, want the role %q", p.JobTitle, promo.Role)
	}
	var plan talent.Plan
	for _, p := range b.Plans {
		if p.PersonID == promo.PersonID {
			plan = p
		}
	}
	if plan.Phase != talent.PhaseFirst90 || plan.TargetRole != promo.Role {
		t.Errorf("promoted person's plan: phase %q, target %q; want %q, %q", plan.Phase, plan.TargetRole, talent.PhaseFirst90, promo.Role)
	}
	if got := len(plan.Milestones); got != 6 {
		t.Fatalf("milestones = %d, want 6", got)
	}
	if m := plan.Milestones[0]; !m.Done || m.Notes == "" || m.DoneDate.After(today) {
		t.Errorf("30-day milestone: done %v, notes %q, done on %s; want done with notes", m.Done, m.Notes, talent.FormatDate(m.DoneDate))
	}
	overdue := false
	for _, om := range o.OverdueMilestones {
		overdue = overdue || om.PersonID == promo.PersonID
	}
	if !overdue {
		t.Errorf("the new manager has no overdue milestone, want the 60-day one")
	}
}

func testMentoring(t *testing.T, b business, o talent.Overview) {
	if got := len(b.Pairs); got < 5 || got > 9 {
		t.Errorf("mentoring pairs = %d, want about one per 6 people", got)
	}
	statuses := map[talent.PairStatus]bool{}
	for _, p := range b.Pairs {
		statuses[p.Status] = true
		a := p.Agreement
		if len(a.Goals) == 0 || len(a.Goals) > talent.MaxAgreementGoals || a.EveryDays == 0 || a.Format == "" || a.MinutesEach == 0 || a.Confidentiality == "" {
			t.Errorf("pair %d has an incomplete agreement: %+v", p.ID, a)
		}
		if len(p.Meetings) == 0 {
			t.Errorf("pair %d has no meetings", p.ID)
		}
		for _, m := range p.Meetings {
			if m.Topics == "" || m.AgreedActions == "" || m.Date.Before(p.Start) || m.Date.After(today) {
				t.Errorf("meeting of pair %d on %s: topics %q, actions %q; want both, within the pair's time", p.ID, talent.FormatDate(m.Date), m.Topics, m.AgreedActions)
			}
		}
	}
	if !statuses[talent.PairActive] || !statuses[talent.PairEnded] {
		t.Errorf("pair statuses = %v, want active and ended ones", statuses)
	}
	if len(o.PairsNotMet) == 0 {
		t.Errorf("active pairs that have not met in %d days = 0, want some", talent.NotMetAfterDays)
	}
}
