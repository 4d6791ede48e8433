package ui

import (
	"fmt"
	"slices"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"leadbridge/internal/talent"
)

// planPanel is a person's development plan on their page: the plan's details, its goals
// with actions and progress notes, and the transition milestones. Every change saves the
// whole plan in one transaction.
type planPanel struct {
	a        *App
	personID int64
	person   talent.Person
	std      talent.Standard
	plan     talent.Plan
	hasPlan  bool

	root          *fyne.Container
	empty         *fyne.Container
	emptyText     *widget.Label
	startPlan     *widget.Button
	body          fyne.CanvasObject
	scroll        *container.Scroll
	summary       *widget.Label
	editPlan      *widget.Button
	addGoal       *widget.Button
	mix           *widget.Label
	goals         *fyne.Container
	goalRows      []*goalRow
	milestones    *fyne.Container
	msRows        []*milestoneRow
	addMilestones *widget.Button
}

func newPlanPanel(a *App, personID int64) *planPanel {
	p := &planPanel{a: a, personID: personID}
	p.buildUI()
	return p
}

func (p *planPanel) buildUI() {
	p.emptyText = &widget.Label{Wrapping: fyne.TextWrapWord}
	p.startPlan = &widget.Button{Text: "Start a development plan", Icon: theme.ContentAddIcon(),
		Importance: widget.HighImportance, OnTapped: p.onStartPlan}
	p.empty = container.NewVBox(p.emptyText, container.NewHBox(p.startPlan))

	p.summary = &widget.Label{Wrapping: fyne.TextWrapWord}
	p.editPlan = &widget.Button{Text: "Edit plan details", Icon: theme.DocumentCreateIcon(), OnTapped: p.onEditPlan}
	p.addGoal = &widget.Button{Text: "Add goal", Icon: theme.ContentAddIcon(), OnTapped: p.onAddGoal}
	p.mix = wrapLabel("")
	p.goals = container.NewVBox()
	p.milestones = container.NewVBox()
	p.addMilestones = &widget.Button{Text: "Add milestones from a promotion date", Icon: theme.ContentAddIcon(), OnTapped: p.onAddMilestones}
	header := container.NewBorder(nil, nil, nil, p.editPlan, p.summary)
	content := container.NewVBox(
		container.NewBorder(nil, nil, heading("Goals"), p.addGoal), p.mix, p.goals,
		widget.NewSeparator(), heading("Transition milestones"), p.milestones)
	p.scroll = container.NewVScroll(content)
	p.body = container.NewBorder(header, nil, nil, nil, p.scroll)
	p.root = container.NewStack(p.empty, p.body)
}

func (p *planPanel) view() fyne.CanvasObject { return p.root }

// refresh reloads the person, the standard (for competency names) and the plan.
func (p *planPanel) refresh() { p.a.reload(p.load, p.show) }

func (p *planPanel) load() error {
	person, std, err := p.a.personAndStandard(p.personID)
	if err != nil {
		return err
	}
	plan, err := p.a.store.Plan(p.a.ctx(), p.personID)
	if err != nil && talent.ErrorCode(err) != talent.ENOTFOUND {
		return err
	}
	p.person, p.std, p.plan, p.hasPlan = person, std, plan, err == nil
	return nil
}

func (p *planPanel) show() {
	if !p.hasPlan {
		p.emptyText.SetText(p.person.Name + " has no development plan yet. Start one to set goals tied to the leadership standard and to track the move into leading people.")
		p.body.Hide()
		p.empty.Show()
		return
	}
	p.empty.Hide()
	p.body.Show()
	p.summary.SetText(planSummary(p.plan))
	p.showGoals()
	p.showMilestones()
	p.scroll.Refresh() // the rows changed height: lay the column out again
}

