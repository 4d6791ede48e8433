package store

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"sync"
	"testing"

	"leadbridge/internal/talent"
)

func TestBatch_CommitsAsAWhole(t *testing.T) {
	db := openTest(t)
	ctx := context.Background()
	addPerson(t, db, "Zoë Ångström")
	var ids []int64
	err := db.Batch(ctx, func(ctx context.Context) error {
		for _, n := range unicodeNames {
			p := talent.Person{Name: n}
			if err := db.CreatePerson(ctx, &p); err != nil {
				return err
			}
			ids = append(ids, p.ID)
		}
		// Reads inside the batch see its own writes.
		people, err := db.People(ctx)
		if err != nil || len(people) != len(unicodeNames)+1 {
			return fmt.Errorf("People() inside batch = %d, %v", len(people), err)
		}
		return db.Batch(ctx, func(ctx context.Context) error { // nested: joins the outer one
			return db.SaveKeyRole(ctx, &talent.KeyRole{Title: "Lead", HolderID: ids[0]})
		})
	})
	if err != nil {
		t.Fatalf("Batch() = %v", err)
	}
	counts := tableCounts(t, db)
	if counts["people"] != len(unicodeNames)+1 || counts["key_roles"] != 1 {
		t.Errorf("after batch: %d people, %d key roles", counts["people"], counts["key_roles"])
	}
}

func TestBatch_RollsBackAsAWhole(t *testing.T) {
	db := openTest(t)
	ctx := context.Background()
	before := tableCounts(t, db)
	boom := errors.New("generator failed")
	err := db.Batch(ctx, func(ctx context.Context) error {
		for _, n := range unicodeNames {
			if err := db.CreatePerson(ctx, &talent.Person{Name: n}); err != nil {
				return err
			}
		}
		if err := db.SetSetting(ctx, "paper", "a4"); err != nil {
			return err
		}
		return boom
	})
	if !errors.Is(err, boom) {
		t.Fatalf("Batch() = %v, want %v", err, boom)
	}
	sameCounts(t, before, tableCounts(t, db))
}

func TestBatch_FailedCallLeavesBatchIntact(t *testing.T) {
	db := openTest(t)
	ctx := context.Background()
	err := db.Batch(ctx, func(ctx context.Context) error {
		zoe := talent.Person{Name: "Zoë Ångström", Expertise: []string{"payroll"}}
		if err := db.CreatePerson(ctx, &zoe); err != nil {
			return err
		}
		// This call fails after writing part of its work; the savepoint undoes that part.
		dup := talent.Pair{MentorID: zoe.ID, MenteeID: 4242, Start: testNow, Status: talent.PairActive}
		if err := db.SavePair(ctx, &dup); talent.ErrorCode(err) != talent.ENOTFOUND {
			return fmt.Errorf("SavePair() = %v, want not found", err)
		}
		nested := db.Batch(ctx, func(ctx context.Context) error {
			if err := db.CreatePerson(ctx, &talent.Person{Name: "Temporary"}); err != nil {
				return err
			}
			return errors.New("undo the nested batch")
		})
		if nested == nil {
			return errors.New("nested batch did not fail")
		}
		return db.CreatePerson(ctx, &talent.Person{Name: "李小龍"})
	})
	if err != nil {
		t.Fatalf("Batch() = %v", err)
	}
	people, _ := db.People(ctx)
	var names []string
	for _, p := range people {
		names = append(names, p.Name)
	}
	if got := strings.Join(names, ", "); got != "Zoë Ångström, 李小龍" {
		t.Errorf("people after batch = %s, want Zoë Ångström, 李小龍", got)
	}
}

// TestConcurrentWriters runs read-then-write transactions from several goroutines:
// none may fail as locked.
func TestConcurrentWriters(t *testing.T) {
	db := openTest(t)
	ctx := context.Background()
	const workers, rounds = 8, 25
	errs := make(chan error, 2*workers*rounds)
	var wg sync.WaitGroup
	for w := range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for r := range rounds {
				errs <- db.Batch(ctx, func(ctx context.Context) error {
					if _, err := db.People(ctx); err != nil {
						return err
					}
					p := talent.Person{Name: fmt.Sprintf("Ελένη %d-%d", w, r)}
					if err := db.CreatePerson(ctx, &p); err != nil {
						return err
					}
					p.Team = "Team " + fmt.Sprint(w)
					return db.UpdatePerson(ctx, &p)
				})
				p := talent.Person{Name: fmt.Sprintf("محمد %d-%d", w, r)}
				errs <- db.CreatePerson(ctx, &p)
			}
		}()
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		if err != nil {
			t.Errorf("concurrent write failed: %v", err)
		}
	}
	if got := tableCounts(t, db)["people"]; got != 2*workers*rounds {
		t.Errorf("people = %d, want %d", got, 2*workers*rounds)
	}
}
