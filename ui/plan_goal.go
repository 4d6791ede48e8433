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

// goalRow shows one goal of the plan with what can be done to it.
type goalRow struct {
	box      *fyne.Container
	title    *widget.Label
	detail   *widget.Label
	progress *widget.ProgressBar
	stalled  *widget.Label
	actions  *widget.Label
	notes    *widget.Label
	edit     *widget.Button
	addNote  *widget.Button
	remove   *widget.Button
}

func (p *planPanel) showGoals() {
	p.mix.SetText(learningMix(p.plan))
	p.goalRows = nil
	var objs []fyne.CanvasObject
	for i := range p.plan.Goals {
		r := p.newGoalRow(i)
		p.goalRows = append(p.goalRows, r)
		objs = append(objs, r.box)
	}
	if len(objs) == 0 {
		objs = append(objs, emptyNote("No goals yet. Add one to say what will be different, tied to a competency of the leadership standard."))
	}
	p.goals.Objects = objs
	p.goals.Refresh()
}

func (p *planPanel) newGoalRow(i int) *goalRow {
	g := p.plan.Goals[i]
	r := &goalRow{
		title:    &widget.Label{Text: g.Title, TextStyle: fyne.TextStyle{Bold: true}, Wrapping: fyne.TextWrapWord},
		detail:   &widget.Label{Text: p.goalDetail(g), Wrapping: fyne.TextWrapWord},
		progress: &widget.ProgressBar{Max: 100, Value: float64(g.Progress)},
		stalled:  &widget.Label{Importance: widget.DangerImportance},
		actions:  &widget.Label{Text: actionLines(g.Actions), Wrapping: fyne.TextWrapWord},
		notes:    wrapLabel(noteLines(g.Notes)),
		edit:     &widget.Button{Text: "Edit goal", Icon: theme.DocumentCreateIcon(), OnTapped: func() { p.onEditGoal(i) }},
		addNote:  &widget.Button{Text: "Add progress note", Icon: theme.ContentAddIcon(), OnTapped: func() { p.onAddNote(i) }},
		remove:   &widget.Button{Text: "Remove goal", Icon: theme.DeleteIcon(), OnTapped: func() { p.onRemoveGoal(i) }},
	}
	if g.Stalled(p.a.today()) {
		r.stalled.SetText(fmt.Sprintf("Stalled: no update for %d days.", talent.DaysBetween(g.LastUpdate(), p.a.today())))
	} else {
		r.stalled.Hide()
	}
	r.box = container.NewVBox(r.title, r.detail, r.progress, r.stalled, r.actions, r.notes,
		container.NewHBox(r.edit, r.addNote, r.remove), widget.NewSeparator())
	return r
}

// goalDetail is a goal's competency, due date and status in one line.
func (p *planPanel) goalDetail(g talent.Goal) string {
	parts := []string{p.competencyName(g.CompetencyID)}
	if !g.Due.IsZero() {
		parts = append(parts, "due "+talent.FormatDate(g.Due))
	}
	return strings.Join(append(parts, g.Status.Label()), " · ")
}

// actionLines lists a goal's actions, one a line, with how each develops the person.
func actionLines(actions []talent.Action) string {
	if len(actions) == 0 {
		return "No actions yet."
	}
	var lines []string
	for _, a := range actions {
		mark := "To do"
		if a.Done {
			mark = "Done"
		}
		line := fmt.Sprintf("%s — %s: %s", mark, a.Kind.Label(), a.Text)
		if !a.Due.IsZero() {
			line += " (by " + talent.FormatDate(a.Due) + ")"
		}
		lines = append(lines, line)
	}
	return strings.Join(lines, "\n")
}

// noteLines shows the latest progress notes, newest first.
func noteLines(notes []talent.ProgressNote) string {
	if len(notes) == 0 {
		return "No progress notes yet."
	}
	sorted := slices.Clone(notes)
	slices.SortStableFunc(sorted, func(a, b talent.ProgressNote) int { return b.Date.Compare(a.Date) })
	var lines []string
	for _, n := range sorted[:min(len(sorted), 3)] {
		lines = append(lines, talent.FormatDate(n.Date)+": "+n.Text)
	}
	if len(sorted) > 3 {
		lines = append(lines, fmt.Sprintf("…and %s.", talent.Count(len(sorted)-3, "1 earlier note", "earlier notes")))
	}
	return strings.Join(lines, "\n")
}

