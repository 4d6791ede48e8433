package ui

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/storage"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"leadbridge/internal/talent"
)

// backupFileName suggests the name of a backup made on day.
func backupFileName(day time.Time) string {
	return "Leadbridge backup " + talent.FormatDate(day) + ".db"
}

// backUpNow asks where to save a backup, then writes it (File > Back up now…).
func (a *App) backUpNow() {
	a.chooseBackupFile(func(path string) {
		job := &backupJob{a: a, path: path}
		a.runInBackground("Back up now", "Writing the backup…", job.run, job.report)
	})
}

// chooseBackupFile asks for a folder and a file name, and hands the path to chosen.
// Fyne's save dialog empties an existing file as soon as the user agrees to replace it,
// which would destroy an older backup before the store could refuse to overwrite it; this
// dialog writes nothing.
func (a *App) chooseBackupFile(chosen func(path string)) {
	home, _ := os.UserHomeDir()
	folder := &widget.Label{Text: home, Wrapping: fyne.TextWrapBreak}
	pick := newButton("Choose…", theme.FolderOpenIcon(), func() {
		a.chooseFolder(folder.Text, func(dir string) { folder.SetText(dir) })
	})
	name := newEntry("", validator(func(s string) error { _, err := backupPath(folder.Text, s); return err }))
	name.SetText(backupFileName(a.today()))
	items := []*widget.FormItem{
		{Text: "Folder", Widget: container.NewBorder(nil, nil, nil, pick, folder),
			HintText: "Another disk or a USB stick keeps the backup safe if this computer fails."},
		{Text: "File name", Widget: name},
	}
	ed := a.newEditor("Back up now", "Back up", items, nil, func() error {
		path, err := backupPath(folder.Text, name.Text)
		if err == nil {
			chosen(path)
		}
		return err
	})
	ed.show(a.win.Canvas())
}

