package report

import (
	"context"
	"path/filepath"
	"testing"
	"time"

	"leadbridge/internal/store"
	"leadbridge/internal/talent"
)

// openStore opens a new data file under t.TempDir with the clock fixed at made.
func openStore(t testing.TB) *store.DB {
	t.Helper()
	db, err := store.Open(filepath.Join(t.TempDir(), "leadbridge.db"), store.Options{Actor: "test", Now: func() time.Time { return made }})
	if err != nil {
		t.Fatalf("open store: %v", err)
	}
	t.Cleanup(func() { db.Close() })
	return db
}

// must fails the test on a store error.
func must(t *testing.T, what string, err error) {
	t.Helper()
	if err != nil {
		t.Fatalf("%s: %v", what, err)
	}
}

// seeded is a small business stored through the services.
type seeded struct {
	mentee, manager, mentor, other talent.Person
	latest, previous, pair         int64
}

func seed(t *testing.T, ctx context.Context, db *store.DB) seeded {
	t.Helper()
	s := seeded{
		manager: talent.Person{Name: managerName, Status: talent.StatusActive},
		mentor:  talent.Person{Name: mentorName, Status: talent.StatusActive},
		other:   talent.Person{Name: "Aino Väisänen", Status: talent.StatusActive},
	}
	for _, p := range []*talent.Person{&s.manager, &s.mentor, &s.other} {
		must(t, "create person", db.CreatePerson(ctx, p))
	}
	s.mentee = talent.Person{Name: menteeName, JobTitle: "Engineer", ReportsTo: s.manager.ID, Status: talent.StatusActive,
		StartDate: day("2019-01-07"), RiskOfLeaving: talent.LevelHigh, ImpactOfLoss: talent.LevelHigh, RetentionNote: "Keep close."}
	must(t, "create mentee", db.CreatePerson(ctx, &s.mentee))
	std, err := db.Standard(ctx)
	must(t, "standard", err)
	assess := func(date string, rater int64, rel talent.Relationship, draft bool, r talent.Rating) int64 {
		a := talent.Assessment{PersonID: s.mentee.ID, Date: day(date), RaterID: rater, Relationship: rel, Draft: draft,
			Ratings: rateAll(std, r), Performance: talent.PerformanceExceeds, Aspiration: talent.AspirationYes,
			LearningAgility: talent.LevelHigh, Engagement: talent.LevelHigh}
		must(t, "save assessment", db.SaveAssessment(ctx, &a))
		return a.ID
	}
	s.previous = assess("2025-06-01", s.manager.ID, talent.RelManager, false, talent.RatingSometimes)
	s.latest = assess("2026-02-01", s.mentor.ID, talent.RelMentor, false, talent.RatingConsistently)
	assess("2026-03-01", s.mentee.ID, talent.RelSelf, false, talent.RatingRoleModel)
	assess("2026-03-15", s.manager.ID, talent.RelManager, true, talent.RatingNotYetShown)
	plan := talent.Plan{PersonID: s.mentee.ID, TargetRole: "Team lead", Start: day("2026-01-05"), Phase: talent.PhasePreparing,
		Goals: []talent.Goal{{CompetencyID: std.Competencies[0].ID, Title: "Hands over the release", Status: talent.GoalInProgress, Due: day("2026-06-01")}}}
	must(t, "save plan", db.SavePlan(ctx, &plan))
	ended := talent.Pair{MentorID: s.other.ID, MenteeID: s.mentee.ID, Start: day("2025-01-01"), Status: talent.PairEnded}
	must(t, "save ended pair", db.SavePair(ctx, &ended))
	pair := talent.Pair{MentorID: s.mentor.ID, MenteeID: s.mentee.ID, Start: day("2026-01-10"), Status: talent.PairActive,
		Agreement: talent.Agreement{EveryDays: 21}}
	must(t, "save pair", db.SavePair(ctx, &pair))
	s.pair = pair.ID
	for _, date := range []string{"2024-12-01", "2026-01-20", "2026-02-10"} {
		m := talent.Meeting{PairID: pair.ID, Date: day(date), Minutes: 45, Topics: "Delegation"}
		must(t, "save meeting", db.SaveMeeting(ctx, &m))
	}
	for _, tr := range []talent.Training{
		{PersonID: s.mentee.ID, Title: "Managing people", Kind: talent.TrainingCourse, PlannedDate: day("2026-01-10"), CompletedDate: day("2026-01-12"), Hours: 12, Status: talent.TrainingCompleted},
		{PersonID: s.mentee.ID, Title: "Old course", Kind: talent.TrainingCourse, PlannedDate: day("2024-01-10"), CompletedDate: day("2024-01-12"), Hours: 30, Status: talent.TrainingCompleted},
		{PersonID: s.mentee.ID, Title: "Feedback workshop", Kind: talent.TrainingWorkshop, PlannedDate: day("2026-05-10"), Hours: 7, Status: talent.TrainingPlanned},
		{PersonID: s.other.ID, Title: "Excel", Kind: talent.TrainingELearning, PlannedDate: day("2025-11-10"), CompletedDate: day("2025-11-10"), Hours: 2, Status: talent.TrainingCompleted},
	} {
		must(t, "save training", db.SaveTraining(ctx, &tr))
	}
	for _, date := range []string{"2026-03-01", "2023-03-01"} {
		m := talent.Moment{PersonID: s.mentee.ID, Date: day(date), ObserverID: s.manager.ID, CompetencyID: std.Competencies[1].ID, Positive: true, Text: "Coached a junior through an outage."}
		must(t, "save moment", db.SaveMoment(ctx, &m))
	}
	role := talent.KeyRole{Title: "Head of platform", HolderID: s.manager.ID,
		Successors: []talent.Successor{{PersonID: s.mentee.ID, Readiness: talent.ReadyNow, Note: "Ready after the billing rewrite."}}}
	must(t, "save key role", db.SaveKeyRole(ctx, &role))
	return s
}

