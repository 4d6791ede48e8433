package ui

import (
	"fmt"
	"testing"

	"fyne.io/fyne/v2"

	"leadbridge/internal/talent"
)

// TestAssessmentForm_GroupsBehavioursWithProgress rates behaviours: they are grouped by
// competency, each group closes and opens, and the counts of rated behaviours, in all
// beside Save and in each group's heading, follow the ratings.
func TestAssessmentForm_GroupsBehavioursWithProgress(t *testing.T) {
	a, db := newTestApp(t)
	p := addPerson(t, db, talent.Person{Name: "Zoë Ångström"})
	f := openAssessment(t, a, p.ID)
	total := 0
	for _, c := range f.std.Competencies {
		total += len(c.Behaviours)
	}
	if len(f.groups.Items) != len(f.std.Competencies) {
		t.Fatalf("%d groups for %d competencies", len(f.groups.Items), len(f.std.Competencies))
	}
	if want := fmt.Sprintf("0 of %d rated", total); f.progress.Text != want {
		t.Errorf("a new assessment shows %q, want %q", f.progress.Text, want)
	}
	if !f.groups.Items[0].Open || f.groups.Items[1].Open {
		t.Errorf("open groups: first %v, second %v; want the first alone", f.groups.Items[0].Open, f.groups.Items[1].Open)
	}

	second := f.std.Competencies[1]
	f.ratings[second.Behaviours[0].ID].SetSelected(talent.Rating(3).Label())
	rateAll(f, 1, talent.Rating(2))
	done := len(f.std.Competencies[0].Behaviours) + 1
	if want := fmt.Sprintf("%d of %d rated", done, total); f.progress.Text != want {
		t.Errorf("after rating, the form shows %q, want %q", f.progress.Text, want)
	}
	if want := fmt.Sprintf("%s · 1 of %d rated", second.Name, len(second.Behaviours)); f.groups.Items[1].Title != want {
		t.Errorf("the second group is headed %q, want %q", f.groups.Items[1].Title, want)
	}
	f.ratings[second.Behaviours[0].ID].SetSelected(talent.RatingNoEvidence.Label())
	if want := fmt.Sprintf("%d of %d rated", done-1, total); f.progress.Text != want {
		t.Errorf("with No evidence yet, the form shows %q, want %q: it is not a rating", f.progress.Text, want)
	}
	f.groups.Close(0)
	f.groups.Open(1)
	if f.groups.Items[0].Open || !f.groups.Items[1].Open {
		t.Error("the groups do not close and open")
	}
	wantShown(t, f.view(), f.progress.Text, "Save as complete")
	for _, b := range []fyne.CanvasObject{f.saveBtn, f.draftBtn, f.progress} {
		if inScroll(f.view(), b) {
			t.Errorf("%T scrolls with the form; want it always in view", b)
		}
	}
}

// inScroll reports whether o is inside a scroll within root.
func inScroll(root, o fyne.CanvasObject) bool {
	found := false
	walkObjects(root, func(s fyne.CanvasObject) {
		if _, ok := s.(interface{ ScrollToTop() }); ok {
			walkObjects(s, func(x fyne.CanvasObject) { found = found || x == o })
		}
	})
	return found
}

// TestAssessmentForm_StartsFromTheProfileAndTheOwner starts an assessment of a person
// whose profile records their aspiration: it starts there. The owner's name, given once,
// is offered again as the rater of the next owner's assessment.
func TestAssessmentForm_StartsFromTheProfileAndTheOwner(t *testing.T) {
	a, db := newTestApp(t)
	p := addPerson(t, db, talent.Person{Name: "Zoë Ångström", Aspiration: talent.AspirationYes})
	q := addPerson(t, db, talent.Person{Name: "Дмитрий Иванов"})
	f := openAssessment(t, a, p.ID)
	if got := f.aspiration.Value(); got != talent.AspirationYes {
		t.Errorf("aspiration starts at %q, want the profile's %q", got, talent.AspirationYes)
	}
	if f.problem.Visible() {
		t.Errorf("a new assessment says %q before anything changed", f.problem.Text)
	}
	f.relationship.SetValue(talent.RelOwner)
	f.rater.SetText("Şule Öztürk")
	rateAll(f, len(f.std.Competencies), talent.Rating(3))
	if f.saveBtn.Disabled() {
		t.Fatalf("the owner's assessment cannot be saved: %s", f.problem.Text)
	}
	f.saveBtn.OnTapped()

	g := openAssessment(t, a, q.ID)
	if g.rater.Text != "" {
		t.Errorf("before the relationship is chosen the rater is %q, want none", g.rater.Text)
	}
	g.relationship.SetValue(talent.RelOwner)
	if g.rater.Text != "Şule Öztürk" {
		t.Errorf("the owner's next assessment names %q as rater, want the owner remembered", g.rater.Text)
	}
	g.relationship.SetValue(talent.RelPeer)
	g.rater.SetText("")
	g.relationship.SetValue(talent.RelOwner)
	if g.rater.Text != "Şule Öztürk" {
		t.Errorf("choosing Owner again names %q, want the owner", g.rater.Text)
	}
}
