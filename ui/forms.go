package ui

import (
	"errors"
	"strconv"
	"strings"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"leadbridge/internal/talent"
)

// validator turns a domain check into a Fyne validator, so forms show the domain's own
// message next to the field as it is typed.
func validator(check func(string) error) fyne.StringValidator {
	return func(s string) error {
		if err := check(s); err != nil {
			return errors.New(talent.ErrorMessage(err))
		}
		return nil
	}
}

// requiredName checks a required name-like field the way the records do.
func requiredName(label string) fyne.StringValidator {
	return validator(func(s string) error { return talent.CheckName(label, s) })
}

// newDateEntry is an entry for a YYYY-MM-DD date, checked as it is typed.
func newDateEntry(required bool) *entry {
	return newEntry("YYYY-MM-DD", validator(func(s string) error {
		if required && strings.TrimSpace(s) == "" {
			return talent.Errorf(talent.EINVALID, "Enter a date as YYYY-MM-DD.")
		}
		_, err := talent.ParseDate(s)
		return err
	}))
}

// dateOf reads a date entry that has passed validation.
func dateOf(e *entry) time.Time {
	t, _ := talent.ParseDate(e.Text)
	return t
}

// choice is a drop-down over a domain enum, showing labels and yielding values.
type choice[T comparable] struct {
	widget.Select
	values []T
}

// newChoice makes a choice over values; with none set, it starts empty.
func newChoice[T comparable](values []T, label func(T) string) *choice[T] {
	c := &choice[T]{values: values}
	c.ExtendBaseWidget(c)
	for _, v := range values {
		c.Options = append(c.Options, label(v))
	}
	return c
}

func (c *choice[T]) TypedKey(k *fyne.KeyEvent) {
	if !passKey(c, k, true) {
		c.Select.TypedKey(k)
	}
}

func (c *choice[T]) fyneWidget() fyne.CanvasObject { return &c.Select }

// Value is the selected value, or the zero value when nothing is selected.
func (c *choice[T]) Value() T {
	var zero T
	if i := c.SelectedIndex(); i >= 0 {
		return c.values[i]
	}
	return zero
}

// SetValue selects v, or clears the selection when v is not among the values.
func (c *choice[T]) SetValue(v T) {
	for i, x := range c.values {
		if x == v {
			c.SetSelectedIndex(i)
			return
		}
	}
	c.ClearSelected()
}

// editor is one record's form in a dialog. Save stays disabled while a field is invalid or
// the record as a whole breaks a rule (whose message shows under the form), and the dialog
// closes only once the save succeeded, so a store error never throws away what was typed.
type editor struct {
	form    *widget.Form
	problem *widget.Label
	save    *button
	cancel  *button
	dlg     *dialog.CustomDialog
	check   func() error
	touched bool // a field has changed since the form opened: its problem may show
}

// newEditor builds an editor over items. check validates the record the fields describe
// (nil when the fields' own validators suffice); save stores it. The editor re-checks
// whenever any field changes.
func (a *App) newEditor(title, saveText string, items []*widget.FormItem, check, save func() error) *editor {
	e := &editor{form: widget.NewForm(items...), check: check}
	e.problem = &widget.Label{Importance: widget.DangerImportance, Wrapping: fyne.TextWrapWord}
	e.cancel = newButton("Cancel", theme.CancelIcon(), func() { e.dlg.Hide() })
	e.save = newButton(saveText, theme.ConfirmIcon(), nil)
	e.save.Importance = widget.HighImportance
	e.save.OnTapped = func() {
		if err := save(); err != nil {
			a.showError(err)
			return
		}
		e.dlg.Hide()
	}
	for _, it := range items {
		e.watch(it.Widget)
	}
	scroll := container.NewVScroll(e.form)
	size := e.form.MinSize()
	scroll.SetMinSize(fyne.NewSize(max(size.Width, 480), min(size.Height, 520)))
	e.dlg = dialog.NewCustomWithoutButtons(title, container.NewBorder(nil, problemSpace(e.problem), nil, nil, scroll), a.win)
	e.dlg.SetButtons([]fyne.CanvasObject{e.cancel, e.save})
	e.update()
	return e
}

