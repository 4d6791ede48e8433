package ui

import (
	"fmt"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"leadbridge/internal/talent"
)

// Recovery is the way back from a data file refused as damaged: put its newest backup in
// its place and open the app on the restored data.
type Recovery struct {
	// Backup is the backup offered: the newest of the refused file.
	Backup talent.BackupInfo
	// Restore puts Backup in place of the refused file and opens it, off the UI
	// goroutine, returning the restored data and what the restore did. The caller
	// closes the data when the app ends.
	Restore func() (Store, talent.Restored, error)
	// App are the options to open the app window with.
	App Options
}

// NewStartupError is the window shown instead of the app when the data cannot be opened
// (in use by another copy, damaged, from a newer version): someone who started Leadbridge
// from a desktop menu never sees the terminal, so the reason must be on screen. When r is
// not nil, the window offers to restore its backup; callers pass one only for a damaged
// file with a backup.
func NewStartupError(fa fyne.App, err error, r *Recovery) fyne.Window {
	w := fa.NewWindow("Leadbridge cannot open its data")
	msg := wrapLabel(talent.ErrorMessage(err))
	quit := &widget.Button{Text: "Close", Icon: theme.CancelIcon(), Importance: widget.HighImportance, OnTapped: w.Close}
	body := container.NewVBox(msg)
	buttons := container.NewHBox(layout.NewSpacer(), quit)
	if r != nil {
		job := &recoveryJob{fa: fa, w: w, r: r}
		restore := &widget.Button{Text: "Restore the newest backup", Icon: theme.HistoryIcon(), Importance: widget.HighImportance, OnTapped: job.start}
		quit.Importance = widget.MediumImportance
		body.Add(wrapLabel(fmt.Sprintf("The newest backup was made on %s. Restoring it puts it in place of the damaged file, which is kept in the backups folder in case something can be rescued from it. Changes made after the backup are lost.",
			madeText(r.Backup.Made))))
		buttons.Add(restore)
	}
	w.SetContent(container.NewPadded(container.NewBorder(nil, buttons, nil, nil, body)))
	w.Resize(fyne.NewSize(560, 240))
	w.Canvas().SetOnTypedKey(func(k *fyne.KeyEvent) {
		// Return closes only when closing is all there is to do.
		if k.Name == fyne.KeyEscape || k.Name == fyne.KeyReturn && r == nil {
			w.Close()
		}
	})
	return w
}

// recoveryJob restores the backup in place of the damaged file (run, off the UI
// goroutine) and then opens the app on it in place of the startup window (report).
type recoveryJob struct {
	fa  fyne.App
	w   fyne.Window
	r   *Recovery
	s   Store
	res talent.Restored
}

// start runs the job behind a progress dialog in the startup window.
func (j *recoveryJob) start() {
	d := showProgress("Restore", "Restoring the newest backup…", j.w)
	background(j.run, func(err error) {
		d.Hide()
		if err != nil {
			fyne.LogError("restore at start", err)
			dialog.ShowInformation("The backup was not restored", talent.ErrorMessage(err), j.w)
			return
		}
		j.report()
	})
}

func (j *recoveryJob) run() (err error) {
	j.s, j.res, err = j.r.Restore()
	return err
}

func (j *recoveryJob) report() {
	a := New(j.fa, j.s, j.r.App)
	a.Window().Show()
	a.Launch()
	dialog.ShowInformation("Backup restored", j.res.String(), a.win)
	j.w.Close()
}

// checkingTitle is the title of the window NewChecking makes.
const checkingTitle = "Leadbridge: checking the data file"

// NewChecking is the window shown while a data file changed outside Leadbridge gets its
// full integrity check, which reads all of it: seconds in a large business, and the app
// must be seen to start. The caller closes it when the check is over.
func NewChecking(fa fyne.App) fyne.Window {
	w := fa.NewWindow(checkingTitle)
	w.SetContent(container.NewPadded(container.NewVBox(
		heading("Checking the data file…"),
		wrapLabel("It changed since Leadbridge last closed it (copied, restored or edited elsewhere), so every part of it is read once before anything is written to it. In a large business this takes a few seconds."),
		widget.NewProgressBarInfinite(),
	)))
	w.Resize(fyne.NewSize(520, 180))
	return w
}
