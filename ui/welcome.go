package ui

import (
	"context"
	"fmt"
	"io"
	"strings"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
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

// onImport asks for a staff spreadsheet and imports it, as People does.
func (f *firstStart) onImport() { f.a.importPeople() }

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
