package ui

import (
	"fmt"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"leadbridge/internal/talent"
)

// comparePage puts two to four candidates side by side on the leadership standard, with
// tenure shown but labelled as not a criterion.
type comparePage struct {
	a      *App
	roleID int64 // the key role they are compared for; 0 from People
	ids    []int64

	role       talent.KeyRole
	candidates []talent.Person
	std        talent.Standard
	labels     map[talent.Box]talent.BoxLabel
	results    map[int64]talent.PotentialResult
	readiness  map[int64]talent.Readiness
	decisions  map[int64]talent.Decision // the latest for each candidate
	teams      map[int64]talent.TeamView // for candidates whose team's figure may show

	title   *widget.Label
	backBtn *widget.Button
	decide  map[int64]*widget.Button
	table   *fyne.Container
	scroll  *container.Scroll
	body    fyne.CanvasObject
}

// compareCandidates shows people side by side. From a key role, pass its ID so readiness
// for that role is shown and a decision is prefilled with its title; otherwise 0.
func (a *App) compareCandidates(roleID int64, personIDs []int64) {
	a.replacePage(func(s *peopleArea) { s.showPage(newComparePage(a, roleID, personIDs)) })
}

func newComparePage(a *App, roleID int64, ids []int64) *comparePage {
	c := &comparePage{a: a, roleID: roleID, ids: ids, table: container.NewVBox()}
	c.title = &widget.Label{Text: "Compare candidates", TextStyle: fyne.TextStyle{Bold: true}, SizeName: theme.SizeNameHeadingText}
	c.backBtn = &widget.Button{Text: "People", Icon: theme.NavigateBackIcon(), Importance: widget.LowImportance, OnTapped: c.onBack}
	if roleID != 0 {
		c.backBtn.Text = AreaSuccession
	}
	c.scroll = container.NewScroll(c.table)
	c.body = container.NewBorder(container.NewBorder(nil, nil, c.backBtn, nil, c.title), nil, nil, nil, c.scroll)
	return c
}

func (c *comparePage) view() fyne.CanvasObject { return c.body }

func (c *comparePage) refresh() { c.a.reload(c.load, c.show) }

// load reads everything the comparison shows: a fixed number of store calls, and two
// for each of the two to four candidates: their assessments and their views.
func (c *comparePage) load() error {
	ctx := c.a.ctx()
	people, err := c.a.store.People(ctx)
	if err != nil {
		return err
	}
	if c.std, err = c.a.store.Standard(ctx); err != nil {
		return err
	}
	if c.labels, err = c.a.store.BoxLabels(ctx); err != nil {
		return err
	}
	roles, err := c.a.store.KeyRoles(ctx)
	if err != nil {
		return err
	}
	decisions, err := c.a.store.Decisions(ctx, 0)
	if err != nil {
		return err
	}
	c.pick(people, roles)
	c.results, c.decisions = map[int64]talent.PotentialResult{}, map[int64]talent.Decision{}
	for _, p := range c.candidates { // at most four: the basis is wanted whole, with its ratings
		as, err := c.a.store.Assessments(ctx, p.ID)
		if err != nil {
			return err
		}
		c.results[p.ID] = talent.DerivePotential(c.std, as)
	}
	for _, d := range decisions { // newest first: keep the first seen
		if _, ok := c.decisions[d.PersonID]; !ok {
			c.decisions[d.PersonID] = d
		}
	}
	return c.loadTeams()
}

// pick finds the candidates, in the order given, and their readiness: for the role when
// there is one, otherwise their best across roles.
func (c *comparePage) pick(people []talent.Person, roles []talent.KeyRole) {
	byID := talent.PeopleByID(people)
	c.candidates = c.candidates[:0]
	for _, id := range c.ids {
		if p, ok := byID[id]; ok {
			c.candidates = append(c.candidates, p)
		}
	}
	c.readiness = talent.BestReadiness(roles)
	for _, r := range roles {
		if r.ID == c.roleID && c.roleID != 0 {
			c.role = r
			c.readiness = talent.BestReadiness([]talent.KeyRole{r})
		}
	}
}

