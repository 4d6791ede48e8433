package talent_test

import (
	"slices"
	"testing"

	"leadbridge/internal/talent"
)

// std38 is the default standard less two behaviours: 38 behaviours, 19 needed.
func std38() talent.Standard {
	s := talent.DefaultStandard()
	for _, i := range []int{8, 9} {
		s.Competencies[i].Behaviours = s.Competencies[i].Behaviours[:3]
	}
	return numbered(s)
}

// by builds a completed manager's assessment of person 1, with middling potential inputs
// unless edits change them.
func by(std talent.Standard, id int64, date string, rs []talent.Rating, edits ...func(*talent.Assessment)) talent.Assessment {
	a := talent.Assessment{
		ID: id, PersonID: 1, RaterID: 2, Relationship: talent.RelManager, Date: day(date),
		Ratings: rate(std, rs...), Performance: talent.PerformanceMeets,
		Aspiration: talent.AspirationYes, LearningAgility: talent.LevelMedium, Engagement: talent.LevelMedium,
	}
	for _, e := range edits {
		e(&a)
	}
	return a
}

func asSelf(a *talent.Assessment)  { a.Relationship, a.RaterID = talent.RelSelf, a.PersonID }
func asDraft(a *talent.Assessment) { a.Draft = true }
func noLead(a *talent.Assessment)  { a.Aspiration = talent.AspirationNo }
func slow(a *talent.Assessment)    { a.LearningAgility = talent.LevelLow }
func bored(a *talent.Assessment)   { a.Engagement = talent.LevelLow }

