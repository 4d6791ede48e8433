package ui

import (
	"context"
	"errors"
	"fmt"
	"io"
	"strings"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/storage"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"leadbridge/internal/csvio"
	"leadbridge/internal/demo"
	"leadbridge/internal/fileout"
	"leadbridge/internal/talent"
)

// firstStart is what Home shows while there is nobody in the data: the three ways to begin.
type firstStart struct {
	a           *App
	sampleBtn   *widget.Button
	importBtn   *widget.Button
	templateBtn *widget.Button
	addBtn      *widget.Button
	content     fyne.CanvasObject
}

func newFirstStart(a *App) *firstStart {
	f := &firstStart{a: a}
	f.sampleBtn = &widget.Button{Text: "Explore a sample business", Icon: theme.ComputerIcon(), Importance: widget.HighImportance, OnTapped: f.onSample}
	f.importBtn = &widget.Button{Text: "Import a CSV file…", Icon: theme.FolderOpenIcon(), OnTapped: f.onImport}
	f.templateBtn = &widget.Button{Text: "Save a template…", Icon: theme.DocumentSaveIcon(), OnTapped: f.onTemplate}
	f.addBtn = &widget.Button{Text: "Add the first person", Icon: theme.ContentAddIcon(), OnTapped: func() { a.people().newRecord() }}
	choice := func(title, text string, buttons ...fyne.CanvasObject) fyne.CanvasObject {
		return widget.NewCard(title, "", container.NewVBox(wrapLabel(text), container.NewHBox(buttons...)))
	}
	f.content = container.NewVScroll(container.NewPadded(container.NewVBox(
		&widget.Label{Text: "Welcome to Leadbridge", TextStyle: fyne.TextStyle{Bold: true}, SizeName: theme.SizeNameHeadingText},
		wrapLabel("Find out which of your experts is ready to lead, and help them get there. Everything stays in one file on this computer. There is nobody in it yet: choose how to begin."),
		choice("Explore with a sample business",
			fmt.Sprintf("A made-up business of %d people with two years of assessments, key roles and successors, development plans, mentoring and training, to try every screen.", demo.DefaultPeople),
			f.sampleBtn),
		choice("Import people from a spreadsheet",
			"A CSV file with a header row naming the columns: "+strings.Join(csvio.Headings(), ", ")+". Only "+csvio.Headings()[0]+" is required; dates are written YYYY-MM-DD. Save a template to see the layout.",
			f.importBtn, f.templateBtn),
		choice("Start from scratch", "Add people one by one; each gets a page for assessments, a plan, mentoring and training.", f.addBtn),
	)))
	return f
}

func (f *firstStart) view() fyne.CanvasObject { return f.content }

// onSample creates the sample business off the UI goroutine.
func (f *firstStart) onSample() {
	job := &sampleJob{a: f.a}
	f.a.runInBackground("Sample business", "Creating a sample business…", job.run, job.report)
}

// sampleJob creates the sample business (run, off the UI goroutine) and then shows it
// (report, on the UI goroutine).
type sampleJob struct {
	a   *App
	sum demo.Summary
}

// run creates the whole business in one transaction: all of it, or nothing.
func (j *sampleJob) run() error {
	return j.a.store.Batch(j.a.ctx(), func(ctx context.Context) error {
		var err error
		j.sum, err = demo.Generate(ctx, j.a.store, demo.Options{People: demo.DefaultPeople, Today: j.a.today()})
		return err
	})
}

func (j *sampleJob) report() {
	j.a.refreshAll()
	j.a.Show(AreaHome)
	dialog.ShowInformation("Sample business ready", j.sum.String(), j.a.win)
}

// onImport asks for a staff spreadsheet and imports it.
func (f *firstStart) onImport() {
	d := dialog.NewFileOpen(func(r fyne.URIReadCloser, err error) {
		if err != nil {
			f.a.showError(err)
			return
		}
		if r != nil {
			f.a.importStaff(r)
		}
	}, f.a.win)
	d.SetFilter(storage.NewExtensionFileFilter([]string{".csv", ".CSV"}))
	d.Show()
}

// importStaff reads a staff spreadsheet and adds everyone in it, or nobody: a bad row
// stops the whole import and is listed with its line number.
func (a *App) importStaff(r io.ReadCloser) {
	job := &importJob{a: a, r: r}
	a.runInBackground("Import", "Importing people…", job.run, job.report)
}

// importJob imports a spreadsheet (run, off the UI goroutine) and then says how it went
// (report, on the UI goroutine).
type importJob struct {
	a      *App
	r      io.ReadCloser
	added  int
	failed error // reported by report, which lists bad rows rather than one message
}

func (j *importJob) run() error {
	defer j.r.Close()
	rows, err := csvio.ReadStaff(j.r)
	if err == nil {
		j.added, err = j.a.store.ImportStaff(j.a.ctx(), rows)
	}
	j.failed = err
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

// onTemplate asks where to save a spreadsheet with the header and one example row to
// fill in.
func (f *firstStart) onTemplate() { f.a.saveAs("people.csv", ".csv", f.saveTemplate) }

// saveTemplate writes the template to path. It holds no one's data, so there is nothing
// to record in the audit log.
func (f *firstStart) saveTemplate(path string) {
	if err := fileout.Write(f.a.store.Path(), path, writeTemplate, func() error { return nil }); err != nil {
		f.a.showError(err)
	}
}

// writeTemplate writes the staff spreadsheet layout with one example row.
func writeTemplate(w io.Writer) error {
	example := talent.Person{Name: "Alex Example", JobTitle: "Service engineer", Team: "Field service",
		StartDate: time.Date(2021, 4, 1, 0, 0, 0, 0, time.UTC), Email: "alex@example.com", Status: talent.StatusActive}
	return csvio.WriteStaff(w, []talent.Person{example})
}
