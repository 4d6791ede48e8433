package demo_test

import (
	"context"
	"fmt"
	"reflect"
	"strings"
	"testing"
	"time"

	"leadbridge/internal/demo"
	"leadbridge/internal/talent"
)

func TestGenerate_Refuses(t *testing.T) {
	ctx := context.Background()
	for _, tc := range []struct {
		name   string
		people int
		code   string
	}{
		{"TooFew", 4, talent.EINVALID},
		{"TooMany", 20001, talent.EINVALID},
		{"Negative", -3, talent.EINVALID},
	} {
		t.Run(tc.name, func(t *testing.T) {
			db := openStore(t, today)
			_, err := generate(ctx, db, demo.Options{People: tc.people, Today: today})
			if got := talent.ErrorCode(err); got != tc.code {
				t.Fatalf("error code = %q (%v), want %q", got, err, tc.code)
			}
			if msg := talent.ErrorMessage(err); !strings.Contains(msg, fmt.Sprint(tc.people)) || !strings.HasSuffix(msg, ".") {
				t.Errorf("message = %q, want a sentence naming %d", msg, tc.people)
			}
			if people, _ := db.People(ctx); len(people) != 0 {
				t.Errorf("people after a refused demo = %d, want 0", len(people))
			}
		})
	}
	t.Run("DataFileNotEmpty", func(t *testing.T) {
		db := openStore(t, today)
		zoe := talent.Person{Name: "Zoë Ångström", StartDate: today.AddDate(-2, 0, 0)}
		if err := db.CreatePerson(ctx, &zoe); err != nil {
			t.Fatalf("create person: %v", err)
		}
		_, err := generate(ctx, db, demo.Options{People: 10, Today: today})
		if got := talent.ErrorCode(err); got != talent.ECONFLICT {
			t.Fatalf("error code = %q (%v), want %q", got, err, talent.ECONFLICT)
		}
		if people, _ := db.People(ctx); len(people) != 1 {
			t.Errorf("people after a refused demo = %d, want only Zoë", len(people))
		}
	})
}

// TestGenerate_Deterministic generates twice on stores with different clocks: apart from
// the stores' own timestamps, the two businesses must be identical.
func TestGenerate_Deterministic(t *testing.T) {
	ctx := context.Background()
	var runs []business
	for _, clock := range []time.Time{today.Add(9 * time.Hour), today.Add(30*time.Hour + 17*time.Minute)} {
		db := openStore(t, clock)
		if _, err := generate(ctx, db, demo.Options{People: 40, Today: today}); err != nil {
			t.Fatalf("Generate: %v", err)
		}
		b := load(t, db)
		clearStamps(reflect.ValueOf(&b))
		runs = append(runs, b)
	}
	a, b := reflect.ValueOf(runs[0]), reflect.ValueOf(runs[1])
	for i := range a.NumField() {
		if !reflect.DeepEqual(a.Field(i).Interface(), b.Field(i).Interface()) {
			t.Errorf("%s differ between two runs with the same people and day", a.Type().Field(i).Name)
		}
	}

	t.Run("OtherSizeDiffers", func(t *testing.T) {
		db := openStore(t, today)
		if _, err := generate(ctx, db, demo.Options{People: 41, Today: today}); err != nil {
			t.Fatalf("Generate: %v", err)
		}
		other := load(t, db)
		if other.People[0].Name == runs[0].People[0].Name && other.People[1].Name == runs[0].People[1].Name {
			t.Errorf("41 people start with the same names as 40 (%q, %q), want a different business", other.People[0].Name, other.People[1].Name)
		}
	})
}

// TestGenerate_Sizes generates small and multi-site businesses and checks what every size
// must hold.
func TestGenerate_Sizes(t *testing.T) {
	for _, n := range []int{demo.MinPeople, 6, 9, 14, 25, 301} {
		t.Run(fmt.Sprint(n), func(t *testing.T) {
			db := openStore(t, today)
			sum, err := generate(context.Background(), db, demo.Options{People: n, Today: today})
			if err != nil {
				t.Fatalf("Generate: %v", err)
			}
			b := load(t, db)
			if len(b.People) != n || sum.People != n {
				t.Errorf("people = %d (summary %d), want %d", len(b.People), sum.People, n)
			}
			if got, want := len(b.KeyRoles), max(4, (n+4)/8); got != want {
				t.Errorf("key roles = %d, want %d", got, want)
			}
			if len(b.Plans) == 0 || len(b.Pairs) == 0 || len(b.Decisions) == 0 || len(b.Training) == 0 {
				t.Errorf("plans %d, pairs %d, decisions %d, training %d; want some of each", len(b.Plans), len(b.Pairs), len(b.Decisions), len(b.Training))
			}
		})
	}
}

