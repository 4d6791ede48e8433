package talent_test

import (
	"strings"
	"testing"
	"time"

	"leadbridge/internal/talent"
)

// answers returns n anonymous answers from one group in the round of the given day, each
// rating every behaviour r.
func answers(std talent.Standard, rel talent.Relationship, round string, n int, r talent.Rating) []talent.Assessment {
	out := make([]talent.Assessment, n)
	for i := range out {
		out[i] = talent.Assessment{PersonID: 7, Relationship: rel, Round: day(round), Date: day(round).AddDate(0, 0, i+1),
			Ratings: rate(std, repeat(std.BehaviourCount(), r)...)}
	}
	return out
}

func labels(vs talent.Views) string {
	var ls []string
	for _, v := range vs.Figures {
		ls = append(ls, v.Label)
	}
	return strings.Join(ls, " | ")
}

func TestViewsOf(t *testing.T) {
	std := smallStandard(2, 2)
	manager := talent.Assessment{ID: 1, PersonID: 7, RaterID: 9, Relationship: talent.RelManager, Date: day("2026-02-01"),
		Ratings: rate(std, 2, 2, 2, 2)}
	self := talent.Assessment{ID: 2, PersonID: 7, Relationship: talent.RelSelf, Date: day("2026-02-02"), Ratings: rate(std, 4, 4, 4, 4)}
	named := []talent.Assessment{manager, self}

	t.Run("two direct reports are held back", func(t *testing.T) {
		vs := talent.ViewsOf(std, named, answers(std, talent.RelDirectReport, "2026-03-01", 2, 4))
		if got, want := labels(vs), "Self (2026-02-02) | Manager (2026-02-01) | Others (combined)"; got != want {
			t.Errorf("figures = %q, want %q", got, want)
		}
		others := vs.Figures[2]
		if others.Answers != 1 || others.Scores[1] != 2 {
			t.Errorf("others = %+v, want the manager's alone", others)
		}
		if len(vs.Held) != 1 || !strings.Contains(vs.Held[0], "2 anonymous answers from direct reports are held back") {
			t.Errorf("held = %q", vs.Held)
		}
	})
	t.Run("three direct reports show as a group and in others", func(t *testing.T) {
		vs := talent.ViewsOf(std, named, answers(std, talent.RelDirectReport, "2026-03-01", 3, 4))
		if got, want := labels(vs), "Self (2026-02-02) | Manager (2026-02-01) | Direct reports, round of 2026-03-01 (3 answers) | Others (combined)"; got != want {
			t.Errorf("figures = %q, want %q", got, want)
		}
		team := vs.Figures[2]
		if team.Scores[1] != 4 || team.Dates() != "2026-03-02 to 2026-03-04" || len(vs.Held) != 0 {
			t.Errorf("team = %+v, held %q", team, vs.Held)
		}
		if others := vs.Figures[3]; others.Answers != 4 || others.Scores[2] != 3.5 {
			t.Errorf("others = %+v, want manager and three answers averaged", others)
		}
	})
	t.Run("two peers and one direct report pool into others", func(t *testing.T) {
		as := append(answers(std, talent.RelPeer, "2026-03-01", 2, 3), answers(std, talent.RelDirectReport, "2026-03-01", 1, 1)...)
		vs := talent.ViewsOf(std, nil, as)
		if got, want := labels(vs), "Others (combined)"; got != want || vs.Figures[0].Answers != 3 {
			t.Fatalf("figures = %q (%+v), want %q of 3", got, vs.Figures, want)
		}
	})
	t.Run("a competency rated by too few in a group is left out", func(t *testing.T) {
		as := answers(std, talent.RelDirectReport, "2026-03-01", 3, 3)
		as[0].Ratings = rate(std, 3, 3, 0, 0)
		as[1].Ratings = rate(std, 3, 3, 0, 0)
		vs := talent.ViewsOf(std, nil, as)
		team := vs.Figures[0]
		if _, ok := team.Scores[2]; ok || team.Scores[1] != 3 {
			t.Errorf("team scores = %v, want competency 1 only", team.Scores)
		}
	})
	t.Run("a competency one of a shown round rated is left out of others", func(t *testing.T) {
		as := answers(std, talent.RelDirectReport, "2026-03-01", 3, 3)
		as[0].Ratings = rate(std, 3, 3, 1, 1)
		as[1].Ratings = rate(std, 3, 3, 0, 0)
		as[2].Ratings = rate(std, 3, 3, 0, 0)
		vs := talent.ViewsOf(std, named, as)
		team, others := vs.Figures[2], vs.Figures[3]
		if _, ok := team.Scores[2]; ok {
			t.Errorf("team scores = %v, want competency 2 left out", team.Scores)
		}
		// With the manager's 2 shown apart, a combined 1.5 would give away the answer of 1.
		if _, ok := others.Scores[2]; ok || others.Scores[1] != 2.75 {
			t.Errorf("others scores = %v, want competency 1 alone", others.Scores)
		}
	})
	t.Run("a thin competency in one shown round is not hidden by another round", func(t *testing.T) {
		peers := answers(std, talent.RelPeer, "2026-03-01", 3, 2)
		reports := answers(std, talent.RelDirectReport, "2026-03-01", 3, 3)
		reports[1].Ratings = rate(std, 3, 3, 0, 0)
		reports[2].Ratings = rate(std, 3, 3, 0, 0)
		vs := talent.ViewsOf(std, nil, append(peers, reports...))
		// Peers' figure for competency 2 is shown, so the one direct report's would show
		// through a combined figure, however many answers it holds in all.
		others := vs.Figures[len(vs.Figures)-1]
		if _, ok := others.Scores[2]; ok || others.Scores[1] != 2.5 {
			t.Errorf("others scores = %v, want competency 1 alone", others.Scores)
		}
	})
	t.Run("rounds are kept apart, only the latest counts in others", func(t *testing.T) {
		as := append(answers(std, talent.RelDirectReport, "2026-01-01", 3, 2), answers(std, talent.RelDirectReport, "2026-06-01", 4, 3)...)
		vs := talent.ViewsOf(std, nil, as)
		want := "Direct reports, round of 2026-01-01 (3 answers) | Direct reports, round of 2026-06-01 (4 answers) | Others (combined)"
		if got := labels(vs); got != want || vs.Figures[2].Answers != 4 || vs.Figures[2].Scores[1] != 3 {
			t.Errorf("figures = %q (others %+v), want %q", got, vs.Figures[2], want)
		}
	})
}

