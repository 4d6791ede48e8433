package ui

import (
	"context"
	"testing"

	"fyne.io/fyne/v2/test"

	"leadbridge/internal/talent"
)

func openStandard(a *App) *standardArea {
	a.Show(AreaStandard)
	return a.areaOf(AreaStandard).(*standardArea)
}

func storedStandard(t *testing.T, a *App) talent.Standard {
	t.Helper()
	std, err := a.store.Standard(context.Background())
	mustNoErr(t, err)
	return std
}

func TestStandard_EditAndSave(t *testing.T) {
	a, _ := newTestApp(t)
	s := openStandard(a)
	if !s.save.Disabled() {
		t.Errorf("Save is enabled before any change")
	}
	before := storedStandard(t, a)

	s.name.SetText("Delegieren und loslassen")
	s.rows[0].text.SetText("Übergibt eine Aufgabe mit Ergebnis und Termin 🤝")
	if s.save.Disabled() || s.status.Text != "Unsaved changes." {
		t.Errorf("after editing: save disabled %v, status %q", s.save.Disabled(), s.status.Text)
	}
	test.Tap(s.save)
	wantNoDialog(t, a)

	got := storedStandard(t, a).Competencies[0]
	if got.Name != "Delegieren und loslassen" || got.Behaviours[0].Text != "Übergibt eine Aufgabe mit Ergebnis und Termin 🤝" {
		t.Errorf("stored competency = %+v", got)
	}
	if got.Behaviours[0].ID != before.Competencies[0].Behaviours[0].ID {
		t.Errorf("the behaviour changed ID on rewording; ratings would lose it")
	}
	if !s.save.Disabled() || s.status.Text != "" {
		t.Errorf("after saving: save disabled %v, status %q", s.save.Disabled(), s.status.Text)
	}
}

func TestStandard_InvalidDraft(t *testing.T) {
	for _, tc := range []struct {
		name string
		edit func(s *standardArea)
		want string
	}{
		{"blank behaviour", func(s *standardArea) { s.rows[1].text.SetText("  ") }, "Behaviour is required."},
		{"blank name", func(s *standardArea) { s.name.SetText("") }, "Competency name is required."},
		{"same name twice", func(s *standardArea) { s.name.SetText("making DECISIONS") },
			"Two competencies are called \"Making decisions\"; give each its own name."},
		{"too many behaviours", func(s *standardArea) {
			for range 3 {
				s.onAddBehaviour()
				s.rows[len(s.rows)-1].text.SetText("Does one more thing")
			}
		}, "Delegating and letting go of the technical work has 7 behaviours; give it between 1 and 6."},
	} {
		t.Run(tc.name, func(t *testing.T) {
			a, _ := newTestApp(t)
			s := openStandard(a)
			before := storedStandard(t, a)
			tc.edit(s)
			if s.problem.Text != tc.want || s.problem.Hidden {
				t.Errorf("problem = %q (hidden %v), want %q", s.problem.Text, s.problem.Hidden, tc.want)
			}
			if !s.save.Disabled() {
				t.Errorf("Save is enabled")
			}
			test.Tap(s.save)
			if after := storedStandard(t, a); after.BehaviourCount() != before.BehaviourCount() || after.Competencies[0].Name != before.Competencies[0].Name {
				t.Errorf("the store changed after an invalid draft")
			}
		})
	}
}

func TestStandard_AddReorderRemove(t *testing.T) {
	a, _ := newTestApp(t)
	s := openStandard(a)
	n := len(s.draft.Competencies)

	test.Tap(s.addComp)
	s.name.SetText("Sicherheit zuerst")
	s.rows[0].text.SetText("Stops the line when something is unsafe, and says why")
	test.Tap(s.addBehav)
	s.rows[1].text.SetText("Checks the guard before starting a machine")
	s.moveBehaviour(1, -1)
	test.Tap(s.moveUp)
	test.Tap(s.save)
	wantNoDialog(t, a)

	std := storedStandard(t, a)
	if len(std.Competencies) != n+1 {
		t.Fatalf("%d competencies stored, want %d", len(std.Competencies), n+1)
	}
	c := std.Competencies[n-1] // moved up one place from the end
	if c.Name != "Sicherheit zuerst" || len(c.Behaviours) != 2 || c.Behaviours[0].Text != "Checks the guard before starting a machine" {
		t.Errorf("new competency = %+v", c)
	}

	s.selected = n - 1
	s.showAll()
	test.Tap(s.removeComp)
	test.Tap(s.save)
	wantDialog(t, a, "Saving removes 2 behaviours from the standard:", "“Checks the guard before starting a machine”")
	tapDialogButton(t, a, "Save and remove")
	if got := len(storedStandard(t, a).Competencies); got != n {
		t.Errorf("%d competencies after removal, want %d", got, n)
	}
}

