package report

import (
	"fmt"
	"slices"
	"sort"
	"strings"

	"leadbridge/internal/talent"
)

// goalsSection is the title of the goals section, which the front sheet refers to.
const goalsSection = "Goals and actions"

func (w *planWriter) goals() {
	w.heading(goalsSection)
	if w.p.Plan == nil || len(w.p.Plan.Goals) == 0 {
		w.hint("No goals yet: agree one or two with the mentee at the next meeting, each tied to a competency with a due date.")
		return
	}
	w.paragraph(learningMix(w.p.Plan.LearningMix()))
	goals := activeFirst(w.p.Plan.Goals)
	for i, g := range goals {
		if !g.Status.Open() {
			w.closedGoals(i+1, goals[i:])
			return
		}
		w.goal(i+1, g)
	}
}

// activeFirst orders goals for the meeting: open goals by due date (undated last), then
// the done and dropped ones in the plan's order.
func activeFirst(goals []talent.Goal) []talent.Goal {
	out := append([]talent.Goal(nil), goals...)
	sort.SliceStable(out, func(i, j int) bool {
		a, b := out[i], out[j]
		if a.Status.Open() != b.Status.Open() {
			return a.Status.Open()
		}
		if !a.Status.Open() || a.Due.Equal(b.Due) {
			return false
		}
		return !a.Due.IsZero() && (b.Due.IsZero() || a.Due.Before(b.Due))
	})
	return out
}

// closedGoals lists done and dropped goals in one condensed table: they are history,
// not what the meeting works on.
func (w *planWriter) closedGoals(first int, goals []talent.Goal) {
	w.subheading("Done and dropped")
	t := table{cols: []column{
		{title: "Goal", share: 0.56, align: "L", bold: true},
		{title: "Competency", share: 0.26, align: "L"},
		{title: "Status", share: 0.18, align: "L"},
	}, maxLines: 3}
	for i, g := range goals {
		t.rows = append(t.rows, []string{fmt.Sprintf("%d.  %s", first+i, g.Title), w.competencyName(g.CompetencyID), g.Status.Label()})
	}
	w.table(t)
}

// learningMix describes a plan's actions against the 70-20-10 mix, and says where the
// mix is off: a kind more than mixTolerance points from its aim.
func learningMix(mix map[talent.LearningKind]int) string {
	total := 0
	for _, k := range talent.LearningKinds {
		total += mix[k]
	}
	if total == 0 {
		return "No actions yet. Aim for most learning on the job (70%), some from others (20%) and a little formal learning (10%)."
	}
	var parts, off []string
	for i, k := range talent.LearningKinds {
		share := mix[k] * 100 / total
		parts = append(parts, fmt.Sprintf("%s %d (%d%%)", strings.ToLower(k.Label()), mix[k], share))
		switch aim := mixAims[i]; {
		case share < aim-mixTolerance:
			off = append(off, "too little "+strings.ToLower(k.Label()))
		case share > aim+mixTolerance:
			off = append(off, "too much "+strings.ToLower(k.Label()))
		}
	}
	verdict := "That is close to the usual mix of about 70% on the job, 20% from others and 10% formal learning."
	if len(off) > 0 {
		verdict = "The mix is off the usual 70% on the job, 20% from others and 10% formal learning: " + strings.Join(off, ", ") + "."
		if slices.Contains(off, "too little on-the-job experience") {
			verdict += " Turn the next step into a stretch task at work."
		}
	}
	return fmt.Sprintf("Actions by how they develop the person: %s. %s", strings.Join(parts, ", "), verdict)
}

// mixAims are the 70-20-10 shares, in the order of talent.LearningKinds; a share more
// than mixTolerance points away from its aim is off.
var mixAims = []int{70, 20, 10}

const mixTolerance = 15

// goal writes a goal with its actions, starting it on a page that holds its title
// with the first of them.
func (w *planWriter) goal(n int, g talent.Goal) {
	title := fmt.Sprintf("%d.  %s", n, g.Title)
	meta := []string{w.competencyName(g.CompetencyID), "Due " + orDefault(talent.FormatDate(g.Due), "not set"),
		fmt.Sprintf("%s, %d%%", g.Status.Label(), g.Progress)}
	if g.Stalled(w.made) {
		meta = append(meta, fmt.Sprintf("Stalled: no update for %d days", talent.DaysBetween(g.LastUpdate(), w.made)))
	}
	t := table{cols: []column{
		{title: "How", share: 0.22, align: "L"},
		{title: "Action", share: 0.46, align: "L"},
		{title: "Due", share: 0.13, align: "L"},
		{title: "Status", share: 0.19, align: "L"},
	}, maxLines: 4}
	for _, a := range g.Actions {
		t.rows = append(t.rows, []string{a.Kind.Label(), a.Text, talent.FormatDate(a.Due), w.actionState(a)})
	}
	w.font("B", sizeH3, inkColour)
	h := 2 + float64(len(w.wrap(sanitize(title), w.width, 3)))*lineHeight(sizeH3)
	w.font("", sizeTable, mutedColour)
	h += float64(len(w.wrap(sanitize(strings.Join(meta, "  ·  ")), w.width-5.5, 3))) * lineHeight(sizeTable)
	detail := goalDetail(g)
	w.font("", sizeTable, inkColour)
	for _, d := range detail {
		h += float64(len(w.wrap(sanitize(d), w.width-5.5, detailLines))) * lineHeight(sizeTable)
	}
	w.start(h + max(w.tableStart(t), lineHeight(sizeBody)))
	w.space(1)
	w.font("B", sizeH3, inkColour)
	w.paragraphLines(title, w.left, w.width, sizeH3, 3)
	w.font("", sizeTable, mutedColour)
	w.paragraphLines(strings.Join(meta, "  ·  "), w.left+5.5, w.width-5.5, sizeTable, 3)
	w.place(placedGoal, g.Title)
	w.font("", sizeTable, inkColour)
	for _, d := range detail {
		w.paragraphLines(d, w.left+5.5, w.width-5.5, sizeTable, detailLines)
	}
	if len(detail) > 0 {
		w.place(placedGoal, g.Title) // again: the layout check then sees the detail kept with the actions too
	}
	w.space(1)
	if len(t.rows) > 0 {
		w.table(t)
	} else {
		w.hint("No actions yet: agree a first step, ideally a stretch task on the job.")
	}
	if note, ok := latestNote(g); ok {
		w.font("", sizeTable, inkColour)
		w.paragraphLines(fmt.Sprintf("Latest note, %s: %s", talent.FormatDate(note.Date), note.Text), w.left+5.5, w.width-5.5, sizeTable, 5)
		w.space(1.5)
	}
}

