package ui

import (
	"context"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"leadbridge/internal/store"
	"leadbridge/internal/talent"
)

// testNow is the fixed clock of the UI tests: a Monday morning.
var testNow = time.Date(2026, 3, 16, 9, 30, 0, 0, time.UTC)

// newTestApp opens the app on a fresh store in a temporary folder, with the clock fixed.
func newTestApp(t testing.TB) (*App, *store.DB) {
	t.Helper()
	fa := test.NewTempApp(t)
	db, err := store.Open(filepath.Join(t.TempDir(), "leadbridge.db"), store.Options{Actor: "Owner", Now: func() time.Time { return testNow }})
	if err != nil {
		t.Fatalf("open store: %v", err)
	}
	t.Cleanup(func() { db.Close() })
	a := New(fa, db, Options{Now: func() time.Time { return testNow }})
	a.Start()
	t.Cleanup(func() {
		// A test may have closed it already (Quit); Fyne's test driver fails on a second close.
		if slices.Contains(fa.Driver().AllWindows(), a.win) {
			a.win.Close()
		}
	})
	return a, db
}

// mustDate parses a YYYY-MM-DD date for test data.
func mustDate(t testing.TB, s string) time.Time {
	t.Helper()
	d, err := talent.ParseDate(s)
	if err != nil {
		t.Fatalf("ParseDate(%q) = %v", s, err)
	}
	return d
}

// addPerson stores p, active unless it says otherwise, and returns it with its ID.
func addPerson(t testing.TB, db *store.DB, p talent.Person) talent.Person {
	t.Helper()
	if p.Status == "" {
		p.Status = talent.StatusActive
	}
	if err := db.CreatePerson(context.Background(), &p); err != nil {
		t.Fatalf("create %s: %v", p.Name, err)
	}
	return p
}

// rate stores a completed assessment of person by rater that gives every behaviour of the
// first n competencies the same rating.
func rate(t testing.TB, db *store.DB, a talent.Assessment, n int, r talent.Rating) talent.Assessment {
	t.Helper()
	std, err := db.Standard(context.Background())
	if err != nil {
		t.Fatalf("standard: %v", err)
	}
	for _, c := range std.Competencies[:n] {
		for _, b := range c.Behaviours {
			a.Ratings = append(a.Ratings, talent.BehaviourRating{BehaviourID: b.ID, Rating: r, Evidence: "Seen at the weekly meeting."})
		}
	}
	if err := db.SaveAssessment(context.Background(), &a); err != nil {
		t.Fatalf("save assessment: %v", err)
	}
	return a
}

// screenText is all the text o shows, one piece a line.
func screenText(o fyne.CanvasObject) string {
	var b strings.Builder
	walkObjects(o, func(o fyne.CanvasObject) {
		switch w := inner(o).(type) {
		case *widget.Label:
			b.WriteString(w.Text + "\n")
		case *widget.Button:
			b.WriteString(w.Text + "\n")
		case *canvas.Text:
			b.WriteString(w.Text + "\n")
		}
	})
	return b.String()
}

// wantShown fails unless o shows every one of the texts.
func wantShown(t testing.TB, o fyne.CanvasObject, texts ...string) {
	t.Helper()
	got := screenText(o)
	for _, s := range texts {
		if !strings.Contains(got, s) {
			t.Errorf("screen shows:\n%s\nwant it to contain %q", got, s)
		}
	}
}

// personPageOf opens a person's page and returns it.
func personPageOf(t testing.TB, a *App, id int64) *personPage {
	t.Helper()
	a.openPerson(id)
	pp, ok := a.people().page.(*personPage)
	if !ok || pp.id != id {
		t.Fatalf("openPerson(%d) shows %T, want the person's page", id, a.people().page)
	}
	return pp
}

// storedPerson reads a person back from the store.
func storedPerson(t testing.TB, db *store.DB, id int64) talent.Person {
	t.Helper()
	p, err := db.Person(context.Background(), id)
	if err != nil {
		t.Fatalf("Person(%d) = %v", id, err)
	}
	return p
}

// typeInto focuses e as a click would, then types text into it.
func typeInto(a *App, e fyne.Focusable, text string) {
	a.win.Canvas().Focus(e)
	test.Type(e, text)
}

// dialogButton finds the button with the given text in the topmost dialog.
func dialogButton(t testing.TB, a *App, text string) *widget.Button {
	t.Helper()
	top := a.win.Canvas().Overlays().Top()
	if top == nil {
		t.Fatalf("no dialog open to find %q in", text)
	}
	return findButton(t, top, text)
}

// findButton finds the first button with the given text inside o.
func findButton(t testing.TB, o fyne.CanvasObject, text string) *widget.Button {
	t.Helper()
	var found *widget.Button
	walkObjects(o, func(o fyne.CanvasObject) {
		if b, ok := inner(o).(*widget.Button); ok && b.Text == text && found == nil {
			found = b
		}
	})
	if found == nil {
		t.Fatalf("no button %q; the screen shows:\n%s", text, screenText(o))
	}
	return found
}

// dialogEntry finds the entry holding text in the topmost dialog.
func dialogEntry(t testing.TB, a *App, text string) *entry {
	t.Helper()
	var found *entry
	if top := a.win.Canvas().Overlays().Top(); top != nil {
		walkObjects(top, func(o fyne.CanvasObject) {
			if e, ok := o.(*entry); ok && e.Text == text && found == nil {
				found = e
			}
		})
	}
	if found == nil {
		t.Fatalf("no dialog entry holding %q; the dialog shows:\n%s", text, overlayText(a))
	}
	return found
}

// wantFileName fails unless Fyne's file dialog in front proposes the file name.
func wantFileName(t testing.TB, a *App, name string) {
	t.Helper()
	found := false
	if top := a.win.Canvas().Overlays().Top(); top != nil {
		walkObjects(top, func(o fyne.CanvasObject) {
			if e, ok := o.(*widget.Entry); ok && e.Text == name {
				found = true
			}
		})
	}
	if !found {
		t.Errorf("no file dialog proposing %q; the dialog shows:\n%s", name, overlayText(a))
	}
}
