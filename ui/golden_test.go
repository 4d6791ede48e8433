package ui

import (
	"context"
	"testing"

	"fyne.io/fyne/v2/test"

	"leadbridge/internal/talent"
)

// The goldens pin the layout of the first window a user sees. Regenerate them after a
// deliberate change by deleting the master and copying testdata/failed/ over it.

// needTestTag skips a golden test unless it is built with `-tags test`: without the tag,
// text is measured with the machine's own fonts and the layout differs from the masters.
func needTestTag(t *testing.T) {
	t.Helper()
	if !fyneTestTag {
		t.Skip("golden layouts match only with Fyne's own fonts: run go test -tags test")
	}
}

func TestGolden_Home(t *testing.T) {
	needTestTag(t)
	a, db := newTestApp(t)
	sampleBusiness(t, db)
	openHome(t, a)
	test.AssertRendersToMarkup(t, "home.xml", a.win.Canvas())
}

func TestGolden_PersonPage(t *testing.T) {
	needTestTag(t)
	a, db := newTestApp(t)
	people := sampleBusiness(t, db)
	personPageOf(t, a, people["Zoë Ångström"].ID)
	test.AssertRendersToMarkup(t, "person.xml", a.win.Canvas())
}

// The assessment form's golden uses a two-competency standard: the default's 40
// behaviours would repeat the same rows forty times over.
func TestGolden_AssessmentForm(t *testing.T) {
	needTestTag(t)
	a, db := newTestApp(t)
	ctx := context.Background()
	std, err := db.Standard(ctx)
	if err != nil {
		t.Fatalf("Standard() = %v", err)
	}
	std.Competencies = std.Competencies[:2]
	for i := range std.Competencies {
		std.Competencies[i].Behaviours = std.Competencies[i].Behaviours[:2]
	}
	if err := db.SaveStandard(ctx, &std); err != nil {
		t.Fatalf("SaveStandard() = %v", err)
	}
	p := addPerson(t, db, talent.Person{Name: "李小龍", JobTitle: "Engineer"})
	openAssessment(t, a, p.ID)
	test.AssertRendersToMarkup(t, "assessment.xml", a.win.Canvas())
}
