package report

import (
	"testing"

	"leadbridge/internal/talent"
)

// TestMeetingRhythm spells out the agreed rhythm as a sentence, its first letter a
// capital whatever script or accent the format starts with.
func TestMeetingRhythm(t *testing.T) {
	for _, tc := range []struct {
		a    talent.Agreement
		want string
	}{
		{talent.Agreement{}, "Not agreed yet"},
		{talent.Agreement{EveryDays: 21, Format: "in person", MinutesEach: 45}, "Every 21 days · in person · 45 minutes"},
		{talent.Agreement{Format: "éclair café, then a walk"}, "Éclair café, then a walk"},
		{talent.Agreement{Format: "über Video", MinutesEach: 30}, "Über Video · 30 minutes"},
		{talent.Agreement{Format: "видеозвонок"}, "Видеозвонок"},
		{talent.Agreement{Format: "オンライン"}, "オンライン"},
	} {
		if got := meetingRhythm(tc.a); got != tc.want {
			t.Errorf("meetingRhythm(%+v) = %q, want %q", tc.a, got, tc.want)
		}
	}
}
