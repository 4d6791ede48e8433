package store

import (
	"context"
	"reflect"
	"testing"
	"time"

	"leadbridge/internal/talent"
)

// The calls below read less than their whole-business counterparts, for screens that
// show a little of everyone; each must agree with the counterpart on what it returns.

func TestListings(t *testing.T) {
	s := openSample(t, 60)
	ctx := context.Background()
	people, err := s.db.People(ctx)
	if err != nil {
		t.Fatalf("People() = %v", err)
	}
	got, err := s.db.Listings(ctx)
	if err != nil {
		t.Fatalf("Listings() = %v", err)
	}
	var want []talent.Listing
	left := 0
	for _, p := range people {
		want = append(want, talent.Listing{ID: p.ID, Name: p.Name, JobTitle: p.JobTitle, Team: p.Team, Status: p.Status})
		if !p.Active() {
			left++
		}
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("Listings() = %+v\nwant what People() holds, in its order: %+v", got, want)
	}
	if left == 0 {
		t.Errorf("the sample has nobody who left; the check needs both kinds")
	}
}

func TestEachPotentialResult(t *testing.T) {
	s := openSample(t, 60)
	ctx := context.Background()
	want, err := s.db.PotentialResults(ctx)
	if err != nil {
		t.Fatalf("PotentialResults() = %v", err)
	}
	got := talent.PotentialResults{}
	var last int64
	err = s.db.EachPotentialResult(ctx, func(id int64, r talent.PotentialResult) {
		if id <= last {
			t.Errorf("result for person %d after person %d: want each person once, in ID order", id, last)
		}
		last, got[id] = id, r
	})
	if err != nil {
		t.Fatalf("EachPotentialResult() = %v", err)
	}
	if len(want) < 20 || !reflect.DeepEqual(got, want) {
		t.Errorf("EachPotentialResult() gave %d results, PotentialResults() %d; want the same results, and many", len(got), len(want))
	}
}

func TestLatestAssessed(t *testing.T) {
	s := openSample(t, 60)
	ctx := context.Background()
	results, err := s.db.PotentialResults(ctx)
	if err != nil {
		t.Fatalf("PotentialResults() = %v", err)
	}
	got, err := s.db.LatestAssessed(ctx)
	if err != nil {
		t.Fatalf("LatestAssessed() = %v", err)
	}
	want := map[int64]time.Time{}
	for id, r := range results {
		want[id] = r.Basis.Date
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("LatestAssessed() = %v\nwant the dates potential rests on: %v", got, want)
	}
	if len(want) == 0 {
		t.Errorf("the sample has nobody assessed; the check needs some")
	}
}
