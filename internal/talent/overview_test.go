package talent_test

import (
	"fmt"
	"maps"
	"reflect"
	"slices"
	"testing"
	"time"

	"leadbridge/internal/talent"
)

// smallBusiness is six people, three key roles, three plans and four pairs, as of
// 30 June 2026. Zoë has left: everything about her must stay out of the overview. Mia
// was assessed recently, but without a performance rating.
func smallBusiness() talent.OverviewInput {
	std := smallStandard(2, 2)
	assessed := func(person int64, date string, perf talent.Performance, rs ...talent.Rating) talent.PotentialResult {
		a := by(std, person*10, date, rs)
		a.PersonID, a.Performance = person, perf
		return talent.DerivePotential(std, []talent.Assessment{a})
	}
	goal := func(id int64, status talent.GoalStatus, created string) talent.Goal {
		return talent.Goal{ID: id, CompetencyID: 1, Title: "Goal", Status: status, Meta: talent.Meta{CreatedAt: day(created)}}
	}
	milestone := func(label, due string, done bool) talent.Milestone {
		return talent.Milestone{Label: label, Due: day(due), Done: done}
	}
	active, left := talent.StatusActive, talent.StatusLeft
	return talent.OverviewInput{
		AsOf:     day("2026-06-30").Add(16 * time.Hour),
		Standard: std,
		People: []talent.Person{
			{ID: 1, Name: "Ana Silva", Status: active, RiskOfLeaving: talent.LevelHigh, ImpactOfLoss: talent.LevelHigh, Expertise: []string{"Payroll"}},
			{ID: 2, Name: "Bob Øster", Status: active, Expertise: []string{"Forklift"}},
			{ID: 6, Name: "Mia Kovač", Status: active},
			{ID: 3, Name: "Zoë Ångström", Status: left, LeftDate: day("2026-01-31"), RiskOfLeaving: talent.LevelHigh, ImpactOfLoss: talent.LevelHigh, Expertise: []string{"Payroll", "Kiln"}},
			{ID: 4, Name: "李小龍", Status: active, RiskOfLeaving: talent.LevelHigh, ImpactOfLoss: talent.LevelMedium},
			{ID: 5, Name: "محمد", Status: active, Expertise: []string{"forklift"}},
		},
		Potentials: talent.PotentialResults{
			1: assessed(1, "2026-03-22", talent.PerformanceExceeds, 4, 4, 4, 4),
			2: assessed(2, "2025-06-29", talent.PerformanceMeets, 3, 3, 3, 3),
			3: assessed(3, "2025-12-01", talent.PerformanceExceeds, 4, 4, 4, 4),
			5: assessed(5, "2026-06-01", talent.PerformanceMeets, 3),
			6: assessed(6, "2026-06-01", "", 4, 4, 4, 4),
		},
		Roles: []talent.KeyRole{
			{ID: 1, Title: "Head of operations", HolderID: 1, Successors: []talent.Successor{{PersonID: 2, Readiness: talent.ReadyNow}}},
			{ID: 2, Title: "Finance lead", HolderID: 3, Successors: []talent.Successor{{PersonID: 4, Readiness: talent.ReadyEmergency}}},
			{ID: 3, Title: "Workshop lead", HolderID: 5},
		},
		Plans: []talent.Plan{
			{ID: 1, PersonID: 1,
				Goals:      []talent.Goal{goal(11, talent.GoalInProgress, "2026-05-01"), goal(12, talent.GoalInProgress, "2026-06-01"), goal(13, talent.GoalDone, "2026-01-01")},
				Milestones: []talent.Milestone{milestone("30 days", "2026-01-01", true), milestone("6 months", "2026-06-20", false), milestone("12 months", "2026-12-01", false)}},
			{ID: 2, PersonID: 2,
				Goals:      []talent.Goal{goal(21, talent.GoalNotStarted, "2026-06-10")},
				Milestones: []talent.Milestone{milestone("90 days", "2026-06-29", false), milestone("60 days", "2026-05-30", false), milestone("30 days", "2026-06-30", false)}},
			{ID: 3, PersonID: 3,
				Goals:      []talent.Goal{goal(31, talent.GoalInProgress, "2025-11-01")},
				Milestones: []talent.Milestone{milestone("6 months", "2026-02-01", false)}},
		},
		Pairs: []talent.Pair{
			{ID: 1, MentorID: 2, MenteeID: 1, Start: day("2026-03-22"), Status: talent.PairActive},
			{ID: 2, MentorID: 1, MenteeID: 2, Start: day("2026-01-01"), Status: talent.PairActive, Meetings: []talent.Meeting{{Date: day("2026-06-20")}}},
			{ID: 3, MentorID: 2, MenteeID: 3, Start: day("2026-01-01"), Status: talent.PairActive},
			{ID: 4, MentorID: 4, MenteeID: 5, Start: day("2025-01-01"), Status: talent.PairEnded},
			{ID: 5, MentorID: 4, MenteeID: 5, Start: day("2026-05-16"), Status: talent.PairActive},
		},
	}
}

