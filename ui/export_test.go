package ui

import (
	"bytes"
	"context"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/storage"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"leadbridge/internal/report"
	"leadbridge/internal/store"
	"leadbridge/internal/talent"
)

// pdfText is the text pdftotext reads from a PDF, with runs of white space folded so that
// phrases wrapped by the layout still match.
func pdfText(t *testing.T, path string) string {
	t.Helper()
	out, err := exec.Command("pdftotext", "-enc", "UTF-8", path, "-").Output()
	if err != nil {
		t.Fatalf("pdftotext %s: %v", path, err)
	}
	return strings.Join(strings.Fields(string(out)), " ")
}

// pdfPageSize is the page size pdfinfo reports, such as "612 x 792 pts (letter)".
func pdfPageSize(t *testing.T, path string) string {
	t.Helper()
	out, err := exec.Command("pdfinfo", path).CombinedOutput()
	if err != nil {
		t.Fatalf("pdfinfo %s: %v\n%s", path, err, out)
	}
	for _, line := range strings.Split(string(out), "\n") {
		if k, v, ok := strings.Cut(line, ":"); ok && k == "Page size" {
			return strings.TrimSpace(v)
		}
	}
	t.Fatalf("pdfinfo reports no page size:\n%s", out)
	return ""
}

// folderEntries lists the names in dir, to check that a failed export left nothing.
func folderEntries(t *testing.T, dir string) []string {
	t.Helper()
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatalf("read %s: %v", dir, err)
	}
	var names []string
	for _, e := range entries {
		names = append(names, e.Name())
	}
	return names
}

// exportApp is a test app on the sample business, with Zoë Ångström's page in front.
func exportApp(t *testing.T) (*App, *store.DB, talent.Person) {
	t.Helper()
	a, db := newTestApp(t)
	zoe := sampleBusiness(t, db)["Zoë Ångström"]
	personPageOf(t, a, zoe.ID)
	return a, db, zoe
}

func TestExport_PlanCopies(t *testing.T) {
	for _, tc := range []struct {
		copy      report.Copy
		wantOwner bool
	}{
		{report.Mentor, false},
		{report.Owner, true},
	} {
		t.Run(tc.copy.String(), func(t *testing.T) {
			a, _, zoe := exportApp(t)
			path := filepath.Join(t.TempDir(), "Development plan - Zoë Ångström.pdf")
			a.runExport(a.planExport(zoe.ID, tc.copy, path))
			wantDialog(t, a, "Development plan saved", "The "+tc.copy.String()+" copy of the development plan is saved as "+path+".", "Open", "Close")
			text := pdfText(t, path)
			for _, want := range []string{"Zoë Ångström", "Development plan", "Competency profile", "Goals and actions", "Olga Owner"} {
				if !strings.Contains(text, want) {
					t.Errorf("the plan does not show %q; it reads:\n%s", want, text)
				}
			}
			if got := strings.Contains(text, "For the owner only"); got != tc.wantOwner {
				t.Errorf("%s copy shows the owner-only section = %v, want %v", tc.copy, got, tc.wantOwner)
			}
			if got := strings.Contains(text, "Head of assembly"); got != tc.wantOwner {
				t.Errorf("%s copy shows the successor nomination = %v, want %v", tc.copy, got, tc.wantOwner)
			}
		})
	}
}

func TestExport_Succession(t *testing.T) {
	a, db := newTestApp(t)
	sampleBusiness(t, db)
	openHome(t, a)
	path := filepath.Join(t.TempDir(), "Succession summary - 2026-03-16.pdf")
	a.runExport(a.successionExport(path))
	wantDialog(t, a, "Succession summary saved", "The succession summary is saved as "+path+".")
	text := pdfText(t, path)
	for _, want := range []string{"Succession summary", "Key roles and successors", "Head of assembly", "Zoë Ångström", "Дмитрий Иванов", "Confidential"} {
		if !strings.Contains(text, want) {
			t.Errorf("the summary does not show %q; it reads:\n%s", want, text)
		}
	}
	log, err := db.AuditLog(context.Background())
	if err != nil || len(log) == 0 || log[len(log)-1].Detail != "Exported the succession summary to "+filepath.Base(path)+"." {
		t.Errorf("audit log = %v, %v; want the export as its last entry", log, err)
	}
	if h, err := db.BenchHistory(context.Background()); err != nil || len(h) != 1 {
		t.Errorf("bench strength recorded = %v, %v; want the summary's one figure", h, err)
	}
}