func TestDerivePotential(t *testing.T) {
	std := std38()
	all := func(r talent.Rating) []talent.Rating { return repeat(38, r) }
	mix := func(parts ...[]talent.Rating) []talent.Rating { return slices.Concat(parts...) }
	const notAssessed = "Not assessed yet: no completed assessment by someone other than the person."
	const middling = "; wants to lead; learns steadily; engaged."
	tests := []struct {
		name  string
		in    []talent.Assessment
		want  talent.Potential
		rated int
		text  string
	}{
		{"no assessments", nil, "", 0, notAssessed},
		{"only self-assessments", []talent.Assessment{by(std, 1, "2026-01-01", all(4), asSelf)}, "", 0, notAssessed},
		{"only drafts", []talent.Assessment{by(std, 1, "2026-01-01", all(4), asDraft)}, "", 0, notAssessed},
		{"all No evidence yet", []talent.Assessment{by(std, 1, "2026-01-01", all(0))}, "", 0,
			"Not enough evidence: 0 of 38 behaviours rated; at least 19 are needed."},
		{"one below the threshold", []talent.Assessment{by(std, 1, "2026-01-01", repeat(18, 4))}, "", 18,
			"Not enough evidence: 18 of 38 behaviours rated; at least 19 are needed."},
		{"exactly the threshold", []talent.Assessment{by(std, 1, "2026-01-01", repeat(19, 3))}, talent.PotentialHigh, 19,
			"High: behaviours average 3.0 across 19 of 38 rated" + middling},
		{"average exactly 3.0", []talent.Assessment{by(std, 1, "2026-01-01", mix(repeat(10, 4), repeat(10, 2)))}, talent.PotentialHigh, 20,
			"High: behaviours average 3.0 across 20 of 38 rated" + middling},
		{"average just below 3.0", []talent.Assessment{by(std, 1, "2026-01-01", mix(repeat(19, 3), repeat(1, 2)))}, talent.PotentialModerate, 20,
			"Moderate: behaviours average 2.9 across 20 of 38 rated" + middling},
		{"average exactly 2.0", []talent.Assessment{by(std, 1, "2026-01-01", mix(repeat(10, 1), repeat(10, 3)))}, talent.PotentialModerate, 20,
			"Moderate: behaviours average 2.0 across 20 of 38 rated" + middling},
		{"average just below 2.0", []talent.Assessment{by(std, 1, "2026-01-01", mix(repeat(19, 2), repeat(1, 1)))}, talent.PotentialLow, 20,
			"Low: behaviours average 1.9 across 20 of 38 rated" + middling},
		{"No evidence yet never averaged in", []talent.Assessment{by(std, 1, "2026-01-01", mix(repeat(19, 0), repeat(19, 4)))}, talent.PotentialHigh, 19,
			"High: behaviours average 4.0 across 19 of 38 rated" + middling},
		{"does not want to lead", []talent.Assessment{by(std, 1, "2026-01-01", all(4), noLead)}, talent.PotentialModerate, 38,
			"Moderate: behaviours average 4.0 across 38 of 38 rated; does not want to lead (one step lower); learns steadily; engaged."},
		{"learns slowly", []talent.Assessment{by(std, 1, "2026-01-01", all(4), slow)}, talent.PotentialModerate, 38,
			"Moderate: behaviours average 4.0 across 38 of 38 rated; learns slowly (one step lower); wants to lead; engaged."},
		{"low engagement", []talent.Assessment{by(std, 1, "2026-01-01", all(4), bored)}, talent.PotentialModerate, 38,
			"Moderate: behaviours average 4.0 across 38 of 38 rated; low engagement (one step lower); wants to lead; learns steadily."},
		{"moderate lowered to low", []talent.Assessment{by(std, 1, "2026-01-01", all(2), slow)}, talent.PotentialLow, 38,
			"Low: behaviours average 2.0 across 38 of 38 rated; learns slowly (one step lower); wants to lead; engaged."},
		{"two low inputs", []talent.Assessment{by(std, 1, "2026-01-01", all(4), slow, bored)}, talent.PotentialLow, 38,
			"Low: behaviours average 4.0 across 38 of 38 rated; learns slowly (one step lower); low engagement (one step lower); wants to lead."},
		{"three low inputs floored at low", []talent.Assessment{by(std, 1, "2026-01-01", all(4), noLead, slow, bored)}, talent.PotentialLow, 38,
			"Low: behaviours average 4.0 across 38 of 38 rated; does not want to lead (one step lower); learns slowly (one step lower); low engagement (one step lower)."},
		{"low stays low", []talent.Assessment{by(std, 1, "2026-01-01", all(1), noLead)}, talent.PotentialLow, 38,
			"Low: behaviours average 1.0 across 38 of 38 rated; does not want to lead (one step lower); learns steadily; engaged."},
		{"inputs not recorded", []talent.Assessment{by(std, 1, "2026-01-01", all(3), func(a *talent.Assessment) {
			a.Aspiration, a.LearningAgility, a.Engagement = "", "", ""
		})}, talent.PotentialHigh, 38, "High: behaviours average 3.0 across 38 of 38 rated; aspiration not recorded."},
		{"the product's worked example", []talent.Assessment{by(std, 1, "2026-01-01", mix(repeat(25, 3), repeat(9, 4)), func(a *talent.Assessment) {
			a.LearningAgility, a.Engagement = talent.LevelHigh, ""
		})}, talent.PotentialHigh, 34, "High: behaviours average 3.2 across 34 of 38 rated; wants to lead; learns fast."},
		{"unsure, fast, highly engaged", []talent.Assessment{by(std, 1, "2026-01-01", all(3), func(a *talent.Assessment) {
			a.Aspiration, a.LearningAgility, a.Engagement = talent.AspirationUnsure, talent.LevelHigh, talent.LevelHigh
		})}, talent.PotentialHigh, 38, "High: behaviours average 3.0 across 38 of 38 rated; unsure about leading; learns fast; highly engaged."},
		{"ratings outside the standard ignored", []talent.Assessment{by(std, 1, "2026-01-01", repeat(18, 4), func(a *talent.Assessment) {
			a.Ratings = append(a.Ratings, talent.BehaviourRating{BehaviourID: 999, Rating: 4})
		})}, "", 18, "Not enough evidence: 18 of 38 behaviours rated; at least 19 are needed."},
		{"a newer self-assessment is ignored", []talent.Assessment{by(std, 1, "2026-01-01", all(2)), by(std, 2, "2026-06-01", all(4), asSelf)},
			talent.PotentialModerate, 38, "Moderate: behaviours average 2.0 across 38 of 38 rated" + middling},
		{"a newer draft is ignored", []talent.Assessment{by(std, 1, "2026-01-01", all(2)), by(std, 2, "2026-06-01", all(4), asDraft)},
			talent.PotentialModerate, 38, "Moderate: behaviours average 2.0 across 38 of 38 rated" + middling},
		{"the latest assessment counts", []talent.Assessment{by(std, 9, "2026-06-01", all(4)), by(std, 1, "2025-01-01", all(1))},
			talent.PotentialHigh, 38, "High: behaviours average 4.0 across 38 of 38 rated" + middling},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := talent.DerivePotential(std, tt.in)
			if got.Potential != tt.want {
				t.Errorf("Potential = %q, want %q", got.Potential, tt.want)
			}
			if got.Rated != tt.rated || got.Total != 38 {
				t.Errorf("Rated, Total = %d, %d, want %d, 38", got.Rated, got.Total, tt.rated)
			}
			if got.Explanation != tt.text {
				t.Errorf("Explanation = %q\nwant          %q", got.Explanation, tt.text)
			}
			if wantAssessed := tt.text != notAssessed; got.Assessed() != wantAssessed {
				t.Errorf("Assessed() = %v, want %v", got.Assessed(), wantAssessed)
			}
		})
	}
}

