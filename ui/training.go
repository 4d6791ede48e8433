package ui

import (
	"fmt"
	"strconv"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"leadbridge/internal/talent"
)

// trainingArea is the training log of everyone, filtered by person, status and kind.
type trainingArea struct {
	*trainingLog
}

func newTrainingArea(a *App) *trainingArea { return &trainingArea{newTrainingLog(a, 0)} }

// newRecord starts a new training entry (Ctrl+N).
func (t *trainingArea) newRecord() { t.onNew() }

// personTrainingPanel is one person's training log on their page.
type personTrainingPanel struct {
	*trainingLog
}

func newPersonTrainingPanel(a *App, personID int64) *personTrainingPanel {
	return &personTrainingPanel{newTrainingLog(a, personID)}
}

// trainingLog lists training entries with their totals; personID 0 means everyone's.
type trainingLog struct {
	a        *App
	personID int64
	entries  []talent.Training // as loaded
	shown    []talent.Training // after the filters
	staff    []talent.Person
	people   map[int64]talent.Person
	std      talent.Standard
	selected int64

	root       *fyne.Container
	bar        *fyne.Container
	person     *personPicker // the person filter; nil on a person's page
	personSlot *fyne.Container
	status     *choice[talent.TrainingStatus]
	kind       *choice[talent.TrainingKind]
	newEntry   *widget.Button
	edit       *widget.Button
	remove     *widget.Button
	list       *widget.List
	empty      *widget.Label
	totals     *widget.Label
	detail     *widget.Label
}

func newTrainingLog(a *App, personID int64) *trainingLog {
	t := &trainingLog{a: a, personID: personID}
	t.buildUI()
	return t
}

func (t *trainingLog) buildUI() {
	t.status = newChoice(append([]talent.TrainingStatus{""}, talent.TrainingStatuses...), func(s talent.TrainingStatus) string {
		return labelOr(s.Label(), s == "", "Any status")
	})
	t.kind = newChoice(append([]talent.TrainingKind{""}, talent.TrainingKinds...), func(k talent.TrainingKind) string {
		return labelOr(k.Label(), k == "", "Any kind")
	})
	t.status.SetValue("")
	t.kind.SetValue("")
	t.status.OnChanged = func(string) { t.showList() }
	t.kind.OnChanged = func(string) { t.showList() }
	t.newEntry = &widget.Button{Text: "New training", Icon: theme.ContentAddIcon(), Importance: widget.HighImportance, OnTapped: t.onNew}
	t.edit = &widget.Button{Text: "Edit", Icon: theme.DocumentCreateIcon(), OnTapped: t.onEdit}
	t.remove = &widget.Button{Text: "Delete", Icon: theme.DeleteIcon(), OnTapped: t.onDelete}
	t.list = widget.NewList(func() int { return len(t.shown) },
		t.createRow,
		t.updateRow)
	t.list.OnSelected = func(i widget.ListItemID) { t.selected = t.shown[i].ID; t.showSelected() }
	t.empty = emptyNote("")
	t.totals = &widget.Label{}
	t.detail = &widget.Label{Wrapping: fyne.TextWrapWord}
	t.bar = container.NewHBox(t.newEntry, t.edit, t.remove, widget.NewLabel("Show"), t.status, t.kind)
	if t.personID == 0 {
		t.personSlot = container.NewStack()
		t.bar.Objects = append(t.bar.Objects, t.personSlot)
	}
	top := container.NewVBox(t.bar, t.header())
	bottom := container.NewVBox(t.totals, t.detail)
	t.root = container.NewBorder(top, bottom, nil, nil, container.NewStack(t.list, t.empty))
}

// columns are the list's columns with their share of the width; the person column is
// left out on a person's page.
func (t *trainingLog) columns() ([]string, weightedColumns) {
	names := []string{"Title", "Kind", "Status", "Date", "Hours", "Cost"}
	weights := weightedColumns{3, 1.5, 1.2, 1.4, 0.7, 0.9}
	if t.personID == 0 {
		return append([]string{"Person"}, names...), append(weightedColumns{2}, weights...)
	}
	return names, weights
}

func (t *trainingLog) header() fyne.CanvasObject {
	names, weights := t.columns()
	c := &fyne.Container{Layout: weights}
	for _, n := range names {
		c.Objects = append(c.Objects, widget.NewLabelWithStyle(n, fyne.TextAlignLeading, fyne.TextStyle{Bold: true}))
	}
	return c
}

func (t *trainingLog) createRow() fyne.CanvasObject {
	names, weights := t.columns()
	c := &fyne.Container{Layout: weights}
	for range names {
		c.Objects = append(c.Objects, t.a.newCellLabel())
	}
	return c
}

func (t *trainingLog) updateRow(i widget.ListItemID, o fyne.CanvasObject) {
	e := t.shown[i]
	cells := []string{e.Title, e.Kind.Label(), e.Status.Label(), trainingDate(e), formatHours(e.Hours), formatCost(e.CostCents)}
	if t.personID == 0 {
		cells = append([]string{t.people[e.PersonID].Name}, cells...)
	}
	for j, obj := range o.(*fyne.Container).Objects {
		obj.(*cellLabel).SetText(cells[j])
	}
}