// show opens the dialog with the first field focused, so typing can start at once.
func (e *editor) show(c fyne.Canvas) {
	e.dlg.Show()
	walkInputs(e.form, func(o fyne.CanvasObject) {
		if f, ok := o.(fyne.Focusable); ok && c.Focused() == nil {
			c.Focus(f)
		}
	})
}

// watch makes every input inside o re-check the form when it changes. Rows added to a
// form after it was built are watched the same way.
func (e *editor) watch(o fyne.CanvasObject) {
	walkInputs(o, func(o fyne.CanvasObject) {
		switch w := inner(o).(type) {
		case *widget.Entry:
			w.OnChanged = then(w.OnChanged, e.touch)
		case *widget.Select:
			w.OnChanged = then(w.OnChanged, e.touch)
		case *widget.Check:
			w.OnChanged = then(w.OnChanged, e.touch)
		case *widget.RadioGroup:
			w.OnChanged = then(w.OnChanged, e.touch)
		}
	})
}

// touch notes that a field changed, then checks the form again.
func (e *editor) touch() {
	e.touched = true
	e.update()
}

// update enables Save only when every field and the record as a whole are valid. What
// is wrong with the record shows once a field has changed: a form just opened is not
// yet wrong, only not yet filled in.
func (e *editor) update() {
	var err error
	walkInputs(e.form, func(o fyne.CanvasObject) {
		if en, ok := inner(o).(*widget.Entry); ok && err == nil && en.Validator != nil {
			err = en.Validator(en.Text)
		}
	})
	e.problem.SetText("")
	if err == nil && e.check != nil {
		if err = e.check(); err != nil && e.touched {
			e.problem.SetText(talent.ErrorMessage(err))
		}
	}
	if err != nil {
		e.save.Disable()
	} else {
		e.save.Enable()
	}
}

// problemSpace holds a form's problem line in a space of its own, two lines high
// (a longer message scrolls), so that a problem appearing neither moves nor resizes
// the dialog.
func problemSpace(problem *widget.Label) fyne.CanvasObject {
	space := container.NewVScroll(problem)
	line := fyne.MeasureText("Ag", theme.TextSize(), fyne.TextStyle{}).Height
	space.SetMinSize(fyne.NewSize(0, 2*line+4*theme.InnerPadding()))
	return space
}

// walkInputs calls visit for every input widget inside o, in form order, looking into
// containers and form items.
func walkInputs(o fyne.CanvasObject, visit func(fyne.CanvasObject)) {
	switch w := o.(type) {
	case *widget.Form:
		for _, it := range w.Items {
			walkInputs(it.Widget, visit)
		}
	case *fyne.Container:
		for _, c := range w.Objects {
			walkInputs(c, visit)
		}
	default:
		visit(o)
	}
}

// then returns a callback that runs f (when set) and then g.
func then[T any](f func(T), g func()) func(T) {
	return func(v T) {
		if f != nil {
			f(v)
		}
		g()
	}
}

// newWholeEntry is an entry for an optional whole number; what counts as a sensible
// range is left to the record's own rule, whose message the editor shows.
func newWholeEntry(label string) *entry {
	return newEntry("", func(s string) error {
		if _, err := wholeOf(s); err != nil {
			return errors.New(label + " must be a whole number, like 30.")
		}
		return nil
	})
}

// wholeOf reads an optional whole number; an empty entry is 0.
func wholeOf(s string) (int, error) {
	if s = strings.TrimSpace(s); s == "" {
		return 0, nil
	}
	return strconv.Atoi(s)
}

// newCompetencyChoice chooses a competency of the standard by name. With optional set,
// the first entry is "None" (ID 0).
func newCompetencyChoice(std talent.Standard, optional bool) *choice[int64] {
	var ids []int64
	names := map[int64]string{}
	if optional {
		ids = append(ids, 0)
		names[0] = "None"
	}
	for _, c := range std.Competencies {
		ids = append(ids, c.ID)
		names[c.ID] = c.Name
	}
	return newChoice(ids, func(id int64) string { return names[id] })
}

// saver is an area whose form in front can be saved with Ctrl+S.
type saver interface {
	save()
}

// save saves the form in front (Ctrl+S): the dialog's, when one is open (see
// saveDialog), or else the current area's.
func (a *App) save() {
	if a.saveDialog() || a.current == nil || a.current.built == nil {
		return
	}
	if s, ok := a.current.built.(saver); ok {
		s.save()
	}
}
