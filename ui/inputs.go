package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/widget"
)

// Fyne hands a key to the focused widget alone, and calls the window's key handler only
// when nothing has focus. Text fields, drop-downs, check boxes and buttons ignore Escape,
// and most ignore Enter, so while one of them had focus Escape could neither close the
// dialog in front nor go back from a page, and Enter could not press the dialog's
// default button. The inputs below are those Fyne widgets with these keys passed on;
// every form uses them.

// passKey hands k to the key handler of the canvas o is drawn on when k is Escape, or
// Enter when enter is set, and reports whether it did.
func passKey(o fyne.CanvasObject, k *fyne.KeyEvent, enter bool) bool {
	switch k.Name {
	case fyne.KeyEscape:
	case fyne.KeyReturn, fyne.KeyEnter:
		if !enter {
			return false
		}
	default:
		return false
	}
	if c := fyne.CurrentApp().Driver().CanvasForObject(o); c != nil && c.OnTypedKey() != nil {
		c.OnTypedKey()(k)
	}
	return true
}

// heldModifiers are the modifier keys held down now; none where the driver cannot tell.
func heldModifiers() fyne.KeyModifier {
	if d, ok := fyne.CurrentApp().Driver().(desktop.Driver); ok {
		return d.CurrentKeyModifiers()
	}
	return 0
}

// A shortcut such as Ctrl+N opens a form with its first field focused; when Ctrl was let
// go before N, the key's repeats typed "nnn" into that field. Fyne tells the input with
// focus of each key going down, though not of its repeats, so the inputs take a
// character only once a key has gone down while they had the focus. Fyne's test driver
// reports no key going down, so the rule holds with a desktop window only.
var dropEarlyRunes = func() bool {
	_, desktop := fyne.CurrentApp().Driver().(desktop.Driver)
	return desktop
}

// early reports whether a character comes from a key pressed before the input took the
// focus, keyDown telling whether a key has gone down since.
func early(keyDown bool) bool { return !keyDown && dropEarlyRunes() }

// wrapper is an input that adds to a Fyne widget; the editor watches and checks that
// widget.
type wrapper interface {
	fyneWidget() fyne.CanvasObject
}

// inner is the Fyne widget behind o when o is a wrapper, or else o itself.
func inner(o fyne.CanvasObject) fyne.CanvasObject {
	if w, ok := o.(wrapper); ok {
		return w.fyneWidget()
	}
	return o
}

// entry is a text field.
type entry struct {
	widget.Entry
	keyDown bool // a key went down since the field took the focus
}

// newEntry makes a one-line text field; valid may be nil.
func newEntry(placeHolder string, valid fyne.StringValidator) *entry {
	e := &entry{}
	e.ExtendBaseWidget(e)
	e.PlaceHolder, e.Validator = placeHolder, valid
	return e
}

// newNotesEntry makes a text field for a few lines of notes, wrapped at word boundaries.
func newNotesEntry(placeHolder string, valid fyne.StringValidator) *entry {
	e := newEntry(placeHolder, valid)
	e.MultiLine, e.Wrapping = true, fyne.TextWrapWord
	return e
}

// TypedKey passes Escape on, and Enter when it neither starts a new line nor submits
// the field.
func (e *entry) TypedKey(k *fyne.KeyEvent) {
	if !passKey(e, k, !e.MultiLine && e.OnSubmitted == nil) {
		e.Entry.TypedKey(k)
		e.recheck()
	}
}

func (e *entry) TypedRune(r rune) {
	if early(e.keyDown) {
		return
	}
	e.Entry.TypedRune(r)
	e.recheck()
}

func (e *entry) FocusGained() {
	e.keyDown = false
	e.Entry.FocusGained()
}

func (e *entry) KeyDown(k *fyne.KeyEvent) {
	e.keyDown = true
	e.Entry.KeyDown(k)
}

func (e *entry) TypedShortcut(s fyne.Shortcut) {
	e.Entry.TypedShortcut(s)
	e.recheck()
}

// recheck shows what is wrong with the text just typed. Fyne keeps the verdict on the
// text as it was when the field took the focus until the focus leaves: a date turned
// invalid while typing kept its ✓, and a name emptied showed Fyne's own "item is
// required" rather than the record's message.
func (e *entry) recheck() {
	if e.Validator == nil {
		return
	}
	always := e.AlwaysShowValidationError
	e.AlwaysShowValidationError = true
	e.Validate()
	e.AlwaysShowValidationError = always
}

// SetOnRequiredChanged ignores Fyne's check of a required field: the field's own
// validator says what is missing, in the record's words.
func (e *entry) SetOnRequiredChanged(func(bool)) {}

func (e *entry) fyneWidget() fyne.CanvasObject { return &e.Entry }

// selectEntry is a text field that also offers a few ready answers in a drop-down.
type selectEntry struct{ widget.SelectEntry }

func newSelectEntry(options []string) *selectEntry {
	e := &selectEntry{}
	e.ExtendBaseWidget(e)
	e.Wrapping = fyne.TextWrap(fyne.TextTruncateClip) // as widget.NewSelectEntry sets it
	e.SetOptions(options)
	return e
}

func (e *selectEntry) TypedKey(k *fyne.KeyEvent) {
	if !passKey(e, k, e.OnSubmitted == nil) {
		e.SelectEntry.TypedKey(k)
	}
}

func (e *selectEntry) fyneWidget() fyne.CanvasObject { return &e.Entry }

// checkBox is a check box.
type checkBox struct{ widget.Check }

func newCheckBox(text string) *checkBox {
	c := &checkBox{}
	c.ExtendBaseWidget(c)
	c.Text = text
	return c
}

func (c *checkBox) TypedKey(k *fyne.KeyEvent) {
	if !passKey(c, k, true) {
		c.Check.TypedKey(k)
	}
}

func (c *checkBox) fyneWidget() fyne.CanvasObject { return &c.Check }

// button is a button of a form, where Tab reaches it.
type button struct{ widget.Button }

func newButton(text string, icon fyne.Resource, tapped func()) *button {
	b := &button{}
	b.ExtendBaseWidget(b)
	b.Text, b.Icon, b.OnTapped = text, icon, tapped
	return b
}

// TypedKey presses the button on Enter, as on Space, and passes Escape on.
func (b *button) TypedKey(k *fyne.KeyEvent) {
	switch {
	case k.Name == fyne.KeyReturn || k.Name == fyne.KeyEnter:
		b.Tapped(nil)
	case !passKey(b, k, false):
		b.Button.TypedKey(k)
	}
}

func (b *button) fyneWidget() fyne.CanvasObject { return &b.Button }

// moveOn hands the focus to next once someone picks an option of r, or lets go of it when
// next is nil. Fyne's radio buttons take the focus when clicked and, unlike the inputs
// above, cannot pass Escape on, so the focus moves to the field that follows, where
// typing goes next and Escape works. A choice made by the program, with nothing or
// another input focused, moves nothing.
func moveOn(r *widget.RadioGroup, next fyne.Focusable) {
	chosen := r.OnChanged
	r.OnChanged = func(s string) {
		if chosen != nil {
			chosen(s)
		}
		c := fyne.CurrentApp().Driver().CanvasForObject(r)
		if c == nil {
			return
		}
		f := c.Focused()
		if _, input := f.(wrapper); f == nil || f == next || input {
			return
		}
		if next == nil {
			c.Unfocus()
		} else {
			c.Focus(next)
		}
	}
}
