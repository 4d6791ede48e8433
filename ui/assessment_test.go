package ui

import (
	"context"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"leadbridge/internal/talent"
)

// openAssessment starts a new assessment from the person's page.
func openAssessment(t *testing.T, a *App, personID int64) *assessmentForm {
	t.Helper()
	pp := personPageOf(t, a, personID)
	test.Tap(pp.assessBtn)
	f, ok := a.people().page.(*assessmentForm)
	if !ok || !f.built {
		t.Fatalf("New assessment shows %T, want the assessment form", a.people().page)
	}
	return f
}

// rateAll gives every behaviour of the first n competencies the rating r.
func rateAll(f *assessmentForm, n int, r talent.Rating) {
	for _, c := range f.std.Competencies[:n] {
		for _, b := range c.Behaviours {
			f.ratings[b.ID].SetSelected(r.Label())
		}
	}
}

func TestAssessment_StartsEmptyAndChecksInput(t *testing.T) {
	a, db := newTestApp(t)
	p := addPerson(t, db, talent.Person{Name: "Zoë Ångström"})
	f := openAssessment(t, a, p.ID)

	if got := f.date.Text; got != "2026-03-16" {
		t.Errorf("date starts at %q, want today", got)
	}
	for id, r := range f.ratings {
		if r.Selected != "No evidence yet" {
			t.Fatalf("behaviour %d starts at %q, want No evidence yet", id, r.Selected)
		}
	}
	wantShown(t, f.view(), "Choose how the rater knows the person")
	if !f.saveBtn.Disabled() || !f.draftBtn.Disabled() {
		t.Errorf("saving is allowed before the relationship is chosen")
	}
	f.relationship.SetValue(talent.RelPeer)
	wantShown(t, f.view(), "Name the rater.")
	typeInto(a, f.rater, "Ана Внешняя")
	press(a, fyne.KeyReturn) // nobody on file matches: the name typed stays
	dm := talent.DerailerTeam
	f.derailers[dm].SetValue(talent.ConcernConcern)
	wantShown(t, f.view(), "Say what was seen that makes \"Failure to build and lead a team\" a concern.")
	if !f.saveBtn.Disabled() {
		t.Errorf("Save as complete is enabled with a concern and no evidence")
	}
	typeInto(a, f.derailerNote[dm], "Took back the release plan twice.")
	if f.saveBtn.Disabled() || f.draftBtn.Disabled() {
		t.Fatalf("saving is blocked on a valid assessment: %q", f.problem.Text)
	}
	f.date.SetText("2026-02-30")
	if !f.saveBtn.Disabled() {
		t.Errorf("Save as complete is enabled with the date 2026-02-30")
	}
	if as, _ := db.Assessments(context.Background(), p.ID); len(as) != 0 {
		t.Errorf("%d assessments stored before any save", len(as))
	}
}

func TestAssessment_DraftThenComplete(t *testing.T) {
	a, db := newTestApp(t)
	ctx := context.Background()
	owner := addPerson(t, db, talent.Person{Name: "Дмитрий Иванов"})
	p := addPerson(t, db, talent.Person{Name: "Zoë Ångström"})
	rate(t, db, talent.Assessment{PersonID: p.ID, Date: mustDate(t, "2026-01-05"), RaterID: p.ID, Relationship: talent.RelSelf}, 10, talent.RatingRoleModel)
	f := openAssessment(t, a, p.ID)

	f.relationship.SetValue(talent.RelManager)
	f.rater.SetText("Дмитрий Иванов")
	rateAll(f, 2, talent.RatingConsistently)
	first := f.std.Competencies[0].Behaviours[0].ID
	typeInto(a, f.evidence[first], "Handed the audit to Sam with a clear deadline 👍")
	test.Tap(f.draftBtn)
	as, err := db.Assessments(ctx, p.ID)
	if err != nil || len(as) != 2 {
		t.Fatalf("Assessments() = %d, %v, want the self-assessment and the draft", len(as), err)
	}
	draft := as[1]
	if !draft.Draft || draft.RaterID != owner.ID || len(draft.Ratings) != 8 || draft.Rating(first) != talent.RatingConsistently {
		t.Errorf("stored draft %+v, want a draft by Дмитрий with 8 ratings", draft)
	}
	wantShown(t, f.view(), "Saved as a draft. Drafts do not count towards potential", "Not assessed yet")

	rateAll(f, 10, talent.RatingRoleModel)
	f.performance.SetValue(talent.PerformanceExceeds)
	f.aspiration.SetValue(talent.AspirationNo)
	f.agility.SetValue(talent.LevelHigh)
	test.Tap(f.saveBtn)
	as, _ = db.Assessments(ctx, p.ID)
	if len(as) != 2 || as[1].ID != draft.ID || as[1].Draft || len(as[1].Ratings) != 40 {
		t.Fatalf("after completing, stored %d assessments (last draft=%v, %d ratings), want the draft completed with 40", len(as), as[len(as)-1].Draft, len(as[len(as)-1].Ratings))
	}
	wantShown(t, f.view(), "Saved as complete.",
		"Moderate: behaviours average 4.0 across 40 of 40 rated; does not want to lead (one step lower); learns fast.",
		"9-box: Strong performer (Exceeds expectations, Moderate potential).",
		"Self-assessment against others: in line on every competency, within half a point.")
	if f.dirty {
		t.Errorf("the form counts as unsaved after saving")
	}
	test.Tap(f.backBtn)
	pp, ok := a.people().page.(*personPage)
	if !ok {
		t.Fatalf("Back shows %T, want the person's page", a.people().page)
	}
	wantShown(t, pp.view(), "Moderate: behaviours average 4.0")
}

