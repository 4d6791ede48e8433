package ui

import (
	"path/filepath"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/storage"
)

// File pickers open large, so that names are read in full, and in the folder last used
// for a file, which Leadbridge remembers between runs.

// prefFolder is the preference holding the folder a file was last chosen in.
const prefFolder = "folder"

// showPicker shows a file or folder picker nearly as large as the window, starting in
// start or, when that is empty, in the folder last used.
func (a *App) showPicker(d *dialog.FileDialog, start string) {
	if start == "" {
		start = a.fyne.Preferences().String(prefFolder)
	}
	if l, err := storage.ListerForURI(storage.NewFileURI(start)); err == nil && start != "" {
		d.SetLocation(l)
	}
	d.Show() // a picker takes a size only once shown
	win := a.win.Canvas().Size()
	d.Resize(fyne.NewSize(win.Width*0.9, win.Height*0.9))
}

// usedFile remembers the folder of a file chosen, or of a folder chosen itself, for the
// next picker.
func (a *App) usedFile(path string, isFolder bool) {
	if !isFolder {
		path = filepath.Dir(path)
	}
	setPreference(a.fyne.Preferences(), prefFolder, path)
}
