package ui

import (
	"context"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"leadbridge/internal/talent"
)

// TestFlow_BackFromCompareReturnsToTheRole compares the successors of the second key
// role: Back, and Escape, return to Succession with that role still selected, and
// People shows its list afterwards.
func TestFlow_BackFromCompareReturnsToTheRole(t *testing.T) {
	a, db := newTestApp(t)
	ids := addPeople(t, db, "Zoë Ångström", "Дмитрий Иванов", "李小龍", "Ελένη Παπαδοπούλου")
	first := talent.KeyRole{Title: "Head of sales", HolderID: ids[3]}
	mustNoErr(t, db.SaveKeyRole(context.Background(), &first))
	role := talent.KeyRole{Title: "Head of production", HolderID: ids[0], Successors: []talent.Successor{
		{PersonID: ids[1], Readiness: talent.Ready3Plus}, {PersonID: ids[2], Readiness: talent.ReadyNow}}}
	mustNoErr(t, db.SaveKeyRole(context.Background(), &role))
	s := openSuccession(t, a)
	for i, r := range s.roles {
		if r.ID == role.ID {
			s.list.Select(i)
		}
	}
	for _, back := range []struct {
		name string
		do   func(c *comparePage)
	}{{"Back", func(c *comparePage) { test.Tap(c.backBtn) }}, {"Escape", func(*comparePage) { press(a, fyne.KeyEscape) }}} {
		test.Tap(s.compare)
		c, ok := a.people().page.(*comparePage)
		if !ok {
			t.Fatalf("Compare candidates shows %T, want the comparison", a.people().page)
		}
		wantShown(t, c.view(), "Candidates for Head of production", AreaSuccession)
		a.win.Canvas().Unfocus()
		back.do(c)
		if a.current.title != AreaSuccession || s.selected != role.ID {
			t.Errorf("%s from the comparison shows %s with role %d selected, want %s with %d", back.name, a.current.title, s.selected, AreaSuccession, role.ID)
		}
		wantShown(t, s.view(), "Head of production", "李小龍")
		if a.people().page != nil {
			t.Errorf("after %s People still shows %T, want its list", back.name, a.people().page)
		}
	}
}

// TestFlow_CtrlTwoShowsThePeopleList goes to People with Ctrl+2 after opening a person:
// it shows the list; with the profile changed it asks first.
func TestFlow_CtrlTwoShowsThePeopleList(t *testing.T) {
	a, db := newTestApp(t)
	p := addPerson(t, db, talent.Person{Name: "Zoë Ångström", JobTitle: "Engineer"})
	ctrl2 := menuItem(t, a, AreaPeople)
	pp := personPageOf(t, a, p.ID)
	a.Show(AreaHome)
	ctrl2.Action()
	if a.current.title != AreaPeople || a.people().page != nil {
		t.Fatalf("Ctrl+2 shows %s with %T, want the people list", a.current.title, a.people().page)
	}

	pp = personPageOf(t, a, p.ID)
	pp.form.jobTitle.SetText("Line lead")
	ctrl2.Action()
	wantDialog(t, a, "Leave without saving?", "Zoë Ångström’s profile")
	tapDialogButton(t, a, "Cancel")
	if a.people().page != pp {
		t.Fatalf("Cancel shows %T, want the profile kept", a.people().page)
	}
	ctrl2.Action()
	tapDialogButton(t, a, "Leave")
	if a.people().page != nil {
		t.Errorf("Leave shows %T, want the people list", a.people().page)
	}
}

// TestFlow_LoggingAMomentConfirms logs a moment: a notice at the foot of the window says
// so, and takes no keys from what follows.
func TestFlow_LoggingAMomentConfirms(t *testing.T) {
	a, db := newTestApp(t)
	p := addPerson(t, db, talent.Person{Name: "Zoë Ångström"})
	a.logMoment(p.ID)
	formField[*choice[topic]](t, a, "About").SetSelectedIndex(0)
	typeInto(a, formEntry(t, a, "What happened"), "Ran the stand-up.")
	tapDialogButton(t, a, "Log moment")
	wantNoDialog(t, a)
	if !a.notice.card.Visible() || a.notice.text.Text != "Moment logged for Zoë Ångström." {
		t.Errorf("after logging, the notice shows %q (visible %v), want the moment confirmed", a.notice.text.Text, a.notice.card.Visible())
	}
	a.logMoment(p.ID)
	press(a, fyne.KeyEscape)
	wantNoDialog(t, a)
}