// trainingDate is when the training was done, or when it is planned.
func trainingDate(e talent.Training) string {
	if !e.CompletedDate.IsZero() {
		return talent.FormatDate(e.CompletedDate)
	}
	return talent.FormatDate(e.PlannedDate)
}

func (t *trainingLog) view() fyne.CanvasObject { return t.root }

// refresh reloads the log, the people and the standard (for competency names).
func (t *trainingLog) refresh() { t.a.reload(t.load, t.show) }

func (t *trainingLog) load() error {
	var err error
	if t.entries, err = t.a.store.TrainingLog(t.a.ctx(), talent.TrainingFilter{PersonID: t.personID}); err != nil {
		return err
	}
	if t.staff, t.people, err = t.a.everyone(); err != nil {
		return err
	}
	t.std, err = t.a.store.Standard(t.a.ctx())
	return err
}

func (t *trainingLog) show() {
	t.updatePersonFilter()
	t.showList()
}

// updatePersonFilter offers, through a search, everyone still here who has training,
// keeping the choice made.
func (t *trainingLog) updatePersonFilter() {
	if t.personSlot == nil {
		return
	}
	keep := t.personFilter()
	seen := map[int64]bool{}
	for _, e := range t.entries {
		seen[e.PersonID] = true
	}
	var trained []talent.Person
	for _, p := range t.staff {
		if seen[p.ID] {
			trained = append(trained, p)
		}
	}
	t.person = newPersonPicker(trained, "Everyone", keep)
	t.person.SetValue(keep)
	t.person.OnChanged = func(string) { t.showList() }
	t.personSlot.Objects = []fyne.CanvasObject{t.person}
	t.bar.Refresh()
}

// personFilter is the person the log is narrowed to, or 0.
func (t *trainingLog) personFilter() int64 {
	if t.person == nil {
		return 0
	}
	return t.person.Value()
}

// showList applies the filters, keeping the selection when it remains.
func (t *trainingLog) showList() {
	t.shown = nil
	person, status, kind := t.personFilter(), t.status.Value(), t.kind.Value()
	for _, e := range t.entries {
		if (person == 0 || e.PersonID == person) && (status == "" || e.Status == status) && (kind == "" || e.Kind == kind) {
			t.shown = append(t.shown, e)
		}
	}
	t.list.UnselectAll()
	t.list.Refresh()
	switch {
	case len(t.entries) == 0 && t.personID == 0:
		t.empty.SetText("No training recorded yet. Add courses, reading, shadowing or stretch assignments with “New training”.")
	case len(t.entries) == 0:
		t.empty.SetText("No training recorded for this person yet. Plan a course, some reading or a stretch assignment with “New training”.")
	default:
		t.empty.SetText("No training matches these filters.")
	}
	t.empty.Hidden = len(t.shown) > 0
	t.empty.Refresh()
	t.totals.SetText(trainingTotals(t.shown))
	for i, e := range t.shown {
		if e.ID == t.selected {
			t.list.Select(i)
		}
	}
	t.showSelected()
}

// trainingTotals sums the hours completed and the cost of what was not cancelled.
func trainingTotals(entries []talent.Training) string {
	var hours float64
	var cents int64
	for _, e := range entries {
		if e.Status == talent.TrainingCompleted {
			hours += e.Hours
		}
		if e.Status != talent.TrainingCancelled {
			cents += e.CostCents
		}
	}
	return fmt.Sprintf("%s · %s hours completed · cost %s", talent.Count(len(entries), "1 entry", "entries"),
		strconv.FormatFloat(hours, 'f', -1, 64), costText(cents))
}

// selectedEntry returns the selected entry when it is listed.
func (t *trainingLog) selectedEntry() (talent.Training, bool) {
	return findByID(t.shown, t.selected, func(e talent.Training) int64 { return e.ID })
}

func (t *trainingLog) showSelected() {
	e, ok := t.selectedEntry()
	if !ok {
		t.edit.Disable()
		t.remove.Disable()
		t.detail.SetText("Select an entry to see its provider, competency and reflection, or to change it.")
		return
	}
	t.edit.Enable()
	t.remove.Enable()
	comp := "none"
	if c, ok := t.std.Competency(e.CompetencyID); ok {
		comp = c.Name
	}
	text := fmt.Sprintf("%s · provider: %s · competency: %s", e.Title, orNone(e.Provider, "not recorded"), comp)
	if e.Reflection != "" {
		text += "\nWhat I will do differently: " + e.Reflection
	}
	t.detail.SetText(text)
}

// labelOr is label, or other when useOther is set: the "any" entry of a filter.
func labelOr(label string, useOther bool, other string) string {
	if useOther {
		return other
	}
	return label
}
