package ui

import (
	"context"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"leadbridge/internal/talent"
)

// Store is what the screens need from the data store.
type Store interface {
	talent.Services
	talent.DataFileService
	talent.PrivacyService
	talent.CalendarService
	// Path is the data file's location, shown in Settings.
	Path() string
	Setting(ctx context.Context, key string) (string, error)
	SetSetting(ctx context.Context, key, value string) error
	// AuditExport enters a written export in the audit log, with what else writing it
	// keeps, in one transaction.
	AuditExport(ctx context.Context, action, detail string, also func(context.Context) error) error
	// Batch runs fn as one transaction: all of its writes land, or none.
	Batch(ctx context.Context, fn func(ctx context.Context) error) error
}

// Options adjust the app for tests and for the command line.
type Options struct {
	// Now is the clock used for "today"; time.Now when nil.
	Now func() time.Time
	// Version is the program's version, shown in About; empty for a development build.
	Version string
}

// App is the main window and what every area shares.
type App struct {
	fyne    fyne.App
	win     fyne.Window
	store   Store
	now     func() time.Time
	version string

	areas   []*areaEntry
	current *areaEntry
	started bool // Start has been called: areas load what they show
	nav     *widget.List
	body    *fyne.Container
	notice  *notice
	tips    *tipLayer

	reminding  bool      // StartReminders has been called
	remindedOn time.Time // the day of the last reminder (see sendReminder)
}

// area is one destination of the navigation: Home, People, Succession, ...
type area interface {
	// view returns the area's content; it is built once and kept.
	view() fyne.CanvasObject
	// refresh reloads what the area shows from the store.
	refresh()
}

// creator is an area that can start a new record (Ctrl+N).
type creator interface {
	newRecord()
}

type areaEntry struct {
	title string
	icon  fyne.Resource
	make  func(*App) area
	built area
}

// Names of the navigation areas, used by tests and by cross-links between areas.
const (
	AreaHome       = "Home"
	AreaPeople     = "People"
	AreaSuccession = "Succession"
	AreaMentoring  = "Mentoring"
	AreaTraining   = "Training"
	AreaStandard   = "Leadership standard"
	AreaSettings   = "Settings"
	AreaDue        = "Due"
)

// New builds the main window on a store, with the Home area in front showing placeholders.
// Show the window, then call Start, then run the app.
func New(fa fyne.App, s Store, opt Options) *App {
	a := &App{fyne: fa, store: s, now: opt.Now, version: opt.Version}
	if a.now == nil {
		a.now = time.Now
	}
	a.areas = []*areaEntry{
		{title: AreaHome, icon: theme.HomeIcon(), make: func(a *App) area { return newHomeArea(a) }},
		{title: AreaPeople, icon: theme.AccountIcon(), make: func(a *App) area { return newPeopleArea(a) }},
		{title: AreaSuccession, icon: theme.GridIcon(), make: func(a *App) area { return newSuccessionArea(a) }},
		{title: AreaMentoring, icon: theme.MailReplyAllIcon(), make: func(a *App) area { return newMentoringArea(a) }},
		{title: AreaTraining, icon: theme.DocumentIcon(), make: func(a *App) area { return newTrainingArea(a) }},
		{title: AreaStandard, icon: theme.ListIcon(), make: func(a *App) area { return newStandardArea(a) }},
		{title: AreaSettings, icon: theme.SettingsIcon(), make: func(a *App) area { return newSettingsArea(a) }},
		{title: AreaDue, icon: theme.CalendarIcon(), make: func(a *App) area { return newDueArea(a) }},
	}
	keepChosenFilesUntouched()
	a.win = fa.NewWindow("Leadbridge")
	a.win.SetCloseIntercept(a.quit)
	a.buildWindow()
	a.addShortcuts()
	return a
}

// Window is the main window.
func (a *App) Window() fyne.Window { return a.win }

func (a *App) buildWindow() {
	a.nav = widget.NewList(
		func() int { return len(a.areas) },
		func() fyne.CanvasObject {
			return container.NewHBox(widget.NewIcon(theme.HomeIcon()), widget.NewLabel("Leadership standard"))
		},
		func(i widget.ListItemID, o fyne.CanvasObject) {
			row := o.(*fyne.Container)
			row.Objects[0].(*widget.Icon).SetResource(a.areas[i].icon)
			row.Objects[1].(*widget.Label).SetText(a.areas[i].title)
		})
	a.nav.OnSelected = func(i widget.ListItemID) { a.show(a.areas[i]) }
	a.body = container.NewStack()
	// The navigation keeps the width of its longest entry on every screen: a split would
	// give it a share of the window, which moves as each area asks for more room.
	a.notice = newNotice()
	a.tips = newTipLayer()
	a.win.SetContent(container.NewStack(
		container.NewBorder(nil, nil, container.NewHBox(a.nav, widget.NewSeparator()), nil,
			container.NewStack(a.body, a.notice.view)),
		a.tips.object()))
	a.openAtRememberedSize()
	a.nav.Select(0)
}

// Show switches to the named area, as a click in the navigation does.
func (a *App) Show(title string) {
	for i, e := range a.areas {
		if e.title == title {
			a.nav.Select(i)
			return
		}
	}
}

func (a *App) show(e *areaEntry) {
	if e.built == nil {
		e.built = e.make(a)
	}
	a.current = e
	a.body.Objects = []fyne.CanvasObject{e.built.view()}
	a.body.Refresh()
	if a.started {
		e.built.refresh()
	}
}

