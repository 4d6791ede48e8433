package talent_test

import (
	"fmt"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"leadbridge/internal/talent"
)

// numbered gives every competency and behaviour an ID, as the store does: competencies
// 1, 2, … and behaviours 101, 102, … within competency 1, 201, … within competency 2.
func numbered(s talent.Standard) talent.Standard {
	for i := range s.Competencies {
		c := &s.Competencies[i]
		c.ID = int64(i + 1)
		for j := range c.Behaviours {
			c.Behaviours[j].ID = c.ID*100 + int64(j+1)
			c.Behaviours[j].CompetencyID = c.ID
		}
	}
	return s
}

// smallStandard has competencies with the given numbers of behaviours, numbered.
func smallStandard(sizes ...int) talent.Standard {
	var s talent.Standard
	for i, n := range sizes {
		c := talent.Competency{Name: fmt.Sprintf("Competency %d", i+1)}
		for j := range n {
			c.Behaviours = append(c.Behaviours, talent.Behaviour{Text: fmt.Sprintf("Does thing %d.", j+1)})
		}
		s.Competencies = append(s.Competencies, c)
	}
	return numbered(s)
}

// behaviourIDs lists the standard's behaviour IDs in order.
func behaviourIDs(s talent.Standard) []int64 {
	var ids []int64
	for _, c := range s.Competencies {
		for _, b := range c.Behaviours {
			ids = append(ids, b.ID)
		}
	}
	return ids
}

func TestDefaultStandardShape(t *testing.T) {
	s := talent.DefaultStandard()
	if err := s.Validate(); err != nil {
		t.Fatalf("Validate() = %v, want nil", err)
	}
	if n := len(s.Competencies); n < 8 || n > 10 {
		t.Errorf("competencies = %d, want 8 to 10", n)
	}
	for i, c := range s.Competencies {
		if n := len(c.Behaviours); n < 3 || n > 5 {
			t.Errorf("%s has %d behaviours, want 3 to 5", c.Name, n)
		}
		if c.Position != i+1 || c.Description == "" || c.Key == "" {
			t.Errorf("competency %d = position %d, key %q, description %q", i, c.Position, c.Key, c.Description)
		}
		for j, b := range c.Behaviours {
			if b.Position != j+1 {
				t.Errorf("%q position = %d, want %d", b.Text, b.Position, j+1)
			}
		}
	}
}

func TestDefaultStandardCoversTheTenAreas(t *testing.T) {
	keys := map[string]bool{}
	for _, c := range talent.DefaultStandard().Competencies {
		if keys[c.Key] {
			t.Errorf("key %q appears twice", c.Key)
		}
		keys[c.Key] = true
	}
	for _, k := range []string{"delegating", "coaching", "communicating", "trust", "team", "results", "change", "breadth", "feedback", "decisions"} {
		t.Run(k, func(t *testing.T) {
			if !keys[k] {
				t.Errorf("no competency with key %q", k)
			}
		})
	}
}

func TestDefaultBehavioursAreObservableActs(t *testing.T) {
	traitStarts := []string{"Is ", "Has a", "Has an ", "Being ", "Knows ", "Can ", "Good ", "Understands ", "Shows a "}
	seen := map[string]bool{}
	for _, c := range talent.DefaultStandard().Competencies {
		for _, b := range c.Behaviours {
			t.Run(b.Text, func(t *testing.T) {
				key := strings.ToLower(b.Text)
				if seen[key] {
					t.Errorf("behaviour appears twice")
				}
				seen[key] = true
				for _, p := range traitStarts {
					if strings.HasPrefix(b.Text, p) {
						t.Errorf("starts with %q: a trait or an ability, not an act", p)
					}
				}
				verb, _, _ := strings.Cut(b.Text, " ")
				first, _ := utf8.DecodeRuneInString(verb)
				if !unicode.IsUpper(first) || !strings.HasSuffix(verb, "s") {
					t.Errorf("first word %q is not a verb in the third person", verb)
				}
				if !strings.HasSuffix(b.Text, ".") || utf8.RuneCountInString(b.Text) > talent.MaxNameLen {
					t.Errorf("not one sentence within %d characters", talent.MaxNameLen)
				}
			})
		}
	}
}

