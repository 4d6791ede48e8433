package ui

import (
	"context"
	"errors"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"leadbridge/internal/talent"
)

// everyDialog opens each kind of dialog of the app, with the default button Enter
// should press.
var everyDialog = []struct {
	name, enter string
	open        func(t *testing.T, a *App, ids []int64)
}{
	{"new person", "Add person", func(t *testing.T, a *App, _ []int64) { a.Show(AreaPeople); a.newRecord() }},
	{"mark as left", "Mark as left", func(t *testing.T, a *App, ids []int64) { test.Tap(personPageOf(t, a, ids[0]).leftBtn) }},
	{"new training", "Save training", func(t *testing.T, a *App, _ []int64) { test.Tap(openTraining(a).newEntry) }},
	{"new mentoring pair", "Save pair", func(t *testing.T, a *App, _ []int64) { test.Tap(openMentoring(a).newPair) }},
	{"new key role", "Save role", func(t *testing.T, a *App, _ []int64) { test.Tap(openSuccession(t, a).newRole) }},
	{"log a moment", "Log moment", func(t *testing.T, a *App, ids []int64) { a.logMoment(ids[0]) }},
	{"print a plan", "Save as PDF…", func(t *testing.T, a *App, ids []int64) { a.printPlan(ids[0], "Zoë Ångström") }},
	{"print a plan away from a person", "Save as PDF…", func(t *testing.T, a *App, _ []int64) { a.Show(AreaHome); a.printCurrentPlan() }},
	{"export to calendar", "Save as…", func(t *testing.T, a *App, _ []int64) { a.exportCalendar() }},
	{"ask for ratings", "Save pack…", func(t *testing.T, a *App, ids []int64) { test.Tap(personPageOf(t, a, ids[0]).ratings.askBtn) }},
	{"back up now", "Back up", func(t *testing.T, a *App, _ []int64) { a.backUpNow() }},
	{"information", "OK", func(t *testing.T, a *App, _ []int64) {
		a.showError(talent.Errorf(talent.EINVALID, "Name is required."))
	}},
	{"error", "OK", func(t *testing.T, a *App, _ []int64) { a.showError(errors.New("disk full")) }},
	{"question that removes something", "Cancel", func(t *testing.T, a *App, _ []int64) {
		a.confirm("Delete moment?", "It cannot be undone.", "Delete", func() { t.Error("Enter deleted") })
	}},
}

// TestDialogKeys_EnterAndEscapeInEveryDialog opens every kind of dialog: Enter presses
// its default button (Cancel where the other answer removes something), and Escape
// closes it, wherever the focus is.
func TestDialogKeys_EnterAndEscapeInEveryDialog(t *testing.T) {
	for _, tc := range everyDialog {
		t.Run(tc.name, func(t *testing.T) {
			t.Setenv("HOME", t.TempDir())
			a, db := newTestApp(t)
			ids := addPeople(t, db, "Zoë Ångström", "Дмитрий Иванов")
			tc.open(t, a, ids)
			if got := keysOf(a.win.Canvas().Overlays().Top()).enter; got == nil || got.Text != tc.enter {
				t.Fatalf("Enter presses %v, want %q; the dialog shows:\n%s", got, tc.enter, overlayText(a))
			}
			press(a, fyne.KeyEscape)
			wantNoDialog(t, a)

			tc.open(t, a, ids)
			a.win.Canvas().Unfocus()
			press(a, fyne.KeyEscape)
			wantNoDialog(t, a)

			tc.open(t, a, ids)
			fields := dialogFields(a)
			closeDialogs(a)
			for i := range fields {
				tc.open(t, a, ids)
				f := dialogFields(a)[i]
				a.win.Canvas().Focus(f)
				press(a, fyne.KeyEscape)
				if got := overlayText(a); got != "" {
					t.Fatalf("Escape in field %d (%T) leaves the dialog open:\n%s", i+1, f, got)
				}
			}
		})
	}
}

