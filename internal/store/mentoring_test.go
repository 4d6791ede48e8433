package store

import (
	"context"
	"reflect"
	"testing"

	"leadbridge/internal/talent"
)

func TestPair_RoundTrip(t *testing.T) {
	db := openTest(t)
	ctx := context.Background()
	std := standard(t, db)
	zoe := addPerson(t, db, "Zoë Ångström")
	li := addPerson(t, db, "李小龍")
	eleni := addPerson(t, db, "Ελένη Παπαδοπούλου")
	older := talent.Pair{MentorID: eleni.ID, MenteeID: li.ID, Start: day(t, "2025-09-01"), Status: talent.PairEnded}
	must(t, db.SavePair(ctx, &older))
	p := talent.Pair{
		MentorID: zoe.ID, MenteeID: li.ID, Start: day(t, "2026-01-12"), PlannedEnd: day(t, "2026-12-18"),
		Focus: []int64{std.Competencies[2].ID, std.Competencies[0].ID},
		Agreement: talent.Agreement{Goals: []string{" Delegate  more ", "", "Ask before telling 🙊"}, EveryDays: 14,
			Format: "Video call", MinutesEach: 45, Confidentiality: "Nothing leaves the room — كلمة"},
		Status: talent.PairActive,
	}
	must(t, db.SavePair(ctx, &p))
	if !reflect.DeepEqual(p.Agreement.Goals, []string{"Delegate more", "Ask before telling 🙊"}) {
		t.Errorf("agreement goals = %q, want cleaned", p.Agreement.Goals)
	}
	m1 := talent.Meeting{PairID: p.ID, Date: day(t, "2026-02-09"), Minutes: 50, Topics: "Delegation 🧭", AgreedActions: "Hand over payroll", NextDate: day(t, "2026-02-23")}
	m0 := talent.Meeting{PairID: p.ID, Date: day(t, "2026-01-26"), Minutes: 40, Topics: "Start", AgreedActions: "Read the plan"}
	must(t, db.SaveMeeting(ctx, &m1))
	must(t, db.SaveMeeting(ctx, &m0))
	want := p
	want.Meetings = []talent.Meeting{m0, m1}
	got, err := db.Pair(ctx, p.ID)
	if err != nil || !reflect.DeepEqual(got, want) {
		t.Fatalf("Pair() = %+v, %v\nwant %+v", got, err, want)
	}
	pairs, err := db.Pairs(ctx)
	if err != nil || len(pairs) != 2 || pairs[0].ID != p.ID || pairs[1].ID != older.ID {
		t.Errorf("Pairs() = %+v, %v; want newest start first", pairs, err)
	}
	outline := want
	outline.Focus, outline.Agreement.Goals = nil, nil
	outline.Meetings = []talent.Meeting{{ID: m0.ID, PairID: p.ID, Date: m0.Date}, {ID: m1.ID, PairID: p.ID, Date: m1.Date, NextDate: m1.NextDate}}
	outlines, err := db.PairOutlines(ctx)
	if err != nil || len(outlines) != 2 || !reflect.DeepEqual(outlines[0], outline) || outlines[1].ID != older.ID {
		t.Errorf("PairOutlines() = %+v, %v\nwant %+v first, then pair %d", outlines, err, outline, older.ID)
	}

	m0.Topics = "Start, revised"
	must(t, db.SaveMeeting(ctx, &m0))
	must(t, db.DeleteMeeting(ctx, m1.ID))
	got, _ = db.Pair(ctx, p.ID)
	if len(got.Meetings) != 1 || got.Meetings[0].Topics != "Start, revised" {
		t.Errorf("meetings after edit and delete = %+v", got.Meetings)
	}
	wantCode(t, db.DeleteMeeting(ctx, m1.ID), talent.ENOTFOUND)
	must(t, db.DeletePair(ctx, p.ID))
	_, err = db.Pair(ctx, p.ID)
	wantCode(t, err, talent.ENOTFOUND)
	if n := tableCounts(t, db)["meetings"]; n != 0 {
		t.Errorf("meetings left after deleting the pair = %d", n)
	}
}

