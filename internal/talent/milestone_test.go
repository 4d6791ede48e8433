package talent_test

import (
	"strings"
	"testing"
	"time"

	"leadbridge/internal/talent"
)

func TestTransitionMilestones(t *testing.T) {
	labels := []string{"30 days", "60 days", "90 days", "6 months", "12 months", "18 months"}
	tests := []struct {
		name     string
		promoted time.Time
		want     []string
	}{
		{"mid-month", day("2026-03-15"), []string{"2026-04-14", "2026-05-14", "2026-06-13", "2026-09-15", "2027-03-15", "2027-09-15"}},
		{"31 January 2025", day("2025-01-31"), []string{"2025-03-02", "2025-04-01", "2025-05-01", "2025-07-31", "2026-01-31", "2026-07-31"}},
		{"31 January", day("2026-01-31"), []string{"2026-03-02", "2026-04-01", "2026-05-01", "2026-07-31", "2027-01-31", "2027-07-31"}},
		{"29 February", day("2028-02-29"), []string{"2028-03-30", "2028-04-29", "2028-05-29", "2028-08-29", "2029-02-28", "2029-08-29"}},
		{"31 August: months end in February", day("2026-08-31"), []string{"2026-09-30", "2026-10-30", "2026-11-29", "2027-02-28", "2027-08-31", "2028-02-29"}},
		{"time of day ignored", day("2026-03-15").Add(22 * time.Hour), []string{"2026-04-14", "2026-05-14", "2026-06-13", "2026-09-15", "2027-03-15", "2027-09-15"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ms := talent.TransitionMilestones(tt.promoted)
			if len(ms) != len(tt.want) {
				t.Fatalf("got %d milestones, want %d", len(ms), len(tt.want))
			}
			for i, m := range ms {
				if got := talent.FormatDate(m.Due); got != tt.want[i] {
					t.Errorf("%s due %s, want %s", m.Label, got, tt.want[i])
				}
				if !m.Due.Equal(talent.Day(m.Due)) {
					t.Errorf("%s due %v, want midnight", m.Label, m.Due)
				}
				if m.Label != labels[i] || m.Focus == "" || m.Done {
					t.Errorf("milestone %d = label %q, focus %q, done %v", i, m.Label, m.Focus, m.Done)
				}
				if err := m.Validate(); err != nil {
					t.Errorf("%s: Validate() = %v", m.Label, err)
				}
			}
		})
	}
}

func TestMilestoneOverdue(t *testing.T) {
	due := day("2026-06-30")
	tests := []struct {
		name string
		m    talent.Milestone
		asOf time.Time
		want bool
	}{
		{"day before", talent.Milestone{Due: due}, day("2026-06-29"), false},
		{"on the due date", talent.Milestone{Due: due}, day("2026-06-30").Add(23 * time.Hour), false},
		{"day after", talent.Milestone{Due: due}, day("2026-07-01"), true},
		{"done", talent.Milestone{Due: due, Done: true, DoneDate: day("2026-08-01")}, day("2026-09-01"), false},
		{"no due date", talent.Milestone{}, day("2026-09-01"), false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := tt.m.Overdue(tt.asOf); got != tt.want {
				t.Errorf("Overdue(%s) = %v, want %v", talent.FormatDate(tt.asOf), got, tt.want)
			}
		})
	}
}

func TestMilestoneValidate(t *testing.T) {
	valid := func() talent.Milestone {
		return talent.Milestone{Label: "30 days", Focus: "One-to-ones held.", Due: day("2026-04-14")}
	}
	tests := []struct {
		name  string
		edit  func(m *talent.Milestone)
		field string
	}{
		{"valid", func(m *talent.Milestone) {}, ""},
		{"done with a date", func(m *talent.Milestone) { m.Done, m.DoneDate = true, day("2026-04-20") }, ""},
		{"Unicode notes", func(m *talent.Milestone) { m.Notes = "Zoë: все встречи проведены ✅" }, ""},
		{"blank label", func(m *talent.Milestone) { m.Label = " " }, "label"},
		{"no due date", func(m *talent.Milestone) { m.Due = time.Time{} }, "due"},
		{"done without a date", func(m *talent.Milestone) { m.Done = true }, "doneDate"},
		{"focus too long", func(m *talent.Milestone) { m.Focus = strings.Repeat("é", 2*talent.MaxLineLen+1) }, "focus"},
		{"notes not valid text", func(m *talent.Milestone) { m.Notes = "\x80" }, "notes"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m := valid()
			tt.edit(&m)
			checkInvalid(t, m.Validate(), tt.field)
		})
	}
}

func TestMilestoneSchedule(t *testing.T) {
	want := "at 30, 60 and 90 days and at 6, 12 and 18 months"
	if got := talent.MilestoneSchedule(); got != want {
		t.Errorf("MilestoneSchedule() = %q, want %q", got, want)
	}
}
