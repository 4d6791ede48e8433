package store

import (
	"context"
	"reflect"
	"strings"
	"testing"

	"leadbridge/internal/talent"
)

func TestSaveStandard_EditsKeepIDs(t *testing.T) {
	db := openTest(t)
	ctx := context.Background()
	s := standard(t, db)
	kept := s.Competencies[0].Behaviours[0]
	s.Competencies[0].Behaviours[0].Text = "Übergibt eine Aufgabe mit Ergebnis und Termin 🎯"
	s.Competencies[1].Behaviours = s.Competencies[1].Behaviours[:2] // drop unrated behaviours
	s.Competencies = append(s.Competencies[:9], talent.Competency{Name: "Работа с клиентами", Description: "新しい",
		Behaviours: []talent.Behaviour{{Text: "Calls the customer back the same day"}}})
	s.Competencies[0], s.Competencies[2] = s.Competencies[2], s.Competencies[0]
	if err := db.SaveStandard(ctx, &s); err != nil {
		t.Fatalf("SaveStandard() = %v", err)
	}
	got := standard(t, db)
	if !reflect.DeepEqual(got, s) {
		t.Errorf("Standard() =\n%+v\nwant what was saved\n%+v", got, s)
	}
	if b := got.Competencies[2].Behaviours[0]; b.ID != kept.ID || b.Text != "Übergibt eine Aufgabe mit Ergebnis und Termin 🎯" {
		t.Errorf("edited behaviour = %+v, want ID %d kept", b, kept.ID)
	}
	last := got.Competencies[9]
	if last.ID == 0 || last.Position != 10 || last.Behaviours[0].ID == 0 || last.Behaviours[0].CompetencyID != last.ID {
		t.Errorf("new competency = %+v, want IDs and position 10", last)
	}
	if got.BehaviourCount() != 40-2-4+1 {
		t.Errorf("BehaviourCount() = %d, want %d", got.BehaviourCount(), 40-2-4+1)
	}
}

func TestSaveStandard_RefusesRemovingWhatIsUsed(t *testing.T) {
	db := openTest(t)
	ctx := context.Background()
	s := standard(t, db)
	p := addPerson(t, db, "Zoë Ångström")
	rated := s.Competencies[0].Behaviours[1]
	must(t, db.SaveAssessment(ctx, &talent.Assessment{PersonID: p.ID, Date: testNow, Relationship: talent.RelSelf,
		Ratings: []talent.BehaviourRating{{BehaviourID: rated.ID, Rating: talent.RatingSometimes}}}))
	must(t, db.SavePlan(ctx, &talent.Plan{PersonID: p.ID, Start: testNow, Phase: talent.PhasePreparing,
		Goals: []talent.Goal{{CompetencyID: s.Competencies[3].ID, Title: "Listens first", Status: talent.GoalNotStarted}}}))
	before := tableCounts(t, db)

	cases := []struct {
		name, want, code string
		edit             func(s *talent.Standard)
	}{
		{"rated behaviour", `The behaviour "` + rated.Text + `" is rated in an assessment, so it cannot be removed.`, talent.ECONFLICT,
			func(s *talent.Standard) {
				c := &s.Competencies[0]
				c.Behaviours = append(c.Behaviours[:1], c.Behaviours[2:]...)
			}},
		{"competency with a goal", `The competency "` + s.Competencies[3].Name + `" is used by a development goal, so it cannot be removed.`, talent.ECONFLICT,
			func(s *talent.Standard) { s.Competencies = append(s.Competencies[:3], s.Competencies[4:]...) }},
		{"stale behaviour ID", "The leadership standard was changed elsewhere", talent.ENOTFOUND,
			func(s *talent.Standard) { s.Competencies[0].Behaviours[0].ID = 99999 }},
		{"no competencies", "The standard has 0 competencies", talent.EINVALID,
			func(s *talent.Standard) { s.Competencies = nil }},
		{"empty behaviour", "Behaviour is required.", talent.EINVALID,
			func(s *talent.Standard) { s.Competencies[0].Behaviours[0].Text = " " }},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			edit := cloneStandard(standard(t, db))
			tc.edit(&edit)
			err := db.SaveStandard(ctx, &edit)
			wantCode(t, err, tc.code)
			if msg := talent.ErrorMessage(err); !strings.Contains(msg, tc.want) {
				t.Errorf("message = %q, want it to contain %q", msg, tc.want)
			}
		})
	}
	sameCounts(t, before, tableCounts(t, db))
	if got := standard(t, db); !reflect.DeepEqual(got, s) {
		t.Errorf("refused edits changed the standard")
	}
}

func TestBoxLabels(t *testing.T) {
	db := openTest(t)
	ctx := context.Background()
	got, err := db.BoxLabels(ctx)
	if err != nil || !reflect.DeepEqual(got, talent.DefaultBoxLabels()) {
		t.Fatalf("BoxLabels() = %v, %v; want the defaults", got, err)
	}
	box := talent.Box{Performance: talent.PerformanceExceeds, Potential: talent.PotentialLow}
	must(t, db.SaveBoxLabel(ctx, box, talent.BoxLabel{Name: "  Geschätzte  Expertin ", NextStep: "Keep her close 🌟"}))
	got, _ = db.BoxLabels(ctx)
	want := talent.DefaultBoxLabels()
	want[box] = talent.BoxLabel{Name: "Geschätzte Expertin", NextStep: "Keep her close 🌟"}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("BoxLabels() after save = %v, want %v", got, want)
	}
	wantCode(t, db.SaveBoxLabel(ctx, talent.Box{Performance: "great", Potential: talent.PotentialHigh}, talent.BoxLabel{Name: "x"}), talent.EINVALID)
	wantCode(t, db.SaveBoxLabel(ctx, box, talent.BoxLabel{Name: ""}), talent.EINVALID)
	if again, _ := db.BoxLabels(ctx); !reflect.DeepEqual(again, want) {
		t.Errorf("refused labels changed the box labels")
	}
}
