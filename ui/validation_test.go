package ui

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"leadbridge/internal/talent"
)

// TestValidation_NothingIsWrongBeforeATouch opens every form: none shows a problem
// before a field changes; the pair form shows one once a field has changed.
func TestValidation_NothingIsWrongBeforeATouch(t *testing.T) {
	for _, tc := range everyDialog {
		t.Run(tc.name, func(t *testing.T) {
			t.Setenv("HOME", t.TempDir())
			a, db := newTestApp(t)
			tc.open(t, a, addPeople(t, db, "Zoë Ångström", "Дмитрий Иванов"))
			for _, e := range []string{"is required", "Choose the", "is not a", "must be"} {
				if got := overlayText(a); strings.Contains(got, e) && tc.enter != "OK" {
					t.Errorf("the form just opened says %q somewhere:\n%s", e, got)
				}
			}
		})
	}
	a, db := newTestApp(t)
	ids := addPeople(t, db, "Zoë Ångström", "Дмитрий Иванов")
	test.Tap(openMentoring(a).newPair)
	formPicker(t, a, "Mentor").SetValue(ids[0])
	if got := formProblem(t, a); got != "Choose the mentee." {
		t.Errorf("after choosing the mentor the form says %q, want the mentee asked for", got)
	}
}

// dialogMinSize is the size the dialog in front asks for, which sets its size and,
// as it is centred, its place.
func dialogMinSize(t *testing.T, a *App) fyne.Size {
	t.Helper()
	pop := popUpOf(a.win.Canvas().Overlays().Top())
	if pop == nil {
		t.Fatal("no dialog open")
	}
	return pop.Content.MinSize()
}

// TestValidation_AProblemNeitherMovesNorResizesTheDialog makes a form wrong in a field
// and as a whole: the dialog keeps its size, and so its place.
func TestValidation_AProblemNeitherMovesNorResizesTheDialog(t *testing.T) {
	a, db := newTestApp(t)
	ids := addPeople(t, db, "Zoë Ångström", "Дмитрий Иванов")
	test.Tap(openMentoring(a).newPair)
	before := dialogMinSize(t, a)
	formPicker(t, a, "Mentor").SetValue(ids[0])
	formPicker(t, a, "Mentee").SetValue(ids[0])
	if got := formProblem(t, a); !strings.Contains(got, "cannot mentor themselves") {
		t.Fatalf("the form shows the problem %q, want the mentor and mentee the same", got)
	}
	every := formEntry(t, a, "Meet every (days)")
	a.win.Canvas().Focus(every)
	every.TypedShortcut(&fyne.ShortcutSelectAll{})
	test.Type(every, "every fortnight, more or less, when both of them are in the office")
	a.win.Canvas().Unfocus()
	wantDialog(t, a, "How often must be a whole number")
	var problem *widget.Label // a problem as long as any the records give
	walkObjects(a.win.Canvas().Overlays().Top(), func(o fyne.CanvasObject) {
		if l, ok := o.(*widget.Label); ok && l.Text == formProblem(t, a) {
			problem = l
		}
	})
	problem.SetText(strings.Repeat("A person cannot mentor themselves; choose someone else as mentor. ", 3))
	if after := dialogMinSize(t, a); after != before {
		t.Errorf("the dialog asks for %v once a problem shows, %v before", after, before)
	}
}

// TestValidation_ProfileNameIsRequired empties the name on a person's page: the form
// says so in the record's words, not Fyne's "item is required", while the field still
// has the focus and after.
func TestValidation_ProfileNameIsRequired(t *testing.T) {
	a, db := newTestApp(t)
	p := addPerson(t, db, talent.Person{Name: "Zoë Ångström"})
	pp := personPageOf(t, a, p.ID)
	a.win.Canvas().Focus(pp.form.name)
	pp.form.name.TypedShortcut(&fyne.ShortcutSelectAll{})
	pp.form.name.TypedKey(&fyne.KeyEvent{Name: fyne.KeyBackspace})
	for _, when := range []string{"in the field", "after leaving it"} {
		got := screenText(pp.view())
		if !strings.Contains(got, "Name is required.") || strings.Contains(got, "item is required") {
			t.Errorf("%s, the profile shows:\n%s\nwant “Name is required.” alone", when, got)
		}
		a.win.Canvas().Unfocus()
	}
}

// shownTick reports whether e shows the ✓ of a valid field.
func shownTick(e *entry) bool {
	tick := false
	walkObjects(e, func(o fyne.CanvasObject) {
		if img, ok := o.(*canvas.Image); ok && img.Visible() && img.Resource != nil &&
			img.Resource.Name() == theme.ConfirmIcon().Name() {
			tick = true
		}
	})
	return tick
}

// TestValidation_ImpossibleDates types dates that do not exist: no ✓ shows while typing
// or after, and the message says what is wrong.
func TestValidation_ImpossibleDates(t *testing.T) {
	a, _ := newTestApp(t)
	a.Show(AreaPeople)
	a.newRecord()
	start := formEntry(t, a, "Start date")
	for _, tc := range []struct{ typed, want string }{
		{"31/02/2025", "write it as YYYY-MM-DD"},
		{"2025-02-31", "February 2025 has no 31st"},
	} {
		start.SetText("")
		typeInto(a, start, "2025-03-01")
		if !shownTick(start) {
			t.Fatalf("a real date shows no ✓")
		}
		start.TypedShortcut(&fyne.ShortcutSelectAll{})
		typeInto(a, start, tc.typed)
		if shownTick(start) {
			t.Errorf("%q shows a ✓ while typed", tc.typed)
		}
		a.win.Canvas().Unfocus()
		if shownTick(start) {
			t.Errorf("%q shows a ✓ once typed", tc.typed)
		}
		wantDialog(t, a, tc.want)
	}
}