func TestExport_AddsPDFExtension(t *testing.T) {
	for _, tc := range []struct{ name, want string }{
		{"plan", "plan.pdf"},
		{"plan.pdf", "plan.pdf"},
		{"plan.PDF", "plan.PDF"},
		{"plan.txt", "plan.txt.pdf"},
		{"Zoë Ångström 🌻", "Zoë Ångström 🌻.pdf"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := withExt(tc.name, ".pdf"); got != tc.want {
				t.Errorf("withExt(%q, .pdf) = %q, want %q", tc.name, got, tc.want)
			}
		})
	}
	t.Run("written file", func(t *testing.T) {
		a, _, zoe := exportApp(t)
		dir := t.TempDir()
		a.runExport(a.planExport(zoe.ID, report.Mentor, filepath.Join(dir, "plan")))
		if got := strings.Join(folderEntries(t, dir), ", "); got != "plan.pdf" {
			t.Errorf("the folder holds %q, want plan.pdf alone", got)
		}
	})
}

// chooseInDialog does what the save dialog does when a file is chosen: it creates the
// file empty and hands its writer to saveChosen. The path export is given lands in the
// string returned, which stays "" until export is called.
func chooseInDialog(t *testing.T, a *App, path string) *string {
	t.Helper()
	w, err := storage.Writer(storage.NewFileURI(path))
	if err != nil {
		t.Fatalf("create %s: %v", path, err)
	}
	exported := new(string)
	a.saveChosen(w, ".pdf", func(p string) { *exported = p })
	return exported
}

func TestExport_SaveChosen(t *testing.T) {
	for _, tc := range []struct{ name, want string }{
		{"Zoë Ångström", "Zoë Ångström.pdf"},
		{"plan.pdf", "plan.pdf"},
		{"plan.PDF", "plan.PDF"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			a, _ := newTestApp(t)
			dir := t.TempDir()
			if got, want := *chooseInDialog(t, a, filepath.Join(dir, tc.name)), filepath.Join(dir, tc.want); got != want {
				t.Errorf("export was given %q, want %q", got, want)
			}
			if got := folderEntries(t, dir); len(got) != 0 {
				t.Errorf("the dialog's empty file stayed: the folder holds %q", got)
			}
			wantNoDialog(t, a)
		})
	}
}

// TestExport_SaveChosenAsksBeforeReplacing chooses "plan" where plan.pdf exists: the
// dialog asked about "plan" only, so replacing plan.pdf must be asked.
func TestExport_SaveChosenAsksBeforeReplacing(t *testing.T) {
	for _, tc := range []struct {
		answer  string
		replace bool
	}{
		{"Replace", true},
		{"Cancel", false},
	} {
		t.Run(tc.answer, func(t *testing.T) {
			a, _ := newTestApp(t)
			dir := t.TempDir()
			existing := filepath.Join(dir, "plan.pdf")
			if err := os.WriteFile(existing, []byte("%PDF-1.3 an earlier plan"), 0o600); err != nil {
				t.Fatal(err)
			}
			exported := chooseInDialog(t, a, filepath.Join(dir, "plan"))
			if *exported != "" {
				t.Errorf("export was given %q before the user answered", *exported)
			}
			wantDialog(t, a, "Replace plan.pdf?", "plan.pdf already exists in that folder.")
			tapDialogButton(t, a, tc.answer)
			if got := *exported == existing; got != tc.replace {
				t.Errorf("after %s export was given %q; want it called %v", tc.answer, *exported, tc.replace)
			}
			if got := strings.Join(folderEntries(t, dir), ", "); got != "plan.pdf" {
				t.Errorf("the folder holds %q, want the earlier plan.pdf alone", got)
			}
		})
	}
}

func TestExport_FileNameSuggestion(t *testing.T) {
	day := mustDate(t, "2026-11-21")
	long := strings.Repeat("Дмитрий ", 25)
	for _, tc := range []struct{ name, want string }{
		{"Zoë Ångström", "Development plan - Zoë Ångström - 2026-11-21.pdf"},
		{"Дмитрий Иванов", "Development plan - Дмитрий Иванов - 2026-11-21.pdf"},
		{"Ελένη Παπαδοπούλου", "Development plan - Ελένη Παπαδοπούλου - 2026-11-21.pdf"},
		{"李小龍", "Development plan - 李小龍 - 2026-11-21.pdf"},
		{"محمد", "Development plan - محمد - 2026-11-21.pdf"},
		{"Sam 🚀 Lee", "Development plan - Sam 🚀 Lee - 2026-11-21.pdf"},
		{"AC/DC: Ops", "Development plan - AC DC Ops - 2026-11-21.pdf"},
		{`a\b*c?d"e<f>g|h`, "Development plan - a b c d e f g h - 2026-11-21.pdf"},
		{"/:/", "Development plan - 2026-11-21.pdf"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := planFileName(tc.name, day); got != tc.want {
				t.Errorf("planFileName(%q) = %q, want %q", tc.name, got, tc.want)
			}
		})
	}
	t.Run("long name", func(t *testing.T) {
		got := planFileName(long, day)
		if len(got) > 255 || !utf8.ValidString(got) || !strings.HasSuffix(got, " - 2026-11-21.pdf") || !strings.HasPrefix(got, "Development plan - Дмитрий") {
			t.Errorf("planFileName(200 Cyrillic characters) = %q (%d bytes), want a valid name of at most 255 bytes", got, len(got))
		}
	})
	if got, want := successionFileName(day), "Succession summary - 2026-11-21.pdf"; got != want {
		t.Errorf("successionFileName() = %q, want %q", got, want)
	}
}

