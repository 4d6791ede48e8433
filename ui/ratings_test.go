package ui

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"leadbridge/internal/talent"
)

// TestRatingsTab_GroupFigureNeedsThreeAnswers shows the direct reports' figure on the
// person's page only once three of them have answered.
func TestRatingsTab_GroupFigureNeedsThreeAnswers(t *testing.T) {
	a, db := newTestApp(t)
	ctx := context.Background()
	zoe := addPerson(t, db, talent.Person{Name: "Zoë Ångström"})
	std, err := db.Standard(ctx)
	if err != nil {
		t.Fatal(err)
	}
	answer := func(r talent.Rating) {
		t.Helper()
		a := talent.Assessment{PersonID: zoe.ID, Relationship: talent.RelDirectReport, Date: mustDate(t, "2026-03-10"),
			Round: mustDate(t, "2026-03-02"), Source: talent.SourcePack,
			Ratings: []talent.BehaviourRating{{BehaviourID: std.Competencies[0].Behaviours[0].ID, Rating: r}}}
		if err := db.SaveAssessment(ctx, &a); err != nil {
			t.Fatal(err)
		}
	}
	answer(4)
	answer(2)
	pp := personPageOf(t, a, zoe.ID)
	pp.tabs.SelectIndex(len(pp.tabs.Items) - 1)
	markup := test.RenderToMarkup(a.win.Canvas())
	if strings.Contains(markup, "Direct reports") || strings.Contains(markup, "3.0") {
		t.Error("two direct reports' answers show as a figure")
	}
	if !strings.Contains(pp.ratings.held.Text, "2 anonymous answers from direct reports are held back") {
		t.Errorf("held = %q", pp.ratings.held.Text)
	}
	answer(3)
	pp.refresh()
	markup = test.RenderToMarkup(a.win.Canvas())
	if !strings.Contains(markup, "Direct reports") || !strings.Contains(markup, ">3.0<") {
		t.Errorf("three direct reports' answers do not show as a figure:\n%.2000s", markup)
	}
}

// TestRatings_AskChecksTheRequestBeforeTheFile asks for a manager's ratings: with nobody
// named, the form says so and Enter does not go on to the file; a name typed as names
// are matched everywhere, team and all, is that person, and the pack's file is offered
// under a name every system accepts, though the person's name holds a slash.
func TestRatings_AskChecksTheRequestBeforeTheFile(t *testing.T) {
	t.Setenv("HOME", t.TempDir())
	a, db := newTestApp(t)
	zoe := addPerson(t, db, talent.Person{Name: "Zoë / Ångström"})
	addPerson(t, db, talent.Person{Name: "Jo Berg", Team: "Sales"})
	jo := addPerson(t, db, talent.Person{Name: "Jo Berg", Team: "Workshop"})
	dir := t.TempDir()
	a.usedFile(dir, true)
	test.Tap(personPageOf(t, a, zoe.ID).ratings.askBtn)

	formField[*choice[talent.Relationship]](t, a, "Rater").SetValue(talent.RelManager)
	sentTo := formField[*personOrName](t, a, "Sent to")
	a.win.Canvas().Focus(sentTo)
	press(a, fyne.KeyReturn)
	wantDialog(t, a, "Ask for ratings of Zoë / Ångström")
	if got := formProblem(t, a); got != "Name the manager who will answer this pack." {
		t.Errorf("with no manager named the form says %q", got)
	}
	if !dialogButton(t, a, "Save pack…").Disabled() {
		t.Error("Save pack… is enabled with no manager named")
	}

	sentTo.SetText("jo  berg (WORKSHOP)")
	press(a, fyne.KeyReturn)
	const name = "Ratings for Zoë Ångström - manager.html"
	wantFileName(t, a, name)
	tapDialogButton(t, a, "Save")
	path := filepath.Join(dir, name)
	wantDialog(t, a, "Rating pack saved", path)
	if _, err := os.Stat(path); err != nil {
		t.Errorf("the pack's file: %v", err)
	}
	packs, err := db.RatingPacks(context.Background(), zoe.ID)
	if err != nil || len(packs) != 1 || packs[0].Relationship != talent.RelManager || packs[0].RaterID != jo.ID || packs[0].RaterName != "" {
		t.Errorf("packs on file = %+v, %v; want one for the manager Jo Berg of Workshop (%d)", packs, err, jo.ID)
	}
}

// TestRatings_PackFileNameFitsEverySystem asks for a pack for people whose names hold
// a slash or are as long as a name may be: the file is offered under a name with no
// character a system refuses, within the length file systems allow.
func TestRatings_PackFileNameFitsEverySystem(t *testing.T) {
	for _, tc := range []struct{ case_, name, want string }{
		{"slash", "Zoë / Ångström", "Ratings for Zoë Ångström - direct report.html"},
		{"longest", strings.TrimSpace(strings.Repeat("Дмитрий ", 25)), "Ratings for Дмитрий Дмитрий"},
	} {
		t.Run(tc.case_, func(t *testing.T) {
			t.Setenv("HOME", t.TempDir())
			a, db := newTestApp(t)
			p := addPerson(t, db, talent.Person{Name: tc.name})
			test.Tap(personPageOf(t, a, p.ID).ratings.askBtn)
			a.win.Canvas().Unfocus()
			press(a, fyne.KeyReturn)
			var offered string
			walkObjects(a.win.Canvas().Overlays().Top(), func(o fyne.CanvasObject) {
				if e, ok := o.(*widget.Entry); ok && strings.HasSuffix(e.Text, ".html") {
					offered = e.Text
				}
			})
			if !strings.HasPrefix(offered, strings.TrimSuffix(tc.want, ".html")) || !strings.HasSuffix(offered, " - direct report.html") ||
				strings.ContainsAny(offered, `/\:*?"<>|`) || len(offered) > 255 {
				t.Errorf("the pack is offered as %q (%d bytes)", offered, len(offered))
			}
		})
	}
}
