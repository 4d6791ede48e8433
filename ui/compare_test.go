package ui

import (
	"context"
	"testing"

	"fyne.io/fyne/v2/test"

	"leadbridge/internal/talent"
)

func TestCompare_SideBySide(t *testing.T) {
	a, db := newTestApp(t)
	ctx := context.Background()
	owner := addPerson(t, db, talent.Person{Name: "Owner"})
	zoe := addPerson(t, db, talent.Person{Name: "Zoë Ångström", JobTitle: "Engineer", Team: "Assembly", StartDate: mustDate(t, "2023-01-09")})
	li := addPerson(t, db, talent.Person{Name: "李小龍", JobTitle: "Senior engineer", StartDate: mustDate(t, "2006-05-02"), Aspiration: talent.AspirationUnsure})
	rate(t, db, talent.Assessment{PersonID: zoe.ID, Date: mustDate(t, "2026-02-02"), RaterID: owner.ID, Relationship: talent.RelOwner,
		Performance: talent.PerformanceMeets, Aspiration: talent.AspirationYes,
		Derailers: []talent.DerailerStatus{{Derailer: talent.DerailerNarrow, Status: talent.ConcernWatch}}}, 10, talent.RatingConsistently)
	rate(t, db, talent.Assessment{PersonID: li.ID, Date: mustDate(t, "2025-11-03"), RaterID: owner.ID, Relationship: talent.RelOwner,
		Performance: talent.PerformanceExceeds}, 6, talent.RatingSometimes)
	role := talent.KeyRole{Title: "Assembly lead", HolderID: owner.ID, Successors: []talent.Successor{
		{PersonID: zoe.ID, Readiness: talent.Ready1to2Years}, {PersonID: li.ID, Readiness: talent.ReadyNow}}}
	if err := db.SaveKeyRole(ctx, &role); err != nil {
		t.Fatalf("save role: %v", err)
	}

	a.compareCandidates(role.ID, []int64{zoe.ID, li.ID})
	c, ok := a.people().page.(*comparePage)
	if !ok {
		t.Fatalf("compareCandidates shows %T, want the comparison", a.people().page)
	}
	wantShown(t, c.view(), "Candidates for Assembly lead",
		"Zoë Ångström", "李小龍",
		"Tenure (not a criterion)", "3 years", "19 years",
		"High: behaviours average 3.0 across 40 of 40 rated; wants to lead.",
		"Moderate: behaviours average 2.0 across 24 of 40 rated; aspiration not recorded.",
		"Meets expectations", "Exceeds expectations",
		"Watch: Too narrow a functional orientation", "None flagged",
		"Ready in 1–2 years", "Ready now",
		"Wants to lead", "Unsure about leading",
		"Delegating and letting go of the technical work", "3.0", "2.0 · below target", "No evidence yet")
}

func TestCompare_RecordPromotion(t *testing.T) {
	a, db := newTestApp(t)
	ctx := context.Background()
	zoe := addPerson(t, db, talent.Person{Name: "Zoë Ångström"})
	dm := addPerson(t, db, talent.Person{Name: "Дмитрий Иванов"})
	a.compareCandidates(0, []int64{zoe.ID, dm.ID})
	c := a.people().page.(*comparePage)

	test.Tap(c.decide[zoe.ID])
	wantDialog(t, a, "Promotion decision for Zoë Ångström")
	save := dialogButton(t, a, "Record decision")
	if !save.Disabled() {
		t.Errorf("Record decision is enabled on an empty form")
	}
	typeInto(a, formEntry(t, a, "Role"), "Team lead, assembly")
	formField[*choice[talent.Outcome]](t, a, "Decision").SetValue(talent.OutcomePromote)
	wantDialog(t, a, "Enter the date the promotion takes effect.")
	typeInto(a, formEntry(t, a, "Promotion takes effect"), "2026-04-01")
	typeInto(a, formEntry(t, a, "Why"), "Consistently hands work over and coaches the new starters; owner and peers agree.")
	if save.Disabled() {
		t.Fatalf("Record decision is disabled on a valid decision: %s", overlayText(a))
	}
	test.Tap(save)
	wantDialog(t, a, "Decision recorded", "were added to their development plan")
	tapDialogButton(t, a, "OK")

	ds, err := db.Decisions(ctx, zoe.ID)
	if err != nil || len(ds) != 1 || ds[0].Outcome != talent.OutcomePromote || ds[0].Role != "Team lead, assembly" {
		t.Fatalf("Decisions() = %+v, %v, want the promotion", ds, err)
	}
	plan, err := db.Plan(ctx, zoe.ID)
	if err != nil {
		t.Fatalf("Plan() after a promotion = %v", err)
	}
	if len(plan.Milestones) != 6 || talent.FormatDate(plan.Milestones[0].Due) != "2026-05-01" {
		t.Errorf("plan milestones = %+v, want six from 30 days after 2026-04-01", plan.Milestones)
	}
	wantShown(t, c.view(), "Promote (Team lead, assembly, 2026-03-16)")
}
