package ui

import (
	"context"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"leadbridge/internal/talent"
)

// TestKeys_SaveSavesTheFormInFront drives the function behind Ctrl+S.
func TestKeys_SaveSavesTheFormInFront(t *testing.T) {
	a, db := newTestApp(t)
	p := addPerson(t, db, talent.Person{Name: "Zoë Ångström"})
	pp := personPageOf(t, a, p.ID)
	pp.form.jobTitle.SetText("Line lead")
	a.save()
	if got := storedPerson(t, db, p.ID).JobTitle; got != "Line lead" {
		t.Errorf("after Ctrl+S the stored job title is %q, want the typed one", got)
	}

	wantStored := func(name string, want int) {
		t.Helper()
		as, _ := db.Assessments(context.Background(), p.ID)
		if len(as) != want {
			t.Errorf("%s: %d assessments stored, want %d", name, len(as), want)
		}
	}
	f := openAssessment(t, a, p.ID)
	f.relationship.SetValue(talent.RelSelf)
	a.logMoment(p.ID)
	a.save()
	wantStored("with a dialog open", 0)
	tapDialogButton(t, a, "Cancel")
	a.save()
	wantStored("with the assessment in front", 1)
}

// TestKeys_EscapeGoesBackAsBackDoes leaves a page with unsaved changes by Escape and by
// its Back button: both ask first, and only Leave drops the changes.
func TestKeys_EscapeGoesBackAsBackDoes(t *testing.T) {
	a, db := newTestApp(t)
	p := addPerson(t, db, talent.Person{Name: "Zoë Ångström", JobTitle: "Engineer"})
	escape := func() { a.win.Canvas().Unfocus(); a.onTypedKey(&fyne.KeyEvent{Name: fyne.KeyEscape}) }
	pp := personPageOf(t, a, p.ID)
	pp.form.jobTitle.SetText("Senior engineer")
	for _, leave := range []struct {
		name string
		do   func()
	}{{"Escape", escape}, {"Back", func() { test.Tap(pp.backBtn) }}} {
		leave.do()
		wantDialog(t, a, "Leave without saving?", "Zoë Ångström’s profile")
		tapDialogButton(t, a, "Cancel")
		if a.people().page != pp || pp.form.jobTitle.Text != "Senior engineer" {
			t.Fatalf("%s, then Cancel shows %T with job title %q, want the page with the change kept", leave.name, a.people().page, pp.form.jobTitle.Text)
		}
	}
	escape()
	tapDialogButton(t, a, "Leave")
	if a.people().page != nil {
		t.Errorf("Leave kept %T shown, want the people list", a.people().page)
	}
	if got := storedPerson(t, db, p.ID).JobTitle; got != "Engineer" {
		t.Errorf("stored job title = %q, want it unchanged", got)
	}

	f := openAssessment(t, a, p.ID)
	f.notes.SetText("Started well.")
	escape()
	wantDialog(t, a, "Leave without saving?", "this assessment")
	tapDialogButton(t, a, "Leave")
	if pp, ok := a.people().page.(*personPage); !ok || pp.id != p.ID {
		t.Errorf("leaving the assessment shows %T, want the person's page", a.people().page)
	}
}
