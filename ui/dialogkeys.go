package ui

import (
	"reflect"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"
)

// Fyne's dialogs take no keys of their own. Every key no input takes, and Enter and
// Escape from every input (see passKey), reach the window's key handler, which presses
// the dialog's buttons for them: Enter its default button, Escape its Cancel. Ctrl+S
// presses the default button of a dialog that holds a form.

// dialogKeys are the buttons of the dialog in front that keys press.
type dialogKeys struct {
	enter, escape *widget.Button // nil when the key presses nothing
	standard      bool           // one of Fyne's dialogs, rather than a file chooser or a search
	form          bool           // the dialog edits something, so Ctrl+S saves it
}

// keysOf finds the buttons of the dialog drawn as the overlay o. In Fyne's dialogs the
// buttons sit in a row at the bottom, the one that cancels first: Enter presses the
// highlighted button, or else the first, which in a question whose answer removes or
// replaces something (its button is red, not highlighted) is the safe choice. A dialog
// without buttons is a job at work, which no key stops. Elsewhere (a file chooser),
// Enter presses the one highlighted button, if any.
func keysOf(o fyne.CanvasObject) dialogKeys {
	pop := popUpOf(o)
	if pop == nil {
		return dialogKeys{}
	}
	if row, content, ok := dialogParts(pop); ok {
		k := dialogKeys{standard: true}
		buttons := buttonsIn(row)
		if len(buttons) > 0 {
			k.enter, k.escape = buttons[0], buttons[0]
		}
		if b := highlighted(buttons); b != nil {
			k.enter = b
		}
		eachShown(content, func(o fyne.CanvasObject) {
			if _, ok := o.(*widget.Form); ok {
				k.form = true
			}
		})
		return k
	}
	return dialogKeys{enter: highlighted(buttonsIn(pop.Content))}
}

// popUpOf is the pop-up shown as the overlay o, or nil. Fyne draws each pop-up inside a
// container of a type of its own, which holds it as its Content.
func popUpOf(o fyne.CanvasObject) *widget.PopUp {
	if p, ok := o.(*widget.PopUp); ok {
		return p
	}
	v := reflect.ValueOf(o)
	if v.Kind() != reflect.Pointer || v.Elem().Kind() != reflect.Struct {
		return nil
	}
	if f := v.Elem().FieldByName("Content"); f.IsValid() && f.CanInterface() {
		p, _ := f.Interface().(*widget.PopUp)
		return p
	}
	return nil
}

// dialogParts finds the button row and the content of one of Fyne's dialogs: a modal
// pop-up holding, in order, an icon, a background, the content, the button row and
// the title.
func dialogParts(pop *widget.PopUp) (row, content fyne.CanvasObject, ok bool) {
	box, ok := pop.Content.(*fyne.Container)
	if !ok || len(box.Objects) != 5 {
		return nil, nil, false
	}
	if _, title := box.Objects[4].(*widget.Label); !title {
		return nil, nil, false
	}
	row, ok = box.Objects[3].(*fyne.Container)
	return row, box.Objects[2], ok
}

// buttonsIn lists the buttons shown inside o, in order.
func buttonsIn(o fyne.CanvasObject) []*widget.Button {
	var buttons []*widget.Button
	eachShown(o, func(o fyne.CanvasObject) {
		if b, ok := inner(o).(*widget.Button); ok && b.Visible() {
			buttons = append(buttons, b)
		}
	})
	return buttons
}

// eachShown visits o and what it holds: the objects of containers, and the content of
// scrolls and pop-ups, though not the parts other widgets draw.
func eachShown(o fyne.CanvasObject, visit func(fyne.CanvasObject)) {
	visit(o)
	switch w := o.(type) {
	case *fyne.Container:
		for _, c := range w.Objects {
			eachShown(c, visit)
		}
	case *container.Scroll:
		eachShown(w.Content, visit)
	case *widget.PopUp:
		eachShown(w.Content, visit)
	}
}

// highlighted is the one highlighted button of buttons, or nil when there is none or
// more than one.
func highlighted(buttons []*widget.Button) *widget.Button {
	var found *widget.Button
	for _, b := range buttons {
		if b.Importance == widget.HighImportance {
			if found != nil {
				return nil
			}
			found = b
		}
	}
	return found
}

// pressButton presses b as a click does, unless it is nil or disabled.
func pressButton(b *widget.Button) {
	if b != nil && !b.Disabled() && b.OnTapped != nil {
		b.OnTapped()
	}
}

// dialogKey handles k while something is shown over the window, and reports whether
// something was. Escape closes what cannot be cancelled by a button, such as a file
// chooser.
func (a *App) dialogKey(k *fyne.KeyEvent) bool {
	top := a.win.Canvas().Overlays().Top()
	if top == nil {
		return false
	}
	keys := keysOf(top)
	switch k.Name {
	case fyne.KeyEscape:
		if keys.escape != nil {
			pressButton(keys.escape)
		} else if !keys.standard {
			a.win.Canvas().Overlays().Remove(top)
		}
	case fyne.KeyReturn, fyne.KeyEnter:
		pressButton(keys.enter)
	}
	return true
}

// saveDialog presses the default button of the dialog in front when it holds a form
// (Ctrl+S), and reports whether a dialog is in front: then the page beneath is never
// saved by surprise.
func (a *App) saveDialog() bool {
	top := a.win.Canvas().Overlays().Top()
	if top == nil {
		return false
	}
	if keys := keysOf(top); keys.form {
		pressButton(keys.enter)
	}
	return true
}
