package ui

import (
	"context"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"leadbridge/internal/demo"
	"leadbridge/internal/talent"
)

// laptopWindow is the window every screen is made for: a 1366×768 laptop screen less a
// task bar and a title bar, rounded down.
var laptopWindow = fyne.NewSize(1280, 720)

// firstWindow is the size the window first opens at on a 1366×768 screen.
var firstWindow = fyne.NewSize(1200, 688)

// step is one thing a person does on the way round the app, named for the report.
type step struct {
	name string
	do   func(t *testing.T, a *App)
}

// TestWindow_EveryScreenFits goes round every area, page and dialog with the sample
// business, in the light and the dark theme, in a 1280×720 window: after each step the
// window has kept its size, every button lies inside it (or in a part that scrolls),
// and no text meant to be read in full is cut short.
func TestWindow_EveryScreenFits(t *testing.T) {
	for _, variant := range []struct {
		name  string
		theme fyne.Theme
	}{{"light", theme.LightTheme()}, {"dark", theme.DarkTheme()}} { //nolint:staticcheck // both variants, whatever the system's
		t.Run(variant.name, func(t *testing.T) {
			a, db := newTestApp(t)
			a.fyne.Settings().SetTheme(variant.theme)
			if _, err := demo.Generate(context.Background(), db, demo.Options{People: demo.DefaultPeople, Today: testNow}); err != nil {
				t.Fatalf("sample business: %v", err)
			}
			people, err := db.People(context.Background())
			if err != nil {
				t.Fatal(err)
			}
			full := map[string]bool{}
			for _, p := range people {
				full[p.Name] = true
			}
			for _, r := range talent.Readinesses {
				full[r.Label()] = true
			}
			a.win.Resize(laptopWindow)
			pairs, err := db.Pairs(context.Background())
			if err != nil || len(pairs) == 0 {
				t.Fatalf("the sample business has no mentoring pairs (%v)", err)
			}
			for _, s := range screenTour(people, pairs[0].MenteeID) {
				s.do(t, a)
				for _, p := range fitProblems(a, laptopWindow, full) {
					t.Errorf("%s: %s", s.name, p)
				}
				// The window first opens smaller on such a screen (see FitScreen): the
				// content must not make it grow there either.
				if m := a.win.Content().MinSize(); m.Width > firstWindow.Width || m.Height > firstWindow.Height {
					t.Errorf("%s: the content needs %v, more than the %v a laptop's first window has", s.name, m, firstWindow)
				}
				closeDialogs(a)
			}
		})
	}
}

// closeDialogs closes every dialog open.
func closeDialogs(a *App) {
	for a.win.Canvas().Overlays().Top() != nil {
		a.win.Canvas().Overlays().Remove(a.win.Canvas().Overlays().Top())
	}
}

// tapIn taps the button with the given text on the screen in front.
func tapIn(t *testing.T, a *App, text string) {
	t.Helper()
	test.Tap(findButton(t, a.win.Content(), text))
}

