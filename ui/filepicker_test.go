package ui

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"fyne.io/fyne/v2/container"
)

func TestFilePicker_LargeAndInTheLastFolder(t *testing.T) {
	a, _ := newTestApp(t)
	a.win.Resize(laptopWindow)
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "staff list.csv"), []byte("Name\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	// Saving a document there makes it the folder the next picker opens in.
	chooseInDialog(t, a, filepath.Join(dir, "plan.pdf"))
	if got := a.fyne.Preferences().String(prefFolder); got != dir {
		t.Fatalf("the folder remembered is %q, want %q", got, dir)
	}
	for name, open := range map[string]func(){
		"import":     a.importPeople,
		"save":       a.printSuccession,
		"their data": func() { a.exportPersonData(1, "Zoë Ångström") },
	} {
		open()
		top := a.win.Canvas().Overlays().Top()
		if top == nil {
			t.Fatalf("%s: no file picker open", name)
		}
		// The picker's body is split between the places it offers and the files.
		got := objectIn[*container.Split](t, top).Size()
		if got.Width < 0.8*laptopWindow.Width || got.Height < 0.7*laptopWindow.Height {
			t.Errorf("%s: the picker is %v in a %v window, want nearly all of it", name, got, laptopWindow)
		}
		if shown := overlayText(a); !strings.Contains(shown, filepath.Base(dir)) {
			t.Errorf("%s: the picker does not open in %s; it shows:\n%s", name, dir, shown)
		}
		closeDialogs(a)
	}
}
