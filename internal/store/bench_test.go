package store

import (
	"context"
	"fmt"
	"path/filepath"
	"testing"

	"leadbridge/internal/talent"
)

// staffRows makes n rows in which everyone after the first ten reports to one of the
// first ten, named in the file.
func staffRows(n int) []talent.StaffRow {
	rows := make([]talent.StaffRow, n)
	for i := range rows {
		rows[i] = talent.StaffRow{Line: i + 2, Name: fmt.Sprintf("%s %05d", unicodeNames[i%len(unicodeNames)], i),
			JobTitle: "Engineer", Team: fmt.Sprintf("Team %d", i%25), Email: fmt.Sprintf("p%d@example.com", i)}
		if i >= 10 {
			rows[i].ReportsTo = rows[i%10].Name
		}
	}
	return rows
}

// benchDB makes a closed data file with n people and returns its path.
func benchDB(b *testing.B, n int) string {
	b.Helper()
	path := filepath.Join(b.TempDir(), "leadbridge.db")
	db, err := Open(path, testOptions())
	if err != nil {
		b.Fatal(err)
	}
	if _, err := db.ImportStaff(context.Background(), staffRows(n)); err != nil {
		b.Fatal(err)
	}
	if err := db.Close(); err != nil {
		b.Fatal(err)
	}
	return path
}

func BenchmarkOpenAndLoadPeople1000(b *testing.B) {
	path := benchDB(b, 1000)
	b.ReportAllocs()
	for b.Loop() {
		db, err := Open(path, testOptions())
		if err != nil {
			b.Fatal(err)
		}
		people, err := db.People(context.Background())
		if err != nil || len(people) != 1000 {
			b.Fatalf("People() = %d, %v", len(people), err)
		}
		db.Close()
	}
}

func BenchmarkImportStaff10000(b *testing.B) { benchmarkImport(b, staffRows(10000)) }

// BenchmarkImportStaffChain10000 imports 10,000 people who each report to the one before:
// the loop check must not grow with the square of the chain's length.
func BenchmarkImportStaffChain10000(b *testing.B) {
	rows := staffRows(10000)
	for i := 1; i < len(rows); i++ {
		rows[i].ReportsTo = rows[i-1].Name
	}
	benchmarkImport(b, rows)
}

func benchmarkImport(b *testing.B, rows []talent.StaffRow) {
	b.ReportAllocs()
	for b.Loop() {
		b.StopTimer()
		db, err := Open(filepath.Join(b.TempDir(), "leadbridge.db"), testOptions())
		if err != nil {
			b.Fatal(err)
		}
		b.StartTimer()
		if n, err := db.ImportStaff(context.Background(), rows); err != nil || n != len(rows) {
			b.Fatalf("ImportStaff() = %d, %v", n, err)
		}
		b.StopTimer()
		db.Close()
		b.StartTimer()
	}
}

// BenchmarkCreatePeopleInBatch10000 is how the sample-business generator writes: one
// service call per person, all in one Batch.
func BenchmarkCreatePeopleInBatch10000(b *testing.B) {
	rows := staffRows(10000)
	b.ReportAllocs()
	for b.Loop() {
		b.StopTimer()
		db, err := Open(filepath.Join(b.TempDir(), "leadbridge.db"), testOptions())
		if err != nil {
			b.Fatal(err)
		}
		b.StartTimer()
		err = db.Batch(context.Background(), func(ctx context.Context) error {
			var bosses []int64
			for i, r := range rows {
				p := talent.Person{Name: r.Name, JobTitle: r.JobTitle, Team: r.Team, Email: r.Email, Expertise: []string{r.Team}}
				if i >= 10 {
					p.ReportsTo = bosses[i%10]
				}
				if err := db.CreatePerson(ctx, &p); err != nil {
					return err
				}
				bosses = append(bosses, p.ID)
			}
			return nil
		})
		if err != nil {
			b.Fatal(err)
		}
		b.StopTimer()
		db.Close()
		b.StartTimer()
	}
}
