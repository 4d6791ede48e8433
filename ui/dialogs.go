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

// leave runs back at once when nothing is unsaved; otherwise it first asks whether to lose
// the changes to what, and keep says how to keep them instead.
func (a *App) leave(unsaved bool, what, keep string, back func()) {
	if !unsaved {
		back()
		return
	}
	a.confirm("Leave without saving?", "The changes to "+what+" have not been saved. Leave and lose them? To keep them, choose Cancel, then "+keep+".", "Leave", back)
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
var background = func(work func() error, finish func(error)) {
	go func() {
		err := work()
		fyne.Do(func() { finish(err) })
	}()
}