// detailLines is the most lines a goal's success measure, support or obstacle takes.
const detailLines = 4

// goalDetail is the success measure, support and likely obstacle a goal records, each
// as a labelled line; none for those left empty.
func goalDetail(g talent.Goal) []string {
	var out []string
	for _, d := range talent.GoalDetail {
		if s := *d.Text(&g); s != "" {
			out = append(out, d.Label+": "+s)
		}
	}
	return out
}

// actionState says whether an action is done, open, or overdue since its due date,
// marked with a symbol so that it shows on a black-and-white print.
func (w *planWriter) actionState(a talent.Action) string {
	switch {
	case a.Done:
		return "Done"
	case !a.Due.IsZero() && a.Due.Before(w.made):
		return "⚠ Overdue since " + talent.FormatDate(a.Due)
	}
	return "Open"
}

// latestNote returns a goal's most recent progress note.
func latestNote(g talent.Goal) (talent.ProgressNote, bool) {
	var best talent.ProgressNote
	for _, n := range g.Notes {
		if best.Date.IsZero() || n.Date.After(best.Date) {
			best = n
		}
	}
	return best, !best.Date.IsZero()
}

func (w *planWriter) training() {
	w.heading("Training")
	var planned, done []talent.Training
	cancelled := 0
	for _, t := range w.p.Training {
		switch t.Status {
		case talent.TrainingPlanned:
			planned = append(planned, t)
		case talent.TrainingCompleted:
			done = append(done, t)
		default:
			cancelled++
		}
	}
	if len(planned)+len(done) == 0 {
		w.hint("No training planned or done yet: pick one course, workshop or book that serves a focus area and log it.")
		return
	}
	sort.SliceStable(planned, func(i, j int) bool { return planned[i].PlannedDate.Before(planned[j].PlannedDate) })
	sort.SliceStable(done, func(i, j int) bool { return done[i].CompletedDate.After(done[j].CompletedDate) })
	w.subheading("Planned")
	if len(planned) == 0 {
		w.hint("Nothing planned: agree the next piece of training at the next meeting.")
	} else {
		w.table(w.trainingTable(planned, "Planned", func(t talent.Training) string { return talent.FormatDate(t.PlannedDate) }))
	}
	w.subheading("Done")
	// The cancelled entries are counted in the sentence above the table rather than
	// after it, where the note could be carried alone onto the next page.
	note := ""
	if cancelled > 0 {
		note = fmt.Sprintf(" %d cancelled %s not shown.", cancelled, talent.Plural(cancelled, "entry is", "entries are"))
	}
	if len(done) == 0 {
		w.hint("Nothing completed yet." + note)
		return
	}
	w.paragraph(fmt.Sprintf("%s hours in %d completed %s.%s", hours(sumHours(done)), len(done), talent.Plural(len(done), "entry", "entries"), note))
	w.table(w.trainingTable(done, "Completed", func(t talent.Training) string { return talent.FormatDate(t.CompletedDate) }))
}

func (w *planWriter) trainingTable(ts []talent.Training, dateTitle string, date func(talent.Training) string) table {
	t := table{cols: []column{
		{title: "Title", share: 0.38, align: "L", bold: true},
		{title: "Kind, provider", share: 0.17, align: "L"},
		{title: "Competency", share: 0.19, align: "L"},
		{title: dateTitle, share: 0.14, align: "L"},
		{title: "Hours", share: 0.12, align: "R"},
	}, maxLines: 3}
	for _, tr := range ts {
		kind := tr.Kind.Label()
		if tr.Provider != "" {
			kind += "\n" + tr.Provider
		}
		t.rows = append(t.rows, []string{tr.Title, kind, w.competencyName(tr.CompetencyID), date(tr), hours(tr.Hours)})
	}
	return t
}

func sumHours(ts []talent.Training) float64 {
	total := 0.0
	for _, t := range ts {
		total += t.Hours
	}
	return total
}

// hours writes a number of hours without needless decimals.
func hours(h float64) string {
	return strings.TrimSuffix(fmt.Sprintf("%.1f", h), ".0")
}