// planSummary is the plan's details in one line.
func planSummary(pl talent.Plan) string {
	role := pl.TargetRole
	if role == "" {
		role = "no target role set"
	}
	parts := []string{"Target role: " + role, "Phase: " + pl.Phase.Label(), "Started " + talent.FormatDate(pl.Start)}
	if !pl.Review.IsZero() {
		parts = append(parts, "Review on "+talent.FormatDate(pl.Review))
	}
	return strings.Join(parts, " · ")
}

// competencyName names a competency of the standard, also when it has since been removed.
func (p *planPanel) competencyName(id int64) string {
	if c, ok := p.std.Competency(id); ok {
		return c.Name
	}
	return "A competency no longer in the standard"
}

// savePlan stores next as the whole plan and shows it. On failure the plan on screen is
// unchanged and the error goes back to the open form, which keeps what was typed.
func (p *planPanel) savePlan(next talent.Plan) error {
	if err := p.a.store.SavePlan(p.a.ctx(), &next); err != nil {
		return err
	}
	p.refresh()
	return nil
}

// clonePlan copies a plan deeply, so that a change being tried never touches the plan
// on screen.
func clonePlan(pl talent.Plan) talent.Plan {
	out := pl
	out.Goals = make([]talent.Goal, len(pl.Goals))
	for i, g := range pl.Goals {
		g.Actions = slices.Clone(g.Actions)
		g.Notes = slices.Clone(g.Notes)
		out.Goals[i] = g
	}
	out.Milestones = slices.Clone(pl.Milestones)
	return out
}

// planForm edits a plan's details: target role, dates and transition phase.
type planForm struct {
	*editor
	targetRole *entry
	start      *entry
	review     *entry
	phase      *choice[talent.Phase]
}

func (p *planPanel) onStartPlan() {
	today := p.a.today()
	p.openPlanForm("Start a development plan", "Start plan",
		talent.Plan{PersonID: p.personID, Start: today, Review: talent.AddMonths(today, talent.PlanReviewMonths), Phase: talent.PhasePreparing})
}

func (p *planPanel) onEditPlan() {
	p.openPlanForm("Plan details", "Save", clonePlan(p.plan))
}

func (p *planPanel) openPlanForm(title, saveText string, base talent.Plan) {
	f := &planForm{targetRole: newEntry("The role they are preparing for, e.g. Team lead", nil),
		start: newDateEntry(true), review: newDateEntry(false),
		phase: newChoice(talent.Phases, talent.Phase.Label)}
	f.targetRole.SetText(base.TargetRole)
	f.start.SetText(talent.FormatDate(base.Start))
	f.review.SetText(talent.FormatDate(base.Review))
	f.phase.SetValue(base.Phase)
	build := func() talent.Plan {
		next := clonePlan(base)
		next.TargetRole, next.Start, next.Review = f.targetRole.Text, dateOf(f.start), dateOf(f.review)
		next.Phase = f.phase.Value()
		return next
	}
	items := []*widget.FormItem{
		widget.NewFormItem("Target role", f.targetRole),
		widget.NewFormItem("Plan starts", f.start),
		{Text: "Review on", Widget: f.review, HintText: "When the plan is next looked at with the mentor."},
		widget.NewFormItem("Transition phase", f.phase),
	}
	f.editor = p.a.newEditor(title, saveText, items,
		func() error { next := build(); return next.Validate() },
		func() error { return p.savePlan(build()) })
	f.show(p.a.win.Canvas())
}

// learningMix describes a plan's actions by learning kind against the 70-20-10 aim.
func learningMix(pl talent.Plan) string {
	mix := pl.LearningMix()
	total := 0
	for _, n := range mix {
		total += n
	}
	if total == 0 {
		return "No actions yet. Most learning comes from experience on the job (about 70%), then from others (20%) and formal learning (10%)."
	}
	var parts []string
	for _, k := range talent.LearningKinds {
		parts = append(parts, fmt.Sprintf("%s %d%%", k.Label(), (mix[k]*200+total)/(2*total)))
	}
	return "Actions: " + strings.Join(parts, " · ") + " (aim for about 70-20-10)."
}
