package demo_test

import (
	"context"
	"testing"

	"leadbridge/internal/demo"
)

// BenchmarkGenerate1000 measures generating a 1,000-person business into a new data file
// in one batch, the way "leadbridge demo" does; opening the file is not timed.
func BenchmarkGenerate1000(b *testing.B) {
	ctx := context.Background()
	b.ReportAllocs()
	for b.Loop() {
		b.StopTimer()
		db := openStore(b, today)
		b.StartTimer()
		if _, err := generate(ctx, db, demo.Options{People: 1000, Today: today}); err != nil {
			b.Fatalf("Generate: %v", err)
		}
	}
}
