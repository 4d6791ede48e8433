package ratings_test

import (
	"context"
	"path/filepath"
	"strings"
	"testing"

	"leadbridge/internal/subject"
	"leadbridge/internal/talent"
)

// TestAnonymity_SubjectExport: with two direct reports' answers, no figure of theirs,
// nor their answers, is in the subject-access export's JSON or CSV files; with three,
// their figure is.
func TestAnonymity_SubjectExport(t *testing.T) {
	w := openWorld(t)
	ctx := context.Background()
	b := w.std.Competencies[0].Behaviours[0].ID
	answer := func(evidence string) {
		t.Helper()
		a := talent.Assessment{PersonID: w.zoe.ID, Relationship: talent.RelDirectReport, Date: today, Round: today.AddDate(0, 0, -3),
			Source: talent.SourcePack, Ratings: []talent.BehaviourRating{{BehaviourID: b, Rating: 3, Evidence: evidence}}}
		must(t, w.db.SaveAssessment(ctx, &a))
	}
	export := func() string {
		t.Helper()
		d, err := w.db.PersonData(ctx, w.zoe.ID)
		must(t, err)
		res, err := subject.Write(w.db.Path(), filepath.Join(t.TempDir(), "export"), d, today)
		must(t, err)
		var all strings.Builder
		for _, f := range res.Files {
			all.Write(readFile(t, filepath.Join(res.Folder, f)))
		}
		return all.String()
	}
	answer("first answer's words")
	answer("second answer's words")
	got := export()
	for _, bad := range []string{"Direct reports", "direct-report", "first answer's words", "second answer's words"} {
		if strings.Contains(got, bad) {
			t.Errorf("with two direct reports' answers the export holds %q", bad)
		}
	}
	answer("third answer's words")
	got = export()
	if !strings.Contains(got, "Direct reports, round of 2026-11-18 (3 answers)") {
		t.Error("with three direct reports' answers the export has no figure of theirs")
	}
	if strings.Contains(got, "third answer's words") {
		t.Error("an anonymous answer's own words are in the export")
	}
}
