package ui

import (
	"context"
	"strings"
	"testing"

	"fyne.io/fyne/v2/test"

	"leadbridge/internal/talent"
)

func TestPerson_Create(t *testing.T) {
	a, db := newTestApp(t)
	s := openPeople(t, a)
	s.newRecord()
	wantDialog(t, a, "New person", "Add person")

	people, err := db.People(context.Background())
	if err != nil || len(people) != 0 {
		t.Fatalf("People() = %v, %v before saving, want nobody", people, err)
	}
	save := dialogButton(t, a, "Add person")
	if !save.Disabled() {
		t.Errorf("Add person is enabled on an empty form")
	}
	typeInto(a, formEntry(t, a, "Name"), "Zoë Ångström 🌻")
	typeInto(a, formEntry(t, a, "Job title"), "Line lead")
	email := formEntry(t, a, "Email")
	typeInto(a, email, "zoe@")
	if !save.Disabled() {
		t.Errorf("Add person is enabled with the email %q", email.Text)
	}
	a.win.Canvas().Focus(formEntry(t, a, "Team")) // leaving the field shows its message
	wantDialog(t, a, `"zoe@" is not an email address.`)
	email.SetText("zoe@example.com")
	if save.Disabled() {
		t.Fatalf("Add person is disabled on a valid form")
	}
	test.Tap(save)
	wantNoDialog(t, a)

	people, err = db.People(context.Background())
	if err != nil || len(people) != 1 {
		t.Fatalf("People() = %v, %v, want the new person", people, err)
	}
	p := people[0]
	if p.Name != "Zoë Ångström 🌻" || p.JobTitle != "Line lead" || p.Email != "zoe@example.com" || !p.Active() {
		t.Errorf("stored %+v, want what was typed, active", p)
	}
	pp, ok := s.page.(*personPage)
	if !ok || pp.id != p.ID {
		t.Fatalf("after saving, People shows %T, want the new person's page", s.page)
	}
	wantShown(t, pp.view(), "Zoë Ångström 🌻", "Not assessed yet", "not a criterion for potential")
}

func TestPerson_EditProfile(t *testing.T) {
	a, db := newTestApp(t)
	boss := addPerson(t, db, talent.Person{Name: "Дмитрий Иванов"})
	p := addPerson(t, db, talent.Person{Name: "李小龍", JobTitle: "Engineer", StartDate: mustDate(t, "2019-09-02")})
	pp := personPageOf(t, a, p.ID)
	wantShown(t, pp.view(), "Tenure: 6 years. Shown for context only: tenure is not a criterion for potential.")

	f := pp.form
	a.win.Canvas().Focus(f.name)
	f.name.SetText("   ")
	if !pp.saveBtn.Disabled() {
		t.Errorf("Save changes is enabled with an empty name")
	}
	a.win.Canvas().Focus(f.jobTitle)
	wantShown(t, pp.view(), "Name is required.")
	f.name.SetText("李小龍")
	f.jobTitle.SetText("Team lead")
	f.reportsTo.SetValue(boss.ID)
	f.expertise.SetText("payroll, CNC line, Payroll")
	f.risk.SetValue(talent.LevelHigh)
	f.retention.SetText("Wants a leadership path.")
	if pp.saveBtn.Disabled() {
		t.Fatalf("Save changes is disabled on a valid profile")
	}
	pp.save()
	got := storedPerson(t, db, p.ID)
	if got.JobTitle != "Team lead" || got.ReportsTo != boss.ID || got.RiskOfLeaving != talent.LevelHigh ||
		got.RetentionNote != "Wants a leadership path." || strings.Join(got.Expertise, "|") != "payroll|CNC line" {
		t.Errorf("stored %+v, want the edited profile", got)
	}
	wantShown(t, pp.view(), "Team lead · reports to Дмитрий Иванов")
}

func TestPerson_StoreErrorKeepsInput(t *testing.T) {
	a, db := newTestApp(t)
	p := addPerson(t, db, talent.Person{Name: "Zoë Ångström"})
	pp := personPageOf(t, a, p.ID)
	pp.form.jobTitle.SetText("Line lead")
	if err := db.DeletePerson(context.Background(), p.ID, false); err != nil {
		t.Fatalf("delete behind the page's back: %v", err)
	}
	pp.save()
	if a.win.Canvas().Overlays().Top() == nil {
		t.Fatalf("a failed save shows no dialog")
	}
	if got := pp.form.jobTitle.Text; got != "Line lead" {
		t.Errorf("after a failed save the job title reads %q, want the typed %q", got, "Line lead")
	}
}