func TestStandard_RatedBehaviourCannotGo(t *testing.T) {
	a, db := newTestApp(t)
	id := addPeople(t, db, "Zoë Ångström")[0]
	std := storedStandard(t, a)
	rated := std.Competencies[0].Behaviours[0]
	as := talent.Assessment{PersonID: id, Date: testNow, RaterName: "Дмитрий Иванов", Relationship: talent.RelPeer,
		Ratings: []talent.BehaviourRating{{BehaviourID: rated.ID, Rating: talent.RatingConsistently}}}
	mustNoErr(t, db.SaveAssessment(context.Background(), &as))
	s := openStandard(a)

	test.Tap(s.rows[0].remove)
	test.Tap(s.save)
	tapDialogButton(t, a, "Save and remove")
	wantDialog(t, a, "is rated in an assessment, so it cannot be removed. Reword it instead, or keep it.")
	tapDialogButton(t, a, "OK")
	if got := storedStandard(t, a).Competencies[0].Behaviours[0].ID; got != rated.ID {
		t.Errorf("the rated behaviour was removed")
	}
	if !s.dirty || len(s.draft.Competencies[0].Behaviours) != 3 {
		t.Errorf("the draft was thrown away after the refusal")
	}

	test.Tap(s.discard)
	if s.dirty || len(s.draft.Competencies[0].Behaviours) != 4 {
		t.Errorf("discard left dirty %v with %d behaviours", s.dirty, len(s.draft.Competencies[0].Behaviours))
	}
}

func TestStandard_UnsavedChangesSurviveSwitching(t *testing.T) {
	a, _ := newTestApp(t)
	s := openStandard(a)
	s.name.SetText("Handing over work")
	a.Show(AreaSettings)
	a.Show(AreaStandard)
	if s.draft.Competencies[0].Name != "Handing over work" || s.name.Text != "Handing over work" {
		t.Errorf("unsaved edit lost on switching areas: %q", s.name.Text)
	}
}

func TestStandard_RestoreDefault(t *testing.T) {
	a, _ := newTestApp(t)
	s := openStandard(a)
	before := storedStandard(t, a)
	s.name.SetText("Renamed")
	s.rows[0].text.SetText("Reworded")
	test.Tap(s.addComp)
	s.name.SetText("Added by us")
	s.rows[0].text.SetText("Does something visible")
	test.Tap(s.save)

	test.Tap(s.restore)
	wantDialog(t, a, "Put back Leadbridge's default leadership standard?")
	tapDialogButton(t, a, "Restore")
	after := storedStandard(t, a)
	def := talent.DefaultStandard()
	if len(after.Competencies) != len(def.Competencies) {
		t.Fatalf("%d competencies after restoring, want %d", len(after.Competencies), len(def.Competencies))
	}
	for i, c := range after.Competencies {
		if c.Name != def.Competencies[i].Name || c.ID != before.Competencies[i].ID {
			t.Errorf("competency %d = %q (ID %d), want %q with ID %d", i, c.Name, c.ID, def.Competencies[i].Name, before.Competencies[i].ID)
		}
	}
	if got := after.Competencies[0].Behaviours[0]; got.Text != def.Competencies[0].Behaviours[0].Text || got.ID != before.Competencies[0].Behaviours[0].ID {
		t.Errorf("first behaviour = %+v, want the default text on the same ID", got)
	}
}
