package ui

import (
	"context"
	"strings"
	"testing"

	"fyne.io/fyne/v2/test"

	"leadbridge/internal/talent"
)

// TestRatingsTab_GroupFigureNeedsThreeAnswers shows the direct reports' figure on the
// person's page only once three of them have answered.
func TestRatingsTab_GroupFigureNeedsThreeAnswers(t *testing.T) {
	a, db := newTestApp(t)
	ctx := context.Background()
	zoe := addPerson(t, db, talent.Person{Name: "Zoë Ångström"})
	std, err := db.Standard(ctx)
	if err != nil {
		t.Fatal(err)
	}
	answer := func(r talent.Rating) {
		t.Helper()
		a := talent.Assessment{PersonID: zoe.ID, Relationship: talent.RelDirectReport, Date: mustDate(t, "2026-03-10"),
			Round: mustDate(t, "2026-03-02"), Source: talent.SourcePack,
			Ratings: []talent.BehaviourRating{{BehaviourID: std.Competencies[0].Behaviours[0].ID, Rating: r}}}
		if err := db.SaveAssessment(ctx, &a); err != nil {
			t.Fatal(err)
		}
	}
	answer(4)
	answer(2)
	pp := personPageOf(t, a, zoe.ID)
	pp.tabs.SelectIndex(len(pp.tabs.Items) - 1)
	markup := test.RenderToMarkup(a.win.Canvas())
	if strings.Contains(markup, "Direct reports") || strings.Contains(markup, "3.0") {
		t.Error("two direct reports' answers show as a figure")
	}
	if !strings.Contains(pp.ratings.held.Text, "2 anonymous answers from direct reports are held back") {
		t.Errorf("held = %q", pp.ratings.held.Text)
	}
	answer(3)
	pp.refresh()
	markup = test.RenderToMarkup(a.win.Canvas())
	if !strings.Contains(markup, "Direct reports") || !strings.Contains(markup, ">3.0<") {
		t.Errorf("three direct reports' answers do not show as a figure:\n%.2000s", markup)
	}
}
