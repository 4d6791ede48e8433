package talent_test

import (
	"strings"
	"testing"

	"leadbridge/internal/talent"
)

func TestPlace(t *testing.T) {
	tests := []struct {
		name string
		r    talent.PotentialResult
		want talent.Box
		ok   bool
	}{
		{"both", talent.PotentialResult{Potential: talent.PotentialHigh, Performance: talent.PerformanceExceeds},
			talent.Box{Performance: talent.PerformanceExceeds, Potential: talent.PotentialHigh}, true},
		{"low and below", talent.PotentialResult{Potential: talent.PotentialLow, Performance: talent.PerformanceBelow},
			talent.Box{Performance: talent.PerformanceBelow, Potential: talent.PotentialLow}, true},
		{"no potential", talent.PotentialResult{Performance: talent.PerformanceMeets}, talent.Box{}, false},
		{"no performance", talent.PotentialResult{Potential: talent.PotentialModerate}, talent.Box{}, false},
		{"nothing", talent.PotentialResult{}, talent.Box{}, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, ok := talent.Place(tt.r)
			if got != tt.want || ok != tt.ok {
				t.Errorf("Place = %+v, %v, want %+v, %v", got, ok, tt.want, tt.ok)
			}
		})
	}
}

func TestBoxes(t *testing.T) {
	boxes := talent.Boxes()
	if len(boxes) != 9 {
		t.Fatalf("Boxes() has %d boxes, want 9", len(boxes))
	}
	seen := map[talent.Box]bool{}
	for _, b := range boxes {
		if seen[b] {
			t.Errorf("box %+v appears twice", b)
		}
		seen[b] = true
	}
	rows := []talent.Potential{talent.PotentialHigh, talent.PotentialModerate, talent.PotentialLow}
	cols := []talent.Performance{talent.PerformanceBelow, talent.PerformanceMeets, talent.PerformanceExceeds}
	for i, b := range boxes {
		want := talent.Box{Performance: cols[i%3], Potential: rows[i/3]}
		if b != want {
			t.Errorf("Boxes()[%d] = %+v, want %+v", i, b, want)
		}
	}
}

func TestDefaultBoxLabels(t *testing.T) {
	labels := talent.DefaultBoxLabels()
	if len(labels) != 9 {
		t.Errorf("DefaultBoxLabels() has %d entries, want 9", len(labels))
	}
	names := map[string]bool{}
	for _, b := range talent.Boxes() {
		l, ok := labels[b]
		if !ok {
			t.Errorf("no label for %+v", b)
			continue
		}
		if names[l.Name] {
			t.Errorf("name %q used twice", l.Name)
		}
		names[l.Name] = true
		if err := l.Validate(); err != nil || l.NextStep == "" {
			t.Errorf("label %+v: Validate() = %v, next step %q", b, err, l.NextStep)
		}
	}
	for _, tt := range []struct {
		box  talent.Box
		want string
	}{
		{talent.Box{Performance: talent.PerformanceExceeds, Potential: talent.PotentialHigh}, "Future leader"},
		{talent.Box{Performance: talent.PerformanceExceeds, Potential: talent.PotentialLow}, "Trusted expert"},
	} {
		if got := labels[tt.box].Name; got != tt.want {
			t.Errorf("label of %+v = %q, want %q", tt.box, got, tt.want)
		}
	}
}

func TestBoxLabelValidate(t *testing.T) {
	tests := []struct {
		name  string
		label talent.BoxLabel
		field string
	}{
		{"valid", talent.BoxLabel{Name: "Future leader", NextStep: "Name as a successor."}, ""},
		{"Unicode", talent.BoxLabel{Name: "Будущий лидер 🌱", NextStep: "次のステップ"}, ""},
		{"no next step", talent.BoxLabel{Name: "Core"}, ""},
		{"blank name", talent.BoxLabel{Name: "  \t", NextStep: "x"}, "name"},
		{"name of 201 characters", talent.BoxLabel{Name: strings.Repeat("ø", 201)}, "name"},
		{"next step too long", talent.BoxLabel{Name: "Core", NextStep: strings.Repeat("ø", talent.MaxLineLen+1)}, "nextStep"},
		{"next step with a control character", talent.BoxLabel{Name: "Core", NextStep: "a\x02b"}, "nextStep"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			l := tt.label
			checkInvalid(t, l.Validate(), tt.field)
		})
	}
}