func TestAssessment_SelfAndEditing(t *testing.T) {
	a, db := newTestApp(t)
	p := addPerson(t, db, talent.Person{Name: "Ελένη Παπαδοπούλου"})
	f := openAssessment(t, a, p.ID)
	f.relationship.SetValue(talent.RelSelf)
	if !f.rater.Disabled() || f.rater.Text != "Ελένη Παπαδοπούλου" {
		t.Errorf("a self-assessment shows rater %q (disabled %v), want the person, fixed", f.rater.Text, f.rater.Disabled())
	}
	rateAll(f, 1, talent.RatingSometimes)
	f.save() // Ctrl+S keeps a new assessment a draft
	as, _ := db.Assessments(context.Background(), p.ID)
	if len(as) != 1 || !as[0].Draft || as[0].RaterID != p.ID || as[0].Relationship != talent.RelSelf {
		t.Fatalf("stored %+v, want one self-assessment draft", as)
	}

	pp := personPageOf(t, a, p.ID)
	wantShown(t, pp.history.view(), "2026-03-16 · Self: Ελένη Παπαδοπούλου · 1 of 10 competencies scored · Draft")
	test.Tap(findButton(t, pp.history.view(), "Open"))
	g := a.people().page.(*assessmentForm)
	b := g.std.Competencies[0].Behaviours[0].ID
	if got := g.ratings[b].Selected; got != "2 Sometimes" {
		t.Errorf("reopened draft shows %q, want the stored 2 Sometimes", got)
	}
	g.notes.SetText("Spoke about it at the one-to-one.")
	test.Tap(g.backBtn)
	wantDialog(t, a, "Leave without saving?")
	tapDialogButton(t, a, "Cancel")
	if a.people().page != g {
		t.Errorf("Cancel left the assessment form")
	}
}

func TestAssessment_NotesTooLong(t *testing.T) {
	a, db := newTestApp(t)
	p := addPerson(t, db, talent.Person{Name: "李小龍"})
	f := openAssessment(t, a, p.ID)
	f.relationship.SetValue(talent.RelSelf)
	f.notes.SetText(strings.Repeat("é", talent.MaxNoteLen+1))
	if !f.draftBtn.Disabled() {
		t.Errorf("Save as draft is enabled with notes over the limit")
	}
	wantShown(t, f.view(), "Notes is 20001 characters long; the limit is 20000.")
}

func TestAssessment_GapSummary(t *testing.T) {
	std := talent.DefaultStandard()
	for i := range std.Competencies {
		std.Competencies[i].ID = int64(i + 1)
	}
	for _, tc := range []struct {
		name string
		gaps []talent.SelfGap
		want string
	}{
		{"none", nil, ""},
		{"in line", []talent.SelfGap{{CompetencyID: 1, Gap: 0.4}, {CompetencyID: 2, Gap: -0.4}},
			"Self-assessment against others: in line on every competency, within half a point."},
		{"both ways", []talent.SelfGap{{CompetencyID: 1, Gap: 1}, {CompetencyID: 2, Gap: 0.2}, {CompetencyID: 4, Gap: -0.75}},
			"Self-assessment against others: rates self higher on Delegating and letting go of the technical work (+1.0); lower on Building trust (−0.8)."},
		{"lower only", []talent.SelfGap{{CompetencyID: 3, Gap: -0.5}},
			"Self-assessment against others: rates self lower on Communicating and listening (−0.5)."},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := gapSummary(std, tc.gaps); got != tc.want {
				t.Errorf("gapSummary() = %q, want %q", got, tc.want)
			}
		})
	}
}
