package ui

import (
	"context"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"leadbridge/internal/talent"
)

// slowHome holds the home view's first read of the people until released, as a large
// business would.
type slowHome struct {
	Store
	started, release chan struct{}
	held             bool
}

func (s *slowHome) People(ctx context.Context) ([]talent.Person, error) {
	if !s.held {
		s.held = true
		close(s.started)
		<-s.release
	}
	return s.Store.People(ctx)
}

// menuAction finds the main menu's item with the given label.
func menuAction(t *testing.T, a *App, label string) func() {
	t.Helper()
	for _, m := range a.win.MainMenu().Items {
		for _, it := range m.Items {
			if it.Label == label {
				return it.Action
			}
		}
	}
	t.Fatalf("no menu item %q", label)
	return nil
}

// TestStart_WindowTakesInputWhileHomeLoads opens the app with the app's own background
// runner on a store whose home-view load does not finish until the test lets it: the
// window shows the overview's placeholders, Ctrl+F goes to the people list and takes
// typing, and the overview fills in once its figures arrive, without taking the front.
func TestStart_WindowTakesInputWhileHomeLoads(t *testing.T) {
	_, db := newTestApp(t)
	addPerson(t, db, talent.Person{Name: "Ada Quist", Team: "Field service"})
	addPerson(t, db, talent.Person{Name: "Bo Lind", Team: "Workshop"})
	done := make(chan struct{})
	settled := background
	background = func(work func() error, finish func(error)) {
		offUIGoroutine(work, func(err error) { finish(err); close(done) })
	}
	t.Cleanup(func() { background = settled })
	slow := &slowHome{Store: db, started: make(chan struct{}), release: make(chan struct{})}
	fa := test.NewTempApp(t)
	made := make(chan *App)
	go func() {
		a := New(fa, slow, Options{Now: func() time.Time { return testNow }})
		a.Start()
		made <- a
	}()
	var a *App
	select {
	case a = <-made:
	case <-time.After(10 * time.Second):
		close(slow.release)
		t.Fatal("the window was not ready until the home view had loaded")
	}
	t.Cleanup(a.win.Close)
	a.win.Resize(fyne.NewSize(1280, 720))
	select {
	case <-slow.started:
	case <-time.After(10 * time.Second):
		t.Fatal("the home view never started loading")
	}

	h := a.areaOf(AreaHome).(*homeArea)
	if a.current.title != AreaHome || h.benchNote.Text != loadingNote {
		t.Fatalf("while loading: area %q, bench note %q, want Home with %q", a.current.title, h.benchNote.Text, loadingNote)
	}
	if img := a.win.Canvas().Capture(); img.Bounds().Dx() == 0 {
		t.Fatal("the window was not drawn while the home view loads")
	}
	menuAction(t, a, "Find a person")()
	s := a.people()
	if a.current.title != AreaPeople || a.win.Canvas().Focused() != s.search {
		t.Fatalf("Ctrl+F while loading: area %q, focus %T, want the people search", a.current.title, a.win.Canvas().Focused())
	}
	test.Type(s.search, "Ada")
	if s.search.Text != "Ada" {
		t.Errorf("typed into the search while loading: %q, want %q", s.search.Text, "Ada")
	}

	close(slow.release)
	select {
	case <-done:
	case <-time.After(10 * time.Second):
		t.Fatal("the home view never finished loading")
	}
	if h.benchNote.Text == loadingNote {
		t.Error("the overview still shows its placeholder after its load arrived")
	}
	if a.current.title != AreaPeople {
		t.Errorf("the arriving overview took the front: area %q, want People", a.current.title)
	}
}

// countingPeople counts the reads of everyone, which every view of the data starts from.
type countingPeople struct {
	Store
	reads int
}

func (s *countingPeople) People(ctx context.Context) ([]talent.Person, error) {
	s.reads++
	return s.Store.People(ctx)
}

// TestStart_NothingReadBeforeStart checks that building the window reads none of the
// data: until Start, Home shows its placeholders, so the window can be shown first, as
// soon for a large business as for a small one; Start then fills it in.
func TestStart_NothingReadBeforeStart(t *testing.T) {
	_, db := newTestApp(t)
	addPerson(t, db, talent.Person{Name: "Ada Quist", Team: "Field service"})
	s := &countingPeople{Store: db}
	a := New(test.NewTempApp(t), s, Options{Now: func() time.Time { return testNow }})
	t.Cleanup(a.win.Close)
	h := a.areaOf(AreaHome).(*homeArea)
	if s.reads != 0 || a.current.title != AreaHome || h.benchNote.Text != loadingNote {
		t.Fatalf("before Start: %d reads, area %q, bench note %q; want none, and Home with %q",
			s.reads, a.current.title, h.benchNote.Text, loadingNote)
	}
	a.Start()
	if s.reads == 0 || h.benchNote.Text == loadingNote {
		t.Errorf("after Start: %d reads, bench note %q; want the overview loaded", s.reads, h.benchNote.Text)
	}
}

// TestStart_LaunchReadsTheBusinessOnce launches the app on a business with things
// overdue: the day's reminder is sent, the same as the reminder's own read of the agenda
// says, but from the home view's load, so that the whole business is read once at start
// rather than twice side by side.
func TestStart_LaunchReadsTheBusinessOnce(t *testing.T) {
	_, db := newTestApp(t)
	newDueWorld(t, db)
	agenda, err := talent.LoadAgenda(context.Background(), db, testNow, 0, 0)
	if err != nil {
		t.Fatalf("load the agenda: %v", err)
	}
	want := reminder(agenda)
	if want == nil {
		t.Fatal("the business has nothing overdue; the test needs something")
	}
	cs := &countingStore{Store: db, calls: map[string]int{}}
	a := New(test.NewTempApp(t), cs, Options{Now: func() time.Time { return testNow }})
	t.Cleanup(a.win.Close)
	test.AssertNotificationSent(t, want, a.Launch)
	for _, call := range []string{"People", "DuePlans", "PairOutlines"} {
		if n := cs.calls[call]; n != 1 {
			t.Errorf("launching calls %s %d times, want once", call, n)
		}
	}
}
