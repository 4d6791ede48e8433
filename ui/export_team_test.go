package ui

import (
	"path/filepath"
	"strings"
	"testing"

	"leadbridge/internal/report"
)

// TestExport_TeamViewNeedsThreeAnswers prints the plan and the summary from the app:
// with two direct reports' answers neither holds a figure of theirs; with three both do.
func TestExport_TeamViewNeedsThreeAnswers(t *testing.T) {
	a, db := newTestApp(t)
	zoe, answer := rateTeamLead(t, db)
	personPageOf(t, a, zoe.ID)
	export := func() (plan, summary string) {
		t.Helper()
		dir := t.TempDir()
		a.runExport(a.planExport(zoe.ID, report.Mentor, filepath.Join(dir, "plan.pdf")))
		tapDialogButton(t, a, "Close")
		a.runExport(a.successionExport(filepath.Join(dir, "summary.pdf")))
		tapDialogButton(t, a, "Close")
		return pdfText(t, filepath.Join(dir, "plan.pdf")), pdfText(t, filepath.Join(dir, "summary.pdf"))
	}
	answer()
	answer()
	plan, summary := export()
	for _, text := range []string{plan, summary} {
		for _, bad := range []string{"Direct reports, round of", "Team rates", "4.0", "Seen by their teams"} {
			if strings.Contains(text, bad) {
				t.Errorf("with two direct reports' answers a document holds %q", bad)
			}
		}
	}
	answer()
	plan, summary = export()
	for text, want := range map[string]string{
		plan:    "Direct reports, round of 2026-03-02 (3 answers), answered 2026-03-09. Their manager's assessment of 2026-01-15.",
		summary: "Delegating and letting go of the technical work: team 4.0, manager 2.0",
	} {
		if !strings.Contains(text, want) {
			t.Errorf("with three direct reports' answers a document does not hold %q; it reads:\n%s", want, text)
		}
	}
}
