package ui

import (
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"leadbridge/internal/store"
	"leadbridge/internal/talent"
)

// openStoreAt opens the store at path with its clock fixed at now, for data that must
// look older than the app's "today".
func openStoreAt(t *testing.T, path string, now time.Time) *store.DB {
	t.Helper()
	db, err := store.Open(path, store.Options{Actor: "Owner", Now: func() time.Time { return now }})
	if err != nil {
		t.Fatalf("open store: %v", err)
	}
	t.Cleanup(func() { db.Close() })
	return db
}

// addPeople stores active people with the given names and returns their IDs in order.
func addPeople(t *testing.T, db *store.DB, names ...string) []int64 {
	t.Helper()
	var ids []int64
	for _, n := range names {
		ids = append(ids, addPerson(t, db, talent.Person{Name: n}).ID)
	}
	return ids
}

// walkObjects visits o and everything drawn inside it, through the renderers Fyne uses.
func walkObjects(o fyne.CanvasObject, visit func(fyne.CanvasObject)) {
	visit(o)
	switch w := o.(type) {
	case *fyne.Container:
		for _, c := range w.Objects {
			walkObjects(c, visit)
		}
	case fyne.Widget:
		for _, c := range test.WidgetRenderer(w).Objects() {
			walkObjects(c, visit)
		}
	}
}

// overlayText is all the text the topmost dialog shows, or "" when no dialog is open.
func overlayText(a *App) string {
	top := a.win.Canvas().Overlays().Top()
	if top == nil {
		return ""
	}
	return screenText(top)
}

// tapDialogButton taps the button with the given text in the topmost dialog.
func tapDialogButton(t *testing.T, a *App, text string) {
	t.Helper()
	test.Tap(dialogButton(t, a, text))
}

// formField finds the input labelled label in the form of the dialog in front, as the
// kind of input the test expects there.
func formField[W fyne.CanvasObject](t testing.TB, a *App, label string) W {
	t.Helper()
	var found W
	ok := false
	if top := a.win.Canvas().Overlays().Top(); top != nil {
		walkObjects(top, func(o fyne.CanvasObject) {
			f, isForm := o.(*widget.Form)
			for i := 0; isForm && !ok && i < len(f.Items); i++ {
				found, ok = f.Items[i].Widget.(W)
				ok = ok && f.Items[i].Text == label
			}
		})
	}
	if !ok {
		t.Fatalf("the dialog in front has no %q field of type %T; it shows:\n%s", label, found, overlayText(a))
	}
	return found
}

// formEntry is the text field labelled label in the form in front.
func formEntry(t testing.TB, a *App, label string) *entry {
	t.Helper()
	return formField[*entry](t, a, label)
}

// formPicker is the person picker labelled label in the form in front.
func formPicker(t testing.TB, a *App, label string) *personPicker {
	t.Helper()
	return formField[*personPicker](t, a, label)
}

// objectIn finds the first object of the kind the test expects inside o, such as one
// check box of a row of them.
func objectIn[W fyne.CanvasObject](t testing.TB, o fyne.CanvasObject) W {
	t.Helper()
	var found W
	ok := false
	walkObjects(o, func(o fyne.CanvasObject) {
		if !ok {
			found, ok = o.(W)
		}
	})
	if !ok {
		t.Fatalf("no %T inside; it shows:\n%s", found, screenText(o))
	}
	return found
}

// formProblem is the message under the form of the dialog in front: why the record as a
// whole cannot be saved, or "" when it can.
func formProblem(t testing.TB, a *App) string {
	t.Helper()
	var found *widget.Label
	if top := a.win.Canvas().Overlays().Top(); top != nil {
		walkObjects(top, func(o fyne.CanvasObject) {
			if l, ok := o.(*widget.Label); ok && l.Importance == widget.DangerImportance && found == nil {
				found = l
			}
		})
	}
	if found == nil {
		t.Fatalf("the dialog in front has no form problem line; it shows:\n%s", overlayText(a))
	}
	return found.Text
}

// searchInFront is the person search open in front on c, or nil when none is.
func searchInFront(c fyne.Canvas) *personSearch {
	var found *personSearch
	if top := c.Overlays().Top(); top != nil {
		walkObjects(top, func(o fyne.CanvasObject) {
			if s, ok := o.(*personSearch); ok && found == nil {
				found = s
			}
		})
	}
	return found
}

// wantDialog fails unless the topmost dialog shows every one of the texts.
func wantDialog(t *testing.T, a *App, texts ...string) {
	t.Helper()
	got := overlayText(a)
	if got == "" {
		t.Fatalf("no dialog open; want one saying %q", texts)
	}
	for _, s := range texts {
		if !strings.Contains(got, s) {
			t.Errorf("dialog shows:\n%s\nwant it to contain %q", got, s)
		}
	}
}

// wantNoDialog fails when a dialog is still open.
func wantNoDialog(t *testing.T, a *App) {
	t.Helper()
	if got := overlayText(a); got != "" {
		t.Errorf("a dialog is still open, showing:\n%s", got)
	}
}

// mustNoErr fails the test at once on a store error while setting up.
func mustNoErr(t *testing.T, err error) {
	t.Helper()
	if err != nil {
		t.Fatalf("setup: %v", err)
	}
}

// fieldMessage is the message an entry shows next to itself, or "" when its text is valid.
func fieldMessage(e *entry) string {
	if err := e.Validate(); err != nil {
		return err.Error()
	}
	return ""
}
