package ui

import (
	"context"
	"strings"
	"testing"

	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

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
	std, _ := db.Standard(ctx)
	formField[*choice[topic]](t, a, "About").SetValue(topic{competency: std.Competencies[0].ID})
	formField[*personOrName](t, a, "Seen by").SetText("Дмитрий Иванов")
	text := formEntry(t, a, "What happened")
	typeInto(a, text, strings.Repeat("x", talent.MaxMomentLen+1))
	if !save.Disabled() {
		t.Errorf("Log moment is enabled with a %d-character line", talent.MaxMomentLen+1)
	}
	a.win.Canvas().Focus(formEntry(t, a, "Date"))
	wantDialog(t, a, "What happened is 281 characters long; the limit is 280.")
	text.SetText("Let Sam run the stand-up and stayed quiet 🤐")
	text.OnSubmitted(text.Text) // Enter saves
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
	who := formPicker(t, a, "Who")
	if who.Value() != 0 {
		t.Errorf("from Home the person starts as %d, want no choice", who.Value())
	}
	who.SetValue(p.ID)
	formField[*choice[topic]](t, a, "About").SetValue(topic{derailer: talent.DerailerAdapting})
	formField[*widget.RadioGroup](t, a, "Kind").SetSelected(momentDevelopmental)
	formField[*personOrName](t, a, "Seen by").SetText("A customer")
	typeInto(a, formEntry(t, a, "What happened"), "Pushed back on the new rota without trying it.")
	tapDialogButton(t, a, "Log moment")
	ms, _ := db.Moments(ctx, p.ID)
	if len(ms) != 1 || ms[0].Positive || ms[0].Derailer != talent.DerailerAdapting || ms[0].ObserverName != "A customer" || ms[0].ObserverID != 0 {
		t.Fatalf("stored %+v, want a developmental moment on adapting, seen by A customer", ms)
	}

	pp := personPageOf(t, a, p.ID)
	a.logMoment(0)
	if got := formPicker(t, a, "Who").Value(); got != p.ID {
		t.Errorf("with %s's page open the person starts as %d, want them", pp.person.Name, got)
	}
	tapDialogButton(t, a, "Cancel")

	test.Tap(findButton(t, pp.moments.view(), "Edit"))
	wantDialog(t, a, "Edit leadership moment", "Pushed back on the new rota without trying it.", "A customer")
	kind, about := formField[*widget.RadioGroup](t, a, "Kind"), formField[*choice[topic]](t, a, "About")
	if kind.Selected != momentDevelopmental || about.Value() != (topic{derailer: talent.DerailerAdapting}) {
		t.Errorf("the edit form shows %q about %+v, want the stored developmental moment on adapting", kind.Selected, about.Value())
	}
	formEntry(t, a, "What happened").SetText("Pushed back on the new rota, then tried it for a week.")
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
