package ui

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"leadbridge/internal/talent"
)

// TestPlan_GoalDetail fills a goal's success measure, support and obstacle in the goal
// form, finds them stored, and sees them in the form when the goal is edited again.
func TestPlan_GoalDetail(t *testing.T) {
	a, db := newTestApp(t)
	id := addPeople(t, db, "Zoë Ångström")[0]
	comp := firstCompetency(t, a)
	savePlanFor(t, a, id, talent.Goal{Title: "Runs the Monday meeting", CompetencyID: comp.ID, Status: talent.GoalInProgress})
	p := showPlanPanel(a, id)

	test.Tap(p.goalRows[0].edit)
	for label, hint := range map[string]string{
		"Success measure": "How will you both know it worked?",
		"Support needed":  "What help, time or budget does it need?",
		"Likely obstacle": "What is most likely to get in the way?",
	} {
		if e, got := formEntry(t, a, label), formHint(a, label); !e.MultiLine || got != hint {
			t.Errorf("%s: multi-line %v, hint %q; want a multi-line entry with the hint %q", label, e.MultiLine, got, hint)
		}
	}
	test.Type(formEntry(t, a, "Success measure"), "The team runs it without her\nfor a month")
	test.Type(formEntry(t, a, "Support needed"), "Half an hour with Дмитрий before each one")
	test.Type(formEntry(t, a, "Likely obstacle"), "The May rush 🚚")
	tapDialogButton(t, a, "Save goal")
	wantNoDialog(t, a)

	g := storedPlan(t, a, id).Goals[0]
	if g.Measure != "The team runs it without her\nfor a month" || g.Support != "Half an hour with Дмитрий before each one" || g.Obstacle != "The May rush 🚚" {
		t.Fatalf("stored detail = %q, %q, %q", g.Measure, g.Support, g.Obstacle)
	}

	test.Tap(p.goalRows[0].edit)
	if got := formEntry(t, a, "Likely obstacle").Text; got != "The May rush 🚚" {
		t.Errorf("obstacle shown when editing = %q, want the stored one", got)
	}
	obstacle, save := formEntry(t, a, "Likely obstacle"), dialogButton(t, a, "Save goal")
	obstacle.SetText(strings.Repeat("ø", talent.MaxLineLen+1))
	if got, want := formProblem(t, a), "Likely obstacle is 501 characters long; the limit is 500."; got != want || !save.Disabled() {
		t.Errorf("problem = %q (save disabled %v), want %q and Save disabled", got, save.Disabled(), want)
	}
	tapDialogButton(t, a, "Cancel")
	if got := storedPlan(t, a, id).Goals[0].Obstacle; got != "The May rush 🚚" {
		t.Errorf("obstacle after cancelled edit = %q", got)
	}
}

// formHint is the hint under the item labelled label in the form in front.
func formHint(a *App, label string) string {
	hint := ""
	walkObjects(a.win.Canvas().Overlays().Top(), func(o fyne.CanvasObject) {
		if f, ok := o.(*widget.Form); ok {
			for _, it := range f.Items {
				if it.Text == label {
					hint = it.HintText
				}
			}
		}
	})
	return hint
}
