package ui

import (
	"context"
	"testing"

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
