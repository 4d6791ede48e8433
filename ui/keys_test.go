package ui

import (
	"context"
	"slices"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"leadbridge/internal/store"
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

// pressEscape presses Escape as the window does: it goes to the widget with focus.
func pressEscape(t *testing.T, a *App) {
	t.Helper()
	f := a.win.Canvas().Focused()
	if f == nil {
		t.Fatal("nothing has focus to press Escape in")
	}
	f.TypedKey(&fyne.KeyEvent{Name: fyne.KeyEscape})
}

// TestKeys_EscapeInAFieldCancelsTheDialog presses Escape in every kind of input of the
// record dialogs, on a form ready to save: the dialog closes and nothing is stored.
func TestKeys_EscapeInAFieldCancelsTheDialog(t *testing.T) {
	newTraining := func(t *testing.T, a *App, ids []int64) {
		tr := openTraining(a)
		test.Tap(tr.newEntry)
		formPicker(t, a, "Person").SetValue(ids[0])
		typeInto(a, formEntry(t, a, "Title"), "Leading your first team")
	}
	newPair := func(t *testing.T, a *App, ids []int64) {
		m := openMentoring(a)
		test.Tap(m.newPair)
		formPicker(t, a, "Mentor").SetValue(ids[0])
		formPicker(t, a, "Mentee").SetValue(ids[1])
	}
	trainings := func(t *testing.T, a *App) int { return len(storedTraining(t, a, 0)) }
	pairs := func(t *testing.T, a *App) int { return len(storedPairs(t, a)) }
	for _, tc := range []struct {
		name   string
		open   func(t *testing.T, a *App, ids []int64) (field fyne.Focusable, save string) // save "" for a form without a Save button
		stored func(t *testing.T, a *App) int
	}{
		{"text field of a new person", func(t *testing.T, a *App, _ []int64) (fyne.Focusable, string) {
			a.Show(AreaPeople)
			a.newRecord()
			name := formEntry(t, a, "Name")
			typeInto(a, name, "Zoë Ångström")
			return name, ""
		}, func(t *testing.T, a *App) int { return peopleCount(t, a.store.(*store.DB)) - 2 }},
		{"notes of new training", func(t *testing.T, a *App, ids []int64) (fyne.Focusable, string) {
			newTraining(t, a, ids)
			reflection := formEntry(t, a, "Reflection")
			typeInto(a, reflection, "Ask before telling.")
			return reflection, "Save training"
		}, trainings},
		{"date of new training", func(t *testing.T, a *App, ids []int64) (fyne.Focusable, string) {
			newTraining(t, a, ids)
			planned := formEntry(t, a, "Planned for")
			typeInto(a, planned, "2026-04-01")
			return planned, "Save training"
		}, trainings},
		{"drop-down of new training", func(t *testing.T, a *App, ids []int64) (fyne.Focusable, string) {
			newTraining(t, a, ids)
			return formField[*choice[talent.TrainingKind]](t, a, "Kind"), "Save training"
		}, trainings},
		{"whole number of a new pair", func(t *testing.T, a *App, ids []int64) (fyne.Focusable, string) {
			newPair(t, a, ids)
			everyDays := formEntry(t, a, "Meet every (days)")
			everyDays.SetText("14")
			return everyDays, "Save pair"
		}, pairs},
		{"check box of a new pair", func(t *testing.T, a *App, ids []int64) (fyne.Focusable, string) {
			newPair(t, a, ids)
			focus := objectIn[*checkBox](t, formField[*fyne.Container](t, a, "Focus"))
			test.Tap(focus)
			return focus, "Save pair"
		}, pairs},
		{"text with choices of a new pair", func(t *testing.T, a *App, ids []int64) (fyne.Focusable, string) {
			newPair(t, a, ids)
			return formField[*selectEntry](t, a, "How"), "Save pair"
		}, pairs},
		{"Save button of a new pair", func(t *testing.T, a *App, ids []int64) (fyne.Focusable, string) {
			newPair(t, a, ids)
			var save *button // the button itself, as it passes Escape on to the window
			walkObjects(a.win.Canvas().Overlays().Top(), func(o fyne.CanvasObject) {
				if b, ok := o.(*button); ok && b.Text == "Save pair" {
					save = b
				}
			})
			return save, "Save pair"
		}, pairs},
	} {
		t.Run(tc.name, func(t *testing.T) {
			a, db := newTestApp(t)
			ids := addPeople(t, db, "Ελένη Παπαδοπούλου", "Дмитрий Иванов")
			field, save := tc.open(t, a, ids)
			if save != "" && dialogButton(t, a, save).Disabled() {
				t.Fatalf("the form cannot be saved: %s", formProblem(t, a))
			}
			a.win.Canvas().Focus(field)
			pressEscape(t, a)
			wantNoDialog(t, a)
			if n := tc.stored(t, a); n != 0 {
				t.Errorf("%d records stored after Escape, want none", n)
			}
		})
	}
}

// TestKeys_EscapeInAFieldGoesBackFromAPage presses Escape in a field of a person's page
// and of an assessment: it goes back as their Back buttons do.
func TestKeys_EscapeInAFieldGoesBackFromAPage(t *testing.T) {
	a, db := newTestApp(t)
	p := addPerson(t, db, talent.Person{Name: "Zoë Ångström", JobTitle: "Engineer"})
	pp := personPageOf(t, a, p.ID)
	a.win.Canvas().Focus(pp.form.jobTitle)
	pressEscape(t, a)
	if a.people().page != nil {
		t.Fatalf("Escape in a profile field left %T shown, want the people list", a.people().page)
	}

	f := openAssessment(t, a, p.ID)
	first := f.std.Competencies[0].Behaviours[0].ID
	typeInto(a, f.evidence[first], "Handed the audit over with a deadline.")
	pressEscape(t, a)
	wantDialog(t, a, "Leave without saving?", "this assessment")
	if a.people().page != f {
		t.Errorf("Escape in the assessment showed %T, want the assessment kept until Leave", a.people().page)
	}
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

// tapOption clicks option i of a radio group as a person does: the option takes the focus
// and is chosen.
func tapOption(t *testing.T, r *widget.RadioGroup, i int) {
	t.Helper()
	options := test.WidgetRenderer(r).Objects()
	if i >= len(options) {
		t.Fatalf("the radio group shows %d options, want option %d", len(options), i)
	}
	test.Tap(options[i].(fyne.Tappable))
	if r.Selected != r.Options[i] {
		t.Fatalf("tapping option %d chose %q, want %q", i, r.Selected, r.Options[i])
	}
}

// TestKeys_EscapeAfterClickingAnOption clicks radio buttons, which keep Escape to
// themselves while they have the focus: the focus moves on, so Escape still closes the
// dialog or leaves the page.
func TestKeys_EscapeAfterClickingAnOption(t *testing.T) {
	t.Setenv("HOME", t.TempDir())
	a, db := newTestApp(t)
	p := addPerson(t, db, talent.Person{Name: "Zoë Ångström"})

	f := openAssessment(t, a, p.ID)
	first := f.std.Competencies[0].Behaviours[0].ID
	tapOption(t, f.ratings[first], 2)
	if got := a.win.Canvas().Focused(); got != f.evidence[first] {
		t.Fatalf("after rating a behaviour the focus is on %T, want its evidence", got)
	}
	pressEscape(t, a)
	wantDialog(t, a, "Leave without saving?", "this assessment")
	tapDialogButton(t, a, "Leave")

	a.logMoment(p.ID)
	tapOption(t, formField[*widget.RadioGroup](t, a, "Kind"), 1)
	if got := a.win.Canvas().Focused(); got != formEntry(t, a, "What happened") {
		t.Fatalf("after choosing the kind of moment the focus is on %T, want what happened", got)
	}
	pressEscape(t, a)
	wantNoDialog(t, a)

	a.printCurrentPlan()
	tapOption(t, radioIn(t, a), 1)
	if got := a.win.Canvas().Focused(); got != nil {
		t.Fatalf("after choosing a copy the focus is on %T, want none so Escape reaches the dialog", got)
	}
	a.onTypedKey(&fyne.KeyEvent{Name: fyne.KeyEscape})
	wantNoDialog(t, a)
	if moments, _ := db.Moments(context.Background(), p.ID); len(moments) != 0 {
		t.Errorf("%d moments stored after Escape", len(moments))
	}
}

// TestKeys_QuitAsksWhenSomethingIsUnsaved quits through File > Quit (Ctrl+Q, and the
// window's close button, which calls the same) with an edited profile and an edited
// standard: each asks first, Cancel keeps the window and the change, and with nothing
// unsaved the window closes at once.
func TestKeys_QuitAsksWhenSomethingIsUnsaved(t *testing.T) {
	a, db := newTestApp(t)
	p := addPerson(t, db, talent.Person{Name: "Zoë Ångström", JobTitle: "Engineer"})
	quit := menuItem(t, a, "Quit")
	if !quit.IsQuit || quit.Shortcut == nil {
		t.Errorf("File > Quit: IsQuit %v, shortcut %v; want the quit item with Ctrl+Q", quit.IsQuit, quit.Shortcut)
	}
	open := func() bool { return slices.Contains(a.fyne.Driver().AllWindows(), a.win) }

	pp := personPageOf(t, a, p.ID)
	pp.form.jobTitle.SetText("Senior engineer")
	quit.Action()
	wantDialog(t, a, "Quit without saving?", "Zoë Ångström’s profile", "Save changes")
	tapDialogButton(t, a, "Cancel")
	if !open() || pp.form.jobTitle.Text != "Senior engineer" {
		t.Fatalf("Cancel: window open %v, job title %q; want both kept", open(), pp.form.jobTitle.Text)
	}
	pp.form.jobTitle.SetText("Engineer")
	pp.form.dirty = false

	a.Show(AreaStandard)
	s := a.areaOf(AreaStandard).(*standardArea)
	s.dirty = true
	quit.Action()
	wantDialog(t, a, "Quit without saving?", "the leadership standard")
	tapDialogButton(t, a, "Cancel")
	s.dirty = false

	quit.Action()
	if open() {
		t.Error("Quit with nothing unsaved left the window open")
	}
}

// TestKeys_ShortcutKeyTypesNothing opens New training and New person with Ctrl+N and
// lets Ctrl go before N, whose repeats then reach the field focused: they type nothing
// there, while a key pressed in the field types as usual.
func TestKeys_ShortcutKeyTypesNothing(t *testing.T) {
	dropEarly := dropEarlyRunes
	dropEarlyRunes = func() bool { return true } // as with a desktop window
	t.Cleanup(func() { dropEarlyRunes = dropEarly })
	a, db := newTestApp(t)
	addPerson(t, db, talent.Person{Name: "Noé Ortiz"})
	repeatN := func() fyne.Focusable {
		f := a.win.Canvas().Focused()
		f.TypedRune('n')
		f.TypedRune('n')
		return f
	}

	openTraining(a)
	menuItem(t, a, "New record").Action()
	picker := formPicker(t, a, "Person")
	if f := repeatN(); f != picker || searchInFront(a.win.Canvas()) != nil {
		t.Fatalf("the repeats of N opened a search from %T", f)
	}
	picker.KeyDown(&fyne.KeyEvent{Name: fyne.KeyN})
	picker.TypedRune('n')
	if s := searchInFront(a.win.Canvas()); s == nil || s.Text != "n" {
		t.Fatalf("N pressed in the picker opened %v, want a search for “n”", s)
	}
	press(a, fyne.KeyEscape)
	press(a, fyne.KeyEscape)
	wantNoDialog(t, a)

	a.Show(AreaPeople)
	menuItem(t, a, "New record").Action()
	name := formEntry(t, a, "Name")
	repeatN()
	if name.Text != "" {
		t.Errorf("the repeats of N typed %q into the name", name.Text)
	}
	name.KeyDown(&fyne.KeyEvent{Name: fyne.KeyN})
	name.TypedRune('N')
	if name.Text != "N" {
		t.Errorf("N pressed in the name typed %q, want “N”", name.Text)
	}
}
