package csvio

import (
	"bytes"
	"fmt"
	"testing"
	"time"

	"leadbridge/internal/talent"
)

// staff generates n people with names in several scripts, each reporting to an earlier one.
func staff(n int) []talent.Person {
	given := []string{"Zoë", "Дмитрий", "Ελένη", "小龍", "محمد", "Ana", "Jean-Luc", "Siobhán"}
	teams := []string{"R&D, East", "Sales", "=Ops", "Support", "Finance"}
	people := make([]talent.Person, n)
	for i := range people {
		people[i] = talent.Person{
			ID:        int64(i + 1),
			Name:      fmt.Sprintf("%s Person %d", given[i%len(given)], i),
			JobTitle:  "Senior engineer",
			Team:      teams[i%len(teams)],
			ReportsTo: int64(i / 5),
			StartDate: date(2000+i%25, time.Month(1+i%12), 1+i%28),
			Email:     fmt.Sprintf("person%d@example.com", i),
		}
	}
	return people
}

func BenchmarkReadStaff10000(b *testing.B) {
	var buf bytes.Buffer
	if err := WriteStaff(&buf, staff(10000)); err != nil {
		b.Fatalf("WriteStaff error = %v", err)
	}
	data := buf.Bytes()
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for b.Loop() {
		rows, err := ReadStaff(bytes.NewReader(data))
		if err != nil {
			b.Fatalf("ReadStaff error = %v", err)
		}
		if len(rows) != 10000 {
			b.Fatalf("ReadStaff rows = %d, want 10000", len(rows))
		}
	}
}

func BenchmarkWriteStaff10000(b *testing.B) {
	people := staff(10000)
	var buf bytes.Buffer
	b.ReportAllocs()
	for b.Loop() {
		buf.Reset()
		if err := WriteStaff(&buf, people); err != nil {
			b.Fatalf("WriteStaff error = %v", err)
		}
	}
}
