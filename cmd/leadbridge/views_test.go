package main

import (
	"encoding/csv"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// TestExports_TeamViewNeedsThreeAnswers answers rating packs about a team lead, from
// their manager and then their direct reports, and reads every export: with two direct
// reports' answers, no figure of theirs is in the plan, the summary, or the personal-data
// export's JSON and CSV files, nor are their answers; with three, the figure is in each.
func TestExports_TeamViewNeedsThreeAnswers(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "leadbridge.db")
	staff := filepath.Join(dir, "staff.csv")
	if err := os.WriteFile(staff, []byte("Name,Job title,Team,Reports to\nEleni Papa,Owner,,\nZoë Ångström,Team lead,Assembly,Eleni Papa\n"+
		"Ana Sol,Fitter,Assembly,Zoë Ångström\nDmitri Ivanov,Fitter,Assembly,Zoë Ångström\nLi Wei,Fitter,Assembly,Zoë Ångström\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	leadbridge(t, "import", "staff", "--db", db, staff).expect(t, 0, "Imported 5 people")
	answer := func(kind, rater string, rating int, evidence string) {
		t.Helper()
		pack, response := filepath.Join(dir, rater+".html"), filepath.Join(dir, rater+".json")
		leadbridge(t, "ratings", "pack", "--db", db, "--person", "Zoë Ångström", "--kind", kind, "--rater", rater, "--out", pack).expect(t, 0, "")
		answerPack(t, pack, response, rating, evidence)
		leadbridge(t, "ratings", "import", "--db", db, response).expect(t, 0, "Took in ratings of Zoë Ångström by ")
	}
	// exports returns the text of the mentor's plan, the succession summary and every
	// file of the personal-data export, and the rows of its rating figures.
	exports := func() (plan, summary, data string, figures [][]string) {
		t.Helper()
		out := t.TempDir()
		leadbridge(t, "export", "plan", "--db", db, "--person", "Zoë Ångström", "--out", filepath.Join(out, "plan.pdf")).expect(t, 0, "")
		leadbridge(t, "export", "succession", "--db", db, "--out", filepath.Join(out, "summary.pdf")).expect(t, 0, "")
		folder := filepath.Join(out, "data")
		leadbridge(t, "export", "person", "--db", db, "--person", "Zoë Ångström", "--out", folder).expect(t, 0, "")
		var files strings.Builder
		err := filepath.WalkDir(folder, func(path string, d fs.DirEntry, err error) error {
			if err == nil && !d.IsDir() {
				files.WriteString(readFile(t, path))
			}
			return err
		})
		if err != nil {
			t.Fatal(err)
		}
		figures, err = csv.NewReader(strings.NewReader(strings.TrimPrefix(readFile(t, filepath.Join(folder, "rating_figures.csv")), "\ufeff"))).ReadAll()
		if err != nil {
			t.Fatalf("rating_figures.csv: %v", err)
		}
		return readingOrder(t, filepath.Join(out, "plan.pdf")), readingOrder(t, filepath.Join(out, "summary.pdf")), files.String(), figures[1:]
	}
	// shown lists the figures and the scores of the first competency, one a line.
	shown := func(figures [][]string) string {
		var lines []string
		for _, r := range figures { // figure, answers, dates, competency, score
			if r[3] == "Delegating and letting go of the technical work" {
				lines = append(lines, r[0]+": "+r[4])
			}
		}
		return strings.Join(lines, "\n")
	}

	answer("manager", "Eleni Papa", 2, "Seen at the planning meeting")
	answer("direct-report", "Ana Sol", 4, "First answer's own words")
	answer("direct-report", "Dmitri Ivanov", 4, "Second answer's own words")
	plan, summary, data, figures := exports()
	for name, text := range map[string]string{"plan": plan, "summary": summary} {
		for _, bad := range []string{"Direct reports, round of", "Team rates", "Seen by their teams", "4.0", "own words"} {
			if strings.Contains(text, bad) {
				t.Errorf("with two direct reports' answers the %s holds %q", name, bad)
			}
		}
	}
	for _, bad := range []string{"Direct reports", "own words"} {
		if strings.Contains(data, bad) {
			t.Errorf("with two direct reports' answers the personal-data export holds %q", bad)
		}
	}
	if got := shown(figures); !regexp.MustCompile(`^Manager \([-0-9]+\): 2\.00\nOthers \(combined\): 2\.00$`).MatchString(got) {
		t.Errorf("with two direct reports' answers the exported figures are:\n%s\nwant the manager's alone, and as others", got)
	}

	answer("direct-report", "Li Wei", 4, "Third answer's own words")
	plan, summary, data, figures = exports()
	round := `Direct reports, round of \d{4}-\d{2}-\d{2} \(3 answers\)`
	for name, want := range map[string]*regexp.Regexp{
		"plan":          regexp.MustCompile(round + `, answered [-0-9 to]+\. Their manager's assessment of [-0-9]+\.`),
		"summary":       regexp.MustCompile(`Seen by their teams .*Delegating and letting go of the technical work: team 4\.0, manager 2\.0`),
		"personal data": regexp.MustCompile(round),
		"figures":       regexp.MustCompile(`\n` + round + `: 4\.00\n`),
	} {
		text := map[string]string{"plan": plan, "summary": summary, "personal data": data, "figures": shown(figures)}[name]
		if !want.MatchString(text) {
			t.Errorf("with three direct reports' answers the %s does not match %s:\n%s", name, want, text)
		}
	}
	if strings.Contains(data, "own words") {
		t.Error("a direct report's own words are in the personal-data export")
	}
}

// readingOrder is a PDF's text in reading order with runs of white space folded, so that
// a table cell wrapped over lines still reads as one phrase.
func readingOrder(t *testing.T, path string) string {
	t.Helper()
	out, err := exec.Command("pdftotext", "-enc", "UTF-8", path, "-").Output()
	if err != nil {
		t.Fatalf("pdftotext %s: %v", path, err)
	}
	return strings.Join(strings.Fields(string(out)), " ")
}