func TestExport_PaperFollowsSetting(t *testing.T) {
	for _, tc := range []struct {
		name, setting, locale, want string
	}{
		{"letter preferred", "letter", "en_GB.UTF-8", "(letter)"},
		{"A4 preferred", "a4", "en_US.UTF-8", "(A4)"},
		{"from a US locale", "", "en_US.UTF-8", "(letter)"},
		{"from a German locale", "", "de_DE.UTF-8", "(A4)"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			t.Setenv("LC_ALL", tc.locale)
			a, db, zoe := exportApp(t)
			mustNoErr(t, db.SetSetting(context.Background(), talent.PaperSetting, tc.setting))
			dir := t.TempDir()
			for _, job := range []*exportJob{
				a.planExport(zoe.ID, report.Mentor, filepath.Join(dir, "plan.pdf")),
				a.successionExport(filepath.Join(dir, "summary.pdf")),
			} {
				a.runExport(job)
				if got := pdfPageSize(t, job.path); !strings.HasSuffix(got, tc.want) {
					t.Errorf("%s page size = %q, want %s", job.title, got, tc.want)
				}
			}
		})
	}
}

func TestExport_FailureLeavesNothing(t *testing.T) {
	for _, tc := range []struct {
		name    string
		job     func(t *testing.T, a *App, zoe talent.Person, dir string) *exportJob
		message string
	}{
		{"folder missing", func(t *testing.T, a *App, zoe talent.Person, dir string) *exportJob {
			return a.planExport(zoe.ID, report.Owner, filepath.Join(dir, "gone", "plan.pdf"))
		}, "does not exist"},
		{"summary into a missing folder", func(_ *testing.T, a *App, _ talent.Person, dir string) *exportJob {
			return a.successionExport(filepath.Join(dir, "gone", "summary"))
		}, "does not exist"},
		{"person deleted meanwhile", func(t *testing.T, a *App, zoe talent.Person, dir string) *exportJob {
			mustNoErr(t, a.store.DeletePerson(context.Background(), zoe.ID, true))
			return a.planExport(zoe.ID, report.Mentor, filepath.Join(dir, "plan.pdf"))
		}, "no longer exists"},
		{"paper setting unknown", func(t *testing.T, a *App, zoe talent.Person, dir string) *exportJob {
			mustNoErr(t, a.store.SetSetting(context.Background(), talent.PaperSetting, "a5"))
			return a.planExport(zoe.ID, report.Mentor, filepath.Join(dir, "plan.pdf"))
		}, `The paper size "a5" is not known`},
	} {
		t.Run(tc.name, func(t *testing.T) {
			a, _, zoe := exportApp(t)
			dir := t.TempDir()
			a.runExport(tc.job(t, a, zoe, dir))
			wantDialog(t, a, "Please check", tc.message)
			if got := folderEntries(t, dir); len(got) != 0 {
				t.Errorf("a failed export left %q behind", got)
			}
		})
	}
}

func TestExport_OpenTheFile(t *testing.T) {
	a, _, zoe := exportApp(t)
	path := filepath.Join(t.TempDir(), "Plan of Zoë Ångström #1.pdf")
	a.runExport(a.planExport(zoe.ID, report.Mentor, path))
	tapDialogButton(t, a, "Open")
	wantNoDialog(t, a)

	u, err := fileURL(path)
	if err != nil {
		t.Fatalf("fileURL(%q) = %v", path, err)
	}
	if u.Scheme != "file" || u.Path != path {
		t.Errorf("fileURL(%q) = scheme %q, path %q; want file and the path itself", path, u.Scheme, u.Path)
	}
}

// radioIn finds the radio group in the topmost dialog.
func radioIn(t *testing.T, a *App) *widget.RadioGroup {
	t.Helper()
	var found *widget.RadioGroup
	walkObjects(a.win.Canvas().Overlays().Top(), func(o fyne.CanvasObject) {
		if r, ok := o.(*widget.RadioGroup); ok && found == nil {
			found = r
		}
	})
	if found == nil {
		t.Fatalf("no choice in the dialog; it shows:\n%s", overlayText(a))
	}
	return found
}

// The save dialog opens in the home folder: the tests give it an empty one.

