package ui

import (
	"testing"

	"fyne.io/fyne/v2/test"

	"leadbridge/internal/talent"
)

// TestPeople_FindKeepsUnsavedWork presses Ctrl+F while an assessment holds unsaved
// ratings: it asks first, Cancel keeps the assessment in front, and Leave goes to the
// search.
func TestPeople_FindKeepsUnsavedWork(t *testing.T) {
	a, db := newTestApp(t)
	p := addPerson(t, db, talent.Person{Name: "Zoë Ångström"})
	f := openAssessment(t, a, p.ID)
	rateAll(f, 1, talent.RatingSometimes)
	find := menuItem(t, a, "Find a person").Action

	find()
	wantDialog(t, a, "Leave without saving?", "this assessment")
	tapDialogButton(t, a, "Cancel")
	if a.people().page != f || !f.dirty {
		t.Fatalf("Ctrl+F, then Cancel shows %T, want the assessment with its ratings", a.people().page)
	}
	find()
	tapDialogButton(t, a, "Leave")
	s := a.people()
	if s.page != nil || a.win.Canvas().Focused() != s.search {
		t.Fatalf("Ctrl+F, then Leave shows %T with the focus on %T, want the people search", s.page, a.win.Canvas().Focused())
	}
	test.Type(s.search, "Zoë")
	if s.search.Text != "Zoë" {
		t.Errorf("typed into the search: %q", s.search.Text)
	}
}

// TestCompare_KeepsUnsavedWork opens Compare while an assessment holds unsaved ratings:
// it asks first, Cancel keeps the assessment in front, and Leave shows Compare.
func TestCompare_KeepsUnsavedWork(t *testing.T) {
	a, db := newTestApp(t)
	zoe := addPerson(t, db, talent.Person{Name: "Zoë Ångström"})
	li := addPerson(t, db, talent.Person{Name: "李小龍"})
	f := openAssessment(t, a, zoe.ID)
	rateAll(f, 1, talent.RatingSometimes)

	a.compareCandidates(0, []int64{zoe.ID, li.ID})
	wantDialog(t, a, "Leave without saving?", "this assessment")
	tapDialogButton(t, a, "Cancel")
	if a.people().page != f || !f.dirty {
		t.Fatalf("Compare, then Cancel shows %T, want the assessment with its ratings", a.people().page)
	}
	a.compareCandidates(0, []int64{zoe.ID, li.ID})
	tapDialogButton(t, a, "Leave")
	if _, ok := a.people().page.(*comparePage); !ok {
		t.Fatalf("Compare, then Leave shows %T, want Compare", a.people().page)
	}
}

// TestPerson_NewAssessmentKeepsUnsavedProfile presses New assessment while the profile
// holds an unsaved change: it asks first, Cancel keeps the change, and Leave opens the
// assessment.
func TestPerson_NewAssessmentKeepsUnsavedProfile(t *testing.T) {
	a, db := newTestApp(t)
	p := addPerson(t, db, talent.Person{Name: "Zoë Ångström", JobTitle: "Engineer"})
	pp := personPageOf(t, a, p.ID)
	pp.form.jobTitle.SetText("Senior engineer")

	test.Tap(pp.assessBtn)
	wantDialog(t, a, "Leave without saving?", "Zoë Ångström’s profile")
	tapDialogButton(t, a, "Cancel")
	if a.people().page != pp || pp.form.jobTitle.Text != "Senior engineer" {
		t.Fatalf("New assessment, then Cancel shows %T with job title %q, want the profile with its change", a.people().page, pp.form.jobTitle.Text)
	}
	test.Tap(pp.assessBtn)
	tapDialogButton(t, a, "Leave")
	if _, ok := a.people().page.(*assessmentForm); !ok {
		t.Fatalf("New assessment, then Leave shows %T, want the assessment", a.people().page)
	}
}
