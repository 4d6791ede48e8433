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
