package demo_test

import (
	"context"
	"path/filepath"
	"reflect"
	"testing"
	"time"

	"leadbridge/internal/demo"
	"leadbridge/internal/store"
	"leadbridge/internal/talent"
)

// today is the day the tests generate their businesses as of.
var today = time.Date(2026, 11, 21, 0, 0, 0, 0, time.UTC)

// openStore opens a new data file whose clock reads now.
func openStore(tb testing.TB, now time.Time) *store.DB {
	tb.Helper()
	db, err := store.Open(filepath.Join(tb.TempDir(), "sample.db"), store.Options{Actor: "Demo test", Now: func() time.Time { return now }})
	if err != nil {
		tb.Fatalf("open store: %v", err)
	}
	tb.Cleanup(func() { db.Close() })
	return db
}

// generate runs Generate in one batch, as the app does.
func generate(ctx context.Context, db *store.DB, opt demo.Options) (demo.Summary, error) {
	var sum demo.Summary
	err := db.Batch(ctx, func(ctx context.Context) error {
		var err error
		sum, err = demo.Generate(ctx, db, opt)
		return err
	})
	return sum, err
}

// business is everything a data file holds, read back through the services.
type business struct {
	Standard    talent.Standard
	People      []talent.Person
	Assessments map[int64][]talent.Assessment
	Potentials  talent.PotentialResults
	KeyRoles    []talent.KeyRole
	Plans       []talent.Plan
	Pairs       []talent.Pair
	Training    []talent.Training
	Moments     []talent.Moment
	Decisions   []talent.Decision
}

func load(tb testing.TB, db *store.DB) business {
	tb.Helper()
	ctx := context.Background()
	var b business
	var err error
	check := func(what string) {
		if err != nil {
			tb.Fatalf("read %s: %v", what, err)
		}
	}
	b.Standard, err = db.Standard(ctx)
	check("standard")
	b.People, err = db.People(ctx)
	check("people")
	b.Assessments = map[int64][]talent.Assessment{}
	for _, p := range b.People {
		b.Assessments[p.ID], err = db.Assessments(ctx, p.ID)
		check("assessments")
	}
	b.Potentials, err = db.PotentialResults(ctx)
	check("potentials")
	b.KeyRoles, err = db.KeyRoles(ctx)
	check("key roles")
	for _, p := range b.People {
		plan, err := db.Plan(ctx, p.ID)
		if talent.ErrorCode(err) == talent.ENOTFOUND {
			continue
		}
		if err != nil {
			tb.Fatalf("plan of %s: %v", p.Name, err)
		}
		b.Plans = append(b.Plans, plan)
	}
	b.Pairs, err = db.Pairs(ctx)
	check("pairs")
	b.Training, err = db.TrainingLog(ctx, talent.TrainingFilter{})
	check("training")
	b.Moments, err = db.Moments(ctx, 0)
	check("moments")
	b.Decisions, err = db.Decisions(ctx, 0)
	check("decisions")
	return b
}

func (b business) overview() talent.Overview {
	return talent.BuildOverview(talent.OverviewInput{
		AsOf:       today,
		Standard:   b.Standard,
		People:     b.People,
		Potentials: b.Potentials,
		Roles:      b.KeyRoles,
		Plans:      b.Plans,
		Pairs:      b.Pairs,
	})
}

func (b business) person(id int64) talent.Person {
	for _, p := range b.People {
		if p.ID == id {
			return p
		}
	}
	return talent.Person{}
}

func (b business) assessmentCount() int {
	n := 0
	for _, as := range b.Assessments {
		n += len(as)
	}
	return n
}

// clearStamps zeroes every CreatedAt and UpdatedAt in v, the only fields two runs on
// different clocks may differ in.
func clearStamps(v reflect.Value) {
	switch v.Kind() {
	case reflect.Pointer, reflect.Interface:
		if !v.IsNil() {
			clearStamps(v.Elem())
		}
	case reflect.Slice, reflect.Array:
		for i := range v.Len() {
			clearStamps(v.Index(i))
		}
	case reflect.Map:
		for _, k := range v.MapKeys() {
			e := reflect.New(v.Type().Elem()).Elem()
			e.Set(v.MapIndex(k))
			clearStamps(e)
			v.SetMapIndex(k, e)
		}
	case reflect.Struct:
		if v.Type() == reflect.TypeFor[time.Time]() {
			return
		}
		for i := range v.NumField() {
			f := v.Type().Field(i)
			if (f.Name == "CreatedAt" || f.Name == "UpdatedAt") && f.Type == reflect.TypeFor[time.Time]() {
				v.Field(i).Set(reflect.Zero(f.Type))
				continue
			}
			clearStamps(v.Field(i))
		}
	}
}

// average is the mean of an assessment's rated behaviours.
func average(a talent.Assessment) float64 {
	sum, n := 0, 0
	for _, r := range a.Ratings {
		if r.Rating.Rated() {
			sum, n = sum+int(r.Rating), n+1
		}
	}
	if n == 0 {
		return 0
	}
	return float64(sum) / float64(n)
}
