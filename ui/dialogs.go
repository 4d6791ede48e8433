package ui

import (
	"errors"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/widget"

	"leadbridge/internal/talent"
)

// showError tells the user what went wrong in plain words and logs the details. Input
// problems and conflicts are expected, so they get a friendly information dialog; a
// storage fault (its message says what to put right) and an internal error, an error
// dialog.
func (a *App) showError(err error) {
	if err == nil {
		return
	}
	switch talent.ErrorCode(err) {
	case talent.EINVALID, talent.ECONFLICT, talent.ENOTFOUND:
		dialog.ShowInformation("Please check", talent.ErrorMessage(err), a.win)
	default:
		fyne.LogError("store failure", err)
		dialog.ShowError(errors.New(talent.ErrorMessage(err)), a.win)
	}
}

// confirm asks before anything destructive, saying what will be removed. action is the
// verb on the button, like "Delete".
func (a *App) confirm(title, message, action string, onYes func()) {
	d := dialog.NewConfirm(title, message, func(ok bool) {
		if ok {
			onYes()
		}
	}, a.win)
	d.SetConfirmText(action)
	d.SetConfirmImportance(widget.DangerImportance) // the action removes or replaces something
	d.SetDismissText("Cancel")
	d.Show()
}

// keeper is a screen that can hold changes not yet saved.
type keeper interface {
	// unsaved names what holds unsaved changes and how to keep them; ok is false when
	// nothing is unsaved.
	unsaved() (what, keep string, ok bool)
}

// leave runs back at once when k holds nothing unsaved; otherwise it first asks whether
// to lose the changes.
func (a *App) leave(k keeper, back func()) {
	what, keep, ok := k.unsaved()
	if !ok {
		back()
		return
	}
	a.confirm("Leave without saving?", "The changes to "+what+" have not been saved. Leave and lose them? To keep them, choose Cancel, then "+keep+".", "Leave", back)
}

// quit closes Leadbridge (File > Quit, Ctrl+Q, the window's close button), asking first,
// as leaving a page does, when a screen holds unsaved changes.
func (a *App) quit() {
	for _, k := range a.keepers() {
		if what, keep, ok := k.unsaved(); ok {
			a.confirm("Quit without saving?", "The changes to "+what+" have not been saved. Quit and lose them? To keep them, choose Cancel, then "+keep+".", "Quit", a.win.Close)
			return
		}
	}
	a.win.Close()
}

// keepers lists the screens built so far that can hold unsaved changes: areas such as
// the leadership standard, and the page open in People.
func (a *App) keepers() []keeper {
	var ks []keeper
	for _, e := range a.areas {
		if k, ok := e.built.(keeper); ok {
			ks = append(ks, k)
		}
		if p, ok := e.built.(*peopleArea); ok {
			if k, ok := p.page.(keeper); ok {
				ks = append(ks, k)
			}
		}
	}
	return ks
}

// runInBackground does slow work off the UI goroutine behind a progress dialog, then
// reports on the UI goroutine: done on success, an error dialog otherwise.
func (a *App) runInBackground(title, message string, work func() error, done func()) {
	d := showProgress(title, message, a.win)
	background(work, func(err error) {
		d.Hide()
		if err != nil {
			a.showError(err)
			return
		}
		if done != nil {
			done()
		}
	})
}

// showProgress shows a dialog in w saying what is being done, with a progress bar that
// runs until the dialog is hidden.
func showProgress(title, message string, w fyne.Window) dialog.Dialog {
	d := dialog.NewCustomWithoutButtons(title, widget.NewForm(widget.NewFormItem(message, widget.NewProgressBarInfinite())), w)
	d.Show()
	return d
}

// background runs work off the UI goroutine, then hands its error to finish on the UI
// goroutine. Every job of the app goes through it; the tests put in its place a runner
// that does both in turn on the test's goroutine, so that each job's whole path runs.
var background = offUIGoroutine

// offUIGoroutine is the app's background runner.
func offUIGoroutine(work func() error, finish func(error)) {
	go func() {
		err := work()
		fyne.Do(func() { finish(err) })
	}()
}
