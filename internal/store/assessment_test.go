package store

import (
	"context"
	"math/rand/v2"
	"reflect"
	"testing"
	"time"

	"leadbridge/internal/talent"
)

func TestAssessment_RoundTrip(t *testing.T) {
	db, now := openClock(t)
	ctx := context.Background()
	std := standard(t, db)
	zoe := addPerson(t, db, "Zoë Ångström")
	rater := addPerson(t, db, "Дмитрий Иванов")
	b := std.Competencies[0].Behaviours
	in := talent.Assessment{
		PersonID: zoe.ID, Date: day(t, "2026-05-04"), RaterID: rater.ID, Relationship: talent.RelManager,
		Ratings: []talent.BehaviourRating{
			{BehaviourID: b[2].ID, Rating: talent.RatingRoleModel, Evidence: "Ελένη said so 👍"},
			{BehaviourID: b[0].ID, Rating: talent.RatingNoEvidence},
			{BehaviourID: b[1].ID, Rating: talent.RatingSometimes, Evidence: "李小龍\nsecond line"},
		},
		Performance: talent.PerformanceExceeds, Aspiration: talent.AspirationYes, LearningAgility: talent.LevelHigh,
		Engagement: talent.LevelMedium, Notes: "Ruhig und klar — محمد agrees",
		Derailers: []talent.DerailerStatus{
			{Derailer: talent.DerailerNarrow, Status: talent.ConcernConcern, Evidence: "Only talks about the CNC line"},
			{Derailer: talent.DerailerTeam, Status: talent.ConcernNone},
		},
	}
	must(t, db.SaveAssessment(ctx, &in))
	got, err := db.Assessment(ctx, in.ID)
	if err != nil || !reflect.DeepEqual(got, in) {
		t.Fatalf("Assessment() = %+v, %v\nwant %+v", got, err, in)
	}

	*now = now.Add(time.Hour)
	in.Draft, in.RaterID, in.RaterName = true, 0, "Outside mentor Åsa"
	in.Relationship = talent.RelMentor
	in.Ratings = in.Ratings[:1]
	in.Derailers = nil
	must(t, db.SaveAssessment(ctx, &in))
	all, err := db.Assessments(ctx, zoe.ID)
	if err != nil || len(all) != 1 || !reflect.DeepEqual(all[0], in) {
		t.Fatalf("Assessments() after update = %+v, %v\nwant %+v", all, err, in)
	}
	if in.CreatedAt != testNow || in.UpdatedAt != *now {
		t.Errorf("Meta after update = %+v", in.Meta)
	}
	must(t, db.DeleteAssessment(ctx, in.ID))
	_, err = db.Assessment(ctx, in.ID)
	wantCode(t, err, talent.ENOTFOUND)
	wantCode(t, db.DeleteAssessment(ctx, in.ID), talent.ENOTFOUND)
	if n := tableCounts(t, db)["assessment_ratings"]; n != 0 {
		t.Errorf("ratings left after delete = %d", n)
	}
}

func TestAssessment_BadInputChangesNothing(t *testing.T) {
	db := openTest(t)
	ctx := context.Background()
	std := standard(t, db)
	zoe := addPerson(t, db, "Zoë Ångström")
	other := addPerson(t, db, "李小龍")
	bid := std.Competencies[0].Behaviours[0].ID
	before := tableCounts(t, db)
	base := talent.Assessment{PersonID: zoe.ID, Date: testNow, RaterID: other.ID, Relationship: talent.RelPeer}
	cases := []struct {
		name string
		edit func(a *talent.Assessment)
		code string
	}{
		{"rating out of range", func(a *talent.Assessment) { a.Ratings = []talent.BehaviourRating{{BehaviourID: bid, Rating: 5}} }, talent.EINVALID},
		{"negative rating", func(a *talent.Assessment) { a.Ratings = []talent.BehaviourRating{{BehaviourID: bid, Rating: -1}} }, talent.EINVALID},
		{"unknown behaviour", func(a *talent.Assessment) { a.Ratings = []talent.BehaviourRating{{BehaviourID: 99999, Rating: 2}} }, talent.EINVALID},
		{"self rated by other", func(a *talent.Assessment) { a.Relationship = talent.RelSelf }, talent.EINVALID},
		{"concern without evidence", func(a *talent.Assessment) {
			a.Derailers = []talent.DerailerStatus{{Derailer: talent.DerailerTeam, Status: talent.ConcernConcern}}
		}, talent.EINVALID},
		{"person gone", func(a *talent.Assessment) { a.PersonID = 4242 }, talent.ENOTFOUND},
		{"rater gone", func(a *talent.Assessment) { a.RaterID = 4242 }, talent.ENOTFOUND},
		{"assessment gone", func(a *talent.Assessment) { a.ID = 4242 }, talent.ENOTFOUND},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			a := base
			tc.edit(&a)
			id := a.ID
			wantCode(t, db.SaveAssessment(ctx, &a), tc.code)
			if a.ID != id {
				t.Errorf("refused save changed ID to %d", a.ID)
			}
		})
	}
	sameCounts(t, before, tableCounts(t, db))
}

