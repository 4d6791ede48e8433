package ui

import (
	"fmt"
	"strconv"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"leadbridge/internal/talent"
)

// historyPanel is a person's assessment history: every assessment, competency scores
// over time, and how their self-assessment compares with others'.
type historyPanel struct {
	pp    *personPage
	items []talent.Assessment // oldest first, as stored

	newBtn *widget.Button
	rows   *fyne.Container
	charts *fyne.Container
	gaps   *fyne.Container
	body   fyne.CanvasObject
}

func newHistoryPanel(pp *personPage) *historyPanel {
	h := &historyPanel{pp: pp}
	h.newBtn = &widget.Button{Text: "New assessment", Icon: theme.DocumentCreateIcon(), Importance: widget.HighImportance, OnTapped: pp.onAssess}
	h.rows = container.NewVBox()
	h.charts = container.NewGridWrap(fyne.NewSize(260, 156))
	h.gaps = container.NewVBox()
	h.body = container.NewVScroll(container.NewVBox(
		container.NewHBox(heading("Assessments"), layout.NewSpacer(), h.newBtn),
		h.rows,
		heading("Competency scores over time"),
		&widget.Label{Text: "Dots and lines: assessments by others. Squares: self-assessments. Scale 1 Not yet shown to 4 Role model.", Wrapping: fyne.TextWrapWord},
		h.charts,
		heading("Self-assessment against others"),
		h.gaps,
	))
	return h
}

func (h *historyPanel) view() fyne.CanvasObject { return h.body }

func (h *historyPanel) load() error {
	var err error
	h.items, err = h.pp.a.store.Assessments(h.pp.a.ctx(), h.pp.id)
	return err
}

// refresh redraws the history from what the page loaded.
func (h *historyPanel) refresh() {
	h.showRows()
	h.showCharts()
	h.showGaps()
}

func (h *historyPanel) showRows() {
	var rows []fyne.CanvasObject
	for i := len(h.items) - 1; i >= 0; i-- {
		rows = append(rows, h.row(h.items[i]))
	}
	if len(rows) == 0 {
		rows = append(rows, emptyNote("No assessments yet. Start one with New assessment: rate what you have seen "+
			h.pp.person.Name+" do, behaviour by behaviour. Ask them for a self-assessment too."))
	}
	h.rows.Objects = rows
	h.rows.Refresh()
}

func (h *historyPanel) row(a talent.Assessment) fyne.CanvasObject {
	text := talent.FormatDate(a.Date) + " · " + a.Relationship.Label() + ": " + raterOf(a, h.pp.byID)
	if a.Source != talent.SourceTyped {
		text += " · " + a.Source.Label()
	}
	if a.Performance != "" {
		text += " · " + a.Performance.Label()
	}
	if scores := talent.CompetencyScores(h.pp.std, a); len(scores) > 0 {
		text += fmt.Sprintf(" · %d of %d competencies scored", len(scores), len(h.pp.std.Competencies))
	}
	if a.Draft {
		text += " · Draft"
	}
	open := &widget.Button{Text: "Open", Icon: theme.DocumentIcon(), OnTapped: func() {
		s := h.pp.a.people()
		s.leavePage(func() { s.showPage(newAssessmentForm(h.pp.a, h.pp.id, a)) })
	}}
	del := &widget.Button{Text: "Delete…", Icon: theme.DeleteIcon(), Importance: widget.LowImportance, OnTapped: func() { h.onDelete(a) }}
	return container.NewBorder(nil, nil, nil, container.NewHBox(open, del), h.pp.a.newCellLabel(text))
}

func (h *historyPanel) onDelete(a talent.Assessment) {
	msg := fmt.Sprintf("This removes the assessment of %s by %s, with its %d %s and evidence. It cannot be undone.",
		talent.FormatDate(a.Date), raterOf(a, h.pp.byID), len(a.Ratings), talent.Plural(len(a.Ratings), "rating", "ratings"))
	h.pp.a.confirm("Delete assessment?", msg, "Delete", func() {
		if err := h.pp.a.store.DeleteAssessment(h.pp.a.ctx(), a.ID); err != nil {
			h.pp.a.showError(err)
			return
		}
		h.pp.a.refreshAll()
	})
}

// showCharts draws one small chart per competency: its score in each completed assessment.
func (h *historyPanel) showCharts() {
	var charts []fyne.CanvasObject
	for _, c := range h.pp.std.Competencies {
		var pts []chartPoint
		for _, a := range h.items {
			if a.Draft {
				continue
			}
			if s, ok := talent.CompetencyScores(h.pp.std, a)[c.ID]; ok {
				pts = append(pts, chartPoint{date: a.Date, score: s, self: a.Relationship == talent.RelSelf})
			}
		}
		charts = append(charts, newScoreChart(h.pp.a.tips, c.Name, pts))
	}
	h.charts.Objects = charts
	h.charts.Refresh()
}

func (h *historyPanel) showGaps() {
	gaps := talent.SelfGaps(h.pp.std, h.items)
	if len(gaps) == 0 {
		h.gaps.Objects = []fyne.CanvasObject{emptyNote("No comparison yet: it needs a completed self-assessment and a completed assessment by someone else.")}
		h.gaps.Refresh()
		return
	}
	grid := container.NewGridWithColumns(4, boldLabel("Competency"), boldLabel("Self"), boldLabel("Others"), boldLabel("Gap"))
	for _, g := range gaps {
		c, _ := h.pp.std.Competency(g.CompetencyID)
		grid.Add(&widget.Label{Text: c.Name, Wrapping: fyne.TextWrapWord})
		grid.Add(widget.NewLabel(score(g.Self)))
		grid.Add(widget.NewLabel(score(g.Others)))
		grid.Add(widget.NewLabel(gapWords(g)))
	}
	h.gaps.Objects = []fyne.CanvasObject{grid}
	h.gaps.Refresh()
}

// gapWords says in words which way a self-versus-others gap points, when it is not in line.
func gapWords(g talent.SelfGap) string {
	switch {
	case g.InLine():
		return "in line"
	case g.Gap > 0:
		return "+" + score(g.Gap) + " rates self higher"
	}
	return "−" + score(-g.Gap) + " rates self lower"
}

// score writes a 1–4 score with one decimal.
func score(v float64) string { return strconv.FormatFloat(v, 'f', 1, 64) }

// raterOf names who made an assessment.
func raterOf(a talent.Assessment, people map[int64]talent.Person) string {
	if p, ok := people[a.RaterID]; ok && a.RaterID != 0 {
		return p.Name
	}
	if a.RaterName != "" {
		return a.RaterName
	}
	if a.Relationship == talent.RelSelf {
		return people[a.PersonID].Name
	}
	return "unnamed rater"
}