func TestLoadPlan(t *testing.T) {
	ctx := context.Background()
	db := openStore(t)
	s := seed(t, ctx, db)
	d, err := LoadPlan(ctx, db, s.mentee.ID, made)
	if err != nil {
		t.Fatalf("LoadPlan: %v", err)
	}
	for _, tt := range []struct {
		name      string
		got, want any
	}{
		{"person", d.Person.Name, menteeName},
		{"manager", d.Manager, managerName},
		{"latest", idOf(d.Latest), s.latest},
		{"previous", idOf(d.Previous), s.previous},
		{"mentor", nameOf(d.Mentor), mentorName},
		{"pair", pairID(d.Pair), s.pair},
		{"meetings", len(d.Pair.Meetings), 3},
		{"training", len(d.Training), 3},
		{"moments in the last year", len(d.Moments), 1},
		{"plan", d.Plan != nil && d.Plan.TargetRole == "Team lead", true},
		{"potential", d.Potential.Potential, talent.PotentialHigh},
		{"box", d.Box.Name, "Future leader"},
		{"nominations", len(d.Nominations), 1},
		{"nomination role", d.Nominations[0].Role, "Head of platform"},
		{"nomination holder", d.Nominations[0].Holder, managerName},
		{"nomination readiness", d.Nominations[0].Readiness, talent.ReadyNow},
		{"observer name", d.People[d.Moments[0].ObserverID].Name, managerName},
		{"latest rater's name", d.People[d.Latest.RaterID].Name, mentorName},
		{"previous rater's name", d.People[d.Previous.RaterID].Name, managerName},
		{"only the people named", len(d.People), 2},
		{"standard", len(d.Standard.Competencies) >= 8, true},
	} {
		if tt.got != tt.want {
			t.Errorf("%s = %v, want %v", tt.name, tt.got, tt.want)
		}
	}
	text := renderPlan(t, d, Options{Made: made, Copy: Owner}).flat()
	mustContain(t, text, menteeName, mentorName, managerName, "Hands over the release", "Managing people", "Feedback workshop",
		"Head of platform", "Ready now", "Future leader", "Coached a junior through an outage.")
}

func idOf(a *talent.Assessment) int64 {
	if a == nil {
		return 0
	}
	return a.ID
}

func nameOf(p *talent.Person) string {
	if p == nil {
		return ""
	}
	return p.Name
}

func pairID(p *talent.Pair) int64 {
	if p == nil {
		return 0
	}
	return p.ID
}

func TestLoadPlan_NothingYet(t *testing.T) {
	ctx := context.Background()
	db := openStore(t)
	p := talent.Person{Name: "Łucja Wróbel", Status: talent.StatusActive}
	must(t, "create person", db.CreatePerson(ctx, &p))
	d, err := LoadPlan(ctx, db, p.ID, made)
	if err != nil {
		t.Fatalf("LoadPlan: %v", err)
	}
	if d.Plan != nil || d.Latest != nil || d.Pair != nil || d.Mentor != nil || len(d.Nominations) != 0 || d.Box.Name != "" {
		t.Errorf("LoadPlan of a new person = %+v, want nothing but the person", d)
	}
	mustContain(t, renderPlan(t, d, Options{Made: made}).flat(), "Łucja Wróbel", "First meeting")
}

