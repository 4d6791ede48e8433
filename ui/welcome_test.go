package ui

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"fyne.io/fyne/v2/storage"
	"fyne.io/fyne/v2/test"

	"leadbridge/internal/csvio"
	"leadbridge/internal/demo"
	"leadbridge/internal/store"
)

// runJob runs a job as the app does, for a job whose start a system file dialog would
// otherwise stand before: the tests cannot choose in those dialogs.
func runJob(a *App, run func() error, report func()) {
	a.runInBackground("Test job", "Working…", run, report)
}

// importCSV imports a staff spreadsheet holding csv, as choosing the file does.
func importCSV(t *testing.T, a *App, csv string) {
	t.Helper()
	path := filepath.Join(t.TempDir(), "people.csv")
	mustNoErr(t, os.WriteFile(path, []byte(csv), 0o600))
	f, err := os.Open(path)
	mustNoErr(t, err)
	a.importStaff(f)
	if strings.Contains(overlayText(a), "The file adds") { // a good file: say yes to the preview
		tapDialogButton(t, a, "Import")
	}
}

func peopleCount(t *testing.T, db *store.DB) int {
	t.Helper()
	people, err := db.People(context.Background())
	if err != nil {
		t.Fatalf("People() = %v", err)
	}
	return len(people)
}

func TestWelcome_Shown(t *testing.T) {
	a, _ := newTestApp(t)
	h := openHome(t, a)
	wantShown(t, h.view(), "Welcome to Leadbridge", "Explore a sample business", "Import a CSV file…", "Save a template…", "Add the first person",
		"A made-up business of 40 people", "naming the columns: name, job title, team, reports to, start date, email. Only name is required")
}

func TestWelcome_Sample(t *testing.T) {
	a, db := newTestApp(t)
	h := openHome(t, a)
	test.Tap(h.first.sampleBtn)
	if n := peopleCount(t, db); n != demo.DefaultPeople {
		t.Errorf("the sample business has %d people, want %d", n, demo.DefaultPeople)
	}
	wantDialog(t, a, "Created a sample business: 40 people")
	tapDialogButton(t, a, "OK")
	wantShown(t, h.view(), "Bench strength", "The 9-box")
}

func TestWelcome_ImportWithBadRowChangesNothing(t *testing.T) {
	a, db := newTestApp(t)
	openHome(t, a)
	importCSV(t, a, "name,job title,team,start date\nZoë Ångström,Engineer,Assembly,2019-04-01\nДмитрий Иванов,Sales,Sales,2026-13-01\n,Nameless,Sales,2026-02-30\n")
	wantDialog(t, a, "Nothing was imported", "2 rows need to be fixed first", "Line 3:", "Line 4: \"2026-02-30\"", "Line 4: Name is required.")
	if n := peopleCount(t, db); n != 0 {
		t.Errorf("a refused import stored %d people, want none", n)
	}
}

func TestWelcome_Import(t *testing.T) {
	a, db := newTestApp(t)
	h := openHome(t, a)
	importCSV(t, a, "name,job title,team,reports to,start date\nZoë Ångström,Head of assembly,Assembly,,2015-04-01\n李小龍,Engineer,Assembly,Zoë Ångström,2022-01-10\n")
	wantDialog(t, a, "Import finished", "Added 2 people.")
	if n := peopleCount(t, db); n != 2 {
		t.Errorf("the import stored %d people, want 2", n)
	}
	wantShown(t, a.people().view(), "李小龍")
	if a.current.title != AreaPeople {
		t.Errorf("after importing %s is shown, want People", a.current.title)
	}
	wantShown(t, h.view(), "Bench strength")
}

func TestWelcome_Template(t *testing.T) {
	var buf bytes.Buffer
	if err := writeTemplate(&buf); err != nil {
		t.Fatalf("writeTemplate() = %v", err)
	}
	rows, err := csvio.ReadStaff(&buf)
	if err != nil {
		t.Fatalf("the template does not read back: %v", err)
	}
	if len(rows) != 1 || rows[0].Name != "Alex Example" || rows[0].Email != "alex@example.com" {
		t.Errorf("template rows = %+v, want the one example", rows)
	}
}

func TestWelcome_AddFirstPerson(t *testing.T) {
	a, db := newTestApp(t)
	h := openHome(t, a)
	test.Tap(h.first.addBtn)
	typeInto(a, formEntry(t, a, "Name"), "Ελένη Παπαδοπούλου")
	tapDialogButton(t, a, "Add person")
	if n := peopleCount(t, db); n != 1 {
		t.Fatalf("%d people stored, want the first person", n)
	}
	if pp, ok := a.people().page.(*personPage); !ok || pp.person.Name != "Ελένη Παπαδοπούλου" {
		t.Errorf("after adding the first person People shows %T, want their page", a.people().page)
	}
	h.refresh()
	wantShown(t, h.view(), "Bench strength: no key roles yet")
}

func TestWelcome_TemplateFileGetsCSVExtension(t *testing.T) {
	dir := t.TempDir()
	for _, tc := range []struct{ name, want string }{
		{"people", "people.csv"},
		{"staff.CSV", "staff.CSV"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			a, _ := newTestApp(t)
			w, err := storage.Writer(storage.NewFileURI(filepath.Join(dir, tc.name)))
			if err != nil {
				t.Fatal(err)
			}
			a.saveChosen(w, ".csv", newFirstStart(a).saveTemplate)
			wantNoDialog(t, a)
			data, err := os.ReadFile(filepath.Join(dir, tc.want))
			if err != nil || !bytes.Contains(data, []byte("Alex Example")) {
				t.Errorf("%s holds %q, %v; want the template", tc.want, data, err)
			}
			if tc.want != tc.name {
				if _, err := os.Stat(filepath.Join(dir, tc.name)); !os.IsNotExist(err) {
					t.Errorf("the dialog left a file without the extension: %v", err)
				}
			}
		})
	}
}
