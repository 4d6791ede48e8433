package talent

import (
	"sort"
	"time"
)

// Overview answers "where do we stand?": what the home view shows and the succession
// summary prints, computed once from loaded records.
type Overview struct {
	AsOf               time.Time
	Bench              Bench
	RolesWithoutReady  []KeyRole
	Potential          map[int64]PotentialResult // of the people NeedingAssessment, by person
	Grid               map[Box][]int64           // people placed in each box, by name
	NeedingAssessment  []int64                   // not placed, or assessed over a year ago
	StalledPlans       []StalledPlan
	OverdueMilestones  []OverdueMilestone
	PairsNotMet        []Pair
	SoleExperts        []SoleExpert
	HighRiskHighImpact []int64
}

// StalledPlan is a plan with at least one stalled goal.
type StalledPlan struct {
	Plan  Plan
	Goals []Goal
}

// OverdueMilestone is a transition check-point past its due date.
type OverdueMilestone struct {
	PersonID  int64
	Milestone Milestone
}

// OverviewInput is what an Overview is computed from.
type OverviewInput struct {
	AsOf       time.Time
	Standard   Standard
	People     []Person         // ordered by name
	Potentials PotentialResults // from AssessmentService.PotentialResults
	Roles      []KeyRole
	Plans      []Plan
	Pairs      []Pair
}

// BuildOverview computes the overview. Only active people are placed or flagged.
func BuildOverview(in OverviewInput) Overview {
	o := Overview{
		AsOf:      Day(in.AsOf),
		Bench:     BenchStrength(in.Roles),
		Potential: map[int64]PotentialResult{},
		Grid:      map[Box][]int64{},
	}
	active := map[int64]bool{}
	for _, p := range in.People {
		if !p.Active() {
			continue
		}
		active[p.ID] = true
		res := in.Potentials.Of(in.Standard, p.ID)
		if box, ok := Place(res); ok {
			o.Grid[box] = append(o.Grid[box], p.ID)
		}
		if res.NeedsAssessment(o.AsOf) {
			o.NeedingAssessment = append(o.NeedingAssessment, p.ID)
			o.Potential[p.ID] = res
		}
		if p.RiskOfLeaving == LevelHigh && p.ImpactOfLoss == LevelHigh {
			o.HighRiskHighImpact = append(o.HighRiskHighImpact, p.ID)
		}
	}
	for _, r := range in.Roles {
		if !r.HasReadyNow() {
			o.RolesWithoutReady = append(o.RolesWithoutReady, r)
		}
	}
	o.addPlans(in.Plans, active)
	for _, p := range in.Pairs {
		if p.NotMetLately(o.AsOf) && active[p.MenteeID] {
			o.PairsNotMet = append(o.PairsNotMet, p)
		}
	}
	o.SoleExperts = SoleExpertise(in.People)
	return o
}

func (o *Overview) addPlans(plans []Plan, active map[int64]bool) {
	for _, p := range plans {
		if !active[p.PersonID] {
			continue
		}
		if goals := p.StalledGoals(o.AsOf); len(goals) > 0 {
			o.StalledPlans = append(o.StalledPlans, StalledPlan{Plan: p, Goals: goals})
		}
		for _, m := range p.Milestones {
			if m.Overdue(o.AsOf) {
				o.OverdueMilestones = append(o.OverdueMilestones, OverdueMilestone{PersonID: p.PersonID, Milestone: m})
			}
		}
	}
	sort.SliceStable(o.OverdueMilestones, func(i, j int) bool {
		return o.OverdueMilestones[i].Milestone.Due.Before(o.OverdueMilestones[j].Milestone.Due)
	})
}
