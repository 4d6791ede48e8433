package report

import (
	"slices"
	"testing"

	"leadbridge/internal/talent"
)

// TestByName_OneOrder lists people in the summary in the order names take everywhere:
// accented initials under their letter, namesakes by ID.
func TestByName_OneOrder(t *testing.T) {
	w := &successionWriter{s: SuccessionDoc{People: talent.PeopleByID([]talent.Person{
		{ID: 1, Name: "Zoë Ørsted"}, {ID: 2, Name: "Émile Zola"}, {ID: 3, Name: "Ådne Berg"}, {ID: 4, Name: "bo Ek"}, {ID: 5, Name: "ådne berg"},
	})}}
	if got, want := w.byName([]int64{1, 5, 2, 4, 3}), []int64{3, 5, 4, 2, 1}; !slices.Equal(got, want) {
		t.Errorf("byName() = %v, want %v", got, want)
	}
}
