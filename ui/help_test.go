package ui

import (
	"io/fs"
	"path/filepath"
	"testing"

	"leadbridge/resources"
)

func TestHelp_Menu(t *testing.T) {
	a, db := newTestApp(t)
	a.version = "9.8.7"
	a.win.Resize(laptopWindow)

	menuItem(t, a, "Keyboard shortcuts").Action()
	wantDialog(t, a, "Ctrl+1 … Ctrl+7", "Ctrl+N", "Ctrl+S", "Ctrl+F", "Ctrl+L", "Ctrl+P", "Escape", "Ctrl+Q")
	closeDialogs(a)

	menuItem(t, a, "Where the data lives").Action()
	wantDialog(t, a, db.Path(), filepath.Join(filepath.Dir(db.Path()), "backups"))
	closeDialogs(a)

	menuItem(t, a, "About Leadbridge").Action()
	wantDialog(t, a, "Leadbridge, version 9.8.7", "SIL Open Font License")
	names, err := fs.Glob(resources.FontLicences, "fonts/LICENSE-*.txt")
	if err != nil || len(names) < 3 {
		t.Fatalf("font licences embedded: %v, %v", names, err)
	}
	for _, name := range names {
		text, _ := fs.ReadFile(resources.FontLicences, name)
		wantDialog(t, a, string(text)) // each licence in full
	}
}