// backupPath is where a backup named name goes in folder, with the .db extension added
// when it is missing.
func backupPath(folder, name string) (string, error) {
	name = strings.TrimSpace(name)
	switch {
	case name == "":
		return "", talent.Invalid("fileName", "Give the backup a file name.")
	case strings.ContainsAny(name, `/\`) || name == "." || name == "..":
		return "", talent.Invalid("fileName", "A file name cannot contain / or \\. Choose the folder with Choose… instead.")
	case strings.TrimSpace(folder) == "":
		return "", talent.Invalid("folder", "Choose the folder to save the backup in.")
	}
	if !strings.EqualFold(filepath.Ext(name), ".db") {
		name += ".db"
	}
	return filepath.Join(folder, name), nil
}

// chooseFolder asks for a folder, starting at start, and hands its path to chosen.
func (a *App) chooseFolder(start string, chosen func(dir string)) {
	d := dialog.NewFolderOpen(func(l fyne.ListableURI, err error) {
		if err != nil {
			fyne.LogError("choose a folder", err)
			a.showError(talent.Errorf(talent.EINVALID, "Leadbridge cannot use that folder; choose another."))
			return
		}
		if l != nil { // nil when cancelled
			a.usedFile(l.Path(), true)
			chosen(l.Path())
		}
	}, a.win)
	a.showPicker(d, start)
}

// backupJob writes a backup (run, off the UI goroutine) and says where (report).
type backupJob struct {
	a    *App
	path string
}

func (j *backupJob) run() error { return j.a.store.Backup(j.a.ctx(), j.path) }

func (j *backupJob) report() {
	j.a.refreshAll() // the audit log in Settings gains the backup
	dialog.ShowInformation("Backup saved",
		"The data is backed up to "+j.path+". It holds everything about your people: keep it somewhere only you can reach.", j.a.win)
}

// restoreFromBackup lists Leadbridge's backups, newest first, to choose the one to go
// back to, or another backup file (File > Restore from a backup…).
func (a *App) restoreFromBackup() {
	bs, err := a.store.Backups()
	if err != nil {
		a.showError(err)
		return
	}
	var d dialog.Dialog
	list := widget.NewList(func() int { return len(bs) },
		func() fyne.CanvasObject { return widget.NewLabel("") },
		func(i widget.ListItemID, o fyne.CanvasObject) { o.(*widget.Label).SetText(backupLabel(bs[i])) })
	list.OnSelected = func(i widget.ListItemID) {
		d.Hide()
		a.confirmRestore(bs[i])
	}
	other := &widget.Button{Text: "Choose another file…", Icon: theme.FolderOpenIcon(), OnTapped: func() {
		d.Hide()
		a.chooseBackupToRestore()
	}}
	intro := wrapLabel("Leadbridge backs up the data every day it starts and before every restore, and keeps the most recent backups. Choose the one to go back to.")
	if len(bs) == 0 {
		intro.SetText("There are no backups in the backups folder yet. Choose a backup you saved yourself.")
	}
	d = dialog.NewCustom("Restore from a backup", "Cancel", container.NewBorder(intro, container.NewHBox(other), nil, nil, list), a.win)
	d.Resize(fyne.NewSize(560, 420))
	d.Show()
}

// backupLabel is how a backup is listed: when it was made and its size.
func backupLabel(b talent.BackupInfo) string {
	return madeText(b.Made) + " · " + sizeText(b.Size)
}

// madeText is when a backup was made, in the user's time zone.
func madeText(t time.Time) string { return t.Local().Format("2 January 2006 at 15:04") }

// sizeText writes a file size in KB or MB; a file that is not empty shows at least 1 KB.
func sizeText(n int64) string {
	const kb, mb = 1024, 1024 * 1024
	if n < mb {
		return fmt.Sprintf("%d KB", (n+kb-1)/kb)
	}
	return fmt.Sprintf("%.1f MB", float64(n)/mb)
}

// chooseBackupToRestore asks for a backup file saved outside the backups folder.
func (a *App) chooseBackupToRestore() {
	d := dialog.NewFileOpen(func(r fyne.URIReadCloser, err error) {
		if err != nil {
			fyne.LogError("choose a backup", err)
			a.showError(talent.Errorf(talent.EINVALID, "Leadbridge cannot read that file; choose another."))
			return
		}
		if r == nil { // cancelled
			return
		}
		path := r.URI().Path()
		r.Close()
		a.usedFile(path, false)
		b, err := fileBackupInfo(path)
		if err != nil {
			a.showError(err)
			return
		}
		a.confirmRestore(b)
	}, a.win)
	d.SetFilter(storage.NewExtensionFileFilter([]string{".db", ".DB"}))
	a.showPicker(d, "")
}

// fileBackupInfo describes a backup file chosen by the user, dated by when it was last
// written since its name need not say.
func fileBackupInfo(path string) (talent.BackupInfo, error) {
	fi, err := os.Stat(path)
	if err != nil {
		fyne.LogError("read "+path, err)
		return talent.BackupInfo{}, talent.Errorf(talent.EINVALID, "Leadbridge cannot read %s; choose another backup.", path)
	}
	return talent.BackupInfo{Path: path, Made: fi.ModTime(), Size: fi.Size()}, nil
}

// confirmRestore says what restoring b does, and does it when the user agrees.
func (a *App) confirmRestore(b talent.BackupInfo) {
	a.confirm("Restore this backup?", restoreQuestion(b), "Restore", func() {
		job := &restoreJob{a: a, path: b.Path}
		a.runInBackground("Restore", "Restoring the backup…", job.run, job.report)
	})
}

func restoreQuestion(b talent.BackupInfo) string {
	return fmt.Sprintf("The current data is backed up first, then replaced by the backup of %s (%s). Changes made since then will be in the safety copy only.",
		madeText(b.Made), filepath.Base(b.Path))
}

// restoreJob restores a backup (run, off the UI goroutine) and shows the restored data
// (report).
type restoreJob struct {
	a    *App
	path string
	res  talent.Restored
}

func (j *restoreJob) run() (err error) {
	j.res, err = j.a.store.Restore(j.a.ctx(), j.path)
	return err
}

func (j *restoreJob) report() {
	if s := j.a.people(); s.page != nil {
		s.showList() // the page in front showed data that has just been replaced
	}
	j.a.refreshAll()
	dialog.ShowInformation("Backup restored", j.res.String(), j.a.win)
}

// purgeBackups asks, then removes every backup in the backups folder and makes one fresh
// backup of the current data. erased names a person just erased, whom the old backups
// still hold, or is "".
func (a *App) purgeBackups(erased string) {
	bs, err := a.store.Backups()
	if err != nil {
		a.showError(err)
		return
	}
	a.confirm("Purge backups?", purgeQuestion(len(bs), erased), "Purge backups", func() {
		job := &purgeJob{a: a}
		a.runInBackground("Purge backups", "Removing the old backups…", job.run, job.report)
	})
}

func purgeQuestion(n int, erased string) string {
	s := "This removes " + talent.Count(n, "1 backup", "backups") + " in the backups folder and makes one fresh backup of the current data"
	if erased != "" {
		s += ", which no longer holds " + erased
	}
	return s + ". Going back to an earlier state is then no longer possible. Backups you saved elsewhere with Back up now… are not touched: remove those yourself if they must go too."
}

// purgeJob purges the backups (run, off the UI goroutine) and says what went (report).
type purgeJob struct {
	a       *App
	removed int
	fresh   string
}

func (j *purgeJob) run() (err error) {
	j.removed, j.fresh, err = j.a.store.PurgeBackups(j.a.ctx())
	return err
}

func (j *purgeJob) report() {
	j.a.refreshAll()
	dialog.ShowInformation("Backups purged", fmt.Sprintf("Removed %s. One fresh backup of the current data is kept: %s.",
		talent.Count(j.removed, "1 old backup", "old backups"), j.fresh), j.a.win)
}

// BackUpDaily runs backup, the store's daily automatic backup, off the UI goroutine. A
// failure changes no data, but the user must learn that the data is not being backed up.
func (a *App) BackUpDaily(backup func(ctx context.Context) (string, error)) {
	job := &dailyBackupJob{a: a, backup: backup}
	background(job.run, func(err error) {
		if err != nil {
			job.report()
		}
	})
}

// dailyBackupJob makes the daily backup (run) and, when that fails, says so (report).
type dailyBackupJob struct {
	a      *App
	backup func(ctx context.Context) (string, error)
	err    error
}

func (j *dailyBackupJob) run() error {
	if _, j.err = j.backup(j.a.ctx()); j.err != nil {
		fyne.LogError("daily backup", j.err)
	}
	return j.err
}

func (j *dailyBackupJob) report() {
	dialog.ShowInformation("Today's backup was not made",
		"Leadbridge could not make its daily backup of the data. "+talent.ErrorMessage(j.err)+
			"\n\nUse File > Back up now… to save a backup yourself.", j.a.win)
}
