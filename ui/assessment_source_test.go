package ui

import (
	"context"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"leadbridge/internal/talent"
)

// TestAssessment_PaperFormFromManager types in a manager's printed form: it is stored
// with its source, which the history and the reopened form show as "Paper form".
func TestAssessment_PaperFormFromManager(t *testing.T) {
	a, db := newTestApp(t)
	ctx := context.Background()
	p := addPerson(t, db, talent.Person{Name: "Zoë Ångström"})
	f := openAssessment(t, a, p.ID)
	if f.source.Selected != "Typed in" || !f.round.Disabled() {
		t.Errorf("a new assessment starts %q with the round open to type: want Typed in, no round", f.source.Selected)
	}
	f.relationship.SetValue(talent.RelManager)
	typeInto(a, f.rater, "Ана Внешняя")
	press(a, fyne.KeyReturn)
	f.source.SetValue(talent.SourcePaper)
	if !f.round.Disabled() || f.rater.Disabled() || f.draftBtn.Disabled() {
		t.Error("a manager's paper form asks for a round, or no rater, or cannot be a draft")
	}
	rateAll(f, 2, talent.RatingConsistently)
	test.Tap(f.saveBtn)
	as, err := db.Assessments(ctx, p.ID)
	if err != nil || len(as) != 1 {
		t.Fatalf("Assessments() = %d, %v; want the paper form", len(as), err)
	}
	if got := as[0]; got.Source != talent.SourcePaper || got.Anonymous() || got.RaterName != "Ана Внешняя" || got.Draft {
		t.Errorf("stored %+v, want a complete paper form named for its rater", got)
	}
	pp := personPageOf(t, a, p.ID)
	wantShown(t, pp.history.view(), "2026-03-16 · Manager: Ана Внешняя · Paper form")
	test.Tap(findButton(t, pp.history.view(), "Open"))
	reopened := a.people().page.(*assessmentForm)
	if reopened.source.Selected != "Paper form" {
		t.Errorf("the reopened form says the source is %q, want Paper form", reopened.source.Selected)
	}
}

// TestAssessment_AnonymousPaperForm types in a direct report's printed form: it names
// no rater, takes the round of the packs it answers (offered from the latest one made),
// checks it, and is saved complete as an anonymous answer held back with the others.
func TestAssessment_AnonymousPaperForm(t *testing.T) {
	a, db := newTestApp(t)
	ctx := context.Background()
	p := addPerson(t, db, talent.Person{Name: "Zoë Ångström"})
	std, err := db.Standard(ctx)
	if err != nil {
		t.Fatal(err)
	}
	for _, made := range []string{"2026-01-05", "2026-03-02"} {
		pack := talent.RatingPack{Code: "CODE" + made, PersonID: p.ID, Relationship: talent.RelDirectReport,
			Behaviours: []int64{std.Competencies[0].Behaviours[0].ID}, Made: mustDate(t, made), Expires: mustDate(t, made).AddDate(0, 0, 30)}
		if err := db.SavePack(ctx, &pack); err != nil {
			t.Fatal(err)
		}
	}
	f := openAssessment(t, a, p.ID)
	f.relationship.SetValue(talent.RelDirectReport)
	typeInto(a, f.rater, "Ана Внешняя")
	press(a, fyne.KeyReturn)
	f.source.SetValue(talent.SourcePaper)
	if f.rater.Text != "" || !f.rater.Disabled() || f.round.Disabled() || f.round.Text != "2026-03-02" {
		t.Errorf("rater %q (disabled %v), round %q (disabled %v); want no rater and the latest round offered",
			f.rater.Text, f.rater.Disabled(), f.round.Text, f.round.Disabled())
	}
	rateAll(f, 1, talent.RatingRoleModel)
	for _, tc := range []struct{ round, problem string }{
		{"", "A paper form from a peer or direct report is anonymous: enter the day its round of rating packs was made."},
		{"2026-03-20", "The assessment date (2026-03-16) is before its round of rating packs (2026-03-20)."},
		{"2026-13-01", "not a date"},
	} {
		f.round.SetText(tc.round)
		if !f.saveBtn.Disabled() || !strings.Contains(f.problem.Text, tc.problem) {
			t.Errorf("round %q: save disabled %v, problem %q; want it refused with %q", tc.round, f.saveBtn.Disabled(), f.problem.Text, tc.problem)
		}
	}
	f.round.SetText("2026-03-02")
	if f.saveBtn.Disabled() || !f.draftBtn.Disabled() {
		t.Fatalf("an anonymous paper form: save disabled %v, draft disabled %v; want complete only (%s)", f.saveBtn.Disabled(), f.draftBtn.Disabled(), f.problem.Text)
	}
	f.save() // Ctrl+S keeps a new form a draft, which an anonymous answer cannot be
	if f.base.ID != 0 {
		t.Fatalf("Ctrl+S saved an anonymous paper form: %+v", f.base)
	}
	if f.problem.Hidden || !strings.Contains(f.problem.Text, "press Save as complete") {
		t.Errorf("after Ctrl+S on an anonymous paper form the form says %q (shown %v); want what to press", f.problem.Text, !f.problem.Hidden)
	}
	test.Tap(f.saveBtn)
	got, err := db.Assessment(ctx, f.base.ID)
	if err != nil {
		t.Fatalf("Assessment(%d) = %v", f.base.ID, err)
	}
	if got.Source != talent.SourcePaper || talent.FormatDate(got.Round) != "2026-03-02" || got.RaterID != 0 || got.RaterName != "" || got.Draft {
		t.Errorf("stored %+v, want a complete anonymous paper form of the round of 2026-03-02", got)
	}
	if as, _ := db.Assessments(ctx, p.ID); len(as) != 0 {
		t.Errorf("the anonymous answer is listed as an assessment of its own: %+v", as)
	}
	vs, err := db.Views(ctx, p.ID)
	if err != nil || len(vs.Held) != 1 || !strings.Contains(vs.Held[0], "One anonymous answer from direct reports is held back") {
		t.Errorf("Views() = %+v, %v; want the answer held back", vs, err)
	}

	f.source.SetValue(talent.SourceTyped)
	if f.rater.Disabled() || !f.round.Disabled() || f.round.Text != "" {
		t.Error("back to typed in, the form still asks for a round and no rater")
	}
}
