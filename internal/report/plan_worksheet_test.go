package report

import (
	"context"
	"fmt"
	"testing"

	"leadbridge/internal/talent"
)

// Someone promoted four months ago with no goals yet is not a blank plan: it prints
// the promotion and the check-points, the first overdue, not the first-meeting worksheet.
func TestPlan_PromotedWithoutGoalsIsNoWorksheet(t *testing.T) {
	ctx := context.Background()
	db := openStore(t)
	p := talent.Person{Name: "Łucja Wróbel", JobTitle: "Engineer", Status: talent.StatusActive}
	must(t, "create person", db.CreatePerson(ctx, &p))
	d := talent.Decision{PersonID: p.ID, Role: "Team lead", Date: day("2025-11-20"), Outcome: talent.OutcomePromote,
		PromotionDate: day("2025-12-01"), Reason: "Coaches the new starters and hands work over."}
	must(t, "record promotion", db.RecordDecision(ctx, &d))
	doc, err := LoadPlan(ctx, db, p.ID, made)
	must(t, "load plan", err)
	for _, c := range []Copy{Mentor, Owner} {
		r := renderPlan(t, doc, Options{Made: made, Copy: c})
		r.keep(fmt.Sprintf("promoted-%d.pdf", c))
		text := r.flat()
		mustContain(t, text, "Łucja Wróbel", "Plan started 2025-12-01", "counted from the promotion to Team lead on 2025-12-01",
			"Transition milestones", "30 days check-point, due 2025-12-31", "30 days 2025-12-31", "Overdue by 90 days", "18 months 2027-06-01",
			"Their team's view against their manager's")
		mustNotContain(t, text, "First meeting", "Nothing is recorded yet")
	}
}

// Someone whose direct reports have answered, with nothing else recorded, gets their
// team's figure, not the first-meeting worksheet.
func TestPlan_TeamFigureAloneIsNoWorksheet(t *testing.T) {
	ctx := context.Background()
	db := openStore(t)
	p := talent.Person{Name: "Łucja Wróbel", JobTitle: "Team lead", Status: talent.StatusActive}
	must(t, "create person", db.CreatePerson(ctx, &p))
	std, err := db.Standard(ctx)
	must(t, "standard", err)
	for range talent.MinGroup {
		a := talent.Assessment{PersonID: p.ID, Relationship: talent.RelDirectReport, Round: day("2026-03-02"), Date: day("2026-03-09"),
			Source: talent.SourcePack, Ratings: rateAll(std, talent.RatingConsistently)}
		must(t, "save direct report's answer", db.SaveAssessment(ctx, &a))
	}
	doc, err := LoadPlan(ctx, db, p.ID, made)
	must(t, "load plan", err)
	text := renderPlan(t, doc, Options{Made: made}).flat()
	mustContain(t, text, "Their team's view against their manager's",
		"Direct reports, round of 2026-03-02 (3 answers), answered 2026-03-09. No assessment by their manager yet.",
		"Delegating and letting go of the technical work 3.0")
	mustNotContain(t, text, "First meeting", "Nothing is recorded yet")
}
