package store

import (
	"bytes"
	"context"
	"os"
	"reflect"
	"strings"
	"testing"
	"time"

	"leadbridge/internal/talent"
)

func TestPerson_RoundTrip(t *testing.T) {
	db := openTest(t)
	ctx := context.Background()
	boss := addPerson(t, db, "Дмитрий Иванов")
	for _, name := range unicodeNames {
		t.Run(name, func(t *testing.T) {
			in := talent.Person{
				Name: "  " + name + "  ", JobTitle: "Lead  engineer 🛠", Team: "Werkzeugbau", ReportsTo: boss.ID,
				StartDate: day(t, "2019-03-04"), Status: talent.StatusLeft, LeftDate: day(t, "2026-06-30"),
				Email: "zoe@example.com", Expertise: []string{"CNC  line", "Lohnabrechnung", "cnc line", ""},
				Aspiration: talent.AspirationUnsure, Notes: "Line one\nline two — with “quotes” ✨",
				RiskOfLeaving: talent.LevelHigh, ImpactOfLoss: talent.LevelMedium, RetentionNote: "Talk about 2027 😊",
			}
			if err := db.CreatePerson(ctx, &in); err != nil {
				t.Fatalf("CreatePerson() = %v", err)
			}
			if in.ID == 0 || in.Name != name || in.CreatedAt != testNow || in.CreatedBy != testActor {
				t.Errorf("after create: ID %d, Name %q, Meta %+v", in.ID, in.Name, in.Meta)
			}
			if !reflect.DeepEqual(in.Expertise, []string{"CNC line", "Lohnabrechnung"}) {
				t.Errorf("Expertise = %q, want normalised", in.Expertise)
			}
			got, err := db.Person(ctx, in.ID)
			if err != nil {
				t.Fatalf("Person() = %v", err)
			}
			if !reflect.DeepEqual(got, in) {
				t.Errorf("Person() =\n%+v\nwant\n%+v", got, in)
			}
		})
	}
}

func TestPerson_UpdateKeepsCreation(t *testing.T) {
	db, now := openClock(t)
	ctx := context.Background()
	p := addPerson(t, db, "Zoë Ångström")
	*now = now.Add(48 * time.Hour)
	p.Team, p.Expertise = "Планирование", []string{"payroll"}
	if err := db.UpdatePerson(ctx, &p); err != nil {
		t.Fatalf("UpdatePerson() = %v", err)
	}
	got, err := db.Person(ctx, p.ID)
	if err != nil {
		t.Fatal(err)
	}
	if got.CreatedAt != testNow || got.UpdatedAt != *now || got.Team != "Планирование" || !reflect.DeepEqual(got.Expertise, []string{"payroll"}) {
		t.Errorf("after update: created %v, updated %v, team %q, expertise %q", got.CreatedAt, got.UpdatedAt, got.Team, got.Expertise)
	}
	if !reflect.DeepEqual(got, p) {
		t.Errorf("UpdatePerson() left p =\n%+v\nstored\n%+v", p, got)
	}
	missing := p
	missing.ID = 9999
	wantCode(t, db.UpdatePerson(ctx, &missing), talent.ENOTFOUND)
	_, err = db.Person(ctx, 9999)
	wantCode(t, err, talent.ENOTFOUND)
	if talent.ErrorMessage(err) != "That person no longer exists." {
		t.Errorf("message = %q", talent.ErrorMessage(err))
	}
}

func TestPeople_OrderAndNames(t *testing.T) {
	db := openTest(t)
	ctx := context.Background()
	for _, n := range []string{"zoë Ångström", "Anna Berg", "Zoë Ångström", "bob Carr"} {
		addPerson(t, db, n)
	}
	people, err := db.People(ctx)
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, p := range people {
		names = append(names, p.Name)
	}
	if want := []string{"Anna Berg", "bob Carr", "zoë Ångström", "Zoë Ångström"}; !reflect.DeepEqual(names, want) {
		t.Errorf("People() names = %q, want %q", names, want)
	}
	for _, q := range []string{"ZOË ÅNGSTRÖM", "  zoë   ångström ", "Zoë Ångström"} {
		got, err := db.PeopleNamed(ctx, q)
		if err != nil || len(got) != 2 {
			t.Errorf("PeopleNamed(%q) = %d people, %v; want 2", q, len(got), err)
		}
	}
	if got, _ := db.PeopleNamed(ctx, "Zoë"); len(got) != 0 {
		t.Errorf("PeopleNamed(part of a name) = %d people, want 0", len(got))
	}
}

