package ratings_test

import (
	"context"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"

	"leadbridge/internal/ratings"
	"leadbridge/internal/store"
	"leadbridge/internal/talent"
)

// today is the day packs are made in these tests.
var today = time.Date(2026, 11, 21, 0, 0, 0, 0, time.UTC)

// Owner-only text that must never reach a pack.
const (
	secretNote      = "Retention: counter-offer ready"
	secretNotes     = "Private notes on Zoë"
	secretExpertise = "the CNC line"
)

type world struct {
	db        *store.DB
	zoe, li   talent.Person
	std       talent.Standard
	dir       string
	reporters []talent.Person
}

func openWorld(t *testing.T) *world {
	t.Helper()
	ctx := context.Background()
	dir := t.TempDir()
	db, err := store.Open(filepath.Join(dir, "data", "leadbridge.db"), store.Options{Actor: "Owner", Now: func() time.Time { return today.Add(9 * time.Hour) }})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	w := &world{db: db, dir: dir}
	w.li = talent.Person{Name: "李小龍", Status: talent.StatusActive}
	must(t, db.CreatePerson(ctx, &w.li))
	w.zoe = talent.Person{Name: "Zoë Ångström", JobTitle: "Team lead", ReportsTo: w.li.ID, Status: talent.StatusActive, Notes: secretNotes,
		Expertise: []string{secretExpertise}, RiskOfLeaving: talent.LevelHigh, ImpactOfLoss: talent.LevelHigh, RetentionNote: secretNote}
	must(t, db.CreatePerson(ctx, &w.zoe))
	for _, n := range []string{"Ana Sol", "Dmitri Ivanov", "Eleni Papa"} {
		p := talent.Person{Name: n, ReportsTo: w.zoe.ID, Status: talent.StatusActive}
		must(t, db.CreatePerson(ctx, &p))
		w.reporters = append(w.reporters, p)
	}
	if w.std, err = db.Standard(ctx); err != nil {
		t.Fatal(err)
	}
	return w
}

// pack writes a pack into the test folder and returns its path and record.
func (w *world) pack(t *testing.T, req ratings.Request) (string, talent.RatingPack) {
	t.Helper()
	if req.Today.IsZero() {
		req.Today = today
	}
	out := filepath.Join(w.dir, "ratings-"+string(req.Kind)+".html")
	p, err := ratings.Write(context.Background(), w.db, w.db.Path(), out, req)
	if err != nil {
		t.Fatalf("Write(%+v) = %v", req, err)
	}
	return out, p
}

// snapshot is everything an import may change, to show a refusal changed nothing.
func snapshot(t *testing.T, db *store.DB, personID int64) any {
	t.Helper()
	ctx := context.Background()
	as, err := db.Assessments(ctx, personID)
	must(t, err)
	vs, err := db.Views(ctx, personID)
	must(t, err)
	ps, err := db.RatingPacks(ctx, personID)
	must(t, err)
	d, err := db.PersonData(ctx, personID)
	must(t, err)
	return []any{as, vs, ps, d}
}

func sameSnapshot(t *testing.T, before, after any) {
	t.Helper()
	if !reflect.DeepEqual(before, after) {
		t.Error("a refused response changed the data file")
	}
}

func wantRefused(t *testing.T, err error, words string) {
	t.Helper()
	if err == nil {
		t.Fatalf("response taken in, want it refused with %q", words)
	}
	if msg := talent.ErrorMessage(err); !strings.Contains(msg, words) {
		t.Errorf("refusal = %q, want it to say %q", msg, words)
	}
}

func must(t testing.TB, err error) {
	t.Helper()
	if err != nil {
		t.Fatal(err)
	}
}

func readFile(t *testing.T, path string) []byte {
	t.Helper()
	b, err := os.ReadFile(path)
	must(t, err)
	return b
}
