package ui

import (
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"leadbridge/internal/talent"
)

// pressTab presses Tab as the window does: the focused widget takes it when it accepts
// Tab, and otherwise the focus moves on.
func pressTab(a *App) {
	f := a.win.Canvas().Focused()
	if t, ok := f.(fyne.Tabbable); ok && t.AcceptsTab() {
		f.TypedKey(&fyne.KeyEvent{Name: fyne.KeyTab})
		return
	}
	a.win.Canvas().FocusNext()
}

// findAndOpen presses Ctrl+F and types query.
func findAndOpen(t *testing.T, a *App, query string) *peopleArea {
	t.Helper()
	menuItem(t, a, "Find a person").Action()
	s := a.people()
	if got := a.win.Canvas().Focused(); got != s.search {
		t.Fatalf("after Ctrl+F the focus is on %T, want the search", got)
	}
	test.Type(s.search, query)
	return s
}

// TestPeopleKeys_FindThenEnterOpensTheMatch finds a person with Ctrl+F and opens them
// with Enter, or with Down or Tab into the list and Enter there.
func TestPeopleKeys_FindThenEnterOpensTheMatch(t *testing.T) {
	a, db := newTestApp(t)
	ids := addPeople(t, db, "Ελένη Παπαδοπούλου", "Zoë Ångström", "Zoltán Kovács")
	opened := func(way string, want int64) {
		t.Helper()
		if got := a.currentPerson(); got != want {
			t.Errorf("%s opened person %d, want %d", way, got, want)
		}
	}

	findAndOpen(t, a, "angstr")
	press(a, fyne.KeyReturn)
	opened("Ctrl+F, then Enter", ids[1])

	s := findAndOpen(t, a, "zo")
	press(a, fyne.KeyDown)
	if got := a.win.Canvas().Focused(); got != s.table {
		t.Fatalf("Down in the search moved the focus to %T, want the list", got)
	}
	press(a, fyne.KeyDown)
	press(a, fyne.KeyReturn)
	opened("Down, Down, then Enter", s.list.row(1).p.ID)

	s = findAndOpen(t, a, "ελένη")
	pressTab(a)
	if got := a.win.Canvas().Focused(); got != s.table {
		t.Fatalf("Tab in the search moved the focus to %T, want the list", got)
	}
	press(a, fyne.KeyReturn)
	opened("Tab, then Enter", ids[0])
}

// TestPeopleKeys_EnterWithoutAMatch presses Enter in a search that matches nobody:
// nothing opens, and Down leaves the focus in the search.
func TestPeopleKeys_EnterWithoutAMatch(t *testing.T) {
	a, db := newTestApp(t)
	addPerson(t, db, talent.Person{Name: "Zoë Ångström"})
	s := findAndOpen(t, a, "nobody here")
	press(a, fyne.KeyReturn)
	press(a, fyne.KeyDown)
	if a.people().page != nil || a.win.Canvas().Focused() != s.search {
		t.Errorf("Enter and Down with no match: page %T, focus %T; want the list and the search", a.people().page, a.win.Canvas().Focused())
	}
	pressTab(a)
	if got := a.win.Canvas().Focused(); got == s.search || got == s.table {
		t.Errorf("Tab with no match left the focus on %T, want it moved on", got)
	}
}
