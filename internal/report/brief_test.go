package report

import (
	"context"
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"leadbridge/internal/talent"
)

// TestSuccessionBrief_SampleBusinesses checks that page 1 of the summary of each sample
// business, on A4 and on Letter, is the whole decision brief, that every page it refers
// to holds the section it names, and that the detail starts on page 2.
func TestSuccessionBrief_SampleBusinesses(t *testing.T) {
	if testing.Short() {
		t.Skip("generates sample businesses")
	}
	for _, n := range sampleSizes {
		t.Run(strconv.Itoa(n), func(t *testing.T) {
			s, err := LoadSuccession(context.Background(), demoStore(t, n), made)
			if err != nil {
				t.Fatalf("LoadSuccession: %v", err)
			}
			for _, paper := range []Paper{A4, Letter} {
				t.Run(paper.String(), func(t *testing.T) {
					r := renderSuccession(t, s, Options{Made: made, Paper: paper})
					r.keep(fmt.Sprintf("succession-%d-%s.pdf", n, paper))
					checkBrief(t, r, s)
					checkLength(t, r)
				})
			}
		})
	}
}

// pageText is one page's text laid out as on the page, with white space folded so that
// a section's number and title read as one phrase.
func (r rendered) pageText(page int) string {
	r.t.Helper()
	return strings.Join(strings.Fields(r.text(page, page)), " ")
}

var seeSection = regexp.MustCompile(`(?:see|and) (section|appendix) (\w+) on page (\d+)`)

// successionAppendices are the appendices' titles, any of which a reference may name.
var successionAppendices = []string{keyRolesInFull, highRiskSection, stalledByTeam, boxNamesSection, assessSection, pairsSection, activitySection}

// maxBeforeAppendices is the most pages the part an owner reads before appraisals may
// take, the brief and the sections up to the appendices, on any size of business.
const maxBeforeAppendices = 9

// checkLength counts the pages before appendix A, read page by page, and fails when
// there are more than maxBeforeAppendices.
func checkLength(t *testing.T, r rendered) {
	t.Helper()
	n := r.pages()
	before := n
	for p := 2; p <= n; p++ {
		if strings.HasPrefix(r.pageText(p), "Succession summary Owner only A ") {
			before = p - 1
			break
		}
	}
	if before > maxBeforeAppendices {
		t.Errorf("%d pages before the appendices, of %d; want at most %d", before, n, maxBeforeAppendices)
	}
	t.Logf("%d pages before the appendices, %d in all", before, n)
}

func checkBrief(t *testing.T, r rendered, s SuccessionDoc) {
	t.Helper()
	o := s.Overview
	page1 := r.pageText(1)
	mustContain(t, page1, "Decision brief", "Bench strength", fmt.Sprintf("%d%%", o.Bench.Percent()),
		"This is the first figure recorded",
		"Key roles most exposed", "High risk of leaving, no successor", "Stalled development", "Due an assessment",
		fmt.Sprintf("%d %s due an assessment", len(o.NeedingAssessment), talent.Plural(len(o.NeedingAssessment), "person is", "people are")))
	exposed := talent.MostExposed(s.Roles, s.People)
	if len(exposed) > 0 {
		mustContain(t, page1, sanitize(exposed[0].Role.Title))
	}
	if len(o.StalledPlans) > 0 {
		mustContain(t, page1, fmt.Sprintf("%d %s stalled", len(o.StalledPlans), talent.Plural(len(o.StalledPlans), "plan has", "plans have")))
	}
	refs := seeSection.FindAllStringSubmatch(page1, -1)
	if len(refs) == 0 {
		t.Errorf("page 1 refers to no section of the detail:\n%s", page1)
	}
	for _, m := range refs {
		page, _ := strconv.Atoi(m[3])
		titles := successionAppendices
		if m[1] == "section" {
			num, _ := strconv.Atoi(m[2])
			titles = successionHeadings[num-1 : num]
		}
		text, found := r.pageText(page), false
		for _, title := range titles {
			found = found || strings.Contains(text, m[2]+" "+title)
		}
		if !found {
			t.Errorf("page 1 says %q, but page %d does not start %s %s with one of %q", m[0], page, m[1], m[2], titles)
		}
	}
	if page2 := r.pageText(2); !strings.HasPrefix(page2, "Succession summary Owner only 1 Key roles and successors") {
		t.Errorf("page 2 does not start the detail:\n%.300s", page2)
	}
}
