package store

import (
	"context"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"leadbridge/internal/talent"
)

// TestPlan_GoalDetailRoundTrip stores a goal's success measure, support and obstacle,
// composed on the way in, and reads them back from the file after reopening it.
func TestPlan_GoalDetailRoundTrip(t *testing.T) {
	path := filepath.Join(t.TempDir(), "leadbridge.db")
	db := openAt(t, path)
	ctx := context.Background()
	zoe := addPerson(t, db, "Zoë Ångström")
	p := samplePlan(t, standard(t, db), zoe.ID)
	g := &p.Goals[0]
	g.Measure = " Дмитрий sends the report\r\non time, four weeks running 📋 "
	g.Support = "Two hours a week from Zoe\u0308's manager" // decomposed ë
	g.Obstacle = "Month-end close"
	must(t, db.SavePlan(ctx, &p))
	must(t, db.Close())

	got, err := openAt(t, path).Plan(ctx, zoe.ID)
	must(t, err)
	want := [][3]string{
		{"Дмитрий sends the report\non time, four weeks running 📋", "Two hours a week from Zo\u00eb's manager", "Month-end close"},
		{"", "", ""}, // the second goal records none
	}
	for i, w := range want {
		if gg := got.Goals[i]; [3]string{gg.Measure, gg.Support, gg.Obstacle} != w {
			t.Errorf("goal %d detail = %q, %q, %q; want %q", i+1, gg.Measure, gg.Support, gg.Obstacle, w)
		}
	}
}

// TestPlan_GoalDetailBadInputChangesNothing: an over-long measure is refused with the
// field's name and the stored plan stays as it was.
func TestPlan_GoalDetailBadInputChangesNothing(t *testing.T) {
	db := openTest(t)
	ctx := context.Background()
	zoe := addPerson(t, db, "Zoë Ångström")
	p := samplePlan(t, standard(t, db), zoe.ID)
	must(t, db.SavePlan(ctx, &p))
	before := tableCounts(t, db)
	p.Goals[1].Obstacle = strings.Repeat("ø", talent.MaxLineLen+1)
	err := db.SavePlan(ctx, &p)
	if want := "Likely obstacle is 501 characters long; the limit is 500."; talent.ErrorMessage(err) != want {
		t.Errorf("SavePlan(long obstacle) = %q, want %q", talent.ErrorMessage(err), want)
	}
	sameCounts(t, before, tableCounts(t, db))
	if got, _ := db.Plan(ctx, zoe.ID); got.Goals[1].Obstacle != "" {
		t.Errorf("stored obstacle = %q, want none", got.Goals[1].Obstacle)
	}
}

