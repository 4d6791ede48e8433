package ui

import (
	"context"
	"maps"
	"path/filepath"
	"testing"
	"time"

	"fyne.io/fyne/v2/test"

	"leadbridge/internal/demo"
	"leadbridge/internal/talent"
)

// countingStore passes every call to the store and counts the reads, by method, so a
// test can see what a screen asks for.
type countingStore struct {
	Store
	calls map[string]int
}

func (c *countingStore) People(ctx context.Context) ([]talent.Person, error) {
	c.calls["People"]++
	return c.Store.People(ctx)
}

func (c *countingStore) Listings(ctx context.Context) ([]talent.Listing, error) {
	c.calls["Listings"]++
	return c.Store.Listings(ctx)
}

func (c *countingStore) Person(ctx context.Context, id int64) (talent.Person, error) {
	c.calls["Person"]++
	return c.Store.Person(ctx, id)
}

func (c *countingStore) PeopleNamed(ctx context.Context, name string) ([]talent.Person, error) {
	c.calls["PeopleNamed"]++
	return c.Store.PeopleNamed(ctx, name)
}

func (c *countingStore) Standard(ctx context.Context) (talent.Standard, error) {
	c.calls["Standard"]++
	return c.Store.Standard(ctx)
}

func (c *countingStore) BoxLabels(ctx context.Context) (map[talent.Box]talent.BoxLabel, error) {
	c.calls["BoxLabels"]++
	return c.Store.BoxLabels(ctx)
}

func (c *countingStore) Assessments(ctx context.Context, personID int64) ([]talent.Assessment, error) {
	c.calls["Assessments"]++
	return c.Store.Assessments(ctx, personID)
}

func (c *countingStore) Assessment(ctx context.Context, id int64) (talent.Assessment, error) {
	c.calls["Assessment"]++
	return c.Store.Assessment(ctx, id)
}

func (c *countingStore) PotentialResults(ctx context.Context) (talent.PotentialResults, error) {
	c.calls["PotentialResults"]++
	return c.Store.PotentialResults(ctx)
}

func (c *countingStore) EachPotentialResult(ctx context.Context, fn func(int64, talent.PotentialResult)) error {
	c.calls["EachPotentialResult"]++
	return c.Store.EachPotentialResult(ctx, fn)
}

func (c *countingStore) KeyRoles(ctx context.Context) ([]talent.KeyRole, error) {
	c.calls["KeyRoles"]++
	return c.Store.KeyRoles(ctx)
}

func (c *countingStore) Plan(ctx context.Context, personID int64) (talent.Plan, error) {
	c.calls["Plan"]++
	return c.Store.Plan(ctx, personID)
}

func (c *countingStore) PlanOutlines(ctx context.Context) ([]talent.Plan, error) {
	c.calls["PlanOutlines"]++
	return c.Store.PlanOutlines(ctx)
}

func (c *countingStore) DuePlans(ctx context.Context) ([]talent.Plan, error) {
	c.calls["DuePlans"]++
	return c.Store.DuePlans(ctx)
}

func (c *countingStore) Pairs(ctx context.Context) ([]talent.Pair, error) {
	c.calls["Pairs"]++
	return c.Store.Pairs(ctx)
}

func (c *countingStore) PairOutlines(ctx context.Context) ([]talent.Pair, error) {
	c.calls["PairOutlines"]++
	return c.Store.PairOutlines(ctx)
}

func (c *countingStore) Pair(ctx context.Context, id int64) (talent.Pair, error) {
	c.calls["Pair"]++
	return c.Store.Pair(ctx, id)
}

func (c *countingStore) TrainingLog(ctx context.Context, f talent.TrainingFilter) ([]talent.Training, error) {
	c.calls["TrainingLog"]++
	return c.Store.TrainingLog(ctx, f)
}

func (c *countingStore) Moments(ctx context.Context, personID int64) ([]talent.Moment, error) {
	c.calls["Moments"]++
	return c.Store.Moments(ctx, personID)
}

func (c *countingStore) Decisions(ctx context.Context, personID int64) ([]talent.Decision, error) {
	c.calls["Decisions"]++
	return c.Store.Decisions(ctx, personID)
}

func (c *countingStore) PersonData(ctx context.Context, id int64) (talent.PersonData, error) {
	c.calls["PersonData"]++
	return c.Store.PersonData(ctx, id)
}

func (c *countingStore) Setting(ctx context.Context, key string) (string, error) {
	c.calls["Setting"]++
	return c.Store.Setting(ctx, key)
}

// screenCalls opens the app on a sample business of n people and returns the store
// calls the home view and the people list each make to show themselves.
func screenCalls(t *testing.T, n int) (home, people map[string]int) {
	t.Helper()
	db := openStoreAt(t, filepath.Join(t.TempDir(), "leadbridge.db"), testNow)
	err := db.Batch(context.Background(), func(ctx context.Context) error {
		_, err := demo.Generate(ctx, db, demo.Options{People: n, Today: testNow})
		return err
	})
	if err != nil {
		t.Fatalf("generate %d people: %v", n, err)
	}
	cs := &countingStore{Store: db, calls: map[string]int{}}
	a := New(test.NewTempApp(t), cs, Options{Now: func() time.Time { return testNow }})
	a.Start()
	t.Cleanup(a.win.Close)
	cs.calls = map[string]int{}
	a.areaOf(AreaHome).refresh()
	home, cs.calls = cs.calls, map[string]int{}
	a.Show(AreaPeople)
	return home, cs.calls
}

// TestScreensMakeFixedStoreCalls checks that the home view and the people list ask the
// store for the same few things in a business of 30 people as in one of 300, never once
// per person. The SQL those calls run is counted in internal/store/perf_test.go, which
// lists the same calls: keep the two in step.
func TestScreensMakeFixedStoreCalls(t *testing.T) {
	wantHome := map[string]int{"People": 1, "Standard": 1, "EachPotentialResult": 1, "KeyRoles": 1, "DuePlans": 1, "PairOutlines": 1, "BoxLabels": 1}
	wantPeople := map[string]int{"Listings": 1, "EachPotentialResult": 1, "KeyRoles": 1}
	for _, n := range []int{30, 300} {
		home, people := screenCalls(t, n)
		if !maps.Equal(home, wantHome) {
			t.Errorf("at %d people the home view calls %v, want %v", n, home, wantHome)
		}
		if !maps.Equal(people, wantPeople) {
			t.Errorf("at %d people the people list calls %v, want %v", n, people, wantPeople)
		}
	}
}
