package report

import (
	"context"
	"os/exec"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"leadbridge/internal/talent"
)

var numberedHeading = regexp.MustCompile(`(?m)^(\d+)\s{2,}(\S.*?)\s*$`)

// headings lists a document's numbered section headings, "N Title", in order.
func (r rendered) headings() []string {
	var out []string
	for _, m := range numberedHeading.FindAllStringSubmatch(r.text(), -1) {
		out = append(out, m[1]+" "+m[2])
	}
	return out
}

// TestWritePlan_CopiesNumberAlike checks that the owner copy numbers its sections as
// the mentor copy does, the owner's section being unnumbered, and that every page of
// the owner copy says so in its footer, in bold beside "Confidential".
func TestWritePlan_CopiesNumberAlike(t *testing.T) {
	p := fullPlan()
	mentor := renderPlan(t, p, Options{Made: made, Copy: Mentor})
	owner := renderPlan(t, p, Options{Made: made, Copy: Owner})
	m, o := mentor.headings(), owner.headings()
	if len(m) < 8 || strings.Join(m, "|") != strings.Join(o, "|") {
		t.Errorf("mentor copy sections %q, owner copy %q", m, o)
	}
	for page := 1; page <= owner.pages(); page++ {
		mustContain(t, owner.pageText(page), "Confidential · Owner copy")
	}
	mustNotContain(t, mentor.flat(), "Owner copy")
}

// TestWritePlan_SelfGaps checks that the plan sets the self-rating against others',
// largest difference first, and says when there is no self-assessment.
func TestWritePlan_SelfGaps(t *testing.T) {
	p := fullPlan()
	c := p.Standard.Competencies
	p.SelfGaps = []talent.SelfGap{
		{CompetencyID: c[0].ID, Self: 3, Others: 2.75, Gap: 0.25},
		{CompetencyID: c[1].ID, Self: 2, Others: 3.5, Gap: -1.5},
		{CompetencyID: c[2].ID, Self: 4, Others: 3, Gap: 1},
	}
	text := renderPlan(t, p, Options{Made: made}).flat()
	mustContain(t, text, "Own view against others'",
		c[1].Name+" 2.0 3.5 Rates self 1.5 lower "+c[2].Name+" 4.0 3.0 Rates self 1.0 higher "+c[0].Name+" 3.0 2.8 In line")
	p.SelfGaps = nil
	mustContain(t, renderPlan(t, p, Options{Made: made}).flat(), "No self-assessment to compare yet")
}

// TestLoadPlan_SelfGaps checks on the 40-person sample business that a person with a
// self-assessment gets the comparison in their plan.
func TestLoadPlan_SelfGaps(t *testing.T) {
	if testing.Short() {
		t.Skip("generates a sample business")
	}
	db := demoStore(t, 40)
	id := queryInt(t, rawSQL(t, db), `SELECT person_id FROM assessments a WHERE relationship = 'self' AND draft = 0
		AND EXISTS (SELECT 1 FROM assessments b WHERE b.person_id = a.person_id AND b.relationship <> 'self' AND b.draft = 0) LIMIT 1`)
	d, err := LoadPlan(context.Background(), db, int64(id), made)
	if err != nil {
		t.Fatal(err)
	}
	if len(d.SelfGaps) == 0 {
		t.Fatalf("person %d has a self-assessment and others', but no gaps", id)
	}
	mustContain(t, renderPlan(t, d, Options{Made: made}).flat(), "Own view against others'", "Rates self")
}

func TestLearningMix(t *testing.T) {
	for _, tt := range []struct {
		mix  map[talent.LearningKind]int
		want string
	}{
		{map[talent.LearningKind]int{talent.LearnExperience: 7, talent.LearnOthers: 2, talent.LearnFormal: 1},
			"on-the-job experience 7 (70%), learning from others 2 (20%), formal learning 1 (10%). That is close to the usual mix"},
		{map[talent.LearningKind]int{talent.LearnExperience: 3, talent.LearnOthers: 4, talent.LearnFormal: 3},
			"The mix is off the usual 70% on the job, 20% from others and 10% formal learning: too little on-the-job experience, too much learning from others, too much formal learning. Turn the next step into a stretch task at work."},
		{map[talent.LearningKind]int{talent.LearnExperience: 5, talent.LearnOthers: 0, talent.LearnFormal: 5},
			"too much formal learning."},
	} {
		if got := learningMix(tt.mix); !strings.Contains(got, tt.want) {
			t.Errorf("learningMix(%v) = %q, want it to contain %q", tt.mix, got, tt.want)
		}
	}
}

// TestWritePlan_FocusBehavioursSeparated checks that the behaviours to work on in a
// focus area are set apart, not run together.
func TestWritePlan_FocusBehavioursSeparated(t *testing.T) {
	text := renderPlan(t, fullPlan(), Options{Made: made}).flat()
	if !regexp.MustCompile(`Work on: [^;]+ \(\d [A-Za-z ]+\); \S`).MatchString(text) {
		t.Errorf("no focus area lists two behaviours apart: %q", text)
	}
}

// TestFooter_ReachesTheMargins checks with pdftotext's word boxes that the footer's
// page number ends at the right margin and "Confidential" starts at the left one.
func TestFooter_ReachesTheMargins(t *testing.T) {
	for _, paper := range []Paper{A4, Letter} {
		r := renderPlan(t, fullPlan(), Options{Made: made, Paper: paper})
		out, err := exec.Command("pdftotext", "-bbox", "-f", "1", "-l", "1", r.path, "-").Output()
		if err != nil {
			t.Fatal(err)
		}
		page := regexp.MustCompile(`<page width="([\d.]+)"`).FindStringSubmatch(string(out))
		width, _ := strconv.ParseFloat(page[1], 64)
		const marginPt = margin / 25.4 * 72
		word := func(w string) (xMin, xMax float64) {
			m := regexp.MustCompile(`<word xMin="([\d.]+)" yMin="[\d.]+" xMax="([\d.]+)" yMax="([\d.]+)">`+w+`</word>`).FindAllStringSubmatch(string(out), -1)
			if len(m) == 0 {
				t.Fatalf("no word %q", w)
			}
			last := m[len(m)-1]
			xMin, _ = strconv.ParseFloat(last[1], 64)
			xMax, _ = strconv.ParseFloat(last[2], 64)
			return xMin, xMax
		}
		pages := strconv.Itoa(r.pages())
		if _, x := word(pages); x < width-marginPt-1 || x > width-marginPt+1 {
			t.Errorf("%s: the page count ends at %.1f pt, the margin is at %.1f pt", paper, x, width-marginPt)
		}
		if x, _ := word("Confidential"); x < marginPt-1 || x > marginPt+1 {
			t.Errorf("%s: Confidential starts at %.1f pt, the margin is at %.1f pt", paper, x, marginPt)
		}
	}
}