// TestGenerate_DefaultsAndEditedStandard runs with zero options on a standard the business
// has edited: a renamed competency and one of its own, which get generic text.
func TestGenerate_DefaultsAndEditedStandard(t *testing.T) {
	ctx := context.Background()
	db := openStore(t, today)
	std, err := db.Standard(ctx)
	if err != nil {
		t.Fatalf("read standard: %v", err)
	}
	std.Competencies[0].Name = "Letting go of the tools"
	std.Competencies = append(std.Competencies, talent.Competency{
		Name:       "Leading safely",
		Behaviours: []talent.Behaviour{{Text: "Stops a job that is not safe, whoever asked for it."}, {Text: "Walks the floor every day and fixes hazards the same day."}},
	})
	if err := db.SaveStandard(ctx, &std); err != nil {
		t.Fatalf("save standard: %v", err)
	}
	sum, err := generate(ctx, db, demo.Options{})
	if err != nil {
		t.Fatalf("Generate: %v", err)
	}
	if sum.People != demo.DefaultPeople {
		t.Errorf("people = %d, want the default %d", sum.People, demo.DefaultPeople)
	}
	b := load(t, db)
	added := b.Standard.Competencies[len(b.Standard.Competencies)-1]
	rated := 0
	for _, as := range b.Assessments {
		for _, a := range as {
			for _, bh := range added.Behaviours {
				if a.Rating(bh.ID).Rated() {
					rated++
				}
			}
		}
	}
	if rated == 0 {
		t.Errorf("ratings of the added competency's behaviours = 0, want some")
	}
}

// TestGenerate_TenThousand checks that a large business generates, with mostly distinct
// names, and that every part of the overview still has something to show.
func TestGenerate_TenThousand(t *testing.T) {
	if testing.Short() {
		t.Skip("generating 10,000 people takes most of a minute")
	}
	db := openStore(t, today)
	sum, err := generate(context.Background(), db, demo.Options{People: 10000, Today: today})
	if err != nil {
		t.Fatalf("Generate: %v", err)
	}
	b := load(t, db)
	names := map[string]bool{}
	for _, p := range b.People {
		names[p.Name] = true
	}
	if len(b.People) != 10000 || sum.People != 10000 {
		t.Fatalf("people = %d (summary %d), want 10000", len(b.People), sum.People)
	}
	if distinct := len(names); distinct < 9900 {
		t.Errorf("distinct names = %d of 10000, want duplicates to be rare", distinct)
	}
	o := b.overview()
	for _, box := range talent.Boxes() {
		if len(o.Grid[box]) < 50 {
			t.Errorf("people in box %s/%s = %d, want many", box.Performance, box.Potential, len(o.Grid[box]))
		}
	}
	if len(o.OverdueMilestones) == 0 || len(o.PairsNotMet) == 0 || len(o.RolesWithoutReady) == 0 || len(o.NeedingAssessment) == 0 {
		t.Errorf("overview: %d overdue milestones, %d pairs not met, %d roles without a ready successor, %d needing assessment; want some of each",
			len(o.OverdueMilestones), len(o.PairsNotMet), len(o.RolesWithoutReady), len(o.NeedingAssessment))
	}
}

// TestGenerate_SomethingDueInEveryGroup checks that the sample business has something in
// every group of what is due on the day it is made, whichever day of the week that is.
func TestGenerate_SomethingDueInEveryGroup(t *testing.T) {
	for i := range 7 {
		day := today.AddDate(0, 0, i)
		t.Run(day.Weekday().String(), func(t *testing.T) {
			db := openStore(t, day)
			if _, err := generate(context.Background(), db, demo.Options{People: 40, Today: day}); err != nil {
				t.Fatal(err)
			}
			a, err := talent.LoadAgenda(context.Background(), db, day, talent.DefaultDueDays, 0)
			if err != nil {
				t.Fatal(err)
			}
			for _, g := range talent.DueGroups {
				if len(a.In(g)) == 0 {
					t.Errorf("nothing under %s on %s", g.Label(), talent.FormatDate(day))
				}
			}
		})
	}
}
