package ui

import (
	"context"
	"fmt"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"leadbridge/internal/benchdata"
	"leadbridge/internal/store"
	"leadbridge/internal/talent"
)

// The benchmarks in this file measure the speed budgets of the window on the sample
// businesses in build/bench (see internal/benchdata), one sub-benchmark per size.

// BenchmarkOpenHome opens the data file and builds the main window with its home view
// filled in: what the app does at launch, where the window shows first and the home
// view's figures follow (the tests run background work at once).
func BenchmarkOpenHome(b *testing.B) {
	for _, n := range benchdata.Sizes {
		b.Run(fmt.Sprintf("people=%d", n), func(b *testing.B) {
			path := benchdata.Path(b, n)
			fa := test.NewTempApp(b)
			b.ReportAllocs()
			for b.Loop() {
				db, err := store.Open(path, store.Options{Actor: "Benchmark"})
				if err != nil {
					b.Fatalf("open: %v", err)
				}
				a := New(fa, db, Options{})
				a.Start()
				b.StopTimer()
				if a.areaOf(AreaHome).(*homeArea).benchNote.Text == loadingNote {
					b.Fatalf("the home view showed no overview")
				}
				a.win.Close()
				if err := db.Close(); err != nil {
					b.Fatalf("close: %v", err)
				}
				b.StartTimer()
			}
		})
	}
}

// BenchmarkPeople measures the people list: loading it from the data file, and what
// happens in memory as someone uses it.
func BenchmarkPeople(b *testing.B) {
	for _, n := range benchdata.Sizes {
		b.Run(fmt.Sprintf("people=%d", n), func(b *testing.B) {
			s := benchPeople(b, n)
			b.Run("Load", func(b *testing.B) {
				b.ReportAllocs()
				for b.Loop() {
					s.refresh()
				}
			})
			b.Run("SearchKeystroke", func(b *testing.B) { benchKeystrokes(b, s.search.SetText) })
			b.Run("Sort", func(b *testing.B) {
				cols := []int{colName, colTeam, colPotential, colAssessed}
				b.ReportAllocs()
				i := 0
				for b.Loop() {
					s.onSort(cols[i%len(cols)])
					i++
				}
			})
			b.Run("ScrollPage", func(b *testing.B) { benchScroll(b, s) })
		})
	}
}

// benchPeople opens the people list on the sample business of n people in a window of
// the size the app opens at, so that the table draws its visible rows as on screen.
func benchPeople(b *testing.B, n int) *peopleArea {
	b.Helper()
	db, err := store.Open(benchdata.Path(b, n), store.Options{Actor: "Benchmark"})
	if err != nil {
		b.Fatalf("open: %v", err)
	}
	b.Cleanup(func() { db.Close() })
	a := New(test.NewTempApp(b), db, Options{})
	a.Start()
	b.Cleanup(a.win.Close)
	a.win.Resize(fyne.NewSize(1200, 780))
	a.Show(AreaPeople)
	s := a.people()
	if len(s.list.shown) < n/2 {
		b.Fatalf("the list shows %d people, want most of %d", len(s.list.shown), n)
	}
	return s
}

// benchKeystrokes types a name into a search (through its SetText) and deletes it again,
// one character per operation; every step narrows or widens the whole list.
func benchKeystrokes(b *testing.B, setText func(string)) {
	var steps []string
	word := []rune("maria")
	for i := range word {
		steps = append(steps, string(word[:i+1]))
	}
	for i := len(word) - 1; i >= 0; i-- {
		steps = append(steps, string(word[:i]))
	}
	b.ReportAllocs()
	i := 0
	for b.Loop() {
		setText(steps[i%len(steps)])
		i++
	}
	setText("")
}