func TestBuildOverview(t *testing.T) {
	o := talent.BuildOverview(smallBusiness())
	roleTitles := func(rs []talent.KeyRole) (out []string) {
		for _, r := range rs {
			out = append(out, r.Title)
		}
		return out
	}
	var stalled []string
	for _, sp := range o.StalledPlans {
		for _, g := range sp.Goals {
			stalled = append(stalled, fmt.Sprintf("plan %d goal %d", sp.Plan.ID, g.ID))
		}
	}
	var overdue, pairs []string
	for _, m := range o.OverdueMilestones {
		overdue = append(overdue, fmt.Sprintf("%d %s", m.PersonID, m.Milestone.Label))
	}
	for _, p := range o.PairsNotMet {
		pairs = append(pairs, fmt.Sprint(p.ID))
	}
	var sole []string
	for _, s := range o.SoleExperts {
		sole = append(sole, fmt.Sprintf("%s %d", s.Expertise, s.PersonID))
	}
	var assessedIDs []int64
	for id := range o.Potential {
		assessedIDs = append(assessedIDs, id)
	}
	slices.Sort(assessedIDs)
	grid := map[string][]int64{}
	for b, ids := range o.Grid {
		grid[fmt.Sprintf("%s/%s", b.Performance, b.Potential)] = ids
	}
	tests := []struct {
		name      string
		got, want any
	}{
		{"as of", talent.FormatDate(o.AsOf) + " " + o.AsOf.Format("15:04"), "2026-06-30 00:00"},
		{"bench", o.Bench, talent.Bench{Roles: 3, Covered: 1}},
		{"roles without a ready successor", roleTitles(o.RolesWithoutReady), []string{"Finance lead", "Workshop lead"}},
		{"potential kept for the people needing an assessment", assessedIDs, []int64{2, 4, 5, 6}},
		{"grid", grid, map[string][]int64{"exceeds/high": {1}, "meets/high": {2}}},
		{"not placed: never assessed, too little evidence, no performance rating", o.NotPlaced, []int64{6, 4, 5}},
		{"needing assessment: not placed, or placed and assessed over a year ago", o.NeedingAssessment, []int64{2, 6, 4, 5}},
		{"stalled plans", stalled, []string{"plan 1 goal 11"}},
		{"overdue milestones, soonest first", overdue, []string{"2 60 days", "1 6 months", "2 90 days"}},
		{"pairs not met", pairs, []string{"1", "5"}},
		{"sole experts", sole, []string{"Payroll 1"}},
		{"high risk × high impact", o.HighRiskHighImpact, []int64{1}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got, want := fmt.Sprint(tt.got), fmt.Sprint(tt.want); got != want {
				t.Errorf("%s = %s, want %s", tt.name, got, want)
			}
		})
	}
}

// TestOverviewBuilder gives the builder the small business one kind at a time, in
// another order than BuildOverview does, with the potential results in reverse name
// order and a result for someone who left: the overview, whose lists run by name, must
// be the same.
func TestOverviewBuilder(t *testing.T) {
	in := smallBusiness()
	b := talent.NewOverviewBuilder(in.AsOf, in.Standard)
	b.AddPeople(in.People)
	b.AddPairs(in.Pairs)
	b.AddPlans(in.Plans)
	ids := slices.Sorted(maps.Keys(in.Potentials)) // the people's IDs run in name order
	slices.Reverse(ids)
	for _, id := range ids {
		b.AddPotential(id, in.Potentials[id])
	}
	b.AddRoles(in.Roles)
	if got, want := b.Overview(), talent.BuildOverview(in); !reflect.DeepEqual(got, want) {
		t.Errorf("built one kind at a time:\n%+v\nwant\n%+v", got, want)
	}
	if !slices.Contains(ids, 3) {
		t.Fatalf("the small business lost the result of Zoë, who left: the test no longer covers it")
	}
}

