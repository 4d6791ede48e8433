package store

import (
	"context"
	"testing"

	"leadbridge/internal/talent"
)

// TestPersonData_FiguresKeepThinCompetenciesOut: three direct reports answer, one of
// them alone rates the second competency. A person's data export leaves that
// competency out of the team's figure and out of the combined figure of others, where
// beside the manager's own figure it would give the one answer away.
func TestPersonData_FiguresKeepThinCompetenciesOut(t *testing.T) {
	db := openTest(t)
	ctx := context.Background()
	std := standard(t, db)
	first, second := std.Competencies[0], std.Competencies[1]
	rateCompetencies := func(r talent.Rating, cs ...talent.Competency) []talent.BehaviourRating {
		var out []talent.BehaviourRating
		for _, c := range cs {
			for _, b := range c.Behaviours {
				out = append(out, talent.BehaviourRating{BehaviourID: b.ID, Rating: r})
			}
		}
		return out
	}
	boss, lead := addPerson(t, db, "李小龍"), addPerson(t, db, "Zoë Ångström")
	save := func(a talent.Assessment) {
		t.Helper()
		if err := db.SaveAssessment(ctx, &a); err != nil {
			t.Fatal(err)
		}
	}
	save(talent.Assessment{PersonID: lead.ID, RaterID: boss.ID, Relationship: talent.RelManager, Date: day(t, "2026-02-01"),
		Ratings: rateCompetencies(talent.RatingSometimes, first, second)})
	for i := range 3 {
		cs := []talent.Competency{first}
		if i == 0 {
			cs = append(cs, second)
		}
		save(talent.Assessment{PersonID: lead.ID, Relationship: talent.RelDirectReport, Round: day(t, "2026-03-01"), Date: day(t, "2026-03-05"),
			Source: talent.SourcePack, Ratings: rateCompetencies(talent.RatingRoleModel, cs...)})
	}
	d, err := db.PersonData(ctx, lead.ID)
	if err != nil {
		t.Fatal(err)
	}
	figures := exportedTables(d)["rating_figures"]
	shown := map[string]map[string]bool{}
	for i := range figures.Rows {
		f := cell(t, figures, i, "figure")
		if shown[f] == nil {
			shown[f] = map[string]bool{}
		}
		shown[f][cell(t, figures, i, "competency")] = true
	}
	for _, f := range []string{"Manager (2026-02-01)", "Direct reports, round of 2026-03-01 (3 answers)", "Others (combined)"} {
		if !shown[f][first.Name] {
			t.Errorf("figure %q has no score for %s: %v", f, first.Name, figures.Rows)
		}
	}
	for _, f := range []string{"Direct reports, round of 2026-03-01 (3 answers)", "Others (combined)"} {
		if shown[f][second.Name] {
			t.Errorf("figure %q scores %s, rated by one direct report: %v", f, second.Name, figures.Rows)
		}
	}
}
