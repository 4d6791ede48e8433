package ui

import (
	"context"
	"strings"
	"testing"

	"fyne.io/fyne/v2/test"

	"leadbridge/internal/talent"
)

func TestMoment_LogFromPersonPage(t *testing.T) {
	a, db := newTestApp(t)
	ctx := context.Background()
	obs := addPerson(t, db, talent.Person{Name: "Дмитрий Иванов"})
	p := addPerson(t, db, talent.Person{Name: "Zoë Ångström"})
	pp := personPageOf(t, a, p.ID)
	pp.tabs.SelectIndex(5)
	wantShown(t, pp.moments.view(), "No leadership moments yet.", "Log a moment (Ctrl+L)")

	test.Tap(pp.momentBtn)
	wantDialog(t, a, "Log a leadership moment", "Zoë Ångström", "2026-03-16")
	if a.win.Canvas().Focused() == nil {
		t.Errorf("nothing is focused; the cursor should wait in What happened")
	}
	save := dialogButton(t, a, "Log moment")
	if !save.Disabled() {
		t.Errorf("Log moment is enabled before the topic and text are given")
	}
	f := a.people().moment
	std, _ := db.Standard(ctx)
	f.topic.SetValue(topic{competency: std.Competencies[0].ID})
	f.observer.SetText("Дмитрий Иванов")
	typeInto(a, f.text, strings.Repeat("x", talent.MaxMomentLen+1))
	if !save.Disabled() {
		t.Errorf("Log moment is enabled with a %d-character line", talent.MaxMomentLen+1)
	}
	a.win.Canvas().Focus(f.date)
	wantDialog(t, a, "What happened is 281 characters long; the limit is 280.")
	f.text.SetText("Let Sam run the stand-up and stayed quiet 🤐")
	f.text.OnSubmitted(f.text.Text) // Enter saves
	wantNoDialog(t, a)

	ms, err := db.Moments(ctx, p.ID)
	if err != nil || len(ms) != 1 {
		t.Fatalf("Moments() = %v, %v, want the logged moment", ms, err)
	}
	m := ms[0]
	if m.ObserverID != obs.ID || !m.Positive || m.CompetencyID != std.Competencies[0].ID || talent.FormatDate(m.Date) != "2026-03-16" {
		t.Errorf("stored %+v, want a positive moment seen by Дмитрий today", m)
	}
	wantShown(t, pp.moments.view(), "Let Sam run the stand-up and stayed quiet 🤐",
		"2026-03-16 · Positive · Delegating and letting go of the technical work · seen by Дмитрий Иванов")
}

func TestMoment_LogFromAnywhere(t *testing.T) {
	a, db := newTestApp(t)
	ctx := context.Background()
	p := addPerson(t, db, talent.Person{Name: "محمد"})
	a.Show(AreaHome)
	a.logMoment(0)
	f := a.people().moment
	if f.person.Value() != 0 {
		t.Errorf("from Home the person starts as %d, want no choice", f.person.Value())
	}
	f.person.SetValue(p.ID)
	f.topic.SetValue(topic{derailer: talent.DerailerAdapting})
	f.kind.SetSelected(momentDevelopmental)
	f.observer.SetText("A customer")
	typeInto(a, f.text, "Pushed back on the new rota without trying it.")
	tapDialogButton(t, a, "Log moment")
	ms, _ := db.Moments(ctx, p.ID)
	if len(ms) != 1 || ms[0].Positive || ms[0].Derailer != talent.DerailerAdapting || ms[0].ObserverName != "A customer" || ms[0].ObserverID != 0 {
		t.Fatalf("stored %+v, want a developmental moment on adapting, seen by A customer", ms)
	}

	pp := personPageOf(t, a, p.ID)
	a.logMoment(0)
	if got := a.people().moment.person.Value(); got != p.ID {
		t.Errorf("with %s's page open the person starts as %d, want them", pp.person.Name, got)
	}
	tapDialogButton(t, a, "Cancel")

	test.Tap(findButton(t, pp.moments.view(), "Edit"))
	wantDialog(t, a, "Edit leadership moment", "Pushed back on the new rota without trying it.", "A customer")
	g := a.people().moment
	if g.kind.Selected != momentDevelopmental || g.topic.Value() != (topic{derailer: talent.DerailerAdapting}) {
		t.Errorf("the edit form shows %q about %+v, want the stored developmental moment on adapting", g.kind.Selected, g.topic.Value())
	}
	g.text.SetText("Pushed back on the new rota, then tried it for a week.")
	tapDialogButton(t, a, "Save moment")
	ms, _ = db.Moments(ctx, p.ID)
	if len(ms) != 1 || ms[0].Text != "Pushed back on the new rota, then tried it for a week." || ms[0].ObserverName != "A customer" {
		t.Fatalf("after editing, stored %+v, want the one moment with the new text", ms)
	}
	wantShown(t, pp.moments.view(), "then tried it for a week")

	test.Tap(findButton(t, pp.moments.view(), "Delete…"))
	wantDialog(t, a, "Delete moment?", "Pushed back on the new rota")
	tapDialogButton(t, a, "Delete")
	if ms, _ := db.Moments(ctx, p.ID); len(ms) != 0 {
		t.Errorf("%d moments remain after deleting", len(ms))
	}
}