func (c *comparePage) show() {
	if c.role.ID != 0 {
		c.title.SetText("Candidates for " + c.role.Title)
	}
	c.decide = map[int64]*widget.Button{}
	rows := []fyne.CanvasObject{c.row("", func(p talent.Person) fyne.CanvasObject { return boldLabel(p.Name) })}
	for _, r := range c.facts() {
		rows = append(rows, c.row(r.label, func(p talent.Person) fyne.CanvasObject { return wrapLabel(r.value(p)) }))
	}
	rows = append(rows, widget.NewSeparator(), boldLabel("Leadership standard: latest scores (target 3 Consistently)"))
	for _, comp := range c.std.Competencies {
		rows = append(rows, c.row(comp.Name, func(p talent.Person) fyne.CanvasObject { return wrapLabel(c.competency(p, comp.ID)) }))
	}
	rows = append(rows, c.teamRows()...)
	rows = append(rows, widget.NewSeparator(), c.row("", func(p talent.Person) fyne.CanvasObject {
		b := &widget.Button{Text: "Record promotion decision…", Icon: theme.ConfirmIcon(), OnTapped: func() { c.onDecide(p) }}
		c.decide[p.ID] = b
		return b
	}))
	if len(c.candidates) < minCompare {
		rows = []fyne.CanvasObject{emptyNote("Tick two to four people in the People list, then choose Compare.")}
	}
	c.table.Objects = rows
	c.table.Refresh()
	c.scroll.Refresh() // wrapped texts changed: lay the rows out again
}

// row is one line of the comparison: its label, then one cell per candidate.
func (c *comparePage) row(label string, cell func(talent.Person) fyne.CanvasObject) fyne.CanvasObject {
	cells := []fyne.CanvasObject{&widget.Label{Text: label, TextStyle: fyne.TextStyle{Bold: true}, Wrapping: fyne.TextWrapWord}}
	for _, p := range c.candidates {
		cells = append(cells, cell(p))
	}
	return container.NewGridWithColumns(len(cells), cells...)
}

type fact struct {
	label string
	value func(talent.Person) string
}

// facts are the comparison's rows besides the competencies.
func (c *comparePage) facts() []fact {
	today := c.a.today()
	return []fact{
		{"Role", func(p talent.Person) string { return joinNonEmpty(" · ", p.JobTitle, p.Team) }},
		{"Performance", func(p talent.Person) string { return c.results[p.ID].Performance.Label() }},
		{"Potential", func(p talent.Person) string { return c.results[p.ID].Explanation }},
		{"9-box", func(p talent.Person) string { return placementText(c.results[p.ID], c.labels) }},
		{"Aspiration", func(p talent.Person) string { return aspirationOf(p, c.results[p.ID]).Label() }},
		{"Readiness", func(p talent.Person) string { return readinessText(c.readiness[p.ID]) }},
		{"Derailers", func(p talent.Person) string { return derailerText(c.results[p.ID].Basis) }},
		{"Last assessed", func(p talent.Person) string { return assessedText(c.results[p.ID]) }},
		{"Last decision", func(p talent.Person) string { return decisionText(c.decisions[p.ID]) }},
		{"Tenure (not a criterion)", func(p talent.Person) string {
			y := p.TenureYears(today)
			return fmt.Sprintf("%d %s", y, talent.Plural(y, "year", "years"))
		}},
	}
}

// competency is a candidate's latest score on one competency, against the target.
func (c *comparePage) competency(p talent.Person, id int64) string {
	res := c.results[p.ID]
	v, ok := talent.CompetencyScores(c.std, res.Basis)[id]
	switch {
	case !ok:
		return "No evidence yet"
	case v < float64(talent.TargetRating):
		return score(v) + " · below target"
	}
	return score(v)
}

