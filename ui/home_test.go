package ui

import (
	"context"
	"fmt"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"leadbridge/internal/store"
	"leadbridge/internal/talent"
)

func openHome(t testing.TB, a *App) *homeArea {
	t.Helper()
	a.Show(AreaHome)
	h := a.areaOf(AreaHome).(*homeArea)
	h.refresh()
	return h
}

// sampleBusiness stores a small business with one of everything the home view reports.
func sampleBusiness(t testing.TB, db *store.DB) map[string]talent.Person {
	t.Helper()
	ctx := context.Background()
	people := map[string]talent.Person{}
	for _, p := range []talent.Person{
		{Name: "Olga Owner", JobTitle: "Managing director", StartDate: mustDate(t, "2008-02-04"), Expertise: []string{"Key accounts"}},
		{Name: "Zoë Ångström", JobTitle: "Senior engineer", Team: "Assembly", StartDate: mustDate(t, "2016-05-02"), Expertise: []string{"CNC line"}},
		{Name: "Дмитрий Иванов", JobTitle: "Account manager", Team: "Sales", StartDate: mustDate(t, "2021-09-01")},
		{Name: "李小龍", JobTitle: "Engineer", Team: "Assembly", StartDate: mustDate(t, "2023-01-09")},
	} {
		people[p.Name] = addPerson(t, db, p)
	}
	owner, zoe, dm, li := people["Olga Owner"], people["Zoë Ångström"], people["Дмитрий Иванов"], people["李小龍"]
	rate(t, db, talent.Assessment{PersonID: zoe.ID, Date: mustDate(t, "2026-01-12"), RaterID: owner.ID, Relationship: talent.RelOwner,
		Performance: talent.PerformanceExceeds, Aspiration: talent.AspirationYes}, 10, talent.RatingConsistently)
	rate(t, db, talent.Assessment{PersonID: dm.ID, Date: mustDate(t, "2024-11-04"), RaterID: owner.ID, Relationship: talent.RelOwner,
		Performance: talent.PerformanceMeets}, 6, talent.RatingSometimes)
	for _, r := range []talent.KeyRole{
		{Title: "Head of assembly", HolderID: owner.ID, Successors: []talent.Successor{{PersonID: zoe.ID, Readiness: talent.Ready1to2Years}}},
		{Title: "Sales lead", HolderID: dm.ID},
	} {
		if err := db.SaveKeyRole(ctx, &r); err != nil {
			t.Fatalf("save role: %v", err)
		}
	}
	std, _ := db.Standard(ctx)
	plan := talent.Plan{PersonID: li.ID, Start: mustDate(t, "2025-10-01"), Phase: talent.PhasePreparing,
		Goals: []talent.Goal{{CompetencyID: std.Competencies[0].ID, Title: "Hands over the weekly plan", Status: talent.GoalInProgress}}}
	if err := db.SavePlan(ctx, &plan); err != nil {
		t.Fatalf("save plan: %v", err)
	}
	pair := talent.Pair{MentorID: owner.ID, MenteeID: zoe.ID, Start: mustDate(t, "2025-11-03"), Status: talent.PairActive}
	if err := db.SavePair(ctx, &pair); err != nil {
		t.Fatalf("save pair: %v", err)
	}
	return people
}

func TestHome_WhereWeStand(t *testing.T) {
	a, db := newTestApp(t)
	people := sampleBusiness(t, db)
	h := openHome(t, a)

	wantShown(t, h.view(), "Bench strength: 0%", "0 of 2 key roles have at least one successor ready now.",
		"Future leader", "High potential · Exceeds expectations · 1", "Zoë Ångström",
		"Core contributor", "Дмитрий Иванов",
		"Head of assembly — held by Olga Owner", "Sales lead — held by Дмитрий Иванов",
		"Дмитрий Иванов — 2024-11-04", "李小龍 — Never",
		"Olga Owner mentoring Zoë Ångström — last met 2025-11-03",
		"CNC line — only Zoë Ångström",
		"No overdue milestones.")

	test.Tap(findButton(t, h.view(), "李小龍 — Never"))
	if pp, ok := a.people().page.(*personPage); !ok || pp.id != people["李小龍"].ID || a.current.title != AreaPeople {
		t.Errorf("tapping an entry shows %T in %s, want 李小龍's page", a.people().page, a.current.title)
	}
	a.Show(AreaHome)
	test.Tap(findButton(t, h.view(), "Sales lead — held by Дмитрий Иванов"))
	if s := a.areaOf(AreaSuccession).(*successionArea); a.current.title != AreaSuccession || s.selected == 0 {
		t.Errorf("tapping a role shows %s with role %d selected, want the role in Succession", a.current.title, s.selected)
	}
}

