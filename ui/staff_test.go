package ui

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"fyne.io/fyne/v2/test"

	"leadbridge/internal/talent"
)

// TestStaff_ImportAnyTime imports a spreadsheet once people exist, as People and the File
// menu offer: the preview says what would be added before anything is, Cancel adds
// nobody, and Import adds everyone.
func TestStaff_ImportAnyTime(t *testing.T) {
	a, db := newTestApp(t)
	addPerson(t, db, talent.Person{Name: "Zoë Ångström", Team: "Assembly"})
	a.Show(AreaPeople)
	for _, label := range []string{"Import people…", "Export people…"} {
		if menuItem(t, a, label).Action == nil {
			t.Errorf("File > %s does nothing", label)
		}
	}
	s := a.people()
	if s.importBtn.OnTapped == nil || s.exportBtn.OnTapped == nil {
		t.Error("People has no Import… or Export… button that does something")
	}
	csv := "name,team,reports to\nДмитрий Иванов,Sales,zoe angstrom\nAna Silva,Sales,Дмитрий Иванов\n"
	for _, answer := range []string{"Cancel", "Import"} {
		path := filepath.Join(t.TempDir(), "people.csv")
		mustNoErr(t, os.WriteFile(path, []byte(csv), 0o600))
		f, err := os.Open(path)
		mustNoErr(t, err)
		a.importStaff(f)
		wantDialog(t, a, "Import 2 people?", "The file adds 2 people. New team: Sales. Some report to people already here: Zoë Ångström.")
		tapDialogButton(t, a, answer)
		want := map[string]int{"Cancel": 1, "Import": 3}[answer]
		if n := peopleCount(t, db); n != want {
			t.Fatalf("after %s there are %d people, want %d", answer, n, want)
		}
	}
	wantDialog(t, a, "Import finished", "Added 2 people.")
}

// TestStaff_Export writes the staff list from the app, recorded like the command's.
func TestStaff_Export(t *testing.T) {
	a, db := newTestApp(t)
	addPerson(t, db, talent.Person{Name: "Zoë Ångström", Team: "Assembly"})
	path := filepath.Join(t.TempDir(), staffFileName(testNow))
	j := &staffExport{a: a, path: path}
	a.runInBackground("Export", "Writing the spreadsheet…", j.run, j.report)
	wantDialog(t, a, "Staff list saved", path)
	data, err := os.ReadFile(path)
	if err != nil || !strings.Contains(string(data), "Zoë Ångström") {
		t.Fatalf("the spreadsheet holds %q, %v", data, err)
	}
	log, err := db.AuditLog(context.Background())
	if err != nil || log[len(log)-1].Detail != "Exported the staff list of 1 person to "+filepath.Base(path)+"." {
		t.Errorf("audit log = %v, %v; want the export last", log, err)
	}
	test.Tap(dialogButton(t, a, "OK"))
}