func TestPotentialIgnoresDirectReportsAndAnonymousAnswers(t *testing.T) {
	std := smallStandard(2, 2)
	mentor := talent.Assessment{ID: 1, PersonID: 7, RaterID: 9, Relationship: talent.RelMentor, Date: day("2026-01-01"), Ratings: rate(std, 2, 2, 2, 2)}
	named := talent.Assessment{ID: 2, PersonID: 7, RaterID: 10, Relationship: talent.RelDirectReport, Date: day("2026-02-01"), Ratings: rate(std, 4, 4, 4, 4)}
	anon := answers(std, talent.RelPeer, "2026-03-01", 3, 4)
	r := talent.DerivePotential(std, append([]talent.Assessment{mentor, named}, anon...))
	if r.Basis.ID != 1 || r.Potential != talent.PotentialModerate {
		t.Errorf("basis = %d, potential %q; want the mentor's assessment, moderate", r.Basis.ID, r.Potential)
	}
}

func TestRatingPackValidate(t *testing.T) {
	valid := func() talent.RatingPack {
		return talent.RatingPack{PersonID: 7, Relationship: talent.RelDirectReport, Behaviours: []int64{1, 2},
			Made: day("2026-03-01"), Expires: day("2026-03-31")}
	}
	tests := []struct {
		name  string
		edit  func(p *talent.RatingPack)
		field string
	}{
		{"anonymous, nobody named", func(p *talent.RatingPack) {}, ""},
		{"manager named", func(p *talent.RatingPack) { p.Relationship, p.RaterName = talent.RelManager, "Zoë Ångström" }, ""},
		{"manager unnamed", func(p *talent.RatingPack) { p.Relationship = talent.RelManager }, "rater"},
		{"owner", func(p *talent.RatingPack) { p.Relationship = talent.RelOwner }, "kind"},
		{"self by someone else", func(p *talent.RatingPack) { p.Relationship, p.RaterID = talent.RelSelf, 9 }, "rater"},
		{"peer is the person", func(p *talent.RatingPack) { p.Relationship, p.RaterID = talent.RelPeer, 7 }, "rater"},
		{"no behaviours", func(p *talent.RatingPack) { p.Behaviours = nil }, "standard"},
		{"expires on the day", func(p *talent.RatingPack) { p.Expires = p.Made }, "expires"},
		{"no person", func(p *talent.RatingPack) { p.PersonID = 0 }, "person"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := valid()
			tt.edit(&p)
			checkInvalid(t, p.Validate(), tt.field)
		})
	}
	p := valid()
	if p.Expired(day("2026-03-31")) || !p.Expired(day("2026-04-01").Add(time.Hour)) {
		t.Error("a pack is open to the end of its last day and no longer")
	}
}

func TestJudgesDerailer(t *testing.T) {
	if talent.RelDirectReport.JudgesDerailer(talent.DerailerObjectives) || !talent.RelDirectReport.JudgesDerailer(talent.DerailerTeam) {
		t.Error("direct reports judge the team, not business objectives")
	}
	for _, d := range talent.Derailers {
		if !talent.RelManager.JudgesDerailer(d) {
			t.Errorf("a manager judges %s", d)
		}
	}
}
