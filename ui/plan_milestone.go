package ui

import (
	"fmt"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"leadbridge/internal/talent"
)

// milestoneRow shows one transition check-point and whether it is done.
type milestoneRow struct {
	box   *fyne.Container
	title *widget.Label
	focus *widget.Label
	state *widget.Label
	notes *widget.Label
	tick  *widget.Button
}

func (p *planPanel) showMilestones() {
	p.msRows = nil
	var objs []fyne.CanvasObject
	for i := range p.plan.Milestones {
		r := p.newMilestoneRow(i)
		p.msRows = append(p.msRows, r)
		objs = append(objs, r.box)
	}
	if len(objs) == 0 {
		objs = append(objs, emptyNote("No transition milestones yet. They are added when a decision to promote is recorded: check-points "+talent.MilestoneSchedule()+"."),
			container.NewHBox(p.addMilestones))
	}
	p.milestones.Objects = objs
	p.milestones.Refresh()
}

func (p *planPanel) newMilestoneRow(i int) *milestoneRow {
	m := p.plan.Milestones[i]
	r := &milestoneRow{
		title: &widget.Label{Text: m.Label + " — due " + talent.FormatDate(m.Due), TextStyle: fyne.TextStyle{Bold: true}},
		focus: &widget.Label{Text: m.Focus, Wrapping: fyne.TextWrapWord},
		state: &widget.Label{Text: milestoneState(m, p.a.today())},
		notes: wrapLabel(m.Notes),
		tick:  &widget.Button{Text: "Tick off", Icon: theme.ConfirmIcon(), OnTapped: func() { p.onMilestone(i) }},
	}
	switch {
	case m.Done:
		r.tick.SetText("Edit")
		r.tick.SetIcon(theme.DocumentCreateIcon())
		r.state.Importance = widget.SuccessImportance
	case m.Overdue(p.a.today()):
		r.state.Importance = widget.DangerImportance
	}
	if m.Notes == "" {
		r.notes.Hide()
	}
	r.box = container.NewVBox(container.NewBorder(nil, nil, nil, r.tick, r.title), r.focus, r.state, r.notes)
	return r
}

// milestoneState says whether a milestone is done, overdue or still ahead.
func milestoneState(m talent.Milestone, today time.Time) string {
	switch days := talent.DaysBetween(today, m.Due); {
	case m.Done:
		return "Done on " + talent.FormatDate(m.DoneDate) + "."
	case m.Overdue(today):
		return fmt.Sprintf("Overdue by %s.", talent.Count(-days, "1 day", "days"))
	case days == 0:
		return "Due today."
	default:
		return fmt.Sprintf("Due in %s.", talent.Count(days, "1 day", "days"))
	}
}

// milestoneForm ticks off a milestone with the date it was done and notes.
type milestoneForm struct {
	*editor
	done     *checkBox
	doneDate *entry
	notes    *entry
}

// onMilestone opens milestone i: ticking off a milestone not yet done, or editing one.
func (p *planPanel) onMilestone(i int) {
	base := p.plan.Milestones[i]
	f := &milestoneForm{done: newCheckBox("Done"), doneDate: newDateEntry(false),
		notes: newNotesEntry("What was done, what was agreed", nil)}
	f.notes.SetMinRowsVisible(4)
	f.done.SetChecked(true)
	f.doneDate.SetText(talent.FormatDate(p.a.today()))
	if base.Done {
		f.doneDate.SetText(talent.FormatDate(base.DoneDate))
	}
	f.notes.SetText(base.Notes)
	build := func() talent.Milestone {
		m := base
		m.Done, m.DoneDate, m.Notes = f.done.Checked, dateOf(f.doneDate), f.notes.Text
		if !m.Done {
			m.DoneDate = time.Time{}
		}
		return m
	}
	items := []*widget.FormItem{
		{Text: "Focus", Widget: &widget.Label{Text: base.Focus, Wrapping: fyne.TextWrapWord}},
		widget.NewFormItem("", f.done),
		widget.NewFormItem("Done on", f.doneDate),
		widget.NewFormItem("Notes", f.notes),
	}
	f.editor = p.a.newEditor(base.Label+" milestone", "Save", items,
		func() error { m := build(); return m.Validate() },
		func() error {
			next := clonePlan(p.plan)
			next.Milestones[i] = build()
			return p.savePlan(next)
		})
	f.show(p.a.win.Canvas())
}

// promotionForm adds the transition milestones for a promotion made before it was recorded.
type promotionForm struct {
	*editor
	promoted *entry
}

func (p *planPanel) onAddMilestones() {
	f := &promotionForm{promoted: newDateEntry(true)}
	items := []*widget.FormItem{{Text: "Promoted on", Widget: f.promoted,
		HintText: "Check-points follow " + talent.MilestoneSchedule() + "; the phase follows the date."}}
	f.editor = p.a.newEditor("Add transition milestones", "Add milestones", items, nil, func() error {
		next := clonePlan(p.plan)
		next.Milestones = talent.TransitionMilestones(dateOf(f.promoted))
		next.Phase = talent.PhaseAt(dateOf(f.promoted), p.a.today())
		return p.savePlan(next)
	})
	f.show(p.a.win.Canvas())
}
