package store_test

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"path/filepath"
	"testing"
	"time"

	"leadbridge/internal/benchdata"
	"leadbridge/internal/csvio"
	"leadbridge/internal/store"
	"leadbridge/internal/talent"
)

// The benchmarks in this file measure the store's speed budgets on the sample businesses
// in build/bench (see internal/benchdata), one sub-benchmark per size. Those that write
// work on a copy.

func openBench(b *testing.B, path string) *store.DB {
	b.Helper()
	db, err := store.Open(path, store.Options{Actor: "Benchmark"})
	if err != nil {
		b.Fatalf("open %s: %v", path, err)
	}
	b.Cleanup(func() { db.Close() })
	return db
}

// BenchmarkSaveAssessment saves a complete assessment, every behaviour rated with
// evidence: one transaction, written through to the disk.
func BenchmarkSaveAssessment(b *testing.B) {
	for _, n := range benchdata.Sizes {
		b.Run(fmt.Sprintf("people=%d", n), func(b *testing.B) {
			db := openBench(b, benchdata.Copy(b, n))
			a := fullAssessment(b, db)
			b.ReportAllocs()
			for b.Loop() {
				a.ID = 0
				if err := db.SaveAssessment(context.Background(), &a); err != nil {
					b.Fatalf("SaveAssessment: %v", err)
				}
			}
		})
	}
}

// fullAssessment is a peer assessment of the first person by the second, rating every
// behaviour of the standard with evidence and every derailer.
func fullAssessment(b *testing.B, db *store.DB) talent.Assessment {
	b.Helper()
	ctx := context.Background()
	people, err := db.People(ctx)
	if err != nil || len(people) < 2 {
		b.Fatalf("People() = %d, %v", len(people), err)
	}
	std, err := db.Standard(ctx)
	if err != nil {
		b.Fatalf("Standard() = %v", err)
	}
	a := talent.Assessment{PersonID: people[0].ID, RaterID: people[1].ID, Date: time.Now(), Relationship: talent.RelPeer,
		Performance: talent.PerformanceExceeds, Aspiration: talent.AspirationYes, LearningAgility: talent.LevelHigh, Engagement: talent.LevelHigh}
	for _, c := range std.Competencies {
		for _, beh := range c.Behaviours {
			a.Ratings = append(a.Ratings, talent.BehaviourRating{BehaviourID: beh.ID, Rating: talent.RatingConsistently,
				Evidence: "Ran the Friday review for Zoë Ångström and 李小龍 without being asked 👏"})
		}
	}
	for _, d := range talent.Derailers {
		a.Derailers = append(a.Derailers, talent.DerailerStatus{Derailer: d, Status: talent.ConcernWatch, Evidence: "Дмитрий noticed it twice."})
	}
	return a
}

// BenchmarkImportStaff imports a spreadsheet of 10,000 new people, from the CSV bytes to
// the committed transaction, into each sample business.
func BenchmarkImportStaff(b *testing.B) {
	csv := staffCSV(b, 10000)
	for _, n := range benchdata.Sizes {
		b.Run(fmt.Sprintf("people=%d/rows=10000", n), func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				b.StopTimer()
				db, err := store.Open(benchdata.Copy(b, n), store.Options{Actor: "Benchmark"})
				if err != nil {
					b.Fatalf("open: %v", err)
				}
				b.StartTimer()
				rows, err := csvio.ReadStaff(bytes.NewReader(csv))
				if err != nil {
					b.Fatalf("ReadStaff: %v", err)
				}
				if added, err := db.ImportStaff(context.Background(), rows); err != nil || added != len(rows) {
					b.Fatalf("ImportStaff() = %d, %v", added, talent.ErrorMessage(err))
				}
				b.StopTimer()
				db.Close()
				b.StartTimer()
			}
		})
	}
}

