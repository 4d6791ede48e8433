package ui

import (
	"errors"
	"fmt"
	"io"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/storage"
	"fyne.io/fyne/v2/widget"

	"leadbridge/internal/csvio"
	"leadbridge/internal/fileout"
	"leadbridge/internal/talent"
)

// importPeople asks for a staff spreadsheet, says what it would add, and on the owner's
// word adds everyone in it, or nobody: a bad row stops the whole import and is listed
// with its line number. It serves the welcome screen, People and the File menu alike.
func (a *App) importPeople() {
	d := dialog.NewFileOpen(func(r fyne.URIReadCloser, err error) {
		if err != nil {
			a.showError(err)
			return
		}
		if r != nil {
			a.usedFile(r.URI().Path(), false)
			a.importStaff(r)
		}
	}, a.win)
	d.SetFilter(storage.NewExtensionFileFilter([]string{".csv", ".CSV"}))
	a.showPicker(d, "")
}

// importStaff reads a staff spreadsheet and checks it against the people stored, then
// asks before adding anyone.
func (a *App) importStaff(r io.ReadCloser) {
	job := &importJob{a: a, r: r}
	a.runInBackground("Import", "Reading the spreadsheet…", job.read, job.confirm)
}

// importJob reads and checks a spreadsheet (read, off the UI goroutine), asks what the
// preview says (confirm), imports (run) and then says how it went (report).
type importJob struct {
	a       *App
	r       io.ReadCloser
	rows    []talent.StaffRow
	preview talent.ImportPreview
	added   int
	failed  error // reported as a list of bad rows rather than one message
}

func (j *importJob) read() error {
	defer j.r.Close()
	rows, err := csvio.ReadStaff(j.r)
	if err == nil {
		j.rows = rows
		j.preview, err = j.a.store.PreviewStaff(j.a.ctx(), rows)
	}
	j.failed = err
	return nil
}

func (j *importJob) confirm() {
	if j.failed != nil {
		j.a.showImportProblems(j.failed)
		return
	}
	n := j.preview.People
	d := dialog.NewConfirm(fmt.Sprintf("Import %s?", talent.Count(n, "1 person", "people")), j.preview.String(), func(ok bool) {
		if ok {
			j.a.runInBackground("Import", "Importing people…", j.run, j.report)
		}
	}, j.a.win)
	d.SetConfirmText("Import")
	d.SetDismissText("Cancel")
	d.Show()
}

func (j *importJob) run() error {
	j.added, j.failed = j.a.store.ImportStaff(j.a.ctx(), j.rows)
	return nil
}

func (j *importJob) report() {
	a := j.a
	if j.failed != nil {
		a.showImportProblems(j.failed)
		return
	}
	a.refreshAll()
	a.Show(AreaPeople)
	dialog.ShowInformation("Import finished", fmt.Sprintf("Added %d %s.", j.added, talent.Plural(j.added, "person", "people")), a.win)
}

// showImportProblems lists every bad row of a refused import, or explains any other error.
func (a *App) showImportProblems(err error) {
	var ie *talent.ImportError
	if !errors.As(err, &ie) {
		a.showError(err)
		return
	}
	lines := make([]string, len(ie.Rows))
	for i, r := range ie.Rows {
		lines[i] = r.String()
	}
	list := widget.NewList(func() int { return len(lines) },
		func() fyne.CanvasObject { return &widget.Label{Wrapping: fyne.TextWrapWord} },
		func(i widget.ListItemID, o fyne.CanvasObject) { o.(*widget.Label).SetText(lines[i]) })
	intro := wrapLabel(ie.Summary() + " Correct " + talent.Plural(ie.BadRows(), "it", "them") + " in the spreadsheet and import it again.")
	d := dialog.NewCustom("Nothing was imported", "Close", container.NewBorder(intro, nil, nil, nil, list), a.win)
	d.Resize(fyne.NewSize(640, 420))
	d.Show()
}

// exportPeople asks where to save the staff list as a spreadsheet and writes it, as
// `leadbridge export staff` does.
func (a *App) exportPeople() {
	a.saveAs(staffFileName(a.today()), ".csv", func(path string) {
		job := &staffExport{a: a, path: path}
		a.runInBackground("Export", "Writing the spreadsheet…", job.run, job.report)
	})
}

// staffFileName suggests a file name for the staff list made on day.
func staffFileName(day time.Time) string { return "Staff - " + talent.FormatDate(day) + ".csv" }

// staffExport writes the staff list (run, off the UI goroutine) and says where (report).
type staffExport struct {
	a    *App
	path string
}

func (j *staffExport) run() error {
	ctx := j.a.ctx()
	people, err := j.a.store.People(ctx)
	if err != nil {
		return err
	}
	action, detail := csvio.StaffAudit(people, j.path)
	return fileout.Write(j.a.store.Path(), j.path, func(w io.Writer) error { return csvio.WriteStaff(w, people) },
		func() error { return j.a.store.AuditExport(ctx, action, detail, nil) })
}

func (j *staffExport) report() {
	j.a.refreshAll() // the audit log in Settings gains the export
	dialog.ShowInformation("Staff list saved", "The staff list is saved as "+j.path+". It holds personal data: keep it somewhere only you can reach.", j.a.win)
}
