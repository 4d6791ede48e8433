package talent

import (
	"sort"
	"time"
)

// Overview answers "where do we stand?": what the home view shows and the succession
// summary prints, computed once from loaded records.
type Overview struct {
	AsOf              time.Time
	Bench             Bench
	RolesWithoutReady []KeyRole
	Potential         map[int64]PotentialResult // of the people NeedingAssessment, by person
	Grid              map[Box][]int64           // people placed in each box, by name
	// NotPlaced are the active people off the grid, by name; with Grid it holds every
	// active person exactly once. Their results in Potential say why.
	NotPlaced []int64
	// NeedingAssessment are NotPlaced and the placed people assessed over a year ago, by
	// name.
	NeedingAssessment  []int64
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
	b := NewOverviewBuilder(in.AsOf, in.Standard)
	b.AddPeople(in.People)
	for id, r := range in.Potentials {
		b.AddPotential(id, r)
	}
	b.AddRoles(in.Roles)
	b.AddPlans(in.Plans)
	b.AddPairs(in.Pairs)
	return b.Overview()
}

// OverviewBuilder computes the same overview as BuildOverview from records given one kind
// at a time, so that a caller can let go of each kind before loading the next: in a large
// business the people, their potential results, the plans and the pairs each take
// megabytes, and held all at once several times what any one does. Add the people first;
// the other kinds in any order.
type OverviewBuilder struct {
	o        Overview
	std      Standard
	active   []int64 // in the order the people came, by name
	isActive map[int64]bool
	placed   map[int64]Box
	assessed map[int64]bool // has a potential result; the rest get the standard's "not assessed"
}

// NewOverviewBuilder starts an overview as of a date, under a standard.
func NewOverviewBuilder(asOf time.Time, std Standard) *OverviewBuilder {
	return &OverviewBuilder{
		o:        Overview{AsOf: Day(asOf), Potential: map[int64]PotentialResult{}, Grid: map[Box][]int64{}},
		std:      std,
		isActive: map[int64]bool{},
		placed:   map[int64]Box{},
		assessed: map[int64]bool{},
	}
}

// AddPeople takes everyone, active and left, ordered by name.
func (b *OverviewBuilder) AddPeople(people []Person) {
	for _, p := range people {
		if !p.Active() {
			continue
		}
		b.active = append(b.active, p.ID)
		b.isActive[p.ID] = true
		if p.RiskOfLeaving == LevelHigh && p.ImpactOfLoss == LevelHigh {
			b.o.HighRiskHighImpact = append(b.o.HighRiskHighImpact, p.ID)
		}
	}
	b.o.SoleExperts = SoleExpertise(people)
}

// AddPotential takes one person's potential result, as EachPotentialResult hands it over.
func (b *OverviewBuilder) AddPotential(personID int64, r PotentialResult) {
	if b.isActive[personID] {
		b.assessed[personID] = true
		b.addPotential(personID, r)
	}
}

func (b *OverviewBuilder) addPotential(personID int64, r PotentialResult) {
	if box, ok := Place(r); ok {
		b.placed[personID] = box
	}
	if r.NeedsAssessment(b.o.AsOf) {
		b.o.Potential[personID] = r
	}
}

// AddRoles takes every key role.
func (b *OverviewBuilder) AddRoles(roles []KeyRole) {
	b.o.Bench = BenchStrength(roles)
	for _, r := range roles {
		if !r.HasReadyNow() {
			b.o.RolesWithoutReady = append(b.o.RolesWithoutReady, r)
		}
	}
}

// AddPlans takes every development plan; outlines are enough.
func (b *OverviewBuilder) AddPlans(plans []Plan) {
	b.o.addPlans(plans, b.isActive)
}

// AddPairs takes every mentoring pair with its meetings; outlines are enough.
func (b *OverviewBuilder) AddPairs(pairs []Pair) {
	for _, p := range pairs {
		if p.NotMetLately(b.o.AsOf) && b.isActive[p.MenteeID] {
			b.o.PairsNotMet = append(b.o.PairsNotMet, p)
		}
	}
}

// Overview places the people in the grid and lists who needs an assessment, both by
// name, and returns the overview. Call it once, after adding everything.
func (b *OverviewBuilder) Overview() Overview {
	unassessed := DerivePotential(b.std, nil) // what PotentialResults.Of gives them
	for _, id := range b.active {
		if !b.assessed[id] {
			b.addPotential(id, unassessed)
		}
		if box, ok := b.placed[id]; ok {
			b.o.Grid[box] = append(b.o.Grid[box], id)
		} else {
			b.o.NotPlaced = append(b.o.NotPlaced, id)
		}
		if _, ok := b.o.Potential[id]; ok {
			b.o.NeedingAssessment = append(b.o.NeedingAssessment, id)
		}
	}
	return b.o
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