// benchScroll moves the table down by one screenful, and back to the top every so often,
// so every operation draws a page of rows not shown before.
func benchScroll(b *testing.B, s *peopleArea) {
	page := s.table.Size().Height
	if page <= 0 {
		b.Fatalf("the table has no size to scroll")
	}
	rows := len(s.list.shown)
	b.ReportAllocs()
	i := 0
	for b.Loop() {
		row := (i * 20) % rows
		s.table.ScrollTo(widget.TableCellID{Row: row, Col: colName})
		i++
	}
}

// BenchmarkSaveAssessment saves a complete assessment from its form, as a rater does,
// including what the app then refreshes (the home view, the people list and the result
// under the form). It works on a copy of the sample business.
func BenchmarkSaveAssessment(b *testing.B) {
	for _, n := range benchdata.Sizes {
		b.Run(fmt.Sprintf("people=%d", n), func(b *testing.B) {
			db, err := store.Open(benchdata.Copy(b, n), store.Options{Actor: "Benchmark"})
			if err != nil {
				b.Fatalf("open: %v", err)
			}
			b.Cleanup(func() { db.Close() })
			a := New(test.NewTempApp(b), db, Options{})
			a.Start()
			b.Cleanup(a.win.Close)
			f := benchAssessmentForm(b, a)
			b.ReportAllocs()
			for b.Loop() {
				f.onSave(false)
			}
			if f.base.ID == 0 || f.base.Draft {
				b.Fatalf("the assessment was not saved as complete: %+v", f.base)
			}
		})
	}
}

// benchAssessmentForm opens a new peer assessment of the first person on the list, by
// the second, with every behaviour rated and evidenced.
func benchAssessmentForm(b *testing.B, a *App) *assessmentForm {
	b.Helper()
	s := openPeople(b, a)
	subject, rater := s.list.row(0).p, s.list.row(1).p
	a.openPerson(subject.ID)
	f := newAssessmentForm(a, subject.ID, talent.Assessment{})
	s.showPage(f)
	f.relationship.SetValue(talent.RelPeer)
	f.rater.set(rater.ID, "", f.people)
	for id, r := range f.ratings {
		r.SetSelected(talent.RatingConsistently.Label())
		f.evidence[id].SetText("Ran the Friday review for Zoë Ångström and 李小龍 without being asked 👏")
	}
	f.performance.SetValue(talent.PerformanceExceeds)
	if f.saveBtn.Disabled() {
		b.Fatalf("the form cannot be saved: %s", f.problem.Text)
	}
	return f
}

// BenchmarkPersonPicker measures the person picker on everyone in the sample business:
// making it and opening its search, as the first tap on a form just opened does, and
// narrowing the open search by one keystroke.
func BenchmarkPersonPicker(b *testing.B) {
	for _, n := range benchdata.Sizes {
		b.Run(fmt.Sprintf("people=%d", n), func(b *testing.B) {
			db, err := store.Open(benchdata.Path(b, n), store.Options{Actor: "Benchmark"})
			if err != nil {
				b.Fatalf("open: %v", err)
			}
			b.Cleanup(func() { db.Close() })
			people, err := db.People(context.Background())
			if err != nil {
				b.Fatalf("People() = %v", err)
			}
			w := test.NewTempApp(b).NewWindow("Picker")
			b.Cleanup(w.Close)
			host := container.NewVBox()
			w.SetContent(host)
			w.Resize(fyne.NewSize(1200, 780))
			open := func() {
				p := newPersonPicker(people, "", 0)
				host.Objects = []fyne.CanvasObject{p}
				host.Refresh()
				test.Tap(p)
			}
			b.Run("Open", func(b *testing.B) {
				b.ReportAllocs()
				for b.Loop() {
					open()
					w.Canvas().Overlays().Top().Hide() // the search's pop-up
				}
			})
			b.Run("FilterKeystroke", func(b *testing.B) {
				open()
				s := searchInFront(w.Canvas())
				if len(s.shown) < n/2 {
					b.Fatalf("the search lists %d people, want most of %d", len(s.shown), n)
				}
				benchKeystrokes(b, s.SetText)
			})
		})
	}
}