func TestPerson_BadInputChangesNothing(t *testing.T) {
	db := openTest(t)
	ctx := context.Background()
	a := addPerson(t, db, "Zoë Ångström")
	b := addPerson(t, db, "Дмитрий Иванов")
	b.ReportsTo = a.ID
	if err := db.UpdatePerson(ctx, &b); err != nil {
		t.Fatal(err)
	}
	c := talent.Person{Name: "李小龍", ReportsTo: b.ID}
	if err := db.CreatePerson(ctx, &c); err != nil {
		t.Fatal(err)
	}
	before := tableCounts(t, db)
	stored, _ := db.People(ctx)

	cases := []struct {
		name   string
		create bool
		p      talent.Person
		code   string
	}{
		{"empty name", true, talent.Person{Name: "   "}, talent.EINVALID},
		{"bad email", true, talent.Person{Name: "محمد", Email: "not an address"}, talent.EINVALID},
		{"left without date", true, talent.Person{Name: "محمد", Status: talent.StatusLeft}, talent.EINVALID},
		{"unknown manager", true, talent.Person{Name: "محمد", ReportsTo: 4242}, talent.EINVALID},
		{"own manager", false, func() talent.Person { p := a; p.ReportsTo = a.ID; return p }(), talent.EINVALID},
		{"reporting loop", false, func() talent.Person { p := a; p.ReportsTo = c.ID; return p }(), talent.EINVALID},
		{"impossible date", true, talent.Person{Name: "محمد", StartDate: time.Date(20226, 1, 1, 0, 0, 0, 0, time.UTC)}, talent.EINVALID},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			p := tc.p
			var err error
			if tc.create {
				err = db.CreatePerson(ctx, &p)
			} else {
				err = db.UpdatePerson(ctx, &p)
			}
			wantCode(t, err, tc.code)
			if tc.create && p.ID != 0 {
				t.Errorf("refused create set ID %d", p.ID)
			}
		})
	}
	sameCounts(t, before, tableCounts(t, db))
	if after, _ := db.People(ctx); !reflect.DeepEqual(after, stored) {
		t.Errorf("refused input changed people")
	}
}

// personWithHistory gives Zoë a record of every kind, and makes her appear in other
// people's records as manager, holder, rater and observer.
func personWithHistory(t *testing.T, db *DB) (zoe, other talent.Person) {
	t.Helper()
	ctx := context.Background()
	std := standard(t, db)
	comp := std.Competencies[0]
	zoe = addPerson(t, db, "Zoë Ångström")
	zoe.Expertise = []string{"the CNC line"}
	must(t, db.UpdatePerson(ctx, &zoe))
	other = addPerson(t, db, "Дмитрий Иванов")
	other.ReportsTo = zoe.ID
	must(t, db.UpdatePerson(ctx, &other))
	for i := 0; i < 3; i++ {
		must(t, db.SaveAssessment(ctx, &talent.Assessment{PersonID: zoe.ID, Date: day(t, "2026-01-10").AddDate(0, i, 0), RaterID: other.ID, Relationship: talent.RelPeer}))
	}
	must(t, db.SaveAssessment(ctx, &talent.Assessment{PersonID: other.ID, Date: day(t, "2026-02-01"), RaterID: zoe.ID, Relationship: talent.RelManager}))
	must(t, db.SavePlan(ctx, &talent.Plan{PersonID: zoe.ID, Start: day(t, "2026-01-01"), Phase: talent.PhasePreparing,
		Goals: []talent.Goal{{CompetencyID: comp.ID, Title: "Delegates the weekly report", Status: talent.GoalInProgress,
			Actions: []talent.Action{{Kind: talent.LearnExperience, Text: "Hand over the report"}},
			Notes:   []talent.ProgressNote{{Date: day(t, "2026-02-01"), Text: "Handed over once"}}}},
		Milestones: talent.TransitionMilestones(day(t, "2026-03-01"))}))
	for _, pr := range [][2]int64{{other.ID, zoe.ID}, {zoe.ID, other.ID}} {
		pair := talent.Pair{MentorID: pr[0], MenteeID: pr[1], Start: day(t, "2026-01-05"), Status: talent.PairActive}
		must(t, db.SavePair(ctx, &pair))
		must(t, db.SaveMeeting(ctx, &talent.Meeting{PairID: pair.ID, Date: day(t, "2026-01-20"), Minutes: 45, Topics: "Zoë's delegation"}))
	}
	must(t, db.SaveTraining(ctx, &talent.Training{PersonID: zoe.ID, Title: "Leading a team", Kind: talent.TrainingCourse, Status: talent.TrainingPlanned}))
	must(t, db.SaveMoment(ctx, &talent.Moment{PersonID: zoe.ID, Date: day(t, "2026-02-02"), CompetencyID: comp.ID, Positive: true, Text: "Ran the stand-up"}))
	must(t, db.SaveMoment(ctx, &talent.Moment{PersonID: other.ID, Date: day(t, "2026-02-03"), ObserverID: zoe.ID, CompetencyID: comp.ID, Text: "Asked for help"}))
	must(t, db.RecordDecision(ctx, &talent.Decision{PersonID: zoe.ID, Role: "Team lead", Date: day(t, "2026-02-10"), Outcome: talent.OutcomeNotYet, Reason: "Needs six more months"}))
	must(t, db.SaveKeyRole(ctx, &talent.KeyRole{Title: "Workshop lead", HolderID: zoe.ID, Successors: []talent.Successor{{PersonID: other.ID, Readiness: talent.ReadyNow}}}))
	must(t, db.SaveKeyRole(ctx, &talent.KeyRole{Title: "Planner", HolderID: other.ID, Successors: []talent.Successor{{PersonID: zoe.ID, Readiness: talent.Ready1to2Years}}}))
	return zoe, other
}