func TestStandardValidate(t *testing.T) {
	tests := []struct {
		name  string
		std   func() talent.Standard
		field string
	}{
		{"default", talent.DefaultStandard, ""},
		{"one competency, one behaviour", func() talent.Standard { return smallStandard(1) }, ""},
		{"no competencies", func() talent.Standard { return talent.Standard{} }, "competencies"},
		{"twelve competencies", func() talent.Standard { return smallStandard(3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3) }, ""},
		{"thirteen competencies", func() talent.Standard { return smallStandard(3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3) }, "competencies"},
		{"no behaviours", func() talent.Standard { return smallStandard(3, 0) }, "behaviours"},
		{"six behaviours", func() talent.Standard { return smallStandard(talent.MaxBehaviours) }, ""},
		{"seven behaviours", func() talent.Standard { return smallStandard(talent.MaxBehaviours + 1) }, "behaviours"},
		{"duplicate names", func() talent.Standard {
			s := smallStandard(2, 2)
			s.Competencies[1].Name = s.Competencies[0].Name
			return s
		}, "name"},
		{"names differing in case and spacing", func() talent.Standard {
			s := smallStandard(2, 2)
			s.Competencies[0].Name, s.Competencies[1].Name = "Coaching others", "  coaching   OTHERS "
			return s
		}, "name"},
		{"names differing in accents", func() talent.Standard {
			s := smallStandard(2, 2)
			s.Competencies[0].Name, s.Competencies[1].Name = "Délégation", "delegation"
			return s
		}, "name"},
		{"blank name", func() talent.Standard {
			s := smallStandard(2)
			s.Competencies[0].Name = " \t "
			return s
		}, "name"},
		{"blank behaviour", func() talent.Standard {
			s := smallStandard(2)
			s.Competencies[0].Behaviours[1].Text = "\n"
			return s
		}, "behaviours"},
		{"behaviour of 201 characters", func() talent.Standard {
			s := smallStandard(2)
			s.Competencies[0].Behaviours[0].Text = strings.Repeat("ß", 201)
			return s
		}, "behaviours"},
		{"description too long", func() talent.Standard {
			s := smallStandard(2)
			s.Competencies[0].Description = strings.Repeat("é", 2*talent.MaxLineLen+1)
			return s
		}, "description"},
		{"Unicode names", func() talent.Standard {
			s := smallStandard(1, 1)
			s.Competencies[0].Name, s.Competencies[1].Name = "Делегирование", "委任 🤝"
			return s
		}, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := tt.std()
			checkInvalid(t, s.Validate(), tt.field)
		})
	}
}

func TestStandardLookups(t *testing.T) {
	s := smallStandard(2, 3)
	if got := s.BehaviourCount(); got != 5 {
		t.Errorf("BehaviourCount() = %d, want 5", got)
	}
	if c, ok := s.Competency(2); !ok || c.Name != "Competency 2" {
		t.Errorf("Competency(2) = %q, %v, want Competency 2", c.Name, ok)
	}
	if _, ok := s.Competency(3); ok {
		t.Errorf("Competency(3) found, want none")
	}
	for _, tt := range []struct{ behaviour, want int64 }{{101, 1}, {203, 2}, {104, 0}, {0, 0}} {
		if got := s.CompetencyOf(tt.behaviour); got != tt.want {
			t.Errorf("CompetencyOf(%d) = %d, want %d", tt.behaviour, got, tt.want)
		}
	}
}

func TestRating(t *testing.T) {
	tests := []struct {
		r            talent.Rating
		valid, rated bool
		label        string
	}{
		{-1, false, false, "Out of range"},
		{talent.RatingNoEvidence, true, false, "No evidence yet"},
		{talent.RatingNotYetShown, true, true, "1 Not yet shown"},
		{talent.RatingSometimes, true, true, "2 Sometimes"},
		{talent.RatingConsistently, true, true, "3 Consistently"},
		{talent.RatingRoleModel, true, true, "4 Role model"},
		{5, false, false, "Out of range"},
	}
	for _, tt := range tests {
		t.Run(tt.label, func(t *testing.T) {
			if got := tt.r.Valid(); got != tt.valid {
				t.Errorf("Rating(%d).Valid() = %v, want %v", tt.r, got, tt.valid)
			}
			if got := tt.r.Rated(); got != tt.rated {
				t.Errorf("Rating(%d).Rated() = %v, want %v", tt.r, got, tt.rated)
			}
			if got := tt.r.Label(); got != tt.label {
				t.Errorf("Rating(%d).Label() = %q, want %q", tt.r, got, tt.label)
			}
		})
	}
	if len(talent.Ratings) != 5 || talent.Ratings[0] != talent.RatingNoEvidence {
		t.Errorf("Ratings = %v, want the five ratings, No evidence yet first", talent.Ratings)
	}
}
