package store

import (
	"context"
	"reflect"
	"testing"

	"leadbridge/internal/talent"
)

func TestTraining_RoundTripAndFilter(t *testing.T) {
	db := openTest(t)
	ctx := context.Background()
	std := standard(t, db)
	zoe := addPerson(t, db, "Zoë Ångström")
	li := addPerson(t, db, "李小龍")
	done := talent.Training{PersonID: zoe.ID, Title: " Führung  für Einsteiger ", Provider: "IHK München", Kind: talent.TrainingCourse,
		CompetencyID: std.Competencies[1].ID, PlannedDate: day(t, "2026-03-02"), CompletedDate: day(t, "2026-03-04"),
		Hours: 14.5, CostCents: 89000, Status: talent.TrainingCompleted, Reflection: "I will ask first — 先问 🙂"}
	planned := talent.Training{PersonID: zoe.ID, Title: "Shadow Ελένη", Kind: talent.TrainingShadowing, PlannedDate: day(t, "2026-01-15"), Status: talent.TrainingPlanned}
	undated := talent.Training{PersonID: li.ID, Title: "Read a book", Kind: talent.TrainingReading, Status: talent.TrainingPlanned}
	for _, tr := range []*talent.Training{&done, &planned, &undated} {
		must(t, db.SaveTraining(ctx, tr))
	}
	if done.Title != "Führung für Einsteiger" {
		t.Errorf("Title = %q, want cleaned", done.Title)
	}
	cases := []struct {
		name string
		f    talent.TrainingFilter
		want []talent.Training
	}{
		{"all", talent.TrainingFilter{}, []talent.Training{undated, planned, done}},
		{"one person", talent.TrainingFilter{PersonID: zoe.ID}, []talent.Training{planned, done}},
		{"completed on the last day", talent.TrainingFilter{From: day(t, "2026-03-03"), To: day(t, "2026-03-04")}, []talent.Training{done}},
		{"planned on the first day", talent.TrainingFilter{From: day(t, "2026-01-15"), To: day(t, "2026-01-15")}, []talent.Training{planned}},
		{"from only", talent.TrainingFilter{From: day(t, "2026-02-01")}, []talent.Training{done}},
		{"to only", talent.TrainingFilter{To: day(t, "2026-02-01")}, []talent.Training{planned}},
		{"nothing in range", talent.TrainingFilter{PersonID: li.ID, From: day(t, "2026-01-01")}, nil},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			got, err := db.TrainingLog(ctx, tc.f)
			if err != nil || !reflect.DeepEqual(got, tc.want) {
				t.Errorf("TrainingLog(%+v) = %+v, %v\nwant %+v", tc.f, got, err, tc.want)
			}
		})
	}
	before := tableCounts(t, db)
	bad := done
	bad.Status = talent.TrainingPlanned // with a completion date
	wantCode(t, db.SaveTraining(ctx, &bad), talent.EINVALID)
	bad = done
	bad.CompetencyID = 99999
	wantCode(t, db.SaveTraining(ctx, &bad), talent.ENOTFOUND)
	sameCounts(t, before, tableCounts(t, db))
	must(t, db.DeleteTraining(ctx, done.ID))
	wantCode(t, db.DeleteTraining(ctx, done.ID), talent.ENOTFOUND)
}