func must(t testing.TB, err error) {
	t.Helper()
	if err != nil {
		t.Fatalf("unexpected error: %v", err)
	}
}

func TestDeletePerson_RefusedWhileRecordsDependOnThem(t *testing.T) {
	db := openTest(t)
	ctx := context.Background()
	zoe, _ := personWithHistory(t, db)
	before := tableCounts(t, db)
	err := db.DeletePerson(ctx, zoe.ID, false)
	wantCode(t, err, talent.ECONFLICT)
	want := "Zoë Ångström still has 3 assessments, a development plan, 2 mentoring pairs, a training entry, a leadership moment, " +
		"a promotion decision, a successor nomination, a key role as its holder, a person reporting to them, an assessment they gave " +
		"and a leadership moment they observed. Mark them as left instead, which keeps their history, or delete these records too."
	if got := talent.ErrorMessage(err); got != want {
		t.Errorf("message =\n%s\nwant\n%s", got, want)
	}
	sameCounts(t, before, tableCounts(t, db))

	lone := addPerson(t, db, "Ana 🌻 Sol")
	must(t, db.DeletePerson(ctx, lone.ID, false))
	_, err = db.Person(ctx, lone.ID)
	wantCode(t, err, talent.ENOTFOUND)
	wantCode(t, db.DeletePerson(ctx, lone.ID, false), talent.ENOTFOUND)
}

func TestDeletePerson_Cascade(t *testing.T) {
	db := openTest(t)
	ctx := context.Background()
	zoe, other := personWithHistory(t, db)
	must(t, db.DeletePerson(ctx, zoe.ID, true))

	counts := tableCounts(t, db)
	for table, want := range map[string]int{
		"people": 1, "person_expertise": 0, "assessments": 1, "plans": 0, "goals": 0, "actions": 0, "progress_notes": 0,
		"milestones": 0, "pairs": 1, "meetings": 1, "training": 0, "moments": 1, "decisions": 0, "successors": 1, "key_roles": 2,
	} {
		if counts[table] != want {
			t.Errorf("rows in %s = %d, want %d", table, counts[table], want)
		}
	}
	o, err := db.Person(ctx, other.ID)
	if err != nil || o.ReportsTo != 0 {
		t.Errorf("other person's manager = %d, %v; want 0", o.ReportsTo, err)
	}
	as, _ := db.Assessments(ctx, other.ID)
	if len(as) != 1 || as[0].RaterID != 0 || as[0].RaterName != "Former staff member" {
		t.Errorf("assessment Zoë gave = %+v, want rater Former staff member", as)
	}
	ms, _ := db.Moments(ctx, other.ID)
	if len(ms) != 1 || ms[0].ObserverID != 0 || ms[0].ObserverName != "Former staff member" {
		t.Errorf("moment Zoë observed = %+v, want observer Former staff member", ms)
	}
	pairs, _ := db.Pairs(ctx)
	if len(pairs) != 1 || pairs[0].MenteeID != other.ID || pairs[0].MentorID != 0 || pairs[0].MentorName != talent.FormerStaff ||
		pairs[0].Status != talent.PairEnded || len(pairs[0].Meetings) != 1 {
		t.Errorf("pairs after deleting the mentor = %+v, want the mentee's pair kept, ended, with mentor Former staff member", pairs)
	}
	roles, _ := db.KeyRoles(ctx)
	for _, r := range roles {
		if r.HolderID == zoe.ID || len(r.Successors) > 0 && r.Successors[0].PersonID == zoe.ID {
			t.Errorf("key role %q still refers to Zoë", r.Title)
		}
	}
	log, _ := db.AuditLog(ctx)
	if last := log[len(log)-1]; last.Action != "delete person" || strings.Contains(last.Detail, "Zoë") {
		t.Errorf("last audit entry = %+v, want a deletion that does not name her", last)
	}
	db.Close()
	raw, err := os.ReadFile(db.Path())
	if err != nil {
		t.Fatal(err)
	}
	for _, trace := range []string{"Zoë Ångström", "zoë ångström", "the CNC line", "Ran the stand-up"} {
		if bytes.Contains(raw, []byte(trace)) {
			t.Errorf("the data file still contains %q after erasure", trace)
		}
	}
}
