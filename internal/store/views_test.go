package store

import (
	"context"
	"reflect"
	"testing"

	"leadbridge/internal/talent"
)

// TestTeamViews reads, in one go, the views of everyone whose direct reports answered,
// each as Views gives it for that person alone.
func TestTeamViews(t *testing.T) {
	db := openTest(t)
	ctx := context.Background()
	std := standard(t, db)
	b := std.Competencies[0].Behaviours[0].ID
	boss := addPerson(t, db, "李小龍")
	three, two, none := addPerson(t, db, "Zoë Ångström"), addPerson(t, db, "Дмитрий Иванов"), addPerson(t, db, "Aino Väisänen")
	save := func(a talent.Assessment) {
		t.Helper()
		a.Ratings = []talent.BehaviourRating{{BehaviourID: b, Rating: talent.RatingConsistently}}
		if err := db.SaveAssessment(ctx, &a); err != nil {
			t.Fatal(err)
		}
	}
	for _, p := range []talent.Person{three, two, none} {
		save(talent.Assessment{PersonID: p.ID, RaterID: boss.ID, Relationship: talent.RelManager, Date: day(t, "2026-02-01")})
	}
	for i := range 3 {
		save(talent.Assessment{PersonID: three.ID, Relationship: talent.RelDirectReport, Round: day(t, "2026-03-01"), Date: day(t, "2026-03-05"), Source: talent.SourcePack})
		if i < 2 {
			save(talent.Assessment{PersonID: two.ID, Relationship: talent.RelDirectReport, Round: day(t, "2026-03-01"), Date: day(t, "2026-03-05"), Source: talent.SourcePaper})
		}
	}
	save(talent.Assessment{PersonID: none.ID, Relationship: talent.RelPeer, Round: day(t, "2026-03-01"), Date: day(t, "2026-03-05"), Source: talent.SourcePack})
	save(talent.Assessment{PersonID: none.ID, Relationship: talent.RelDirectReport, Date: day(t, "2026-03-05"), Draft: true, RaterID: boss.ID})

	got, err := db.TeamViews(ctx)
	if err != nil {
		t.Fatalf("TeamViews() = %v", err)
	}
	if len(got) != 2 {
		t.Errorf("TeamViews() holds %d people, want the two whose direct reports answered", len(got))
	}
	for _, p := range []talent.Person{three, two} {
		want, err := db.Views(ctx, p.ID)
		if err != nil {
			t.Fatal(err)
		}
		if !reflect.DeepEqual(got[p.ID], want) {
			t.Errorf("TeamViews()[%s] = %+v, want %+v as Views gives it", p.Name, got[p.ID], want)
		}
	}
	if _, ok := got[three.ID].Team(); !ok {
		t.Error("three direct reports' answers give no team figure")
	}
	if tv, ok := got[two.ID].Team(); ok {
		t.Errorf("two direct reports' answers give a team figure: %+v", tv)
	}
}
