package ui

import (
	"fmt"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"leadbridge/internal/store"
	"leadbridge/internal/talent"
)

// Recovery is the way back from a data file refused as damaged: put its newest backup in
// its place and open the app on the restored data.
type Recovery struct {
	// DBPath is the data file that was refused.
	DBPath string
	// Store and App are the options to open the restored data and the app window with.
	Store store.Options
	App   Options
	// Opened receives the restored data file once it is open, on the UI goroutine; the
	// caller closes it when the app ends.
	Opened func(db *store.DB)
}

// NewStartupError is the window shown instead of the app when the data cannot be opened
// (in use by another copy, damaged, from a newer version): someone who started Leadbridge
// from a desktop menu never sees the terminal, so the reason must be on screen. When the
// file is damaged and r finds a backup of it, the window offers to restore the newest
// one; r may be nil.
func NewStartupError(fa fyne.App, err error, r *Recovery) fyne.Window {
	w := fa.NewWindow("Leadbridge cannot open its data")
	msg := wrapLabel(talent.ErrorMessage(err))
	quit := &widget.Button{Text: "Close", Icon: theme.CancelIcon(), Importance: widget.HighImportance, OnTapped: w.Close}
	body := container.NewVBox(msg)
	buttons := container.NewHBox(layout.NewSpacer(), quit)
	b, offered := r.newest(err)
	if offered {
		job := &recoveryJob{fa: fa, w: w, r: r, backup: b}
		restore := &widget.Button{Text: "Restore the newest backup", Icon: theme.HistoryIcon(), Importance: widget.HighImportance, OnTapped: job.start}
		quit.Importance = widget.MediumImportance
		body.Add(wrapLabel(fmt.Sprintf("The newest backup was made on %s. Restoring it puts it in place of the damaged file, which is kept in the backups folder in case something can be rescued from it. Changes made after the backup are lost.",
			madeText(b.Made))))
		buttons.Add(restore)
	}
	w.SetContent(container.NewPadded(container.NewBorder(nil, buttons, nil, nil, body)))
	w.Resize(fyne.NewSize(560, 240))
	w.Canvas().SetOnTypedKey(func(k *fyne.KeyEvent) {
		// Return closes only when closing is all there is to do.
		if k.Name == fyne.KeyEscape || k.Name == fyne.KeyReturn && !offered {
			w.Close()
		}
	})
	return w
}

// newest returns the backup to offer: the newest one, when err is a refusal that a backup
// puts right.
func (r *Recovery) newest(err error) (talent.BackupInfo, bool) {
	if r == nil || !store.Restorable(err) {
		return talent.BackupInfo{}, false
	}
	bs, lerr := store.ListBackups(r.DBPath)
	if lerr != nil {
		fyne.LogError("list backups", lerr)
	}
	if len(bs) == 0 {
		return talent.BackupInfo{}, false
	}
	return bs[0], true
}

// recoveryJob restores the newest backup in place of the damaged file (run, off the UI
// goroutine) and then opens the app on it in place of the startup window (report).
type recoveryJob struct {
	fa     fyne.App
	w      fyne.Window
	r      *Recovery
	backup talent.BackupInfo
	db     *store.DB
	res    talent.Restored
}

// start runs the job behind a progress dialog in the startup window.
func (j *recoveryJob) start() {
	d := dialog.NewCustomWithoutButtons("Restore", widget.NewForm(widget.NewFormItem("Restoring the newest backup…", widget.NewProgressBarInfinite())), j.w)
	d.Show()
	go func() {
		err := j.run()
		fyne.Do(func() {
			d.Hide()
			if err != nil {
				fyne.LogError("restore at start", err)
				dialog.ShowInformation("The backup was not restored", talent.ErrorMessage(err), j.w)
				return
			}
			j.report()
		})
	}()
}

func (j *recoveryJob) run() (err error) {
	j.db, j.res, err = store.RestoreFile(j.r.DBPath, j.backup.Path, j.r.Store)
	if err != nil && j.db != nil {
		// Only the audit entry failed: the data is restored and open.
		fyne.LogError("record the restore", err)
		return nil
	}
	return err
}

func (j *recoveryJob) report() {
	if j.r.Opened != nil {
		j.r.Opened(j.db)
	}
	a := New(j.fa, j.db, j.r.App)
	a.Window().Show()
	dialog.ShowInformation("Backup restored", j.res.String(), a.win)
	j.w.Close()
}
