package store

import (
	"context"
	"fmt"
	"testing"

	"leadbridge/internal/talent"
)

func TestCalendarExport(t *testing.T) {
	db := openTest(t)
	ctx := context.Background()
	mentor, other := addPerson(t, db, "Zoë Ångström"), addPerson(t, db, "李小龍")
	owners := []talent.CalendarEntry{
		{Key: "action:7", Date: day(t, "2026-11-30"), Sequence: 2},
		{Key: "checkpoint:3", Date: day(t, "2026-12-01"), Sequence: 1, Cancelled: true},
	}
	mentors := []talent.CalendarEntry{{Key: "meeting:4", Date: day(t, "2026-12-08")}}
	for id, es := range map[int64][]talent.CalendarEntry{0: owners, mentor.ID: mentors, other.ID: mentors} {
		if err := db.SaveCalendarExport(ctx, id, es); err != nil {
			t.Fatalf("SaveCalendarExport(%d) = %v", id, err)
		}
	}
	read := func(id int64) string {
		t.Helper()
		es, err := db.CalendarExport(ctx, id)
		if err != nil {
			t.Fatalf("CalendarExport(%d) = %v", id, err)
		}
		return fmt.Sprint(es)
	}

	t.Run("EachCalendarItsOwn", func(t *testing.T) {
		if got, want := read(0), fmt.Sprint(owners); got != want {
			t.Errorf("owner's calendar = %s, want %s", got, want)
		}
		if got, want := read(mentor.ID), fmt.Sprint(mentors); got != want {
			t.Errorf("mentor's calendar = %s, want %s", got, want)
		}
	})
	t.Run("SaveReplaces", func(t *testing.T) {
		if err := db.SaveCalendarExport(ctx, 0, owners[:1]); err != nil {
			t.Fatal(err)
		}
		if got, want := read(0), fmt.Sprint(owners[:1]); got != want {
			t.Errorf("owner's calendar after saving one entry = %s, want %s", got, want)
		}
	})
	t.Run("GoesWithTheMentor", func(t *testing.T) {
		if _, err := db.ErasePerson(ctx, mentor.ID); err != nil {
			t.Fatal(err)
		}
		if got := read(mentor.ID); got != "[]" {
			t.Errorf("an erased mentor's calendar = %s, want nothing", got)
		}
		if got := read(other.ID); got == "[]" {
			t.Error("erasing one mentor took another's calendar")
		}
	})
	t.Run("UnknownMentor", func(t *testing.T) {
		wantCode(t, db.SaveCalendarExport(ctx, 9999, mentors), talent.ECONFLICT)
	})
}
