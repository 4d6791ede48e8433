package report

import (
	"context"
	"io"
	"testing"

	"leadbridge/internal/demo"
	"leadbridge/internal/store"
)

// demoStore is a data file holding a sample business of the given size.
func demoStore(tb testing.TB, people int) *store.DB {
	tb.Helper()
	db := openStore(tb)
	err := db.Batch(context.Background(), func(ctx context.Context) error {
		_, err := demo.Generate(ctx, db, demo.Options{People: people, Today: made})
		return err
	})
	if err != nil {
		tb.Fatalf("generate demo: %v", err)
	}
	return db
}

// fullestPlan loads the plan of the person with the most goals, the plan closest to
// the worst case a mentor prints.
func fullestPlan(tb testing.TB, db *store.DB) PlanDoc {
	tb.Helper()
	ctx := context.Background()
	plans, err := db.PlanOutlines(ctx)
	if err != nil || len(plans) == 0 {
		tb.Fatalf("plans: %d, %v", len(plans), err)
	}
	best := plans[0]
	for _, p := range plans {
		if len(p.Goals)+len(p.Milestones) > len(best.Goals)+len(best.Milestones) {
			best = p
		}
	}
	d, err := LoadPlan(ctx, db, best.PersonID, made)
	if err != nil {
		tb.Fatalf("LoadPlan: %v", err)
	}
	return d
}

func BenchmarkWritePlan(b *testing.B) {
	d := fullestPlan(b, demoStore(b, 200))
	b.ReportAllocs()
	for b.Loop() {
		if err := WritePlan(io.Discard, d, Options{Made: made, Copy: Owner}); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkWriteSuccession1000(b *testing.B) {
	d, err := LoadSuccession(context.Background(), demoStore(b, 1000), made)
	if err != nil {
		b.Fatalf("LoadSuccession: %v", err)
	}
	b.ReportAllocs()
	for b.Loop() {
		if err := WriteSuccession(io.Discard, d, Options{Made: made}); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkWritePlanCJK prints plans whose names need one or both fallback fonts:
// registering and embedding a fallback is the most a plan's fonts can cost.
func BenchmarkWritePlanCJK(b *testing.B) {
	for _, bb := range []struct{ name, mentee, manager string }{
		{"chinese", "李小龍", "山田花子"},
		{"korean", "김민준", "조하은"},
		{"both", "李小龍", "김민준"},
	} {
		b.Run(bb.name, func(b *testing.B) {
			d := fullPlan()
			d.Person.Name, d.Manager, d.Nominations[0].Holder = bb.mentee, bb.manager, bb.manager
			b.ReportAllocs()
			for b.Loop() {
				if err := WritePlan(io.Discard, d, Options{Made: made, Copy: Owner}); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