// Launch begins what comes once the first window is on screen: loading the area in
// front (Start), the daily backup and the reminders. Whatever shows the app's first
// window, on the data as opened or as restored from a backup, calls it once. The
// reminders start first: the day's first one comes from what the home view loads.
func (a *App) Launch() {
	a.StartReminders()
	a.Start()
	a.BackUpDaily(a.store.AutoBackup)
}

// Start loads what the area in front shows. Call it once the window is on screen: until
// then nothing has read more of the data than the window's first frame needs, so the
// window shows as soon for a business of 10,000 people as for one of ten.
func (a *App) Start() {
	a.started = true
	if a.current != nil {
		a.current.built.refresh()
	}
}

// refreshAll brings the app up to date after a change that several areas show. Only the
// area in front is reloaded now: every other area reloads when it is shown (see show), so
// a save never waits for screens nobody is looking at.
func (a *App) refreshAll() {
	if a.current != nil && a.current.built != nil {
		a.current.built.refresh()
	}
}

// areaOf returns the built area with the given title, building it if needed.
func (a *App) areaOf(title string) area {
	for _, e := range a.areas {
		if e.title == title {
			if e.built == nil {
				e.built = e.make(a)
			}
			return e.built
		}
	}
	return nil
}

// addShortcuts puts the keyboard shortcuts on a main menu: Fyne checks menu shortcuts
// before a focused text field can swallow them, so they work while typing too.
func (a *App) addShortcuts() {
	key := func(k fyne.KeyName) fyne.Shortcut {
		return &desktop.CustomShortcut{KeyName: k, Modifier: fyne.KeyModifierShortcutDefault}
	}
	file := fyne.NewMenu("File",
		&fyne.MenuItem{Label: "New record", Action: a.newRecord, Shortcut: key(fyne.KeyN)},
		&fyne.MenuItem{Label: "Save", Action: a.save, Shortcut: key(fyne.KeyS)},
		&fyne.MenuItem{Label: "Find a person", Action: a.focusSearch, Shortcut: key(fyne.KeyF)},
		&fyne.MenuItem{Label: "Log a leadership moment", Action: func() { a.logMoment(a.currentPerson()) }, Shortcut: key(fyne.KeyL)},
		&fyne.MenuItem{Label: "Print development plan…", Action: a.printCurrentPlan, Shortcut: key(fyne.KeyP)},
		fyne.NewMenuItemSeparator(),
		&fyne.MenuItem{Label: "Import people…", Action: a.importPeople},
		&fyne.MenuItem{Label: "Export people…", Action: a.exportPeople},
		&fyne.MenuItem{Label: "Export to calendar…", Action: a.exportCalendar},
		fyne.NewMenuItemSeparator(),
		&fyne.MenuItem{Label: "Back up now…", Action: a.backUpNow},
		&fyne.MenuItem{Label: "Restore from a backup…", Action: a.restoreFromBackup},
		fyne.NewMenuItemSeparator(),
		&fyne.MenuItem{Label: "Quit", Action: a.quit, Shortcut: key(fyne.KeyQ), IsQuit: true},
	)
	var areas []*fyne.MenuItem
	for i, e := range a.areas {
		areas = append(areas, &fyne.MenuItem{Label: e.title, Action: func() { a.goTo(e.title) }, Shortcut: key(fyne.KeyName(string(rune('1' + i))))})
	}
	a.win.SetMainMenu(fyne.NewMainMenu(file, fyne.NewMenu("Go", areas...), a.helpMenu()))
	a.win.Canvas().SetOnTypedKey(a.onTypedKey)
}

// backer is a page with a Back button.
type backer interface {
	onBack()
}

// onTypedKey handles keys no widget took, and Enter and Escape from every input (see
// passKey): in a dialog, Enter presses its default button and Escape cancels it (see
// dialogKey); otherwise Escape goes back from the page shown instead of the people list,
// as its Back button does (which asks first when leaving would lose changes).
func (a *App) onTypedKey(k *fyne.KeyEvent) {
	if a.dialogKey(k) || k.Name != fyne.KeyEscape {
		return
	}
	if a.current == nil || a.current.title != AreaPeople {
		return
	}
	if b, ok := a.people().page.(backer); ok {
		b.onBack()
	}
}

func (a *App) newRecord() {
	if a.current == nil {
		return
	}
	if c, ok := a.current.built.(creator); ok {
		c.newRecord()
	}
}

// reload is the refresh of every area and panel: load what it shows from the store,
// then show it, or say why it could not be loaded.
func (a *App) reload(load func() error, show func()) {
	if err := load(); err != nil {
		a.showError(err)
		return
	}
	show()
}

// everyone reads every person, active and left, and indexes them by ID.
func (a *App) everyone() ([]talent.Person, map[int64]talent.Person, error) {
	people, err := a.store.People(a.ctx())
	return people, talent.PeopleByID(people), err
}

// personAndStandard reads a person and the leadership standard, which every part of
// their page shows them against.
func (a *App) personAndStandard(id int64) (talent.Person, talent.Standard, error) {
	p, err := a.store.Person(a.ctx(), id)
	if err != nil {
		return p, talent.Standard{}, err
	}
	std, err := a.store.Standard(a.ctx())
	return p, std, err
}

// ctx is the context for store calls made from the UI.
func (a *App) ctx() context.Context { return context.Background() }

// today is the current date as Leadbridge stores dates.
func (a *App) today() time.Time { return talent.Day(a.now()) }
