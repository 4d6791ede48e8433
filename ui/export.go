package ui

import (
	"context"
	"fmt"
	"io"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/storage"
	"fyne.io/fyne/v2/widget"

	"leadbridge/internal/fileout"
	"leadbridge/internal/report"
	"leadbridge/internal/talent"
)

// copyChoices pairs the copies of a development plan with how they are offered; the
// first is the default.
var copyChoices = []struct {
	copy  report.Copy
	label string
}{
	{report.Mentor, "Mentor copy, to share with the mentee"},
	{report.Owner, "Owner copy, adding risk of leaving, successor nominations and the 9-box"},
}

// printPlan asks which copy of a person's development plan to print, then where to save
// it. Without a person (personID 0) it first asks whose plan it is.
func (a *App) printPlan(personID int64, name string) {
	labels := make([]string, len(copyChoices))
	for i, c := range copyChoices {
		labels[i] = c.label
	}
	choice := widget.NewRadioGroup(labels, nil)
	moveOn(choice, nil) // no input follows: let Enter and Escape reach the dialog
	choice.Required = true
	choice.SetSelected(copyChoices[0].label)
	title, items := "Print the development plan of "+name, []*widget.FormItem{{Text: "Copy", Widget: choice,
		HintText: "The mentor copy leaves out everything marked owner only."}}
	var who *personPicker
	var people map[int64]talent.Person
	if personID == 0 {
		staff, err := a.store.People(a.ctx())
		if err != nil {
			a.showError(err)
			return
		}
		who, people = newPersonPicker(staff, "", 0), talent.PeopleByID(staff)
		title = "Print a development plan"
		items = append([]*widget.FormItem{{Text: "Whose plan", Widget: who, HintText: noPersonToPrint}}, items...)
	}
	check := func() error {
		if who != nil && who.Value() == 0 {
			return talent.Errorf(talent.EINVALID, "Choose whose plan to print.")
		}
		return nil
	}
	chosen := false
	ed := a.newEditor(title, "Save as PDF…", items, check, func() error { chosen = true; return nil })
	ed.dlg.SetOnClosed(func() { // the file dialog goes over the window, once this one is gone
		if !chosen {
			return
		}
		id, name := personID, name
		if who != nil {
			id, name = who.Value(), people[who.Value()].Name
		}
		cp := copyChoices[0].copy
		for _, c := range copyChoices {
			if c.label == choice.Selected {
				cp = c.copy
			}
		}
		a.saveAs(planFileName(name, a.today()), ".pdf", func(path string) { a.runExport(a.planExport(id, cp, path)) })
	})
	ed.show(a.win.Canvas())
}

// noPersonToPrint is what Ctrl+P says away from a person's page.
const noPersonToPrint = "Open a person first, or choose whose plan to print."

// printCurrentPlan prints the development plan of the person whose page is in front
// (Ctrl+P); elsewhere it asks whose plan to print.
func (a *App) printCurrentPlan() {
	if pp, ok := a.people().page.(*personPage); ok && a.currentPerson() == pp.id {
		a.printPlan(pp.id, pp.person.Name)
		return
	}
	a.printPlan(0, "")
}

// printSuccession asks where to save the succession summary, then writes it.
func (a *App) printSuccession() {
	a.saveAs(successionFileName(a.today()), ".pdf", func(path string) { a.runExport(a.successionExport(path)) })
}

// saveAs asks where to save a file of the kind ext names (".pdf"), suggesting name, and
// hands the chosen path, with the extension the dialog does not add, to export.
func (a *App) saveAs(name, ext string, export func(path string)) {
	d := dialog.NewFileSave(func(w fyne.URIWriteCloser, err error) {
		if err != nil {
			fyne.LogError("choose where to save", err)
			a.showError(talent.Errorf(talent.EINVALID, "Leadbridge cannot save a file there; choose another folder."))
			return
		}
		if w != nil { // nil when cancelled
			a.saveChosen(w, ext, export)
		}
	}, a.win)
	d.SetFileName(name)
	d.SetFilter(storage.NewExtensionFileFilter([]string{ext}))
	a.showPicker(d, "")
}

// saveChosen hands export the file chosen in the save dialog, with ext added. Nothing was
// written through the dialog's writer, so the chosen file is as it was
// (untouchedUntilWritten): export writes it by the rule every export follows. The dialog
// asked before replacing the file it was given, but not the one with ext added, so that
// is asked here.
func (a *App) saveChosen(w fyne.URIWriteCloser, ext string, export func(path string)) {
	u := w.URI()
	w.Close()
	a.usedFile(u.Path(), false)
	path := withExt(u.Path(), ext)
	if _, err := os.Stat(path); path == u.Path() || err != nil {
		export(path)
		return
	}
	base := filepath.Base(path)
	a.confirm("Replace "+base+"?", base+" already exists in that folder. Replacing it loses what it holds now.",
		"Replace", func() { export(path) })
}

