package ui

import (
	"fmt"

	"fyne.io/fyne/v2/dialog"

	"leadbridge/internal/subject"
	"leadbridge/internal/talent"
)

// exportPersonData asks for a folder and writes everything held about a person into a
// new folder inside it, for a subject-access request.
func (a *App) exportPersonData(id int64, name string) {
	a.chooseFolder("", func(dir string) {
		job := &personDataJob{a: a, id: id, name: name, dir: dir}
		a.runInBackground("Export their data", "Writing everything held about "+name+"…", job.run, job.report)
	})
}

// personDataJob writes a person's data (run, off the UI goroutine) and says where it went
// (report). subject.Export records the export in the audit log.
type personDataJob struct {
	a    *App
	id   int64
	name string
	dir  string
	res  subject.Result
}

func (j *personDataJob) run() (err error) {
	j.res, err = subject.Export(j.a.ctx(), j.a.store, j.id, j.a.store.Path(), j.dir, j.a.now())
	return err
}

func (j *personDataJob) report() {
	j.a.refreshAll() // the audit log in Settings gains the export
	msg := fmt.Sprintf("%s It is everything Leadbridge holds about %s: person.json, and one CSV file per kind of record. "+
		"It is personal data: hand it over safely and delete your copy afterwards.", j.res.String(), j.name)
	d := dialog.NewConfirm("Their data is exported", msg, func(open bool) {
		if open {
			j.a.openFile(j.res.Folder)
		}
	}, j.a.win)
	d.SetConfirmText("Open folder")
	d.SetDismissText("Close")
	d.Show()
}

// erasePerson works out what erasing a person removes, off the UI goroutine, then asks
// before erasing them.
func (a *App) erasePerson(id int64) {
	job := &erasureJob{a: a, id: id}
	a.runInBackground("Erase", "Checking what erasing would remove…", job.preview, job.confirm)
}

// erasureJob previews an erasure, asks, erases and reports, each step on the goroutine
// it belongs to: preview and erase off the UI goroutine, confirm and report on it.
type erasureJob struct {
	a  *App
	id int64
	e  talent.Erasure
	// warning is a problem after the person was erased, shown once the erasure is.
	warning error
}

func (j *erasureJob) preview() (err error) {
	j.e, err = j.a.store.PreviewErasure(j.a.ctx(), j.id)
	return err
}

func (j *erasureJob) confirm() {
	j.a.confirm("Erase "+j.e.Name+"?", erasureQuestion(j.e), "Erase", func() {
		j.a.runInBackground("Erase", "Erasing "+j.e.Name+"…", j.erase, j.report)
	})
}

// erasureQuestion says what an erasure will remove and change, and what it cannot reach.
func erasureQuestion(e talent.Erasure) string {
	s := fmt.Sprintf("This removes %s and everything about them from Leadbridge for good: %s.", e.Name, e.RemovedText())
	if r := e.ReplacedText(); r != "" {
		s += fmt.Sprintf(" Other people's records keep their history, with %q in place of %s: %s.", talent.FormerStaff, e.Name, r)
	}
	s += " The erasure is recorded in the audit log, with counts only. It cannot be undone."
	if m := e.MentionsText(); m != "" {
		s += "\n\n" + m
	}
	if e.Backups > 0 {
		s += "\n\n" + stillInBackups(e)
	}
	return s + "\n\nIf " + e.Name + " has only left the business, use Mark as left instead: it keeps their history."
}

// stillInBackups says that Leadbridge's backups still hold the person.
func stillInBackups(e talent.Erasure) string {
	return fmt.Sprintf("%s made before now still %s %s until %s rotated out or purged.",
		talent.Count(e.Backups, "1 backup", "backups"), talent.Plural(e.Backups, "holds", "hold"), e.Name, talent.Plural(e.Backups, "it is", "they are"))
}

// erase erases the person. A failure once they are gone (tidying the file afterwards)
// must not hide that they are gone, so it becomes a warning.
func (j *erasureJob) erase() error {
	e, err := j.a.store.ErasePerson(j.a.ctx(), j.id)
	if e.PersonID == 0 {
		return err
	}
	j.e, j.warning = e, err
	return nil
}

// report goes back to the People list, which no longer holds the person, says what went
// and offers to purge the backups that still hold them.
func (j *erasureJob) report() {
	a := j.a
	a.people().showList()
	a.refreshAll()
	done := fmt.Sprintf("Erased %s and %s.", j.e.Name, j.e.RemovedText())
	if m := j.e.MentionsText(); m != "" {
		done += "\n\n" + m
	}
	if j.e.Backups == 0 {
		dialog.ShowInformation(j.e.Name+" is erased", done, a.win)
	} else {
		done += "\n\n" + stillInBackups(j.e) + " Purge the backups to remove " + j.e.Name + " from them now."
		d := dialog.NewConfirm(j.e.Name+" is erased", done, func(purge bool) {
			if purge {
				a.purgeBackups(j.e.Name)
			}
		}, a.win)
		d.SetConfirmText("Purge backups…")
		d.SetDismissText("Keep them")
		d.Show()
	}
	if j.warning != nil {
		a.showError(j.warning)
	}
}