func TestPerson_MarkLeftAndBack(t *testing.T) {
	a, db := newTestApp(t)
	p := addPerson(t, db, talent.Person{Name: "Ελένη Παπαδοπούλου", StartDate: mustDate(t, "2020-01-06")})
	pp := personPageOf(t, a, p.ID)

	test.Tap(pp.leftBtn)
	wantDialog(t, a, "Leaving date", "Their assessments, plan and other records are kept.")
	date := dialogEntry(t, a, "2026-03-16")
	typeInto(a, date, "")
	date.SetText("2019-12-31")
	wantDialog(t, a, "Leaving date (2019-12-31) is before start date (2020-01-06).")
	if !dialogButton(t, a, "Mark as left").Disabled() {
		t.Errorf("Mark as left is enabled with a leaving date before the start")
	}
	date.SetText("2026-02-27")
	tapDialogButton(t, a, "Mark as left")
	wantNoDialog(t, a)
	got := storedPerson(t, db, p.ID)
	if got.Active() || talent.FormatDate(got.LeftDate) != "2026-02-27" {
		t.Errorf("stored status %s left %s, want left on 2026-02-27", got.Status, talent.FormatDate(got.LeftDate))
	}
	wantShown(t, pp.view(), "left on 2026-02-27", "Mark as back at work…")
	if s := a.people(); len(s.list.shown) != 0 {
		t.Errorf("the list shows %d people; someone who left is hidden unless asked for", len(s.list.shown))
	}

	test.Tap(pp.leftBtn)
	tapDialogButton(t, a, "Mark as back")
	if got := storedPerson(t, db, p.ID); !got.Active() || !got.LeftDate.IsZero() {
		t.Errorf("stored %s left %v, want active again", got.Status, got.LeftDate)
	}
}

func TestPerson_PotentialAndHistory(t *testing.T) {
	a, db := newTestApp(t)
	owner := addPerson(t, db, talent.Person{Name: "Owner"})
	p := addPerson(t, db, talent.Person{Name: "Zoë Ångström"})
	rate(t, db, talent.Assessment{PersonID: p.ID, Date: mustDate(t, "2025-06-02"), RaterID: owner.ID, Relationship: talent.RelOwner,
		Performance: talent.PerformanceMeets}, 10, talent.RatingSometimes)
	rate(t, db, talent.Assessment{PersonID: p.ID, Date: mustDate(t, "2026-02-02"), RaterID: owner.ID, Relationship: talent.RelOwner,
		Performance: talent.PerformanceExceeds, Aspiration: talent.AspirationYes, LearningAgility: talent.LevelHigh}, 10, talent.RatingConsistently)
	rate(t, db, talent.Assessment{PersonID: p.ID, Date: mustDate(t, "2026-01-12"), RaterID: p.ID, Relationship: talent.RelSelf}, 10, talent.RatingRoleModel)
	pp := personPageOf(t, a, p.ID)

	wantShown(t, pp.view(), "High: behaviours average 3.0 across 40 of 40 rated; wants to lead; learns fast.",
		"9-box: Future leader (Exceeds expectations, High potential).")
	pp.tabs.SelectIndex(1)
	wantShown(t, pp.history.view(), "2026-02-02 · Owner: Owner · Exceeds expectations", "2026-01-12 · Self: Zoë Ångström",
		"Delegating and letting go of the technical work", "+1.0 rates self higher")
	chart := pp.history.charts.Objects[0].(*scoreChart)
	if len(chart.points) != 3 || chart.points[0].score != 2 || !chart.points[1].self || chart.points[2].score != 3 {
		t.Errorf("first chart points = %+v, want 2 (others), 4 (self), 3 (others) by date", chart.points)
	}
}

func TestPerson_DeleteAssessment(t *testing.T) {
	a, db := newTestApp(t)
	owner := addPerson(t, db, talent.Person{Name: "Owner"})
	p := addPerson(t, db, talent.Person{Name: "Zoë Ångström"})
	kept := rate(t, db, talent.Assessment{PersonID: p.ID, Date: mustDate(t, "2025-06-02"), RaterID: owner.ID, Relationship: talent.RelOwner}, 10, talent.RatingSometimes)
	rate(t, db, talent.Assessment{PersonID: p.ID, Date: mustDate(t, "2026-02-02"), RaterID: owner.ID, Relationship: talent.RelOwner}, 10, talent.RatingConsistently)
	pp := personPageOf(t, a, p.ID)
	pp.tabs.SelectIndex(1)

	test.Tap(findButton(t, pp.history.view(), "Delete…")) // the newest is listed first
	wantDialog(t, a, "Delete assessment?", "This removes the assessment of 2026-02-02 by Owner, with its 40 ratings and evidence.")
	tapDialogButton(t, a, "Cancel")
	if as, err := db.Assessments(context.Background(), p.ID); err != nil || len(as) != 2 {
		t.Fatalf("after Cancel %d assessments (%v), want both kept", len(as), err)
	}

	test.Tap(findButton(t, pp.history.view(), "Delete…"))
	tapDialogButton(t, a, "Delete")
	as, err := db.Assessments(context.Background(), p.ID)
	if err != nil || len(as) != 1 || as[0].ID != kept.ID {
		t.Fatalf("stored assessments after deleting = %+v (%v), want the one of 2025-06-02 alone", as, err)
	}
	text := screenText(pp.history.view())
	if strings.Contains(text, "2026-02-02") || !strings.Contains(text, "2025-06-02 · Owner: Owner") {
		t.Errorf("the history shows:\n%s\nwant the 2025-06-02 assessment alone", text)
	}
	if got := pp.potential.Text; !strings.HasPrefix(got, "Moderate: behaviours average 2.0") {
		t.Errorf("potential after deleting = %q, want it derived from the 2025-06-02 assessment", got)
	}
}