func TestLoadPlan_Missing(t *testing.T) {
	_, err := LoadPlan(context.Background(), openStore(t), 4242, made)
	if got := talent.ErrorCode(err); got != talent.ENOTFOUND {
		t.Errorf("LoadPlan of a missing person: code %q (%v), want %q", got, err, talent.ENOTFOUND)
	}
}

func TestLoadSuccession(t *testing.T) {
	ctx := context.Background()
	db := openStore(t)
	s := seed(t, ctx, db)
	d, err := LoadSuccession(ctx, db, made.Add(15*time.Hour))
	if err != nil {
		t.Fatalf("LoadSuccession: %v", err)
	}
	for _, tt := range []struct {
		name      string
		got, want any
	}{
		{"from", talent.FormatDate(d.From), "2025-04-01"},
		{"to", talent.FormatDate(d.To), "2026-03-31"},
		{"people", len(d.People), 4},
		{"roles", len(d.Roles), 1},
		{"bench", d.Overview.Bench, talent.Bench{Roles: 1, Covered: 1}},
		{"mentee hours in the period", d.Activity[s.mentee.ID].TrainingHours, 12.0},
		{"mentee training in the period", d.Activity[s.mentee.ID].TrainingCompleted, 1},
		{"mentee meetings in the period", d.Activity[s.mentee.ID].Meetings, 2},
		{"other's hours", d.Activity[s.other.ID].TrainingHours, 2.0},
		{"high risk, high impact", len(d.Overview.HighRiskHighImpact), 1},
		{"box labels", d.Boxes[talent.Box{Performance: talent.PerformanceExceeds, Potential: talent.PotentialHigh}].Name, "Future leader"},
		{"history", len(d.BenchHistory), 0},
	} {
		if tt.got != tt.want {
			t.Errorf("%s = %v, want %v", tt.name, tt.got, tt.want)
		}
	}
	text := renderSuccession(t, d, Options{Made: made}).flat()
	mustContain(t, text, "Head of platform", managerName, menteeName, "1 of 1 key roles have a successor ready now",
		"This is the first figure recorded", "Keep close.", "Future leader")
}

// TestLoadSuccession_RecordsBench makes summaries on three days, two of them on the
// same day, and reads the figures back with SQL: one row a day, and each summary
// compares with the last day before its own. Loading alone records nothing.
func TestLoadSuccession_RecordsBench(t *testing.T) {
	ctx := context.Background()
	db := openStore(t)
	seed(t, ctx, db)
	days := []time.Time{made.AddDate(0, 0, -20), made.AddDate(0, 0, -20).Add(3 * time.Hour), made}
	var last SuccessionDoc
	for _, d := range days {
		var err error
		if last, err = LoadSuccession(ctx, db, d); err != nil {
			t.Fatalf("LoadSuccession(%s): %v", d, err)
		}
		if err := last.Record(ctx, db); err != nil {
			t.Fatalf("Record(%s): %v", d, err)
		}
	}
	if _, err := LoadSuccession(ctx, db, made.AddDate(0, 0, 5)); err != nil {
		t.Fatal(err)
	}
	var rows int
	var first string
	err := rawSQL(t, db).QueryRowContext(ctx, "SELECT count(*), min(substr(key, 16)) FROM settings WHERE key LIKE 'bench-strength/%'").Scan(&rows, &first)
	if err != nil {
		t.Fatalf("count bench rows: %v", err)
	}
	if rows != 2 || first != "2026-03-11" {
		t.Errorf("bench rows = %d, first %s; want 2, the first on 2026-03-11", rows, first)
	}
	if len(last.BenchHistory) != 1 || talent.FormatDate(last.BenchHistory[0].Date) != "2026-03-11" {
		t.Fatalf("history shown on %s = %v, want the figure of 2026-03-11 alone", talent.FormatDate(made), last.BenchHistory)
	}
	mustContain(t, renderSuccession(t, last, Options{Made: made}).flat(),
		"Bench strength is 100% today, unchanged since the last summary on 2026-03-11 (100%, 1 of 1 key roles covered).")
}
