package store

import (
	"context"
	"reflect"
	"testing"

	"leadbridge/internal/talent"
)

// The calls below read one person's records for a document about them, rather than the
// whole business; each must return exactly what the whole-business call holds for them.

func TestPeopleWithIDs(t *testing.T) {
	db := openTest(t)
	ctx := context.Background()
	zoe := addPerson(t, db, "Zoë Ångström")
	addPerson(t, db, "Дмитрий Иванов")
	li := addPerson(t, db, "李小龍")
	got, err := db.PeopleWithIDs(ctx, []int64{li.ID, 0, zoe.ID, li.ID, 9999})
	if err != nil {
		t.Fatalf("PeopleWithIDs() = %v", err)
	}
	if want := []talent.Person{zoe, li}; !reflect.DeepEqual(got, want) {
		t.Errorf("PeopleWithIDs() = %+v\nwant %+v (by name, once each, unknown IDs left out)", got, want)
	}
	if got, err := db.PeopleWithIDs(ctx, nil); err != nil || len(got) != 0 {
		t.Errorf("PeopleWithIDs(nil) = %+v, %v; want nobody", got, err)
	}
}

func TestPairsOf(t *testing.T) {
	db := openTest(t)
	ctx := context.Background()
	zoe := addPerson(t, db, "Zoë Ångström")
	li := addPerson(t, db, "李小龍")
	eleni := addPerson(t, db, "Ελένη Παπαδοπούλου")
	dmitri := addPerson(t, db, "Дмитрий Иванов")
	asMentee := talent.Pair{MentorID: zoe.ID, MenteeID: li.ID, Start: day(t, "2026-01-12"), Status: talent.PairActive}
	asMentor := talent.Pair{MentorID: li.ID, MenteeID: eleni.ID, Start: day(t, "2026-03-01"), Status: talent.PairActive}
	others := talent.Pair{MentorID: zoe.ID, MenteeID: dmitri.ID, Start: day(t, "2026-04-01"), Status: talent.PairActive}
	for _, p := range []*talent.Pair{&asMentee, &asMentor, &others} {
		must(t, db.SavePair(ctx, p))
	}
	must(t, db.SaveMeeting(ctx, &talent.Meeting{PairID: asMentee.ID, Date: day(t, "2026-02-09"), Minutes: 50, Topics: "Delegation"}))
	all, err := db.Pairs(ctx)
	if err != nil {
		t.Fatal(err)
	}
	var want []talent.Pair
	for _, p := range all {
		if p.MentorID == li.ID || p.MenteeID == li.ID {
			want = append(want, p)
		}
	}
	got, err := db.PairsOf(ctx, li.ID)
	if err != nil || !reflect.DeepEqual(got, want) || len(got) != 2 || len(got[1].Meetings) != 1 {
		t.Errorf("PairsOf(李小龍) = %+v, %v\nwant %+v (both pairs, newest first, with meetings)", got, err, want)
	}
}

func TestKeyRolesFor(t *testing.T) {
	db := openTest(t)
	ctx := context.Background()
	zoe := addPerson(t, db, "Zoë Ångström")
	li := addPerson(t, db, "李小龍")
	eleni := addPerson(t, db, "Ελένη Παπαδοπούλου")
	workshop := talent.KeyRole{Title: "Workshop lead", HolderID: zoe.ID, Successors: []talent.Successor{
		{PersonID: eleni.ID, Readiness: talent.ReadyNow}, {PersonID: li.ID, Readiness: talent.Ready1to2Years, Note: "Needs time"}}}
	accounts := talent.KeyRole{Title: "Accounts", Successors: []talent.Successor{{PersonID: li.ID, Readiness: talent.Ready3Plus}}}
	held := talent.KeyRole{Title: "Buying", HolderID: li.ID, Successors: []talent.Successor{{PersonID: eleni.ID, Readiness: talent.ReadyNow}}}
	for _, k := range []*talent.KeyRole{&workshop, &accounts, &held} {
		must(t, db.SaveKeyRole(ctx, k))
	}
	got, err := db.KeyRolesFor(ctx, li.ID)
	if want := []talent.KeyRole{accounts, workshop}; err != nil || !reflect.DeepEqual(got, want) {
		t.Errorf("KeyRolesFor(李小龍) = %+v, %v\nwant %+v (nominated roles by title, every successor, not the role held)", got, err, want)
	}
	if got, err := db.KeyRolesFor(ctx, zoe.ID); err != nil || len(got) != 0 {
		t.Errorf("KeyRolesFor(holder only) = %+v, %v; want none", got, err)
	}
}
