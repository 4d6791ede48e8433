package talent_test

import (
	"slices"
	"testing"

	"leadbridge/internal/talent"
)

// enumCase is one enumeration: each known value's label, and whether unknown and empty
// values are valid.
type enumCase struct {
	name       string
	labels     map[string]string // value → label, covering the exported list
	listed     int               // length of the exported list
	valid      func(string) bool
	label      func(string) string
	emptyValid bool
	emptyLabel string
}

func enumCases() []enumCase {
	return []enumCase{
		{"Level", map[string]string{"low": "Low", "medium": "Medium", "high": "High"}, len(talent.Levels),
			func(s string) bool { return talent.Level(s).Valid() }, func(s string) string { return talent.Level(s).Label() }, true, "Not rated"},
		{"Aspiration", map[string]string{"yes": "Wants to lead", "unsure": "Unsure about leading", "no": "Does not want to lead"}, len(talent.Aspirations),
			func(s string) bool { return talent.Aspiration(s).Valid() }, func(s string) string { return talent.Aspiration(s).Label() }, true, "Not asked"},
		{"Status", map[string]string{"active": "Active", "left": "Left"}, 2,
			func(s string) bool { return talent.Status(s).Valid() }, func(s string) string { return talent.Status(s).Label() }, false, ""},
		{"Relationship", map[string]string{"self": "Self", "manager": "Manager", "mentor": "Mentor", "peer": "Peer", "direct-report": "Direct report", "owner": "Owner"}, len(talent.Relationships),
			func(s string) bool { return talent.Relationship(s).Valid() }, func(s string) string { return talent.Relationship(s).Label() }, false, ""},
		{"Performance", map[string]string{"below": "Below expectations", "meets": "Meets expectations", "exceeds": "Exceeds expectations"}, len(talent.Performances),
			func(s string) bool { return talent.Performance(s).Valid() }, func(s string) string { return talent.Performance(s).Label() }, true, "Not rated"},
		{"Derailer", map[string]string{
			"relationships": "Problems with interpersonal relationships", "team": "Failure to build and lead a team",
			"objectives": "Failure to meet business objectives", "adapting": "Inability to change or adapt during a transition",
			"narrow": "Too narrow a functional orientation"}, len(talent.Derailers),
			func(s string) bool { return talent.Derailer(s).Valid() }, func(s string) string { return talent.Derailer(s).Label() }, false, ""},
		{"Concern", map[string]string{"none": "None", "watch": "Watch", "concern": "Concern"}, len(talent.Concerns),
			func(s string) bool { return talent.Concern(s).Valid() }, func(s string) string { return talent.Concern(s).Label() }, false, ""},
		{"Potential", map[string]string{"low": "Low", "moderate": "Moderate", "high": "High"}, len(talent.Potentials),
			func(s string) bool { return slices.Contains(talent.Potentials, talent.Potential(s)) }, func(s string) string { return talent.Potential(s).Label() }, false, "Not enough evidence"},
		{"Readiness", map[string]string{"emergency": "Emergency cover", "now": "Ready now", "1-2y": "Ready in 1–2 years", "3y+": "Ready in 3+ years"}, len(talent.Readinesses),
			func(s string) bool { return talent.Readiness(s).Valid() }, func(s string) string { return talent.Readiness(s).Label() }, false, ""},
		{"Phase", map[string]string{"preparing": "Preparing", "first-90-days": "First 90 days", "settling-in": "Settling in", "established": "Established"}, len(talent.Phases),
			func(s string) bool { return talent.Phase(s).Valid() }, func(s string) string { return talent.Phase(s).Label() }, false, ""},
		{"GoalStatus", map[string]string{"not-started": "Not started", "in-progress": "In progress", "done": "Done", "dropped": "Dropped"}, len(talent.GoalStatuses),
			func(s string) bool { return talent.GoalStatus(s).Valid() }, func(s string) string { return talent.GoalStatus(s).Label() }, false, ""},
		{"LearningKind", map[string]string{"experience": "On-the-job experience", "others": "Learning from others", "formal": "Formal learning"}, len(talent.LearningKinds),
			func(s string) bool { return talent.LearningKind(s).Valid() }, func(s string) string { return talent.LearningKind(s).Label() }, false, ""},
		{"PairStatus", map[string]string{"active": "Active", "paused": "Paused", "ended": "Ended"}, len(talent.PairStatuses),
			func(s string) bool { return talent.PairStatus(s).Valid() }, func(s string) string { return talent.PairStatus(s).Label() }, false, ""},
		{"TrainingKind", map[string]string{"course": "Course", "workshop": "Workshop", "e-learning": "E-learning", "reading": "Reading",
			"conference": "Conference", "shadowing": "Shadowing", "stretch-assignment": "Stretch assignment"}, len(talent.TrainingKinds),
			func(s string) bool { return talent.TrainingKind(s).Valid() }, func(s string) string { return talent.TrainingKind(s).Label() }, false, ""},
		{"TrainingStatus", map[string]string{"planned": "Planned", "completed": "Completed", "cancelled": "Cancelled"}, len(talent.TrainingStatuses),
			func(s string) bool { return talent.TrainingStatus(s).Valid() }, func(s string) string { return talent.TrainingStatus(s).Label() }, false, ""},
		{"Outcome", map[string]string{"promote": "Promote", "not-yet": "Not yet", "no": "Do not promote"}, len(talent.Outcomes),
			func(s string) bool { return talent.Outcome(s).Valid() }, func(s string) string { return talent.Outcome(s).Label() }, false, ""},
	}
}

func TestEnumLabelsAndValidity(t *testing.T) {
	for _, e := range enumCases() {
		t.Run(e.name, func(t *testing.T) {
			if len(e.labels) != e.listed {
				t.Errorf("labels cover %d values, the list has %d", len(e.labels), e.listed)
			}
			for v, want := range e.labels {
				if !e.valid(v) {
					t.Errorf("%q is not valid", v)
				}
				if got := e.label(v); got != want {
					t.Errorf("label of %q = %q, want %q", v, got, want)
				}
			}
			if e.valid("bogus") {
				t.Errorf("%q is valid, want invalid", "bogus")
			}
			if got := e.valid(""); got != e.emptyValid {
				t.Errorf("empty value valid = %v, want %v", got, e.emptyValid)
			}
			if got := e.label(""); got != e.emptyLabel {
				t.Errorf("label of the empty value = %q, want %q", got, e.emptyLabel)
			}
		})
	}
}

// TestRelationship_Rater names every kind of rater as a sentence about the person rated
// does, and knows which packs must name who answers them.
func TestRelationship_Rater(t *testing.T) {
	for _, tc := range []struct {
		r     talent.Relationship
		rater string
		named bool
	}{
		{talent.RelSelf, "themselves", false},
		{talent.RelPeer, "a peer", false},
		{talent.RelDirectReport, "a direct report", false},
		{talent.RelMentor, "their mentor", true},
		{talent.RelManager, "their manager", true},
		{talent.RelOwner, "the owner", true},
	} {
		if got := tc.r.Rater(); got != tc.rater {
			t.Errorf("%s.Rater() = %q, want %q", tc.r, got, tc.rater)
		}
		if got := tc.r.NamesRater(); got != tc.named {
			t.Errorf("%s.NamesRater() = %v, want %v", tc.r, got, tc.named)
		}
	}
}