func TestDerivePotentialAverage(t *testing.T) {
	std := std38()
	got := talent.DerivePotential(std, []talent.Assessment{by(std, 1, "2026-01-01", slices.Concat(repeat(19, 3), repeat(1, 2)))})
	if got.Average != 2.95 {
		t.Errorf("Average = %v, want 2.95", got.Average)
	}
}

func TestDerivePotentialSmallStandard(t *testing.T) {
	std := smallStandard(1)
	got := talent.DerivePotential(std, []talent.Assessment{by(std, 1, "2026-01-01", nil)})
	if want := "Not enough evidence: 0 of 1 behaviour rated; at least 1 is needed."; got.Explanation != want {
		t.Errorf("Explanation = %q, want %q", got.Explanation, want)
	}
}

func TestDerivePotentialBasis(t *testing.T) {
	std := std38()
	high, low := repeat(38, 4), repeat(38, 1)
	noPerf := func(a *talent.Assessment) { a.Performance = "" }
	perf := func(p talent.Performance) func(*talent.Assessment) {
		return func(a *talent.Assessment) { a.Performance = p }
	}
	tests := []struct {
		name      string
		in        []talent.Assessment
		basisID   int64
		potential talent.Potential
		perf      talent.Performance
	}{
		{"same date: higher ID wins", []talent.Assessment{by(std, 9, "2026-03-01", low), by(std, 5, "2026-03-01", high)}, 9, talent.PotentialLow, talent.PerformanceMeets},
		{"same date, other order", []talent.Assessment{by(std, 5, "2026-03-01", high), by(std, 9, "2026-03-01", low)}, 9, talent.PotentialLow, talent.PerformanceMeets},
		{"later date beats higher ID", []talent.Assessment{by(std, 9, "2026-03-01", low), by(std, 5, "2026-03-02", high)}, 5, talent.PotentialHigh, talent.PerformanceMeets},
		{"performance from the latest that rates it", []talent.Assessment{
			by(std, 1, "2025-01-01", low, perf(talent.PerformanceBelow)),
			by(std, 2, "2026-01-01", low, perf(talent.PerformanceExceeds)),
			by(std, 3, "2026-06-01", high, noPerf),
			by(std, 4, "2026-07-01", high, perf(talent.PerformanceBelow), asSelf),
			by(std, 5, "2026-08-01", high, perf(talent.PerformanceBelow), asDraft),
		}, 3, talent.PotentialHigh, talent.PerformanceExceeds},
		{"no performance anywhere", []talent.Assessment{by(std, 3, "2026-06-01", high, noPerf)}, 3, talent.PotentialHigh, ""},
		{"performance even without enough evidence", []talent.Assessment{by(std, 3, "2026-06-01", nil, perf(talent.PerformanceExceeds))}, 3, "", talent.PerformanceExceeds},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := talent.DerivePotential(std, tt.in)
			if got.Basis.ID != tt.basisID {
				t.Errorf("Basis.ID = %d, want %d", got.Basis.ID, tt.basisID)
			}
			if got.Potential != tt.potential {
				t.Errorf("Potential = %q, want %q", got.Potential, tt.potential)
			}
			if got.Performance != tt.perf {
				t.Errorf("Performance = %q, want %q", got.Performance, tt.perf)
			}
		})
	}
}

