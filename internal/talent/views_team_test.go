package talent_test

import (
	"strings"
	"testing"

	"leadbridge/internal/talent"
)

func TestViewsTeam(t *testing.T) {
	std := smallStandard(2, 2, 2)
	manager := talent.Assessment{ID: 1, PersonID: 7, RaterID: 9, Relationship: talent.RelManager, Date: day("2026-02-01"),
		Ratings: rate(std, 3, 3, 2, 2, 4, 4)}
	named := []talent.Assessment{manager}

	t.Run("two direct reports give no team figure", func(t *testing.T) {
		vs := talent.ViewsOf(std, named, answers(std, talent.RelDirectReport, "2026-03-01", 2, 1))
		if tv, ok := vs.Team(); ok {
			t.Errorf("Team() = %+v, want none from two answers", tv)
		}
	})
	t.Run("three direct reports against the manager", func(t *testing.T) {
		as := answers(std, talent.RelDirectReport, "2026-03-01", 3, 3)
		for i := range as {
			as[i].Ratings = rate(std, 3, 3, 4, 3, 1, 2) // 3, 3.5 and 1.5 by competency
		}
		tv, ok := talent.ViewsOf(std, named, as).Team()
		if !ok || tv.Manager == nil || tv.Earlier != nil {
			t.Fatalf("Team() = %+v, %v; want the team and the manager", tv, ok)
		}
		if got, want := tv.Said(), "Direct reports, round of 2026-03-01 (3 answers), answered 2026-03-02 to 2026-03-04. Their manager's assessment of 2026-02-01."; got != want {
			t.Errorf("Said() = %q, want %q", got, want)
		}
		var diffs []string
		for _, r := range tv.Rows(std) {
			diffs = append(diffs, r.Difference())
		}
		if got, want := strings.Join(diffs, " | "), "In line | Team rates 1.5 higher | Team rates 2.5 lower"; got != want {
			t.Errorf("differences = %q, want %q", got, want)
		}
		widest := tv.Widest(std, 1)
		if len(widest) != 1 || widest[0].CompetencyID != 3 || widest[0].Team != 1.5 || widest[0].Manager != 4 {
			t.Errorf("Widest(1) = %+v, want competency 3 alone", widest)
		}
		if got := len(tv.Widest(std, 5)); got != 2 {
			t.Errorf("Widest(5) has %d rows, want the two not in line", got)
		}
	})
	t.Run("the latest round and the one before, without a manager", func(t *testing.T) {
		as := append(answers(std, talent.RelDirectReport, "2026-01-05", 3, 1), answers(std, talent.RelDirectReport, "2026-06-01", 4, 4)...)
		as = append(as, answers(std, talent.RelDirectReport, "2026-09-01", 2, 2)...) // too few to show
		tv, ok := talent.ViewsOf(std, nil, as).Team()
		if !ok || tv.Manager != nil || tv.Team.Answers != 4 || tv.Team.Scores[1] != 4 || tv.Earlier == nil || tv.Earlier.Answers != 3 {
			t.Fatalf("Team() = %+v, %v; want the round of 2026-06-01 after that of 2026-01-05", tv, ok)
		}
		rows := tv.Rows(std)
		if len(rows) != 3 || rows[0].HasManager || !rows[0].HasEarlier || rows[0].Earlier != 1 || rows[0].Difference() != "No manager's score" || len(tv.Widest(std, 3)) != 0 {
			t.Errorf("rows = %+v", rows)
		}
		want := "Direct reports, round of 2026-06-01 (4 answers), answered 2026-06-02 to 2026-06-05. " +
			"Earlier: Direct reports, round of 2026-01-05 (3 answers), answered 2026-01-06 to 2026-01-08. No assessment by their manager yet."
		if got := tv.Said(); got != want {
			t.Errorf("Said() = %q, want %q", got, want)
		}
	})
	t.Run("a competency the team rated too thinly is left out", func(t *testing.T) {
		as := answers(std, talent.RelDirectReport, "2026-03-01", 3, 3)
		as[0].Ratings = rate(std, 3, 3, 0, 0, 3, 3)
		rows, _ := talent.ViewsOf(std, named, as).Team()
		for _, r := range rows.Rows(std) {
			if r.CompetencyID == 2 {
				t.Errorf("competency 2, rated by two direct reports, is a row: %+v", r)
			}
		}
	})
}
