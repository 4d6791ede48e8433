package ui

import (
	"testing"

	"leadbridge/internal/talent"
)

// TestGapWords words a self-versus-others gap on the history page by the same rule as the
// assessment form's summary (talent.SelfGap.InLine): in line within half a point.
func TestGapWords(t *testing.T) {
	for _, tc := range []struct {
		gap  float64
		want string
	}{
		{0, "in line"},
		{0.3, "in line"},
		{-0.45, "in line"},
		{0.5, "+0.5 rates self higher"},
		{-1, "−1.0 rates self lower"},
		{13.0/6 - 5.0/3, "+0.5 rates self higher"},
	} {
		if got := gapWords(talent.SelfGap{Gap: tc.gap}); got != tc.want {
			t.Errorf("gapWords(%v) = %q, want %q", tc.gap, got, tc.want)
		}
	}
}
