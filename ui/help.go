package ui

import (
	"io/fs"
	"path"
	"path/filepath"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/widget"

	"leadbridge/resources"
)

// The Help menu: the keyboard shortcuts, where the data lives, and About.

// shortcutHelp lists the keyboard shortcuts as the Help menu shows them; the menus
// (see addShortcuts) bind them.
var shortcutHelp = [][2]string{
	{"Ctrl+1 … Ctrl+7", "Home, People, Succession, Mentoring, Training, Leadership standard, Settings"},
	{"Ctrl+N", "a new record where you are: a person, a key role, a pair, a training entry"},
	{"Ctrl+S", "save the page in front"},
	{"Ctrl+F", "find a person"},
	{"Ctrl+L", "log a leadership moment, from anywhere"},
	{"Ctrl+P", "print the development plan of the person in front"},
	{"Escape", "close the dialog in front, or go back from a person's page"},
	{"Ctrl+Q", "quit, asking first when something is unsaved"},
	{"Up, Down, Enter", "pick from a list of people as it narrows while you type"},
}

func (a *App) helpMenu() *fyne.Menu {
	return fyne.NewMenu("Help",
		fyne.NewMenuItem("Keyboard shortcuts", a.showShortcuts),
		fyne.NewMenuItem("Where the data lives", a.showDataPlace),
		fyne.NewMenuItem("About Leadbridge", a.showAbout),
	)
}

func (a *App) showShortcuts() {
	form := widget.NewForm()
	for _, s := range shortcutHelp {
		form.Append(s[0], wrapLabel(s[1]))
	}
	a.showHelp("Keyboard shortcuts", form)
}

func (a *App) showDataPlace() {
	p := a.store.Path()
	file := &widget.Label{Text: p, Wrapping: fyne.TextWrapBreak, Selectable: true}
	a.showHelp("Where the data lives", container.NewVBox(
		wrapLabel("Everything Leadbridge knows is in one file on this computer, readable by you alone:"),
		file,
		wrapLabel("Backups go into the backups folder beside it: "+filepath.Join(filepath.Dir(p), "backups")+". "+
			"Settings shows the backups and the audit log, and can back up and restore. "+
			"The size of this window is kept with your other Leadbridge preferences, not in the data."),
	))
}

func (a *App) showAbout() {
	version := a.version
	if version == "" {
		version = "a development build"
	}
	licences := container.NewVBox()
	names, _ := fs.Glob(resources.FontLicences, "fonts/LICENSE-*.txt")
	for _, name := range names {
		text, err := fs.ReadFile(resources.FontLicences, name)
		if err != nil {
			continue
		}
		font := strings.TrimSuffix(strings.TrimPrefix(path.Base(name), "LICENSE-"), ".txt")
		licences.Add(widget.NewAccordion(widget.NewAccordionItem(font+" (in the PDF documents)",
			&widget.Label{Text: string(text), Wrapping: fyne.TextWrapWord, Selectable: true})))
	}
	a.showHelp("About Leadbridge", container.NewVBox(
		heading("Leadbridge, version "+version),
		wrapLabel("Turn your experts into good first-time managers, and know who is ready to lead next. "+
			"Offline: no account, no server, no telemetry."),
		wrapLabel("Leadbridge is built with Fyne (BSD 3-Clause licence), whose Noto Sans fonts draw the window's "+
			"text under the SIL Open Font License 1.1. The documents are set in the fonts below, each under its own licence:"),
		licences,
	))
}

// showHelp shows content in a dialog sized to the window, scrolling what does not fit.
func (a *App) showHelp(title string, content fyne.CanvasObject) {
	d := dialog.NewCustom(title, "Close", container.NewVScroll(content), a.win)
	win := a.win.Canvas().Size()
	d.Resize(fyne.NewSize(min(640, win.Width*0.9), min(max(content.MinSize().Height+120, 240), win.Height*0.85)))
	d.Show()
}
