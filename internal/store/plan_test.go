package store

import (
	"context"
	"reflect"
	"testing"
	"time"

	"leadbridge/internal/talent"
)

func samplePlan(t *testing.T, std talent.Standard, personID int64) talent.Plan {
	return talent.Plan{
		PersonID: personID, TargetRole: "  Teamleiterin  Fertigung ", Start: day(t, "2026-01-05"), Review: day(t, "2026-07-01"),
		Phase: talent.PhasePreparing,
		Goals: []talent.Goal{
			{CompetencyID: std.Competencies[0].ID, Title: "Hands over the weekly report 📋", Due: day(t, "2026-03-01"),
				Status: talent.GoalInProgress, Progress: 40,
				Actions: []talent.Action{
					{Kind: talent.LearnExperience, Text: "Give the report to Дмитрий", Due: day(t, "2026-02-01"), Done: true},
					{Kind: talent.LearnFormal, Text: "Read “The Making of a Manager”"},
				},
				Notes: []talent.ProgressNote{
					{Date: day(t, "2026-01-20"), Text: "First hand-over done"},
					{Date: day(t, "2026-02-10"), Text: "Η Ελένη βοήθησε"},
				}},
			{CompetencyID: std.Competencies[4].ID, Title: "Runs a team meeting", Status: talent.GoalNotStarted},
		},
		Milestones: []talent.Milestone{
			{Label: "30 days", Focus: "One-to-ones", Due: day(t, "2026-02-04"), Done: true, DoneDate: day(t, "2026-02-03"), Notes: "✅"},
			{Label: "60 days", Due: day(t, "2026-03-06")},
		},
	}
}

func TestPlan_RoundTrip(t *testing.T) {
	db, now := openClock(t)
	ctx := context.Background()
	std := standard(t, db)
	zoe := addPerson(t, db, "Zoë Ångström")
	p := samplePlan(t, std, zoe.ID)
	must(t, db.SavePlan(ctx, &p))
	if p.TargetRole != "Teamleiterin Fertigung" || p.Goals[0].ID == 0 || p.Goals[0].Actions[1].ID == 0 || p.Milestones[1].ID == 0 {
		t.Errorf("after save: %+v", p)
	}
	got, err := db.Plan(ctx, zoe.ID)
	if err != nil || !reflect.DeepEqual(got, p) {
		t.Fatalf("Plan() = %+v, %v\nwant %+v", got, err, p)
	}

	// A later edit keeps the goal's creation stamp, which stalled checks count from.
	*now = now.Add(72 * time.Hour)
	goalID := p.Goals[0].ID
	p.Goals[0].Notes = append(p.Goals[0].Notes, talent.ProgressNote{Date: day(t, "2026-03-01"), Text: "محمد joined"})
	p.Goals = p.Goals[:1]
	p.Milestones = p.Milestones[1:]
	p.Phase = talent.PhaseFirst90
	must(t, db.SavePlan(ctx, &p))
	got, _ = db.Plan(ctx, zoe.ID)
	if !reflect.DeepEqual(got, p) {
		t.Fatalf("Plan() after edit = %+v\nwant %+v", got, p)
	}
	if g := got.Goals[0]; g.ID != goalID || g.CreatedAt != testNow || g.UpdatedAt != *now || g.Notes[2].CreatedAt != *now {
		t.Errorf("edited goal = ID %d created %v updated %v, want ID %d created %v", g.ID, g.CreatedAt, g.UpdatedAt, goalID, testNow)
	}
	counts := tableCounts(t, db)
	if counts["goals"] != 1 || counts["milestones"] != 1 || counts["progress_notes"] != 3 || counts["actions"] != 2 {
		t.Errorf("rows after edit = %v", counts)
	}
	dated := clonePlan(p)
	for i := range dated.Goals {
		for j, n := range dated.Goals[i].Notes {
			dated.Goals[i].Notes[j] = talent.ProgressNote{ID: n.ID, GoalID: n.GoalID, Date: n.Date}
		}
	}
	all, err := db.DuePlans(ctx)
	if err != nil || len(all) != 1 || !reflect.DeepEqual(all[0], dated) {
		t.Errorf("DuePlans() = %+v, %v\nwant %+v", all, err, dated)
	}
	outline := clonePlan(dated)
	for i := range outline.Goals {
		outline.Goals[i].Actions = nil
	}
	all, err = db.PlanOutlines(ctx)
	if err != nil || len(all) != 1 || !reflect.DeepEqual(all[0], outline) {
		t.Errorf("PlanOutlines() = %+v, %v\nwant %+v", all, err, outline)
	}
	must(t, db.DeletePlan(ctx, p.ID))
	_, err = db.Plan(ctx, zoe.ID)
	wantCode(t, err, talent.ENOTFOUND)
	if n := tableCounts(t, db)["progress_notes"]; n != 0 {
		t.Errorf("progress notes left after deleting the plan = %d", n)
	}
}

func TestPlan_BadInputChangesNothing(t *testing.T) {
	db := openTest(t)
	ctx := context.Background()
	std := standard(t, db)
	zoe := addPerson(t, db, "Zoë Ångström")
	first := samplePlan(t, std, zoe.ID)
	must(t, db.SavePlan(ctx, &first))
	before := tableCounts(t, db)
	stored, _ := db.Plan(ctx, zoe.ID)
	cases := []struct {
		name string
		edit func(p *talent.Plan)
		code string
	}{
		{"second plan for a person", func(p *talent.Plan) { p.ID = 0 }, talent.ECONFLICT},
		{"person gone", func(p *talent.Plan) { p.ID, p.PersonID = 0, 4242 }, talent.ENOTFOUND},
		{"plan gone", func(p *talent.Plan) { p.ID = 4242 }, talent.ENOTFOUND},
		{"review before start", func(p *talent.Plan) { p.Review = day(t, "2025-01-01") }, talent.EINVALID},
		{"progress over 100", func(p *talent.Plan) { p.Goals[0].Progress = 101 }, talent.EINVALID},
		{"unknown competency", func(p *talent.Plan) { p.Goals[1].CompetencyID = 99999 }, talent.ENOTFOUND},
		{"action without kind", func(p *talent.Plan) { p.Goals[0].Actions[0].Kind = "" }, talent.EINVALID},
		{"milestone done without date", func(p *talent.Plan) { p.Milestones[1].Done = true }, talent.EINVALID},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			p := clonePlan(stored)
			p.Goals[0].Title = "Changed, but refused"
			tc.edit(&p)
			wantCode(t, db.SavePlan(ctx, &p), tc.code)
		})
	}
	sameCounts(t, before, tableCounts(t, db))
	if got, _ := db.Plan(ctx, zoe.ID); !reflect.DeepEqual(got, stored) {
		t.Errorf("refused saves changed the plan")
	}
}
