package report

import (
	"fmt"
	"sort"
	"strings"

	"leadbridge/internal/talent"
)

// DerailerEvidence is everything recorded about one career derailer for the person: the
// assessments that flag it and the leadership moments about it.
type DerailerEvidence struct {
	Derailer talent.Derailer
	// Status and Evidence are from the latest assessment by someone else; Status is ""
	// when that assessment does not flag the derailer.
	Status   talent.Concern
	Evidence string
	// Flagged counts the completed assessments, by anyone, that flag it watch or concern.
	Flagged int
	Moments []talent.Moment // newest first
}

// momentsCited is how many moments a derailer's row quotes; the rest are counted.
const momentsCited = 3

// collectDerailers gathers the evidence on each derailer that the latest assessment
// flags or a leadership moment is about, most worrying first. A moment on a derailer is
// evidence whatever the last assessment said, so it is never left out of the table.
func collectDerailers(latest *talent.Assessment, as []talent.Assessment, ms []talent.Moment) []DerailerEvidence {
	byKind := map[talent.Derailer]*DerailerEvidence{}
	get := func(k talent.Derailer) *DerailerEvidence {
		if byKind[k] == nil {
			byKind[k] = &DerailerEvidence{Derailer: k}
		}
		return byKind[k]
	}
	if latest != nil {
		for _, ds := range talent.Watched(latest.Derailers) {
			e := get(ds.Derailer)
			e.Status, e.Evidence = ds.Status, ds.Evidence
		}
	}
	for _, a := range as {
		if a.Draft {
			continue
		}
		for _, ds := range talent.Watched(a.Derailers) {
			get(ds.Derailer).Flagged++
		}
	}
	for _, m := range ms {
		if m.Derailer != "" {
			e := get(m.Derailer)
			e.Moments = append(e.Moments, m)
		}
	}
	var out []DerailerEvidence
	for _, k := range talent.Derailers {
		if e := byKind[k]; e != nil && (e.Status != "" || len(e.Moments) > 0) {
			sort.SliceStable(e.Moments, func(i, j int) bool { return e.Moments[i].Date.After(e.Moments[j].Date) })
			out = append(out, *e)
		}
	}
	rank := map[talent.Concern]int{talent.ConcernConcern: 0, talent.ConcernWatch: 1}
	sort.SliceStable(out, func(i, j int) bool { return rankOf(rank, out[i].Status) < rankOf(rank, out[j].Status) })
	return out
}

func rankOf(rank map[talent.Concern]int, c talent.Concern) int {
	if r, ok := rank[c]; ok {
		return r
	}
	return len(rank)
}

func (w *planWriter) derailers() {
	w.heading("Derailers to watch")
	if w.p.Latest == nil && len(w.p.Derailers) == 0 {
		w.hint("No assessment yet, so no derailer has been rated. Watch for the five career derailers during the transition and log what you see as leadership moments.")
		return
	}
	if len(w.p.Derailers) == 0 {
		w.hint("No derailer is flagged on the latest assessment and no leadership moment is about one. Keep an eye on all five during the transition.")
		return
	}
	t := table{cols: []column{
		{title: "Derailer", share: 0.3, align: "L", bold: true},
		{title: "Status", share: 0.12, align: "L"},
		{title: "Evidence", share: 0.58, align: "L"},
	}, maxLines: 12}
	for _, e := range w.p.Derailers {
		t.rows = append(t.rows, []string{e.Derailer.Label(), orDefault(e.Status.Label(), "Not flagged"), w.derailerEvidence(e)})
	}
	w.table(t)
}

// derailerEvidence counts and cites a derailer's evidence: the assessments that flag it,
// the latest one's note, and the newest moments.
func (w *planWriter) derailerEvidence(e DerailerEvidence) string {
	lines := []string{fmt.Sprintf("Flagged on %d %s.", e.Flagged, talent.Plural(e.Flagged, "assessment", "assessments"))}
	if e.Status != "" {
		lines[0] += " Latest: " + orDefault(e.Evidence, "no note recorded.")
	} else {
		lines[0] += " Not flagged on the latest assessment."
	}
	n := len(e.Moments)
	if n == 0 {
		return lines[0] + "\nNo leadership moment about it."
	}
	lines = append(lines, fmt.Sprintf("%d leadership %s about it:", n, talent.Plural(n, "moment", "moments")))
	for _, m := range e.Moments[:min(n, momentsCited)] {
		lines = append(lines, fmt.Sprintf("%s, %s: %s", talent.FormatDate(m.Date), strings.ToLower(yesNo(m.Positive, "Positive", "To develop")), m.Text))
	}
	if n > momentsCited {
		lines = append(lines, fmt.Sprintf("and %d earlier, in Leadbridge.", n-momentsCited))
	}
	return strings.Join(lines, "\n")
}
