package demo_test

import (
	"context"
	"strings"
	"testing"

	"leadbridge/internal/demo"
	"leadbridge/internal/talent"
)

// TestGenerate_RatingPacks: the sample business shows rating packs at once: sent and
// returned packs, and a promoted manager whose team's view shows over two rounds, set
// against their own manager's.
func TestGenerate_RatingPacks(t *testing.T) {
	db := openStore(t, today)
	ctx := context.Background()
	if _, err := generate(ctx, db, demo.Options{People: 60, Today: today}); err != nil {
		t.Fatal(err)
	}
	people, err := db.People(ctx)
	if err != nil {
		t.Fatal(err)
	}
	var rounds, returned, open, againstManager int
	for _, p := range people {
		vs, err := db.Views(ctx, p.ID)
		if err != nil {
			t.Fatal(err)
		}
		if tv, ok := vs.Team(); ok && tv.Manager != nil && tv.Earlier != nil {
			againstManager++
		}
		for _, v := range vs.Figures {
			if v.Relationship == talent.RelDirectReport && strings.HasPrefix(v.Label, "Direct reports, round of") {
				rounds++
			}
		}
		packs, err := db.RatingPacks(ctx, p.ID)
		if err != nil {
			t.Fatal(err)
		}
		for _, pk := range packs {
			if pk.Returned.IsZero() {
				open++
			} else {
				returned++
			}
		}
	}
	if rounds != 2 || returned < talent.MinGroup || open < 1 || againstManager != 1 {
		t.Errorf("sample business: %d direct-report rounds shown, %d packs returned, %d open, %d team views against a manager's; want 2, at least %d, at least 1, 1",
			rounds, returned, open, againstManager, talent.MinGroup)
	}
}