// dialogFields are the inputs of the form in the dialog in front that can take the
// focus, in form order.
func dialogFields(a *App) []fyne.Focusable {
	var fields []fyne.Focusable
	if top := a.win.Canvas().Overlays().Top(); top != nil {
		walkObjects(top, func(o fyne.CanvasObject) {
			if f, ok := o.(*widget.Form); ok {
				walkInputs(f, func(o fyne.CanvasObject) {
					if in, ok := o.(fyne.Focusable); ok && o.Visible() {
						fields = append(fields, in)
					}
				})
			}
		})
	}
	return fields
}

// TestDialogKeys_EnterSubmits presses Enter in the last field typed into: it adds the
// new person, and in the print dialog it goes on to the file to save; in a message it
// closes the message.
func TestDialogKeys_EnterSubmits(t *testing.T) {
	t.Setenv("HOME", t.TempDir())
	a, db := newTestApp(t)
	a.Show(AreaPeople)
	a.newRecord()
	typeInto(a, formEntry(t, a, "Name"), "Zoë Ångström")
	press(a, fyne.KeyReturn)
	wantNoDialog(t, a)
	if n := peopleCount(t, db); n != 1 {
		t.Fatalf("after Enter in New person %d people are stored, want 1", n)
	}
	id := a.currentPerson()

	a.printPlan(id, "Zoë Ångström")
	tapOption(t, radioIn(t, a), 1)
	press(a, fyne.KeyReturn)
	wantFileName(t, a, planFileName("Zoë Ångström", testNow))
	a.win.Canvas().Unfocus() // Fyne's own file name field keeps Escape to itself
	press(a, fyne.KeyEscape)
	wantNoDialog(t, a)

	a.showError(talent.Errorf(talent.EINVALID, "Name is required."))
	press(a, fyne.KeyEnter)
	wantNoDialog(t, a)

	a.logMoment(id)
	formField[*choice[topic]](t, a, "About").SetSelectedIndex(0)
	typeInto(a, formEntry(t, a, "What happened"), "Ran the stand-up.")
	a.win.Canvas().Focus(formEntry(t, a, "Date"))
	press(a, fyne.KeyReturn)
	if moments, _ := db.Moments(context.Background(), id); len(moments) != 1 {
		t.Errorf("Enter in the date of a moment stored %d moments, want 1", len(moments))
	}
}

// TestDialogKeys_EnterLeavesAnIncompleteForm presses Enter in a form that cannot be
// saved yet: nothing is stored and the dialog stays.
func TestDialogKeys_EnterLeavesAnIncompleteForm(t *testing.T) {
	a, db := newTestApp(t)
	a.Show(AreaPeople)
	a.newRecord()
	typeInto(a, formEntry(t, a, "Job title"), "Engineer")
	press(a, fyne.KeyReturn)
	wantDialog(t, a, "New person")
	if n := peopleCount(t, db); n != 0 {
		t.Errorf("%d people stored, want none", n)
	}
}

// TestDialogKeys_CtrlSSavesTheDialog presses Ctrl+S with a form dialog in front: it
// saves the dialog's record. In a message it does nothing.
func TestDialogKeys_CtrlSSavesTheDialog(t *testing.T) {
	a, db := newTestApp(t)
	a.Show(AreaPeople)
	a.newRecord()
	typeInto(a, formEntry(t, a, "Name"), "Zoë Ångström")
	menuItem(t, a, "Save").Action()
	wantNoDialog(t, a)
	if n := peopleCount(t, db); n != 1 {
		t.Fatalf("after Ctrl+S in New person %d people are stored, want 1", n)
	}
	a.showError(talent.Errorf(talent.EINVALID, "Name is required."))
	menuItem(t, a, "Save").Action()
	wantDialog(t, a, "Name is required.")
}

// TestDialogKeys_EscapeLeavesAJobRunning presses Escape while a job's progress shows:
// the progress stays until the job ends.
func TestDialogKeys_EscapeLeavesAJobRunning(t *testing.T) {
	a, _ := newTestApp(t)
	d := showProgress("Backing up", "Copying the data…", a.win)
	press(a, fyne.KeyEscape)
	wantDialog(t, a, "Copying the data…")
	d.Hide()
}