func TestExport_PersonPageAsksForCopyThenFile(t *testing.T) {
	t.Setenv("HOME", t.TempDir())
	for _, tc := range []struct {
		name  string
		print func(a *App, pp *personPage)
	}{
		{"button", func(_ *App, pp *personPage) { test.Tap(pp.printBtn) }},
		{"Ctrl+P", func(a *App, _ *personPage) { a.printCurrentPlan() }},
	} {
		t.Run(tc.name, func(t *testing.T) {
			a, db := newTestApp(t)
			zoe := addPerson(t, db, talent.Person{Name: "Zoë/Ångström: 🌻"})
			tc.print(a, personPageOf(t, a, zoe.ID))
			wantDialog(t, a, "Print the development plan of Zoë/Ångström: 🌻", "Mentor copy", "Owner copy", "Save as PDF…")
			choice := radioIn(t, a)
			if choice.Selected != copyChoices[0].label || copyChoices[0].copy != report.Mentor {
				t.Errorf("the copy chosen at first is %q, want the mentor copy", choice.Selected)
			}
			choice.SetSelected(copyChoices[1].label)
			tapDialogButton(t, a, "Save as PDF…")
			wantFileName(t, a, "Development plan - Zoë Ångström 🌻 - 2026-03-16.pdf")
		})
	}
}

// TestExport_CtrlPElsewhereAsksWhose presses Ctrl+P away from a person's page: it says
// so and offers the people; once one is chosen, Enter goes on to the file to save.
func TestExport_CtrlPElsewhereAsksWhose(t *testing.T) {
	t.Setenv("HOME", t.TempDir())
	a, db := newTestApp(t)
	p := addPerson(t, db, talent.Person{Name: "Zoë Ångström"})
	addPerson(t, db, talent.Person{Name: "Дмитрий Иванов"})
	for _, area := range []string{AreaHome, AreaTraining, AreaPeople} {
		a.Show(area)
		menuItem(t, a, "Print development plan…").Action()
		wantDialog(t, a, "Print a development plan", noPersonToPrint, "Save as PDF…")
		if !dialogButton(t, a, "Save as PDF…").Disabled() {
			t.Errorf("on %s the plan can be saved before anyone is chosen", area)
		}
		press(a, fyne.KeyEscape)
		wantNoDialog(t, a)
	}
	a.printCurrentPlan()
	formField[*personPicker](t, a, "Whose plan").SetValue(p.ID)
	a.win.Canvas().Unfocus()
	press(a, fyne.KeyReturn)
	wantFileName(t, a, planFileName(p.Name, testNow))
}

func TestExport_HomeButtonAsksForFile(t *testing.T) {
	t.Setenv("HOME", t.TempDir())
	a, db := newTestApp(t)
	sampleBusiness(t, db)
	h := openHome(t, a)
	test.Tap(h.printBtn)
	wantFileName(t, a, "Succession summary - 2026-03-16.pdf")
}

// TestExport_ChosenFileIsUntouched picks existing files in the save dialog, the data file
// among them, and confirms replacing them, as a careless user might: the dialog's writer
// must leave each file as it was, and an export aimed at the data file is refused with
// the data intact.
func TestExport_ChosenFileIsUntouched(t *testing.T) {
	a, db, _ := exportApp(t)
	dir := t.TempDir()
	earlier := filepath.Join(dir, "plan.pdf")
	if err := os.WriteFile(earlier, []byte("%PDF-1.3 an earlier plan"), 0o600); err != nil {
		t.Fatal(err)
	}
	data, err := os.ReadFile(db.Path())
	if err != nil {
		t.Fatal(err)
	}
	for _, path := range []string{earlier, db.Path()} {
		w, err := storage.Writer(storage.NewFileURI(path)) // what the dialog does on Save
		if err != nil {
			t.Fatal(err)
		}
		a.saveChosen(w, filepath.Ext(path), func(string) {})
		wantNoDialog(t, a)
	}
	if got, _ := os.ReadFile(earlier); string(got) != "%PDF-1.3 an earlier plan" {
		t.Errorf("the chosen earlier file holds %q, want it untouched", got)
	}
	a.runExport(&exportJob{a: a, title: "Development plan", path: db.Path(), render: func(ctx context.Context, opt report.Options) (func(io.Writer) error, func(context.Context) error, error) {
		return func(w io.Writer) error { _, err := io.WriteString(w, "not the data"); return err }, nil, nil
	}})
	wantDialog(t, a, "own data")
	if got, err := os.ReadFile(db.Path()); err != nil || !bytes.Equal(got, data) {
		t.Fatalf("the data file changed: %v", err)
	}
	if ok, err := storage.CanList(storage.NewFileURI(dir)); !ok || err != nil {
		t.Errorf("folders can no longer be listed for the dialogs: %v, %v", ok, err)
	}
}