func (p *planPanel) onRemoveGoal(i int) {
	g := p.plan.Goals[i]
	msg := fmt.Sprintf("Remove the goal “%s” from %s’s plan? Its %s and %s will be removed too.",
		g.Title, p.person.Name, talent.Count(len(g.Actions), "1 action", "actions"), talent.Count(len(g.Notes), "1 progress note", "progress notes"))
	p.a.confirm("Remove goal", msg, "Remove", func() {
		next := clonePlan(p.plan)
		next.Goals = slices.Delete(next.Goals, i, i+1)
		p.a.showError(p.savePlan(next))
	})
}

// goalForm edits one goal with its actions.
type goalForm struct {
	*editor
	title      *entry
	competency *choice[int64]
	due        *entry
	status     *choice[talent.GoalStatus]
	progress   *entry
	detail     []*entry // success measure, support and obstacle, as talent.GoalDetail
	actionBox  *fyne.Container
	actions    []*actionRow
	addAction  *button
}

// actionRow is one action in the goal form.
type actionRow struct {
	base   talent.Action
	box    *fyne.Container
	kind   *choice[talent.LearningKind]
	text   *entry
	due    *entry
	done   *checkBox
	remove *button
}

// goalDetailHints are the questions under the goal form's success measure, support and
// obstacle, in the order of talent.GoalDetail.
var goalDetailHints = []string{
	"How will you both know it worked?",
	"What help, time or budget does it need?",
	"What is most likely to get in the way?",
}

func (p *planPanel) onAddGoal() {
	p.openGoalForm(-1, talent.Goal{PlanID: p.plan.ID, Status: talent.GoalNotStarted})
}

func (p *planPanel) onEditGoal(i int) {
	p.openGoalForm(i, p.plan.Goals[i])
}

// openGoalForm edits goal i of the plan, or a new goal when i is -1.
func (p *planPanel) openGoalForm(i int, base talent.Goal) {
	f := &goalForm{title: newEntry("What will be different, e.g. Runs the weekly team meeting", nil),
		competency: newCompetencyChoice(p.std, false), due: newDateEntry(false),
		status: newChoice(talent.GoalStatuses, talent.GoalStatus.Label), progress: newWholeEntry("Progress"),
		actionBox: container.NewVBox()}
	f.title.SetText(base.Title)
	f.competency.SetValue(base.CompetencyID)
	f.due.SetText(talent.FormatDate(base.Due))
	f.status.SetValue(base.Status)
	f.progress.SetText(fmt.Sprint(base.Progress))
	for _, a := range base.Actions {
		f.addRow(a)
	}
	for _, d := range talent.GoalDetail {
		e := newNotesEntry("", nil)
		e.SetMinRowsVisible(2)
		e.SetText(*d.Text(&base))
		f.detail = append(f.detail, e)
	}
	f.addAction = newButton("Add action", theme.ContentAddIcon(), func() {
		f.editor.watch(f.addRow(talent.Action{GoalID: base.ID, Kind: talent.LearnExperience}))
		f.update()
	})
	items := []*widget.FormItem{
		widget.NewFormItem("What will be different", f.title),
		widget.NewFormItem("Competency", f.competency),
		widget.NewFormItem("Due date", f.due),
		widget.NewFormItem("Status", f.status),
		{Text: "Progress (%)", Widget: f.progress, HintText: "From 0 to 100."},
	}
	for i, d := range talent.GoalDetail {
		items = append(items, &widget.FormItem{Text: d.Label, Widget: f.detail[i], HintText: goalDetailHints[i]})
	}
	items = append(items,
		&widget.FormItem{Text: "Actions", Widget: container.NewVBox(f.actionBox, container.NewHBox(f.addAction)),
			HintText: "Mostly experience on the job, some learning from others, a little formal learning."})
	title := "New goal"
	if i >= 0 {
		title = "Edit goal"
	}
	f.editor = p.a.newEditor(title, "Save goal", items,
		func() error { g := f.goal(base); return g.Validate() },
		func() error { return p.saveGoal(i, f.goal(base)) })
	f.show(p.a.win.Canvas())
}