func TestBuildOverviewEmpty(t *testing.T) {
	o := talent.BuildOverview(talent.OverviewInput{AsOf: day("2026-06-30"), Standard: talent.DefaultStandard()})
	if o.Bench.Roles != 0 || len(o.Grid) != 0 || len(o.Potential) != 0 || len(o.NeedingAssessment) != 0 ||
		len(o.StalledPlans) != 0 || len(o.OverdueMilestones) != 0 || len(o.PairsNotMet) != 0 || len(o.SoleExperts) != 0 {
		t.Errorf("BuildOverview of nothing = %+v, want an empty overview", o)
	}
}

// TestTenureNeverChangesPotential gives a newcomer and a thirty-year veteran the same
// assessments: potential, its explanation and the grid must not tell them apart.
func TestTenureNeverChangesPotential(t *testing.T) {
	std := std38()
	sets := []struct {
		name string
		rs   []talent.Rating
	}{
		{"moderate after a low input", repeat(38, 4)},
		{"low after a low input", slices.Concat(repeat(19, 3), repeat(1, 2))},
		{"not enough evidence", repeat(5, 4)},
	}
	for _, set := range sets {
		t.Run(set.name, func(t *testing.T) {
			in := talent.OverviewInput{AsOf: day("2026-06-30"), Standard: std, Potentials: talent.PotentialResults{}}
			for id, start := range map[int64]string{1: "2026-06-01", 2: "1996-06-01"} {
				in.People = append(in.People, talent.Person{ID: id, Name: "Same", Status: talent.StatusActive, StartDate: day(start)})
				a := by(std, id, "2026-05-01", set.rs, slow)
				a.PersonID = id
				in.Potentials[id] = talent.DerivePotential(std, []talent.Assessment{a})
			}
			o := talent.BuildOverview(in)
			if newcomer, veteran := standing(o, 1), standing(o, 2); newcomer != veteran {
				t.Errorf("newcomer: %s; veteran: %s; want the same", newcomer, veteran)
			}
		})
	}
}

// BenchmarkBuildOverview computes the home view of a 1,000-person business.
func BenchmarkBuildOverview(b *testing.B) {
	std := numbered(talent.DefaultStandard())
	in := talent.OverviewInput{AsOf: day("2026-06-30"), Standard: std, Potentials: talent.PotentialResults{}}
	for i := range int64(1000) {
		id := i + 1
		in.People = append(in.People, talent.Person{
			ID: id, Name: fmt.Sprintf("Person %04d", id), Status: talent.StatusActive,
			Expertise: []string{fmt.Sprintf("Skill %d", id%300)}, RiskOfLeaving: talent.LevelHigh, ImpactOfLoss: talent.Levels[id%3],
		})
		a := by(std, id*2, "2026-01-01", repeat(int(20+id%20), talent.Rating(1+id%4)))
		a.PersonID = id
		in.Potentials[id] = talent.DerivePotential(std, []talent.Assessment{a})
		if id%3 == 0 {
			in.Plans = append(in.Plans, talent.Plan{ID: id, PersonID: id,
				Goals:      []talent.Goal{{ID: id, Status: talent.GoalInProgress, Meta: talent.Meta{CreatedAt: day("2026-04-01")}}},
				Milestones: talent.TransitionMilestones(day("2025-09-01"))})
			in.Pairs = append(in.Pairs, talent.Pair{ID: id, MentorID: id - 1, MenteeID: id, Start: day("2026-03-01"), Status: talent.PairActive})
		}
		if id%50 == 0 {
			in.Roles = append(in.Roles, roleWith(talent.Readinesses[id%4]))
		}
	}
	b.ReportAllocs()
	for b.Loop() {
		talent.BuildOverview(in)
	}
}

// standing is where the overview puts a person: their box, and whether and why they
// need an assessment.
func standing(o talent.Overview, id int64) string {
	box := "no box"
	for b, ids := range o.Grid {
		if slices.Contains(ids, id) {
			box = fmt.Sprintf("%s/%s", b.Performance, b.Potential)
		}
	}
	if !slices.Contains(o.NeedingAssessment, id) {
		return box
	}
	r := o.Potential[id]
	return fmt.Sprintf("%s, needs an assessment: %q %s (%d rated)", box, r.Potential, r.Explanation, r.Rated)
}