// staffCSV is a staff spreadsheet of n people in several scripts, each after the first
// reporting to someone earlier in the file.
func staffCSV(b *testing.B, n int) []byte {
	b.Helper()
	given := []string{"Zoë Ångström", "Дмитрий Иванов", "Ελένη Παπαδοπούλου", "李小龍", "محمد", "Siobhán Ó Briain"}
	teams := []string{"R&D, East", "Sales", "Support", "Finance", "Assembly 🔧"}
	people := make([]talent.Person, n)
	for i := range people {
		people[i] = talent.Person{ID: int64(i + 1), Name: fmt.Sprintf("%s Import %05d", given[i%len(given)], i),
			JobTitle: "Engineer", Team: teams[i%len(teams)], ReportsTo: int64(i / 8), Email: fmt.Sprintf("import%d@example.com", i),
			StartDate: time.Date(2015+i%10, time.Month(1+i%12), 1+i%28, 0, 0, 0, 0, time.UTC), Status: talent.StatusActive}
	}
	var buf bytes.Buffer
	if err := csvio.WriteStaff(&buf, people); err != nil {
		b.Fatalf("WriteStaff: %v", err)
	}
	return buf.Bytes()
}

// BenchmarkBackup makes a checked backup of each sample business.
func BenchmarkBackup(b *testing.B) {
	for _, n := range benchdata.Sizes {
		b.Run(fmt.Sprintf("people=%d", n), func(b *testing.B) {
			db := openBench(b, benchdata.Copy(b, n))
			dir := b.TempDir()
			b.ReportAllocs()
			i := 0
			for b.Loop() {
				dst := filepath.Join(dir, fmt.Sprintf("backup-%d.db", i))
				if err := db.Backup(context.Background(), dst); err != nil {
					b.Fatalf("Backup: %v", err)
				}
				b.StopTimer()
				os.Remove(dst)
				i++
				b.StartTimer()
			}
		})
	}
}

// BenchmarkPotentialResults derives everyone's potential: what the home view, the people
// list and the succession summary each read first.
func BenchmarkPotentialResults(b *testing.B) {
	for _, n := range benchdata.Sizes {
		b.Run(fmt.Sprintf("people=%d", n), func(b *testing.B) {
			db := openBench(b, benchdata.Path(b, n))
			b.ReportAllocs()
			for b.Loop() {
				results, err := db.PotentialResults(context.Background())
				if err != nil || len(results) < n/2 {
					b.Fatalf("PotentialResults() = %d people, %v", len(results), err)
				}
			}
		})
	}
}

// BenchmarkOpen opens and closes the sample business: /Unchanged as Leadbridge last
// closed it (no check: the same at every size), /ChangedOutside after something else
// touched the file (the full integrity check, once).
func BenchmarkOpen(b *testing.B) {
	for _, n := range benchdata.Sizes {
		b.Run(fmt.Sprintf("people=%d", n), func(b *testing.B) {
			path := benchdata.Copy(b, n)
			openClose := func() {
				db, err := store.Open(path, store.Options{Actor: "Benchmark"})
				if err != nil {
					b.Fatalf("open %s: %v", path, err)
				}
				if err := db.Close(); err != nil {
					b.Fatal(err)
				}
			}
			openClose() // leaves the record of a checked file
			b.Run("Unchanged", func(b *testing.B) {
				for b.Loop() {
					openClose()
				}
			})
			b.Run("ChangedOutside", func(b *testing.B) {
				for i := 0; b.Loop(); i++ {
					b.StopTimer()
					touch(b, path, i)
					b.StartTimer()
					openClose()
				}
			})
		})
	}
}

// touch gives the file a modification time of its own for the i-th time, as a change
// made outside Leadbridge would.
func touch(b *testing.B, path string, i int) {
	b.Helper()
	t := time.Date(2020, 1, 1, 0, 0, i, 0, time.UTC)
	if err := os.Chtimes(path, t, t); err != nil {
		b.Fatal(err)
	}
}