// screenTour is every area, page and dialog, each opened as a person would.
// The pages are those of busy, a person with something on every panel.
func screenTour(people []talent.Person, busy int64) []step {
	var steps []step
	area := func(title string, then ...func(t *testing.T, a *App)) {
		steps = append(steps, step{title, func(t *testing.T, a *App) {
			a.Show(title)
			a.current.built.refresh() // Show leaves an area already in front as it is
			for _, f := range then {
				f(t, a)
			}
		}})
	}
	dialog := func(name string, open func(t *testing.T, a *App)) {
		steps = append(steps, step{name, open})
	}
	selectFirst := func(l func(a *App) *widget.List) func(t *testing.T, a *App) {
		return func(t *testing.T, a *App) { l(a).Select(0) }
	}
	for _, e := range []string{AreaHome, AreaPeople, AreaSuccession, AreaMentoring, AreaTraining, AreaStandard, AreaSettings, AreaDue} {
		area(e)
	}
	area(AreaSuccession, selectFirst(func(a *App) *widget.List { return a.areaOf(AreaSuccession).(*successionArea).list }))
	dialog("New key role", func(t *testing.T, a *App) { a.Show(AreaSuccession); a.newRecord() })
	dialog("Add a successor", func(t *testing.T, a *App) { a.Show(AreaSuccession); tapIn(t, a, "Add successor") })
	dialog("Edit role", func(t *testing.T, a *App) { a.Show(AreaSuccession); tapIn(t, a, "Edit role") })
	dialog("Delete role", func(t *testing.T, a *App) { a.Show(AreaSuccession); tapIn(t, a, "Delete role") })
	area(AreaMentoring, selectFirst(func(a *App) *widget.List { return a.areaOf(AreaMentoring).(*mentoringArea).list }))
	dialog("New mentoring pair", func(t *testing.T, a *App) { a.Show(AreaMentoring); a.newRecord() })
	dialog("Edit pair", func(t *testing.T, a *App) { a.Show(AreaMentoring); tapIn(t, a, "Edit pair") })
	dialog("Log a meeting", func(t *testing.T, a *App) { a.Show(AreaMentoring); tapIn(t, a, "Log a meeting") })
	area(AreaTraining, selectFirst(func(a *App) *widget.List { return a.areaOf(AreaTraining).(*trainingArea).list }))
	dialog("New training", func(t *testing.T, a *App) { a.Show(AreaTraining); a.newRecord() })
	dialog("Edit training", func(t *testing.T, a *App) { a.Show(AreaTraining); tapIn(t, a, "Edit") })
	area(AreaStandard, selectFirst(func(a *App) *widget.List { return a.areaOf(AreaStandard).(*standardArea).list }))
	dialog("New person", func(t *testing.T, a *App) { a.Show(AreaPeople); a.newRecord() })
	dialog("New person, with every mistake", func(t *testing.T, a *App) {
		a.Show(AreaPeople)
		a.newRecord()
		for label, text := range map[string]string{"Start date": "2025-02-31", "Email": "not an address"} {
			typeInto(a, formEntry(t, a, label), text)
		}
		a.win.Canvas().Unfocus()
	})
	dialog("Back up now", func(t *testing.T, a *App) { a.backUpNow() })
	dialog("Restore from a backup", func(t *testing.T, a *App) { a.restoreFromBackup() })
	dialog("Import people", func(t *testing.T, a *App) { a.importPeople() })
	dialog("Export people", func(t *testing.T, a *App) { a.exportPeople() })
	dialog("Export to calendar", func(t *testing.T, a *App) { a.exportCalendar() })
	dialog("Keyboard shortcuts", func(t *testing.T, a *App) { a.showShortcuts() })
	dialog("Where the data lives", func(t *testing.T, a *App) { a.showDataPlace() })
	dialog("About", func(t *testing.T, a *App) { a.showAbout() })
	dialog("A problem to check", func(t *testing.T, a *App) {
		a.showError(talent.Errorf(talent.EINVALID, "The review date must come after the plan's start: counted from this date, the first review falls in the past."))
	})
	person := func(t *testing.T, a *App) *personPage { return personPageOf(t, a, busy) }
	for i, tab := range []string{"Profile", "Assessments", "Development plan", "Mentoring", "Training", "Leadership moments", "Ratings"} {
		steps = append(steps, step{"person's page, " + tab, func(t *testing.T, a *App) { person(t, a).tabs.SelectIndex(i) }})
	}
	dialog("Log a moment", func(t *testing.T, a *App) { a.logMoment(person(t, a).id) })
	dialog("Print development plan", func(t *testing.T, a *App) { person(t, a); a.printCurrentPlan() })
	dialog("Mark as left", func(t *testing.T, a *App) { person(t, a); tapIn(t, a, "Mark as left…") })
	for _, b := range []string{"Edit plan details", "Add goal", "Add milestones from a promotion date"} {
		dialog(b, func(t *testing.T, a *App) { person(t, a).tabs.SelectIndex(2); tapIn(t, a, b) })
	}
	dialog("Assessment form", func(t *testing.T, a *App) { person(t, a); tapIn(t, a, "New assessment") })
	dialog("Compare candidates", func(t *testing.T, a *App) {
		a.compareCandidates(0, []int64{people[0].ID, people[1].ID, people[2].ID, people[3].ID})
	})
	dialog("Promotion decision", func(t *testing.T, a *App) {
		a.compareCandidates(0, []int64{people[0].ID, people[1].ID})
		tapIn(t, a, "Record promotion decision…")
	})
	return steps
}

// TestWindow_BarsKeepTheirPlace: the navigation keeps one width on every screen, and
// ticking people to compare moves nothing on the People toolbar: the count under the
// list says how many are ticked.
func TestWindow_BarsKeepTheirPlace(t *testing.T) {
	a, db := newTestApp(t)
	a.win.Resize(laptopWindow)
	var ids []int64
	for _, n := range []string{"Ann", "Ben", "Cal", "Dee", "Eve"} {
		ids = append(ids, addPerson(t, db, talent.Person{Name: n, JobTitle: "Senior maintenance engineer, night shift"}).ID)
	}
	navWidth := a.nav.Size().Width
	for _, e := range a.areas {
		a.Show(e.title)
		relayout(a.win.Content())
		if got := a.nav.Size().Width; got != navWidth {
			t.Errorf("the navigation is %v wide on %s, %v on Home", got, e.title, navWidth)
		}
	}
	s := openPeople(t, a)
	relayout(a.win.Content())
	at := func() fyne.Position { return fyne.CurrentApp().Driver().AbsolutePositionForObject(s.compareBtn) }
	before, text := at(), s.compareBtn.Text
	for i, id := range ids {
		s.onPick(id, true)
		relayout(a.win.Content())
		if at() != before || s.compareBtn.Text != text {
			t.Errorf("with %d ticked, Compare reads %q at %v, was %q at %v", i+1, s.compareBtn.Text, at(), text, before)
		}
	}
	wantShown(t, s.view(), "5 of 5 people · 5 ticked: compare up to 4 at a time")
	s.onPick(ids[4], false)
	wantShown(t, s.view(), "5 of 5 people · 4 ticked to compare")
	if h := s.headers[colPick]; h != nil && (h.Icon != nil || h.Text != "") {
		t.Errorf("the tick column's heading shows %q with icon %v, want nothing a tip would have to explain", h.Text, h.Icon)
	}
}