// TestPotentialResults_MatchRule checks, on random histories with drafts, self-
// assessments, missing performance ratings and ties on date, that the results derived
// from the assessments the query picks are the rule applied to everything, their basis
// kept without ratings, derailers or free text.
func TestPotentialResults_MatchRule(t *testing.T) {
	db := openTest(t)
	ctx := context.Background()
	std := standard(t, db)
	rng := rand.New(rand.NewPCG(7, 11))
	var people []talent.Person
	for i := range 40 {
		people = append(people, addPerson(t, db, unicodeNames[i%len(unicodeNames)]))
	}
	rels := []talent.Relationship{talent.RelSelf, talent.RelManager, talent.RelPeer, talent.RelMentor, talent.RelOwner}
	perfs := append([]talent.Performance{""}, talent.Performances...)
	for _, p := range people {
		for range rng.IntN(6) {
			a := talent.Assessment{PersonID: p.ID, Date: day(t, "2025-01-01").AddDate(0, 0, rng.IntN(4)*30),
				Relationship: rels[rng.IntN(len(rels))], RaterName: "Åsa", Performance: perfs[rng.IntN(len(perfs))],
				Draft: rng.IntN(5) == 0, Aspiration: talent.AspirationYes, Notes: "Notes, with: commas",
				Derailers: []talent.DerailerStatus{{Derailer: talent.DerailerNarrow, Status: talent.ConcernWatch, Evidence: "a:b,c"}}}
			for _, c := range std.Competencies {
				for _, b := range c.Behaviours {
					a.Ratings = append(a.Ratings, talent.BehaviourRating{BehaviourID: b.ID, Rating: talent.Rating(rng.IntN(5)), Evidence: "Saw it: twice, 👀"})
				}
			}
			must(t, db.SaveAssessment(ctx, &a))
		}
	}
	results, err := db.PotentialResults(ctx)
	if err != nil {
		t.Fatalf("PotentialResults() = %v", err)
	}
	placed := 0
	for _, p := range people {
		all, err := db.Assessments(ctx, p.ID)
		if err != nil {
			t.Fatal(err)
		}
		want := talent.DerivePotential(std, all)
		if want.Assessed() {
			placed++
			want.Basis.Ratings, want.Basis.Derailers, want.Basis.Notes, want.Basis.Meta = nil, nil, "", talent.Meta{}
		} else if _, ok := results[p.ID]; ok {
			t.Errorf("person %d, never assessed by someone else, has a result", p.ID)
		}
		if got := results.Of(std, p.ID); !reflect.DeepEqual(got, want) {
			t.Errorf("person %d: PotentialResults gives\n%+v\nwant the rule on every assessment\n%+v", p.ID, got, want)
		}
	}
	if placed < 10 {
		t.Errorf("only %d people have a basis; the random data does not exercise the rule", placed)
	}
}

func TestPotentialResults_PicksLatest(t *testing.T) {
	db := openTest(t)
	ctx := context.Background()
	zoe := addPerson(t, db, "Zoë Ångström")
	save := func(date string, rel talent.Relationship, perf talent.Performance, draft bool) int64 {
		a := talent.Assessment{PersonID: zoe.ID, Date: day(t, date), Relationship: rel, RaterName: "Åsa", Performance: perf, Draft: draft}
		must(t, db.SaveAssessment(ctx, &a))
		return a.ID
	}
	save("2026-01-01", talent.RelManager, talent.PerformanceBelow, false)
	save("2026-02-01", talent.RelPeer, talent.PerformanceMeets, false)
	save("2026-03-01", talent.RelManager, talent.PerformanceExceeds, true) // a draft
	save("2026-03-01", talent.RelSelf, talent.PerformanceExceeds, false)   // self
	save("2026-02-20", talent.RelOwner, "", false)
	latest := save("2026-02-20", talent.RelMentor, "", false) // same date, entered later
	results, err := db.PotentialResults(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if got := results[zoe.ID]; got.Basis.ID != latest || got.Performance != talent.PerformanceMeets {
		t.Errorf("PotentialResults()[zoe] rests on %d with performance %q, want %d and the peer's %q",
			got.Basis.ID, got.Performance, latest, talent.PerformanceMeets)
	}
	if len(results) != 1 {
		t.Errorf("PotentialResults() has %d people, want 1", len(results))
	}
}
