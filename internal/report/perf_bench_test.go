package report

import (
	"context"
	"fmt"
	"io"
	"testing"
	"time"

	"leadbridge/internal/benchdata"
	"leadbridge/internal/store"
)

// The benchmarks in this file measure the two documents on the sample businesses in
// build/bench (see internal/benchdata), from the data file to the last byte of the PDF,
// one sub-benchmark per size.

func openBenchStore(b *testing.B, n int) *store.DB {
	b.Helper()
	db, err := store.Open(benchdata.Path(b, n), store.Options{Actor: "Benchmark"})
	if err != nil {
		b.Fatalf("open: %v", err)
	}
	b.Cleanup(func() { db.Close() })
	return db
}

// BenchmarkPlanPDF prints the owner's copy of the fullest development plan.
func BenchmarkPlanPDF(b *testing.B) {
	for _, n := range benchdata.Sizes {
		b.Run(fmt.Sprintf("people=%d", n), func(b *testing.B) {
			db := openBenchStore(b, n)
			person := fullestPlan(b, db).Person.ID
			ctx := context.Background()
			b.ReportAllocs()
			for b.Loop() {
				now := time.Now()
				d, err := LoadPlan(ctx, db, person, now)
				if err != nil {
					b.Fatalf("LoadPlan: %v", err)
				}
				if err := WritePlan(io.Discard, d, Options{Made: now, Copy: Owner}); err != nil {
					b.Fatalf("WritePlan: %v", err)
				}
			}
		})
	}
}

// BenchmarkSuccessionPDF prints the succession summary.
func BenchmarkSuccessionPDF(b *testing.B) {
	for _, n := range benchdata.Sizes {
		b.Run(fmt.Sprintf("people=%d", n), func(b *testing.B) {
			db := openBenchStore(b, n)
			ctx := context.Background()
			b.ReportAllocs()
			for b.Loop() {
				now := time.Now()
				d, err := LoadSuccession(ctx, db, now)
				if err != nil {
					b.Fatalf("LoadSuccession: %v", err)
				}
				if err := WriteSuccession(io.Discard, d, Options{Made: now}); err != nil {
					b.Fatalf("WriteSuccession: %v", err)
				}
			}
		})
	}
}