func TestMinRated(t *testing.T) {
	for _, tt := range []struct{ total, want int }{{0, 1}, {1, 1}, {2, 1}, {3, 2}, {37, 19}, {38, 19}, {39, 20}, {40, 20}} {
		if got := talent.MinRated(tt.total); got != tt.want {
			t.Errorf("MinRated(%d) = %d, want %d", tt.total, got, tt.want)
		}
	}
}

func TestNeedsAssessment(t *testing.T) {
	std := std38()
	placed := talent.DerivePotential(std, []talent.Assessment{by(std, 1, "2025-03-01", repeat(38, 3))})
	thin := talent.DerivePotential(std, []talent.Assessment{by(std, 1, "2026-03-01", nil)})
	noPerformance := placed
	noPerformance.Performance = ""
	tests := []struct {
		name string
		r    talent.PotentialResult
		asOf string
		want bool
	}{
		{"same day", placed, "2025-03-01", false},
		{"364 days", placed, "2026-02-28", false},
		{"365 days", placed, "2026-03-01", false},
		{"366 days", placed, "2026-03-02", true},
		{"not enough evidence, fresh", thin, "2026-03-01", true},
		{"never assessed", talent.DerivePotential(std, nil), "2026-03-01", true},
		{"no performance rating, fresh", noPerformance, "2025-03-01", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := tt.r.NeedsAssessment(day(tt.asOf)); got != tt.want {
				t.Errorf("NeedsAssessment(%s) = %v, want %v", tt.asOf, got, tt.want)
			}
		})
	}
}

func TestPotentialRank(t *testing.T) {
	order := []talent.Potential{talent.PotentialHigh, talent.PotentialModerate, talent.PotentialLow, ""}
	for i := 1; i < len(order); i++ {
		if order[i-1].Rank() >= order[i].Rank() {
			t.Errorf("%q ranks %d, not before %q at %d", order[i-1], order[i-1].Rank(), order[i], order[i].Rank())
		}
	}
}

func TestAssessmentMaxAge(t *testing.T) {
	if got := talent.AssessmentMaxAge(); got != "12 months" {
		t.Errorf("AssessmentMaxAge() = %q, want \"12 months\" for %d days", got, talent.AssessmentMaxAgeDays)
	}
}

// TestDerivePotentialBelow checks that the largest gaps are the competencies averaging
// under the target on the basis, lowest first, and only those.
func TestDerivePotentialBelow(t *testing.T) {
	std := std38()
	// The first competency has 4 behaviours; rate it 2, 2, 3, 3 (2.5), the second all 1,
	// the third all 3 (on target) and leave the rest unrated.
	n0, n1, n2 := len(std.Competencies[0].Behaviours), len(std.Competencies[1].Behaviours), len(std.Competencies[2].Behaviours)
	rs := slices.Concat([]talent.Rating{2, 2, 3, 3}[:n0], repeat(n1, 1), repeat(n2, 3))
	got := talent.DerivePotential(std, []talent.Assessment{by(std, 1, "2026-01-01", rs)})
	want := []talent.CompetencyScore{{CompetencyID: std.Competencies[1].ID, Score: 1}, {CompetencyID: std.Competencies[0].ID, Score: 2.5}}
	if !slices.Equal(got.Below, want) {
		t.Errorf("Below = %+v, want %+v", got.Below, want)
	}
}
