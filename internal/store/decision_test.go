package store

import (
	"context"
	"reflect"
	"testing"

	"leadbridge/internal/talent"
)

func TestRecordDecision_NotYet(t *testing.T) {
	db := openTest(t)
	ctx := context.Background()
	zoe := addPerson(t, db, "Zoë Ångström")
	d := talent.Decision{PersonID: zoe.ID, Role: "Schichtleiterin", Date: day(t, "2026-03-01"), Outcome: talent.OutcomeNotYet, Reason: "Needs to delegate more — see 3 moments 📝"}
	must(t, db.RecordDecision(ctx, &d))
	got, err := db.Decisions(ctx, zoe.ID)
	if err != nil || !reflect.DeepEqual(got, []talent.Decision{d}) {
		t.Errorf("Decisions() = %+v, %v", got, err)
	}
	if _, err := db.Plan(ctx, zoe.ID); talent.ErrorCode(err) != talent.ENOTFOUND {
		t.Errorf("a not-yet decision made a plan: %v", err)
	}
	wantCode(t, db.RecordDecision(ctx, &talent.Decision{PersonID: zoe.ID, Role: "x", Date: testNow, Outcome: talent.OutcomeNo}), talent.EINVALID)
	wantCode(t, db.RecordDecision(ctx, &talent.Decision{PersonID: 4242, Role: "x", Date: testNow, Outcome: talent.OutcomeNo, Reason: "r"}), talent.ENOTFOUND)
}

func TestRecordDecision_PromoteCreatesPlan(t *testing.T) {
	db := openTest(t)
	ctx := context.Background()
	li := addPerson(t, db, "李小龍")
	promoted := day(t, "2026-10-01") // 51 days before testNow
	d := talent.Decision{PersonID: li.ID, Role: "Team lead", Date: day(t, "2026-09-15"), Outcome: talent.OutcomePromote, PromotionDate: promoted, Reason: "Ready now"}
	must(t, db.RecordDecision(ctx, &d))
	p, err := db.Plan(ctx, li.ID)
	if err != nil {
		t.Fatalf("Plan() after promotion = %v", err)
	}
	if p.TargetRole != "Team lead" || p.Phase != talent.PhaseFirst90 || !p.Start.Equal(promoted) {
		t.Errorf("plan = role %q, phase %q, start %v; want Team lead, first 90 days, %v", p.TargetRole, p.Phase, p.Start, promoted)
	}
	want := talent.TransitionMilestones(promoted)
	if len(p.Milestones) != len(want) {
		t.Fatalf("milestones = %d, want %d", len(p.Milestones), len(want))
	}
	for i, m := range want {
		if got := p.Milestones[i]; got.Label != m.Label || !got.Due.Equal(m.Due) || got.Focus != m.Focus || got.ID == 0 {
			t.Errorf("milestone %d = %+v, want %+v", i, got, m)
		}
	}
}

func TestRecordDecision_PromoteUpdatesPlan(t *testing.T) {
	db := openTest(t)
	ctx := context.Background()
	std := standard(t, db)
	zoe := addPerson(t, db, "Zoë Ångström")
	plan := samplePlan(t, std, zoe.ID) // one milestone done, one not
	must(t, db.SavePlan(ctx, &plan))
	promoted := day(t, "2027-01-04")
	d := talent.Decision{PersonID: zoe.ID, Role: "Leiterin Fertigung", Date: day(t, "2026-11-20"), Outcome: talent.OutcomePromote, PromotionDate: promoted, Reason: "Consistent across 34 of 40 behaviours"}
	must(t, db.RecordDecision(ctx, &d))
	p, err := db.Plan(ctx, zoe.ID)
	if err != nil {
		t.Fatal(err)
	}
	if p.ID != plan.ID || p.TargetRole != "Leiterin Fertigung" || p.Phase != plan.Phase || len(p.Goals) != 2 {
		t.Errorf("plan = %+v, want the same plan with the new role", p)
	}
	if len(p.Milestones) != 7 || p.Milestones[0].ID != plan.Milestones[0].ID || !p.Milestones[0].Done {
		t.Fatalf("milestones = %+v, want the done one kept and six new", p.Milestones)
	}
	if got := p.Milestones[1]; got.Label != "30 days" || !got.Due.Equal(promoted.AddDate(0, 0, 30)) {
		t.Errorf("first new milestone = %+v", got)
	}

	// A failed decision changes nothing, plan included.
	before := tableCounts(t, db)
	bad := talent.Decision{PersonID: zoe.ID, Role: "Leiterin", Date: testNow, Outcome: talent.OutcomePromote, Reason: "r"}
	wantCode(t, db.RecordDecision(ctx, &bad), talent.EINVALID)
	sameCounts(t, before, tableCounts(t, db))
}