// aspirationOf prefers what the person's latest assessment recorded, then their profile.
func aspirationOf(p talent.Person, res talent.PotentialResult) talent.Aspiration {
	if res.Basis.Aspiration != "" {
		return res.Basis.Aspiration
	}
	return p.Aspiration
}

func readinessText(r talent.Readiness) string {
	if r == "" {
		return "Not nominated"
	}
	return r.Label()
}

func derailerText(a talent.Assessment) string {
	var parts []string
	for _, d := range talent.Watched(a.Derailers) {
		parts = append(parts, d.Status.Label()+": "+d.Derailer.Label())
	}
	if len(parts) == 0 {
		return "None flagged"
	}
	return strings.Join(parts, "\n")
}

func assessedText(res talent.PotentialResult) string {
	if !res.Assessed() {
		return "Never"
	}
	return talent.FormatDate(res.Basis.Date)
}

func decisionText(d talent.Decision) string {
	if d.ID == 0 {
		return "None recorded"
	}
	return d.Outcome.Label() + " (" + d.Role + ", " + talent.FormatDate(d.Date) + ")"
}

// onBack returns to where the comparison started: the key role, still selected, or
// the people list.
func (c *comparePage) onBack() {
	c.a.people().showList()
	if c.roleID != 0 {
		c.a.Show(AreaSuccession)
	}
}

// decisionForm records a promotion decision and the evidence behind it.
type decisionForm struct {
	role, date, promoted, reason *entry
	outcome                      *choice[talent.Outcome]
	personID                     int64
}

func newDecisionForm(p talent.Person, role, today string) *decisionForm {
	f := &decisionForm{personID: p.ID, role: newEntry("", requiredName("Role")),
		date: newDateEntry(true), promoted: newDateEntry(false), outcome: newChoice(talent.Outcomes, talent.Outcome.Label)}
	f.role.SetText(role)
	f.date.SetText(today)
	f.reason = newNotesEntry("The evidence: behaviours seen, assessments, what still needs developing.", nil)
	f.reason.SetMinRowsVisible(4)
	return f
}

func (f *decisionForm) decision() talent.Decision {
	return talent.Decision{PersonID: f.personID, Role: f.role.Text, Date: dateOf(f.date), Outcome: f.outcome.Value(),
		PromotionDate: dateOf(f.promoted), Reason: f.reason.Text}
}

func (f *decisionForm) check() error {
	d := f.decision()
	return d.Validate()
}

func (f *decisionForm) items() []*widget.FormItem {
	return []*widget.FormItem{
		{Text: "Role", Widget: f.role, Required: true},
		{Text: "Decision date", Widget: f.date, Required: true},
		{Text: "Decision", Widget: f.outcome, Required: true},
		{Text: "Promotion takes effect", Widget: f.promoted, HintText: "Only for a promotion: transition check-points are counted from this date."},
		{Text: "Why", Widget: f.reason, Required: true},
	}
}

// onDecide records a decision for one candidate. A promotion adds the transition
// milestones to their plan, in the same save.
func (c *comparePage) onDecide(p talent.Person) {
	f := newDecisionForm(p, c.role.Title, talent.FormatDate(c.a.today()))
	var msg string
	ed := c.a.newEditor("Promotion decision for "+p.Name, "Record decision", f.items(), f.check, func() error {
		d := f.decision()
		if err := c.a.store.RecordDecision(c.a.ctx(), &d); err != nil {
			return err
		}
		c.a.refreshAll()
		msg = "The decision about " + p.Name + " is recorded with its reasons."
		if d.Outcome == talent.OutcomePromote {
			msg += " Check-points " + talent.MilestoneSchedule() + " after " + talent.FormatDate(d.PromotionDate) +
				" were added to their development plan."
		}
		return nil
	})
	ed.dlg.SetOnClosed(func() {
		if msg != "" { // saved, not cancelled: confirm once the form is gone
			dialog.ShowInformation("Decision recorded", msg, c.a.win)
		}
	})
	ed.show(c.a.win.Canvas())
}