func TestPair_BadInputChangesNothing(t *testing.T) {
	db := openTest(t)
	ctx := context.Background()
	zoe := addPerson(t, db, "Zoë Ångström")
	li := addPerson(t, db, "李小龍")
	active := talent.Pair{MentorID: zoe.ID, MenteeID: li.ID, Start: day(t, "2026-01-12"), Status: talent.PairActive}
	must(t, db.SavePair(ctx, &active))
	ended := talent.Pair{MentorID: zoe.ID, MenteeID: li.ID, Start: day(t, "2025-01-12"), Status: talent.PairEnded}
	must(t, db.SavePair(ctx, &ended))
	before := tableCounts(t, db)
	cases := []struct {
		name string
		pair talent.Pair
		code string
	}{
		{"self-mentoring", talent.Pair{MentorID: zoe.ID, MenteeID: zoe.ID, Start: testNow, Status: talent.PairActive}, talent.EINVALID},
		{"second active pair", talent.Pair{MentorID: zoe.ID, MenteeID: li.ID, Start: testNow, Status: talent.PairActive}, talent.ECONFLICT},
		{"ended pair made active again", func() talent.Pair { p := ended; p.Status = talent.PairActive; return p }(), talent.ECONFLICT},
		{"end before start", talent.Pair{MentorID: li.ID, MenteeID: zoe.ID, Start: testNow, PlannedEnd: day(t, "2026-01-01"), Status: talent.PairActive}, talent.EINVALID},
		{"four agreement goals", talent.Pair{MentorID: li.ID, MenteeID: zoe.ID, Start: testNow, Status: talent.PairActive,
			Agreement: talent.Agreement{Goals: []string{"a", "b", "c", "d"}}}, talent.EINVALID},
		{"mentor gone", talent.Pair{MentorID: 4242, MenteeID: zoe.ID, Start: testNow, Status: talent.PairActive}, talent.ENOTFOUND},
		{"unknown focus", talent.Pair{MentorID: li.ID, MenteeID: zoe.ID, Start: testNow, Status: talent.PairActive, Focus: []int64{99999}}, talent.ENOTFOUND},
		{"pair gone", talent.Pair{ID: 4242, MentorID: li.ID, MenteeID: zoe.ID, Start: testNow, Status: talent.PairPaused}, talent.ENOTFOUND},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			p := tc.pair
			wantCode(t, db.SavePair(ctx, &p), tc.code)
		})
	}
	wantCode(t, db.SaveMeeting(ctx, &talent.Meeting{PairID: 4242, Date: testNow}), talent.ENOTFOUND)
	wantCode(t, db.SaveMeeting(ctx, &talent.Meeting{PairID: active.ID, Date: testNow, Minutes: 600}), talent.EINVALID)
	sameCounts(t, before, tableCounts(t, db))

	// The old pair may be paused, and once the active one ends a new one may start.
	ended.Status = talent.PairPaused
	must(t, db.SavePair(ctx, &ended))
	active.Status = talent.PairEnded
	must(t, db.SavePair(ctx, &active))
	again := talent.Pair{MentorID: zoe.ID, MenteeID: li.ID, Start: testNow, Status: talent.PairActive}
	must(t, db.SavePair(ctx, &again))
}

func TestPair_MentorNotOnFile(t *testing.T) {
	db := openTest(t)
	ctx := context.Background()
	li := addPerson(t, db, "李小龍")
	p := talent.Pair{MentorName: "  Ana   Sol 🌻 ", MenteeID: li.ID, Start: day(t, "2026-01-12"), Status: talent.PairActive}
	must(t, db.SavePair(ctx, &p))
	got, err := db.Pair(ctx, p.ID)
	if err != nil || got.MentorID != 0 || got.MentorName != "Ana Sol 🌻" || !reflect.DeepEqual(got, p) {
		t.Errorf("Pair() = %+v, %v; want the outside mentor by name", got, err)
	}
	again := talent.Pair{MentorName: "ana sol 🌻", MenteeID: li.ID, Start: testNow, Status: talent.PairActive}
	wantCode(t, db.SavePair(ctx, &again), talent.ECONFLICT)
	zoe := addPerson(t, db, "Zoë Ångström")
	p.MentorID = zoe.ID // now a mentor on file: the name goes
	must(t, db.SavePair(ctx, &p))
	if got, _ := db.Pair(ctx, p.ID); got.MentorID != zoe.ID || got.MentorName != "" {
		t.Errorf("after choosing a mentor on file: %+v", got)
	}
}
