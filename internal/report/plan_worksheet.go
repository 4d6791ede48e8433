package report

import "fmt"

// blank reports whether nothing is recorded yet for the person's development: no plan
// goals or transition check-points, promotion, assessment by someone else, self-rating
// set against others', team's figure, mentoring pair, training, leadership moments or
// derailer evidence.
func (p PlanDoc) blank() bool {
	_, team := p.Views.Team()
	return (p.Plan == nil || len(p.Plan.Goals) == 0 && len(p.Plan.Milestones) == 0) && p.Promotion == nil &&
		p.Latest == nil && len(p.SelfGaps) == 0 && !team && p.Pair == nil &&
		len(p.Training) == 0 && len(p.Moments) == 0 && len(p.Derailers) == 0
}

// worksheetGoals is how many empty goal rows the first-meeting worksheet offers.
const worksheetGoals = 3

// worksheet writes, for someone with nothing recorded yet, one page to fill in at the
// first meeting: the questions that open it, the standard's competencies to choose the
// focus from, empty rows for the first goals, and lines for notes.
func (w *planWriter) worksheet() {
	w.heading("First meeting")
	w.hint("Nothing is recorded yet for " + w.name + "'s development. Use this page at the first meeting, then enter what you agree in Leadbridge.")
	w.bullets([]string{
		"What do you want from the next year or two, and does leading people appeal to you?",
		"Which two or three of the competencies below matter most for the role you aim at? Tick them.",
		"Where have you already done some of this, and what would others say about it?",
		"What could get in the way, and what support will you need?",
	})
	var names []string
	for _, c := range w.p.Standard.Competencies {
		names = append(names, "☐ "+c.Name)
	}
	w.checklist(names)
	w.subheading("The first goals")
	t := table{cols: []column{
		{title: "What will be different", share: 0.3, align: "L"},
		{title: "Competency", share: 0.18, align: "L"},
		{title: "How we will know (success measure)", share: 0.26, align: "L"},
		{title: "Owner", share: 0.12, align: "L"},
		{title: "Due", share: 0.14, align: "L"},
	}, maxLines: 3, minLines: 3}
	for i := range worksheetGoals {
		t.rows = append(t.rows, []string{fmt.Sprintf("%d.", i+1)})
	}
	w.table(t)
	w.subheading("Notes")
	w.ruledLines(3, signOffHeight+4)
	w.pairSignOff()
}

// checklist writes short items in two columns, each wrapped to its column.
func (w *planWriter) checklist(items []string) {
	lh := lineHeight(sizeBody)
	rows := (len(items) + 1) / 2
	colW := (w.width - 8) / 2
	w.font("", sizeBody, inkColour)
	w.start(float64(min(rows, minRows)) * lh)
	for r := range rows {
		var cells [2][]string
		n := 1
		for c := range 2 {
			if i := c*rows + r; i < len(items) {
				cells[c] = w.wrap(sanitize(items[i]), colW-5, 2)
				n = max(n, len(cells[c]))
			}
		}
		w.need(float64(n) * lh)
		w.place(placedLine, "")
		for c, lines := range cells {
			for j, line := range lines {
				w.text(w.left+5+float64(c)*(colW+8), w.y()+float64(j)*lh, colW-5, line, "L")
			}
		}
		w.space(float64(n) * lh)
	}
	w.space(1.5)
}
