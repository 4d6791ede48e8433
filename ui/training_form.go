package ui

import (
	"errors"
	"fmt"
	"math"
	"strconv"
	"strings"

	"fyne.io/fyne/v2/widget"

	"leadbridge/internal/talent"
)

// trainingForm creates or edits one training entry.
type trainingForm struct {
	*editor
	person     *personPicker
	title      *entry
	provider   *entry
	kind       *choice[talent.TrainingKind]
	competency *choice[int64]
	planned    *entry
	completed  *entry
	hours      *entry
	cost       *entry
	status     *choice[talent.TrainingStatus]
	reflection *entry
}

func (t *trainingLog) onNew() {
	t.openForm(talent.Training{PersonID: t.personID, Kind: talent.TrainingCourse, Status: talent.TrainingPlanned})
}

func (t *trainingLog) onEdit() {
	if e, ok := t.selectedEntry(); ok {
		t.openForm(e)
	}
}

func (t *trainingLog) onDelete() {
	e, ok := t.selectedEntry()
	if !ok {
		return
	}
	msg := fmt.Sprintf("Delete “%s” from the training log of %s?", e.Title, t.people[e.PersonID].Name)
	t.a.confirm("Delete training", msg, "Delete", func() {
		if err := t.a.store.DeleteTraining(t.a.ctx(), e.ID); err != nil {
			t.a.showError(err)
			return
		}
		t.selected = 0
		t.refresh()
	})
}

func (t *trainingLog) openForm(base talent.Training) {
	f := t.newForm(base)
	items := []*widget.FormItem{
		widget.NewFormItem("Person", f.person),
		widget.NewFormItem("Title", f.title),
		widget.NewFormItem("Provider", f.provider),
		widget.NewFormItem("Kind", f.kind),
		widget.NewFormItem("Competency", f.competency),
		widget.NewFormItem("Planned for", f.planned),
		widget.NewFormItem("Completed on", f.completed),
		widget.NewFormItem("Hours", f.hours),
		{Text: "Cost", Widget: f.cost, HintText: "In the business's own currency."},
		widget.NewFormItem("Status", f.status),
		{Text: "Reflection", Widget: f.reflection, HintText: "What I will do differently."},
	}
	title := "New training"
	if base.ID != 0 {
		title = "Edit training"
	}
	f.editor = t.a.newEditor(title, "Save training", items,
		func() error { e := f.training(base); return e.Validate() },
		func() error {
			e := f.training(base)
			if err := t.a.store.SaveTraining(t.a.ctx(), &e); err != nil {
				return err
			}
			t.selected = e.ID
			t.refresh()
			return nil
		})
	f.show(t.a.win.Canvas())
}

func (t *trainingLog) newForm(base talent.Training) *trainingForm {
	f := &trainingForm{person: newPersonPicker(t.staff, "", base.PersonID),
		title: newEntry("e.g. Leading your first team", requiredName("Title")), provider: newEntry("", nil),
		kind: newChoice(talent.TrainingKinds, talent.TrainingKind.Label), competency: newCompetencyChoice(t.std, true),
		planned: newDateEntry(false), completed: newDateEntry(false),
		hours: newDecimalEntry("Write the hours as a number, like 7.5."), cost: newDecimalEntry("Write the cost as a number, like 250 or 249.90."),
		status:     newChoice(talent.TrainingStatuses, talent.TrainingStatus.Label),
		reflection: newNotesEntry("What I will do differently", nil)}
	f.person.SetValue(base.PersonID)
	f.title.SetText(base.Title)
	f.provider.SetText(base.Provider)
	f.kind.SetValue(base.Kind)
	f.competency.SetValue(base.CompetencyID)
	f.planned.SetText(talent.FormatDate(base.PlannedDate))
	f.completed.SetText(talent.FormatDate(base.CompletedDate))
	f.hours.SetText(formatHours(base.Hours))
	f.cost.SetText(formatCost(base.CostCents))
	f.status.SetValue(base.Status)
	f.reflection.SetText(base.Reflection)
	f.reflection.SetMinRowsVisible(3)
	return f
}

// training is the entry the form describes, built on base (which keeps its ID).
func (f *trainingForm) training(base talent.Training) talent.Training {
	e := base
	e.PersonID, e.Title, e.Provider = f.person.Value(), f.title.Text, f.provider.Text
	e.Kind, e.CompetencyID, e.Status, e.Reflection = f.kind.Value(), f.competency.Value(), f.status.Value(), f.reflection.Text
	e.PlannedDate, e.CompletedDate = dateOf(f.planned), dateOf(f.completed)
	e.Hours, _ = decimalOf(f.hours.Text)
	cost, _ := decimalOf(f.cost.Text)
	e.CostCents = int64(math.Round(cost * 100))
	return e
}

// maxDecimal keeps typed amounts far inside what a cent count can hold.
const maxDecimal = 1e12

// newDecimalEntry is an entry for an optional decimal number; message says how to write one.
func newDecimalEntry(message string) *entry {
	return newEntry("", func(s string) error {
		if _, err := decimalOf(s); err != nil {
			return errors.New(message)
		}
		return nil
	})
}

// decimalOf reads an optional decimal number written with a decimal point or comma. When
// both appear, the last one is the decimal mark and the other separates thousands
// ("1,250.50", "1.250,50"); an empty entry is 0.
func decimalOf(s string) (float64, error) {
	s = strings.NewReplacer(" ", "", "\u00a0", "", "\u202f", "", "'", "").Replace(strings.TrimSpace(s))
	if s == "" {
		return 0, nil
	}
	if strings.LastIndex(s, ",") > strings.LastIndex(s, ".") {
		s = strings.ReplaceAll(s, ".", "")
		s = strings.Replace(s, ",", ".", 1)
	} else {
		s = strings.ReplaceAll(s, ",", "")
	}
	v, err := strconv.ParseFloat(s, 64)
	if err != nil || math.IsNaN(v) || math.IsInf(v, 0) || math.Abs(v) > maxDecimal {
		return 0, errors.New("not a number")
	}
	return v, nil
}

// formatHours writes hours without trailing zeros, and nothing for none.
func formatHours(h float64) string {
	if h == 0 {
		return ""
	}
	return strconv.FormatFloat(h, 'f', -1, 64)
}

// formatCost writes a cost with two decimals, and nothing for none.
func formatCost(cents int64) string {
	if cents == 0 {
		return ""
	}
	return costText(cents)
}

// costText writes a cost in cents with two decimals.
func costText(cents int64) string {
	return fmt.Sprintf("%d.%02d", cents/100, cents%100)
}
