package ui

import (
	"path/filepath"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"leadbridge/internal/store"
	"leadbridge/internal/talent"
)

// menuItem finds a main-menu item by its label.
func menuItem(t *testing.T, a *App, label string) *fyne.MenuItem {
	t.Helper()
	for _, m := range a.win.MainMenu().Items {
		for _, it := range m.Items {
			if it.Label == label {
				return it
			}
		}
	}
	t.Fatalf("no menu item %q", label)
	return nil
}

func TestApp_ShortcutsAreOnTheMenu(t *testing.T) {
	a, _ := newTestApp(t)
	for label, key := range map[string]fyne.KeyName{
		"New record": fyne.KeyN, "Save": fyne.KeyS, "Find a person": fyne.KeyF,
		"Log a leadership moment": fyne.KeyL, "Print development plan…": fyne.KeyP, AreaHome: "1", AreaPeople: "2", AreaSettings: "7",
	} {
		sc, ok := menuItem(t, a, label).Shortcut.(*desktop.CustomShortcut)
		if !ok || sc.KeyName != key || sc.Modifier != fyne.KeyModifierShortcutDefault {
			t.Errorf("%q shortcut = %#v, want Ctrl+%s", label, menuItem(t, a, label).Shortcut, key)
		}
	}
	menuItem(t, a, AreaSuccession).Action()
	if a.current.title != AreaSuccession {
		t.Errorf("Go > Succession shows %q", a.current.title)
	}
	menuItem(t, a, "Find a person").Action()
	if a.current.title != AreaPeople || a.win.Canvas().Focused() != a.people().search {
		t.Errorf("Find a person did not focus the people search")
	}
}

func TestApp_EscapeClosesTheDialogThenGoesBack(t *testing.T) {
	a, db := newTestApp(t)
	p := addPerson(t, db, talent.Person{Name: "Ελένη Παπαδοπούλου"})
	personPageOf(t, a, p.ID)
	menuItem(t, a, "Log a leadership moment").Action()
	if a.win.Canvas().Overlays().Top() == nil {
		t.Fatal("Ctrl+L opened no dialog")
	}
	a.win.Canvas().Unfocus() // keys reach the window only when no field has focus
	escape := &fyne.KeyEvent{Name: fyne.KeyEscape}
	a.onTypedKey(escape)
	if a.win.Canvas().Overlays().Top() != nil {
		t.Error("Escape left the dialog open")
	}
	if a.people().page == nil {
		t.Fatal("the first Escape also left the person's page")
	}
	a.onTypedKey(escape)
	if a.people().page != nil {
		t.Error("Escape on a person's page did not go back to the list")
	}
}

func TestApp_RemembersWindowSize(t *testing.T) {
	fa := test.NewTempApp(t)
	db, err := store.Open(filepath.Join(t.TempDir(), "leadbridge.db"), store.Options{Actor: "Owner"})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	a := New(fa, db, Options{})
	a.win.Resize(fyne.NewSize(900, 640))
	a.win.Close()
	if got := fa.Preferences().String(prefWindow); got != "900 640" {
		t.Fatalf("saved size = %q, want 900 640", got)
	}
	b := New(fa, db, Options{})
	t.Cleanup(b.win.Close)
	if got := b.win.Canvas().Size(); got.Width != 900 || got.Height != 640 {
		t.Errorf("a new window opens at %v, want the remembered 900×640", got)
	}
}

func TestApp_FitsTheScreen(t *testing.T) {
	for _, tc := range []struct {
		name         string
		saved        string
		screen, want fyne.Size
	}{
		{"first start on a laptop", "", fyne.NewSize(1366, 768), fyne.NewSize(1200, 688)},
		{"first start on a large screen", "", fyne.NewSize(1920, 1040), defaultWindow},
		{"remembered, and fits", "1000 600", fyne.NewSize(1366, 768), fyne.NewSize(1000, 600)},
		{"remembered on a larger screen", "1900 1000", fyne.NewSize(1366, 768), fyne.NewSize(1366, 688)},
		{"a screen the system does not describe", "", fyne.Size{}, defaultWindow},
	} {
		t.Run(tc.name, func(t *testing.T) {
			fa := test.NewTempApp(t)
			fa.Preferences().SetString(prefWindow, tc.saved)
			db, err := store.Open(filepath.Join(t.TempDir(), "leadbridge.db"), store.Options{Actor: "Owner"})
			if err != nil {
				t.Fatal(err)
			}
			t.Cleanup(func() { db.Close() })
			a := New(fa, db, Options{})
			t.Cleanup(a.win.Close)
			a.FitScreen(tc.screen)
			if got := a.win.Canvas().Size(); got != tc.want {
				t.Errorf("the window opens at %v, want %v", got, tc.want)
			}
		})
	}
}

func TestApp_ConfirmMarksTheActionAsDangerous(t *testing.T) {
	a, _ := newTestApp(t)
	done := false
	a.confirm("Delete training", "This removes the course.", "Delete", func() { done = true })
	var action *widget.Button
	walkObjects(a.win.Canvas().Overlays().Top(), func(o fyne.CanvasObject) {
		if b, ok := o.(*widget.Button); ok && b.Text == "Delete" {
			action = b
		}
	})
	if action == nil || action.Importance != widget.DangerImportance {
		t.Fatalf("the Delete button = %+v, want it marked as dangerous", action)
	}
	tapDialogButton(t, a, "Delete")
	if !done {
		t.Error("confirming did not run the action")
	}
}
