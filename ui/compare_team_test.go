package ui

import (
	"context"
	"strings"
	"testing"

	"fyne.io/fyne/v2/test"

	"leadbridge/internal/store"
	"leadbridge/internal/talent"
)

// rateTeamLead stores a team lead rated 2 Sometimes throughout by their manager, and
// returns them with a way to add one of their direct reports' anonymous answers, each
// rating every behaviour 4 Role model, in the round of 2026-03-02.
func rateTeamLead(t *testing.T, db *store.DB) (talent.Person, func()) {
	t.Helper()
	ctx := context.Background()
	boss := addPerson(t, db, talent.Person{Name: "Ελένη Παπαδοπούλου"})
	zoe := addPerson(t, db, talent.Person{Name: "Zoë Ångström", JobTitle: "Team lead", ReportsTo: boss.ID})
	rate(t, db, talent.Assessment{PersonID: zoe.ID, Date: mustDate(t, "2026-01-15"), RaterID: boss.ID, Relationship: talent.RelManager}, 10, talent.RatingSometimes)
	std, err := db.Standard(ctx)
	if err != nil {
		t.Fatal(err)
	}
	return zoe, func() {
		t.Helper()
		ans := talent.Assessment{PersonID: zoe.ID, Relationship: talent.RelDirectReport, Date: mustDate(t, "2026-03-09"),
			Round: mustDate(t, "2026-03-02"), Source: talent.SourcePack}
		for _, c := range std.Competencies {
			for _, b := range c.Behaviours {
				ans.Ratings = append(ans.Ratings, talent.BehaviourRating{BehaviourID: b.ID, Rating: talent.RatingRoleModel})
			}
		}
		if err := db.SaveAssessment(ctx, &ans); err != nil {
			t.Fatal(err)
		}
	}
}

// TestCompare_TeamViewNeedsThreeAnswers sets a team lead's team against their manager
// on the comparison only once three direct reports have answered: with two, no figure
// of theirs is anywhere in the screen's markup.
func TestCompare_TeamViewNeedsThreeAnswers(t *testing.T) {
	a, db := newTestApp(t)
	zoe, answer := rateTeamLead(t, db)
	li := addPerson(t, db, talent.Person{Name: "李小龍", JobTitle: "Engineer"})
	rate(t, db, talent.Assessment{PersonID: li.ID, Date: mustDate(t, "2026-01-20"), RaterID: zoe.ReportsTo, Relationship: talent.RelManager}, 10, talent.RatingConsistently)
	answer()
	answer()
	a.compareCandidates(0, []int64{zoe.ID, li.ID})
	c := a.people().page.(*comparePage)
	markup := test.RenderToMarkup(a.win.Canvas())
	for _, bad := range []string{"Their team's view", "Direct reports", "Team 4.0", "4.0", "Team rates"} {
		if strings.Contains(markup, bad) {
			t.Errorf("with two direct reports' answers the comparison shows %q", bad)
		}
	}
	answer()
	c.refresh()
	wantShown(t, c.view(), "Their team's view against their manager's",
		"Direct reports, round of 2026-03-02 (3 answers), answered 2026-03-09. Their manager's assessment of 2026-01-15.",
		"Team 4.0 · Manager 2.0\nTeam rates 2.0 higher",
		"Nothing to show: a team's figure needs at least 3 answers from their direct reports in one round.")
	if markup := test.RenderToMarkup(a.win.Canvas()); !strings.Contains(markup, "Team 4.0 · Manager 2.0") {
		t.Errorf("with three direct reports' answers the comparison's markup has no team's figure:\n%.3000s", markup)
	}
}
