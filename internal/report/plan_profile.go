package report

import (
	"cmp"
	"fmt"
	"math"
	"slices"
	"sort"
	"strings"

	"leadbridge/internal/talent"
)

// Strengths and focus areas list at most this many competencies, and a focus area at
// most this many of its behaviours: a plan that names everything focuses on nothing.
const (
	maxStrengths       = 3
	maxFocusAreas      = 3
	maxFocusBehaviours = 2
)

func (w *planWriter) profile() {
	std := w.p.Standard
	w.heading("Competency profile")
	if w.p.Latest == nil {
		w.hint(fmt.Sprintf("No completed assessment yet: ask %s's manager or mentor to assess them against the leadership standard before the next meeting.", w.name))
		return
	}
	// Keep the heading, the sentence and the whole chart together when a page can hold
	// them.
	w.start(min(chartHeight(len(std.Competencies))+12, w.bottom-bodyTop-20))
	w.paragraph(fmt.Sprintf("Average rating of each competency's behaviours on the latest assessment by someone other than %s, against the target every first-time manager aims for.", w.name))
	latest := talent.CompetencyScores(std, *w.p.Latest)
	var previous map[int64]float64
	prevLabel := ""
	if w.p.Previous != nil {
		previous = talent.CompetencyScores(std, *w.p.Previous)
		prevLabel = talent.FormatDate(w.p.Previous.Date)
	}
	var rows []profileRow
	for _, c := range std.Competencies {
		rows = append(rows, profileRow{name: c.Name, latest: latest[c.ID], previous: previous[c.ID]})
	}
	w.space(1)
	w.profileChart(rows, talent.FormatDate(w.p.Latest.Date), prevLabel)
}

// scored is a competency with its latest average.
type scored struct {
	c     talent.Competency
	score float64
}

// rankCompetencies splits the rated competencies of the latest assessment into those at
// or above the target (best first) and those below it (weakest first), and names the
// ones with no evidence yet.
func rankCompetencies(std talent.Standard, a talent.Assessment) (above, below []scored, unrated []string) {
	scores := talent.CompetencyScores(std, a)
	for _, c := range std.Competencies {
		s, ok := scores[c.ID]
		switch {
		case !ok:
			unrated = append(unrated, c.Name)
		case s >= float64(talent.TargetRating):
			above = append(above, scored{c, s})
		default:
			below = append(below, scored{c, s})
		}
	}
	sort.SliceStable(above, func(i, j int) bool { return above[i].score > above[j].score })
	sort.SliceStable(below, func(i, j int) bool { return below[i].score < below[j].score })
	return above, below, unrated
}

func (w *planWriter) strengths() {
	w.heading("Strengths and focus areas")
	if w.p.Latest == nil {
		w.hint("Strengths and focus areas follow from the first completed assessment. Until then, agree with the mentee which two or three competencies matter most for the target role.")
		return
	}
	above, below, unrated := rankCompetencies(w.p.Standard, *w.p.Latest)
	w.subheading("Strengths to build on")
	if len(above) == 0 {
		w.hint("No competency is at the target of 3 Consistently yet. Start from the highest-rated one in the profile above.")
	}
	for _, s := range above[:min(len(above), maxStrengths)] {
		w.scoreItem(s, "")
	}
	w.subheading("Focus areas")
	if len(below) == 0 {
		w.hint("Every rated competency is at or above the target. Choose the next focus with the mentee from the behaviours rated lowest.")
	}
	for _, s := range below[:min(len(below), maxFocusAreas)] {
		w.scoreItem(s, w.weakBehaviours(s.c))
	}
	if len(unrated) > 0 {
		w.space(1)
		w.hint("No evidence yet on " + strings.Join(unrated, "; ") + ". Look for it before the next assessment.")
	}
	w.selfGaps()
}

// selfGaps sets the person's own rating of each competency against others', largest
// difference first: a gap either way is worth talking through.
func (w *planWriter) selfGaps() {
	w.subheading("Own view against others'")
	gaps := slices.Clone(w.p.SelfGaps)
	if len(gaps) == 0 {
		w.hint(fmt.Sprintf("No self-assessment to compare yet: ask %s to rate themselves against the standard, then talk through where their view and others' differ.", w.name))
		return
	}
	slices.SortStableFunc(gaps, func(a, b talent.SelfGap) int { return cmp.Compare(math.Abs(b.Gap), math.Abs(a.Gap)) })
	t := table{cols: []column{
		{title: "Competency", share: 0.46, align: "L", bold: true},
		{title: "Self", share: 0.1, align: "R"},
		{title: "Others", share: 0.1, align: "R"},
		{title: "Difference", share: 0.34, align: "L"},
	}, maxLines: 2}
	for _, g := range gaps {
		diff := "In line"
		switch {
		case g.InLine():
		case g.Gap > 0:
			diff = fmt.Sprintf("Rates self %.1f higher", g.Gap)
		default:
			diff = fmt.Sprintf("Rates self %.1f lower", -g.Gap)
		}
		t.rows = append(t.rows, []string{w.competencyName(g.CompetencyID), fmt.Sprintf("%.1f", g.Self), fmt.Sprintf("%.1f", g.Others), diff})
	}
	w.table(t)
}

// scoreItem writes a competency with its score and, for focus areas, the behaviours to
// work on.
func (w *planWriter) scoreItem(s scored, detail string) {
	w.font("B", sizeBody, inkColour)
	w.paragraphLines(fmt.Sprintf("%s — %.1f", s.c.Name, s.score), w.left+3, w.width-3, sizeBody, 2)
	if detail != "" {
		w.font("", sizeTable, mutedColour)
		w.paragraphLines(detail, w.left+3, w.width-3, sizeTable, 4)
	}
	w.space(1.2)
}

// weakBehaviours lists a competency's behaviours rated below the target on the latest
// assessment, lowest first.
func (w *planWriter) weakBehaviours(c talent.Competency) string {
	type rated struct {
		text string
		r    talent.Rating
	}
	var weak []rated
	for _, b := range c.Behaviours {
		if r := w.p.Latest.Rating(b.ID); r.Rated() && r < talent.TargetRating {
			weak = append(weak, rated{b.Text, r})
		}
	}
	sort.SliceStable(weak, func(i, j int) bool { return weak[i].r < weak[j].r })
	var parts []string
	for _, b := range weak[:min(len(weak), maxFocusBehaviours)] {
		parts = append(parts, fmt.Sprintf("%s (%s)", strings.TrimRight(b.text, ". "), b.r.Label()))
	}
	if len(parts) == 0 {
		return ""
	}
	return "Work on: " + strings.Join(parts, "; ")
}
