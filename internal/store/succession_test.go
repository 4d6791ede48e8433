package store

import (
	"context"
	"reflect"
	"testing"
	"time"

	"leadbridge/internal/talent"
)

func TestKeyRole_RoundTrip(t *testing.T) {
	db, now := openClock(t)
	ctx := context.Background()
	zoe := addPerson(t, db, "Zoë Ångström")
	dmitri := addPerson(t, db, "Дмитрий Иванов")
	eleni := addPerson(t, db, "Ελένη Παπαδοπούλου")
	role := talent.KeyRole{Title: " Werkstattleitung  🏭 ", HolderID: zoe.ID, WhyCritical: "Only Zoë runs the CNC line\n— 李小龍",
		Successors: []talent.Successor{
			{PersonID: dmitri.ID, Readiness: talent.ReadyNow, Note: "Готов"},
			{PersonID: eleni.ID, Readiness: talent.Ready3Plus},
		}}
	must(t, db.SaveKeyRole(ctx, &role))
	must(t, db.SaveKeyRole(ctx, &talent.KeyRole{Title: "Accounts"}))
	roles, err := db.KeyRoles(ctx)
	if err != nil || len(roles) != 2 || !reflect.DeepEqual(roles[1], role) || roles[0].Title != "Accounts" {
		t.Fatalf("KeyRoles() = %+v, %v\nwant [Accounts, %+v]", roles, err, role)
	}

	// Swap: the ready-now successor becomes holder; Ελένη's nomination stays as it was made.
	*now = now.Add(24 * time.Hour)
	kept := role.Successors[1]
	role.HolderID = dmitri.ID
	role.Successors = []talent.Successor{{PersonID: zoe.ID, Readiness: talent.ReadyEmergency}, {PersonID: eleni.ID, Readiness: talent.Ready1to2Years}}
	must(t, db.SaveKeyRole(ctx, &role))
	roles, _ = db.KeyRoles(ctx)
	got := roles[1]
	if !reflect.DeepEqual(got, role) {
		t.Fatalf("after update KeyRoles()[1] = %+v\nwant %+v", got, role)
	}
	if s := got.Successors[1]; s.ID != kept.ID || s.CreatedAt != testNow || s.UpdatedAt != *now || s.Readiness != talent.Ready1to2Years {
		t.Errorf("kept successor = %+v, want ID %d, created %v", s, kept.ID, testNow)
	}
	must(t, db.DeleteKeyRole(ctx, role.ID))
	if n := tableCounts(t, db)["successors"]; n != 0 {
		t.Errorf("successors left after deleting the role = %d", n)
	}
	wantCode(t, db.DeleteKeyRole(ctx, role.ID), talent.ENOTFOUND)
}

func TestKeyRole_BadInputChangesNothing(t *testing.T) {
	db := openTest(t)
	ctx := context.Background()
	zoe := addPerson(t, db, "Zoë Ångström")
	dmitri := addPerson(t, db, "Дмитрий Иванов")
	existing := talent.KeyRole{Title: "Planner", HolderID: dmitri.ID}
	must(t, db.SaveKeyRole(ctx, &existing))
	before := tableCounts(t, db)
	cases := []struct {
		name string
		role talent.KeyRole
		code string
	}{
		{"successor is holder", talent.KeyRole{Title: "Lead", HolderID: zoe.ID, Successors: []talent.Successor{{PersonID: zoe.ID, Readiness: talent.ReadyNow}}}, talent.EINVALID},
		{"nominated twice", talent.KeyRole{Title: "Lead", Successors: []talent.Successor{{PersonID: zoe.ID, Readiness: talent.ReadyNow}, {PersonID: zoe.ID, Readiness: talent.Ready3Plus}}}, talent.EINVALID},
		{"no readiness", talent.KeyRole{Title: "Lead", Successors: []talent.Successor{{PersonID: zoe.ID}}}, talent.EINVALID},
		{"no title", talent.KeyRole{Title: "  "}, talent.EINVALID},
		{"holder gone", talent.KeyRole{Title: "Lead", HolderID: 4242}, talent.ENOTFOUND},
		{"successor gone", talent.KeyRole{Title: "Lead", Successors: []talent.Successor{{PersonID: 4242, Readiness: talent.ReadyNow}}}, talent.ENOTFOUND},
		{"role gone", talent.KeyRole{ID: 4242, Title: "Lead"}, talent.ENOTFOUND},
		{"existing: successor is holder", talent.KeyRole{ID: existing.ID, Title: "Planner", HolderID: dmitri.ID,
			Successors: []talent.Successor{{PersonID: zoe.ID, Readiness: talent.ReadyNow}, {PersonID: dmitri.ID, Readiness: talent.ReadyNow}}}, talent.EINVALID},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			r := tc.role
			wantCode(t, db.SaveKeyRole(ctx, &r), tc.code)
		})
	}
	sameCounts(t, before, tableCounts(t, db))
}