// exportJob writes one document: run loads its data and writes the file, off the UI
// goroutine; report then offers to open the file, on the UI goroutine.
type exportJob struct {
	a     *App
	title string // the document, as the dialogs name it
	path  string
	opt   report.Options // the paper and date are set by run
	saved string         // what report says, once the file is written
	// action and detail record the export in the audit log.
	action, detail string
	// render loads the document's data and returns what writes it and what else
	// recording the written document keeps (nil for nothing).
	render func(ctx context.Context, opt report.Options) (write func(io.Writer) error, also func(context.Context) error, err error)
}

// planExport is the job that writes a person's development plan to path.
func (a *App) planExport(personID int64, cp report.Copy, path string) *exportJob {
	path = withExt(path, ".pdf")
	j := &exportJob{a: a, title: "Development plan", path: path, opt: report.Options{Copy: cp},
		saved: fmt.Sprintf("The %s copy of the development plan is saved as %s.", cp, path),
		render: func(ctx context.Context, opt report.Options) (func(io.Writer) error, func(context.Context) error, error) {
			doc, err := report.LoadPlan(ctx, a.store, personID, opt.Made)
			return func(w io.Writer) error { return report.WritePlan(w, doc, opt) }, nil, err
		}}
	j.action, j.detail = report.PlanAudit(cp, personID, path)
	return j
}

// successionExport is the job that writes the succession summary to path.
func (a *App) successionExport(path string) *exportJob {
	path = withExt(path, ".pdf")
	j := &exportJob{a: a, title: "Succession summary", path: path,
		saved: fmt.Sprintf("The succession summary is saved as %s.", path),
		render: func(ctx context.Context, opt report.Options) (func(io.Writer) error, func(context.Context) error, error) {
			doc, err := report.LoadSuccession(ctx, a.store, opt.Made)
			record := func(ctx context.Context) error { return doc.Record(ctx, a.store) }
			return func(w io.Writer) error { return report.WriteSuccession(w, doc, opt) }, record, err
		}}
	j.action, j.detail = report.SuccessionAudit(path)
	return j
}

// runExport runs a job behind a progress dialog; a failure is shown in a dialog.
func (a *App) runExport(j *exportJob) {
	a.runInBackground(j.title, "Writing the PDF…", j.run, j.report)
}

// run reads the paper preference and the document's data, then writes the file so that
// it appears whole or not at all.
func (j *exportJob) run() error {
	ctx := j.a.ctx()
	preference, err := j.a.store.Setting(ctx, talent.PaperSetting)
	if err != nil {
		return err
	}
	opt := j.opt
	if opt.Paper, err = report.ChoosePaper(preference, report.EnvLocale()); err != nil {
		return err
	}
	opt.Made = j.a.today()
	write, also, err := j.render(ctx, opt)
	if err != nil {
		return err
	}
	return fileout.Write(j.a.store.Path(), j.path, write, func() error {
		return j.a.store.AuditExport(ctx, j.action, j.detail, also)
	})
}

// report says where the file is and offers to open it.
func (j *exportJob) report() {
	d := dialog.NewConfirm(j.title+" saved", j.saved, func(open bool) {
		if open {
			j.a.openFile(j.path)
		}
	}, j.a.win)
	d.SetConfirmText("Open")
	d.SetDismissText("Close")
	d.Show()
}

// openFile opens a saved document in the program the system uses for it.
func (a *App) openFile(path string) {
	u, err := fileURL(path)
	if err == nil {
		err = a.fyne.OpenURL(u)
	}
	if err != nil {
		fyne.LogError("open "+path, err)
		dialog.ShowInformation("Could not open the file",
			"The file is saved as "+path+", but no program opened it. Open it from its folder.", a.win)
	}
}

// fileURL is the file: address of a path, as the system's opener wants it.
func fileURL(path string) (*url.URL, error) {
	return url.Parse(storage.NewFileURI(path).String())
}

// withExt adds the extension ext (".pdf") that the save dialog leaves to the user.
func withExt(path, ext string) string {
	if strings.EqualFold(filepath.Ext(path), ext) {
		return path
	}
	return path + ext
}

// planFileName suggests a file name for a person's development plan made on day.
func planFileName(name string, day time.Time) string {
	return fileName(".pdf", "Development plan", name, talent.FormatDate(day))
}

// successionFileName suggests a file name for the succession summary made on day.
func successionFileName(day time.Time) string {
	return fileName(".pdf", "Succession summary", talent.FormatDate(day))
}

// maxFilePart is the most bytes one part of a suggested file name may take, keeping the
// whole name within the 255 bytes file systems allow, whatever script it is written in.
const maxFilePart = 150

// fileName joins parts with " - " into a file name ending in ext (".pdf"). Characters
// that some systems refuse in file names become spaces; parts left empty are dropped.
func fileName(ext string, parts ...string) string {
	var kept []string
	for _, p := range parts {
		p = talent.CleanName(strings.Map(func(r rune) rune {
			if strings.ContainsRune(`/\:*?"<>|`, r) || unicode.IsControl(r) {
				return ' '
			}
			return r
		}, p))
		for len(p) > maxFilePart {
			_, size := utf8.DecodeLastRuneInString(p)
			p = strings.TrimSpace(p[:len(p)-size])
		}
		if p != "" {
			kept = append(kept, p)
		}
	}
	return strings.Join(kept, " - ") + ext
}