// TestMigrate_GoalDetailKeepsGoals upgrades a version-5 file holding a plan: its goals,
// actions and notes are all still there, with no success measure, support or obstacle,
// and the upgraded file stores them.
func TestMigrate_GoalDetailKeepsGoals(t *testing.T) {
	ms, err := embeddedMigrations()
	if err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "leadbridge.db")
	old, err := open(path, testOptions(), ms[:5])
	if err != nil {
		t.Fatal(err)
	}
	zoe := addPerson(t, old, "Zoë Ångström")
	comp := standard(t, old).Competencies[2].ID
	// The version-5 schema has no detail columns, so the goal is written as that
	// version's code wrote it.
	for _, q := range []string{
		`INSERT INTO plans (id, person_id, target_role, start, review, phase, created_by, created_at, updated_by, updated_at)
			VALUES (1, ?1, 'Team lead', '2026-01-05', '', 'preparing', 'Ana', '2026-01-05T09:00:00.000Z', 'Ana', '2026-01-05T09:00:00.000Z')`,
		`INSERT INTO goals (id, plan_id, competency_id, title, due, status, progress, position, created_by, created_at, updated_by, updated_at)
			VALUES (7, 1, ?2, 'Runs the Monday meeting', '2026-04-01', 'in-progress', 30, 1, 'Ana', '2026-01-05T09:00:00.000Z', 'Ana', '2026-01-05T09:00:00.000Z')`,
		`INSERT INTO actions (id, goal_id, kind, text, due, done, position, created_by, created_at, updated_by, updated_at)
			VALUES (1, 7, 'experience', 'Chair it for six weeks', '', 0, 1, 'Ana', '2026-01-05T09:00:00.000Z', 'Ana', '2026-01-05T09:00:00.000Z')`,
		`INSERT INTO progress_notes (id, goal_id, date, text, created_by, created_at, updated_by, updated_at)
			VALUES (1, 7, '2026-02-01', 'Ran two so far.', 'Ana', '2026-02-01T09:00:00.000Z', 'Ana', '2026-02-01T09:00:00.000Z')`,
	} {
		if _, err := old.db.ExecContext(ctx, q, zoe.ID, comp); err != nil {
			t.Fatalf("write a version-5 plan: %v", err)
		}
	}
	must(t, old.Close())

	db := openAt(t, path)
	var v int
	if err := db.db.QueryRowContext(ctx, "PRAGMA user_version").Scan(&v); err != nil || v != newestVersion(t) {
		t.Fatalf("schema after upgrade = %d, %v; want %d", v, err, newestVersion(t))
	}
	p, err := db.Plan(ctx, zoe.ID)
	must(t, err)
	if len(p.Goals) != 1 {
		t.Fatalf("goals after upgrade = %+v, want the one stored", p.Goals)
	}
	g := p.Goals[0]
	if g.ID != 7 || g.Title != "Runs the Monday meeting" || g.Progress != 30 || g.CompetencyID != comp ||
		len(g.Actions) != 1 || len(g.Notes) != 1 || g.Measure != "" || g.Support != "" || g.Obstacle != "" {
		t.Errorf("goal after upgrade = %+v", g)
	}
	p.Goals[0].Measure = "The team runs it when Zoë is away"
	must(t, db.SavePlan(ctx, &p))
	if p, _ = db.Plan(ctx, zoe.ID); p.Goals[0].Measure != "The team runs it when Zoë is away" || p.Goals[0].ID != 7 {
		t.Errorf("measure stored after upgrade = %q (goal %d)", p.Goals[0].Measure, p.Goals[0].ID)
	}
}

// TestGoalDetail_ExportAndErasure: a subject-access export holds the goal's detail
// columns, and erasing a person takes their name out of another person's goal detail.
func TestGoalDetail_ExportAndErasure(t *testing.T) {
	db := openTest(t)
	ctx := context.Background()
	std := standard(t, db)
	li := addPerson(t, db, "李小龍")
	zoe := addPerson(t, db, zoeName)
	p := samplePlan(t, std, li.ID)
	p.Goals[0].Measure, p.Goals[0].Support, p.Goals[0].Obstacle = "Runs the rota alone", "Coaching from "+zoeName, "The spring rush"
	must(t, db.SavePlan(ctx, &p))

	d, err := db.PersonData(ctx, li.ID)
	must(t, err)
	i := slices.IndexFunc(d.Tables, func(tb talent.DataTable) bool { return tb.Name == "goals" })
	if i < 0 {
		t.Fatalf("export tables = %+v, want goals", d.Tables)
	}
	goals := d.Tables[i]
	for col, want := range map[string]string{"measure": "Runs the rota alone", "support": "Coaching from " + zoeName, "obstacle": "The spring rush"} {
		c := slices.Index(goals.Columns, col)
		if c < 0 || !slices.ContainsFunc(goals.Rows, func(r []string) bool { return r[c] == want }) {
			t.Errorf("export of goals (columns %v) lacks %s %q", goals.Columns, col, want)
		}
	}

	_, err = db.ErasePerson(ctx, zoe.ID)
	must(t, err)
	got, err := db.Plan(ctx, li.ID)
	must(t, err)
	if s := got.Goals[0].Support; s != "Coaching from "+talent.FormerStaff {
		t.Errorf("support after erasing the person it names = %q, want %q", s, "Coaching from "+talent.FormerStaff)
	}
}
