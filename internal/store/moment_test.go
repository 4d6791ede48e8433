package store

import (
	"context"
	"reflect"
	"testing"

	"leadbridge/internal/talent"
)

func TestMoment_RoundTrip(t *testing.T) {
	db := openTest(t)
	ctx := context.Background()
	std := standard(t, db)
	zoe := addPerson(t, db, "Zoë Ångström")
	m := addPerson(t, db, "محمد")
	first := talent.Moment{PersonID: zoe.ID, Date: day(t, "2026-02-01"), ObserverID: m.ID, CompetencyID: std.Competencies[0].ID,
		Positive: true, Text: "  Handed the release to Дмитрий  and stayed out 🙌 "}
	second := talent.Moment{PersonID: zoe.ID, Date: day(t, "2026-02-05"), ObserverName: "Kunde Åsa", Derailer: talent.DerailerNarrow,
		Text: "Only spoke about the machine"}
	third := talent.Moment{PersonID: m.ID, Date: day(t, "2026-02-05"), ObserverID: zoe.ID, CompetencyID: std.Competencies[2].ID, Text: "Listened"}
	for _, x := range []*talent.Moment{&first, &second, &third} {
		must(t, db.SaveMoment(ctx, x))
	}
	if first.Text != "Handed the release to Дмитрий and stayed out 🙌" {
		t.Errorf("Text = %q, want cleaned", first.Text)
	}
	got, err := db.Moments(ctx, zoe.ID)
	if err != nil || !reflect.DeepEqual(got, []talent.Moment{second, first}) {
		t.Errorf("Moments(zoe) = %+v, %v", got, err)
	}
	all, _ := db.Moments(ctx, 0)
	if len(all) != 3 || all[0].ID != third.ID || all[1].ID != second.ID {
		t.Errorf("Moments(0) = %+v, want newest first, ties by later entry", all)
	}
	before := tableCounts(t, db)
	for _, bad := range []talent.Moment{
		{PersonID: zoe.ID, Date: testNow, CompetencyID: std.Competencies[0].ID, Derailer: talent.DerailerTeam, Text: "both"},
		{PersonID: zoe.ID, Date: testNow, Text: "neither"},
		{PersonID: zoe.ID, Date: testNow, Derailer: talent.DerailerTeam, Text: string(make([]rune, 300))},
		{PersonID: 4242, Date: testNow, Derailer: talent.DerailerTeam, Text: "gone"},
	} {
		if err := db.SaveMoment(ctx, &bad); err == nil {
			t.Errorf("SaveMoment(%+v) succeeded", bad)
		}
	}
	sameCounts(t, before, tableCounts(t, db))
	must(t, db.DeleteMoment(ctx, first.ID))
	wantCode(t, db.DeleteMoment(ctx, first.ID), talent.ENOTFOUND)
}
