package ui

import (
	"context"
	"fmt"
	"testing"

	"leadbridge/internal/demo"
)

// BenchmarkUI measures the first window on sample businesses of 1,000 and 10,000 people.
// Each business is generated once, before any timing, and shared by the sub-benchmarks.
func BenchmarkUI(b *testing.B) {
	for _, n := range []int{1000, 10000} {
		b.Run(fmt.Sprintf("people=%d", n), func(b *testing.B) {
			a := benchApp(b, n)
			b.Run("Home", func(b *testing.B) { benchHome(b, a) })
			b.Run("PeopleList", func(b *testing.B) { benchPeopleList(b, a) })
			b.Run("SearchKeystroke", func(b *testing.B) { benchSearch(b, a) })
		})
	}
}

// benchApp opens the app on a sample business of n people.
func benchApp(b *testing.B, n int) *App {
	b.Helper()
	a, db := newTestApp(b)
	err := db.Batch(context.Background(), func(ctx context.Context) error {
		_, err := demo.Generate(ctx, db, demo.Options{People: n, Today: testNow})
		return err
	})
	if err != nil {
		b.Fatalf("generate %d people: %v", n, err)
	}
	return a
}

// benchHome builds the home view: seven store calls, the overview and its widgets.
func benchHome(b *testing.B, a *App) {
	h := a.areaOf(AreaHome).(*homeArea)
	b.ReportAllocs()
	for b.Loop() {
		h.refresh()
	}
}

// benchPeopleList loads, sorts and shows the people list.
func benchPeopleList(b *testing.B, a *App) {
	s := openPeople(b, a)
	b.ReportAllocs()
	for b.Loop() {
		s.refresh()
	}
}

// benchSearch narrows the people list by one keystroke: typing a name and deleting it
// again, one character at a time.
func benchSearch(b *testing.B, a *App) {
	s := openPeople(b, a)
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
		s.search.SetText(steps[i%len(steps)])
		i++
	}
}