// saveGoal replaces goal i of the plan, or adds g when i is -1, and saves the plan.
func (p *planPanel) saveGoal(i int, g talent.Goal) error {
	next := clonePlan(p.plan)
	if i < 0 {
		next.Goals = append(next.Goals, g)
	} else {
		next.Goals[i] = g
	}
	return p.savePlan(next)
}

// goal is the goal the form describes, built on base (which keeps its ID and notes).
func (f *goalForm) goal(base talent.Goal) talent.Goal {
	g := base
	g.Title, g.CompetencyID, g.Due, g.Status = f.title.Text, f.competency.Value(), dateOf(f.due), f.status.Value()
	g.Progress, _ = wholeOf(f.progress.Text)
	for i, d := range talent.GoalDetail {
		*d.Text(&g) = f.detail[i].Text
	}
	g.Notes = slices.Clone(base.Notes)
	g.Actions = nil
	for _, r := range f.actions {
		g.Actions = append(g.Actions, r.action())
	}
	return g
}

// addRow adds an action row to the form and returns it for watching.
func (f *goalForm) addRow(a talent.Action) *fyne.Container {
	r := &actionRow{base: a, kind: newChoice(talent.LearningKinds, talent.LearningKind.Label),
		text: newEntry("The action, e.g. Lead the Monday planning meeting", nil),
		due:  newDateEntry(false), done: newCheckBox("Done")}
	r.kind.SetValue(a.Kind)
	r.text.SetText(a.Text)
	r.due.SetText(talent.FormatDate(a.Due))
	r.done.SetChecked(a.Done)
	r.remove = newButton("", theme.DeleteIcon(), func() { f.removeRow(r) })
	r.remove.Importance = widget.LowImportance
	r.box = container.NewVBox(container.NewBorder(nil, nil, nil, r.remove, r.text),
		container.NewGridWithColumns(3, r.kind, r.due, r.done), widget.NewSeparator())
	f.actions = append(f.actions, r)
	f.actionBox.Add(r.box)
	return r.box
}

func (f *goalForm) removeRow(r *actionRow) {
	f.actions = slices.DeleteFunc(f.actions, func(x *actionRow) bool { return x == r })
	f.actionBox.Remove(r.box)
	f.update()
}

func (r *actionRow) action() talent.Action {
	a := r.base
	a.Kind, a.Text, a.Due, a.Done = r.kind.Value(), r.text.Text, dateOf(r.due), r.done.Checked
	return a
}

// noteForm adds a dated progress note to a goal.
type noteForm struct {
	*editor
	date *entry
	text *entry
}

func (p *planPanel) onAddNote(i int) {
	base := p.plan.Goals[i]
	f := &noteForm{date: newDateEntry(true), text: newNotesEntry("What happened since the last update", nil)}
	f.date.SetText(talent.FormatDate(p.a.today()))
	f.text.SetMinRowsVisible(4)
	build := func() talent.Goal {
		g := base
		g.Actions = slices.Clone(base.Actions)
		g.Notes = append(slices.Clone(base.Notes), talent.ProgressNote{GoalID: base.ID, Date: dateOf(f.date), Text: f.text.Text})
		return g
	}
	items := []*widget.FormItem{widget.NewFormItem("Date", f.date), widget.NewFormItem("Progress", f.text)}
	f.editor = p.a.newEditor("Progress on “"+base.Title+"”", "Add note", items,
		func() error { g := build(); return g.Validate() },
		func() error { return p.saveGoal(i, build()) })
	f.show(p.a.win.Canvas())
	p.a.win.Canvas().Focus(f.text)
}