func TestHome_ReflectsChanges(t *testing.T) {
	a, db := newTestApp(t)
	ctx := context.Background()
	people := sampleBusiness(t, db)
	h := openHome(t, a)
	wantShown(t, h.view(), "Bench strength: 0%")

	roles, err := db.KeyRoles(ctx)
	if err != nil {
		t.Fatalf("KeyRoles() = %v", err)
	}
	role := roles[0]
	role.Successors[0].Readiness = talent.ReadyNow
	if err := db.SaveKeyRole(ctx, &role); err != nil {
		t.Fatalf("save role: %v", err)
	}
	h.refresh()
	wantShown(t, h.view(), "Bench strength: 50%", "1 of 2 key roles have at least one successor ready now.")
	if n := len(h.roles.Objects); n != 1 {
		t.Errorf("%d roles listed without a ready successor, want 1", n)
	}

	zoe := people["Zoë Ångström"]
	d := talent.Decision{PersonID: zoe.ID, Role: "Head of assembly", Date: mustDate(t, "2025-09-01"), Outcome: talent.OutcomePromote,
		PromotionDate: mustDate(t, "2025-09-01"), Reason: "Ready: coaches the team already."}
	if err := db.RecordDecision(ctx, &d); err != nil {
		t.Fatalf("record decision: %v", err)
	}
	h.refresh()
	wantShown(t, h.view(), "Zoë Ångström — 30 days check-point, due 2025-10-01")
}

// TestHome_MentorNotOnFile lists a pair that has not met whose mentor is named on the
// pair, not a person on file: someone from outside, or a mentor since erased.
func TestHome_MentorNotOnFile(t *testing.T) {
	a, db := newTestApp(t)
	ids := addPeople(t, db, "Zoë Ångström", "李小龍")
	for i, mentor := range []string{"Ana Costa (Kaizen coaching)", talent.FormerStaff} {
		pair := talent.Pair{MentorName: mentor, MenteeID: ids[i], Start: mustDate(t, "2025-11-03"), Status: talent.PairActive}
		mustNoErr(t, db.SavePair(context.Background(), &pair))
	}
	h := openHome(t, a)
	wantShown(t, h.view(), "Ana Costa (Kaizen coaching) mentoring Zoë Ångström — last met 2025-11-03",
		talent.FormerStaff+" mentoring 李小龍 — last met 2025-11-03")
}

func TestHome_EmptyListsSayWhatToDo(t *testing.T) {
	a, db := newTestApp(t)
	addPerson(t, db, talent.Person{Name: "Zoë Ångström"})
	h := openHome(t, a)
	wantShown(t, h.view(), "Bench strength: no key roles yet",
		"No key roles yet. Add them in Succession",
		"No stalled plans", "No overdue milestones", fmt.Sprintf("Every active mentoring pair met in the last %d days.", talent.NotMetAfterDays))
}

func TestHome_LongListsAreCut(t *testing.T) {
	a, db := newTestApp(t)
	for i := range homeListMax + 3 {
		addPerson(t, db, talent.Person{Name: "Person " + string(rune('A'+i))})
	}
	h := openHome(t, a)
	if n := len(h.assess.Objects); n != homeListMax+1 {
		t.Errorf("the assessment list holds %d entries, want %d and a note", n, homeListMax)
	}
	wantShown(t, h.assess, "…and 3 more. Sort People by last assessment to see everyone.")
}

func TestHome_NineBoxNamesOpenThePerson(t *testing.T) {
	a, db := newTestApp(t)
	people := sampleBusiness(t, db)
	h := openHome(t, a)
	var link *widget.HyperlinkSegment
	for _, o := range h.grid.Objects {
		walkObjects(o, func(o fyne.CanvasObject) {
			if rt, ok := o.(*widget.RichText); ok {
				for _, s := range rt.Segments {
					if l, ok := s.(*widget.HyperlinkSegment); ok && l.Text == "Zoë Ångström" {
						link = l
					}
				}
			}
		})
	}
	if link == nil {
		t.Fatalf("the 9-box shows no link to Zoë; it shows:\n%s", screenText(h.grid))
	}
	link.OnTapped()
	if pp, ok := a.people().page.(*personPage); !ok || pp.id != people["Zoë Ångström"].ID {
		t.Errorf("the link opens %T, want Zoë's page", a.people().page)
	}
}
