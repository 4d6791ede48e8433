package main

import (
	"os"
	"os/signal"
	"runtime/debug"
	"sync/atomic"
	"syscall"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/app"

	"leadbridge/internal/datafile"
	"leadbridge/internal/lock"
	"leadbridge/internal/store"
	"leadbridge/internal/talent"
	"leadbridge/resources"
	"leadbridge/ui"
)

// appID must match the ID in FyneApp.toml (a test checks it): Fyne keys preferences and
// the data folder of packaged builds by it.
const appID = "app.leadbridge.desktop"

// version is the program's version, shown in Help ▸ About; it must match FyneApp.toml's
// (a test checks it).
const version = "0.1.0"

// Commands run with Go's own collector rules: switching the collector off for them, so
// that a short run never collects, made them slower, not faster, since every megabyte
// they allocated was then memory the system had to hand over fresh (a 10,000-row import
// took 13% longer, the succession summary of 10,000 people 30% longer and 110 MB more).
//
// The window trades a little processor time for memory: by default Go lets its heap grow
// to twice what is live before collecting, which after loading 10,000 people showed as
// over 300 MB in use although about 45 MB was ever live. With these settings (GOGC and
// GOMEMLIMIT override them) it collects once the heap has grown by a quarter, and more
// often as it nears 64 MB; the limit is soft, so a larger business still opens. A
// collection of a heap this size takes a few milliseconds.
const (
	guiGCPercent   = 25
	guiMemoryLimit = 64 << 20
)

// startMemory is the rule until the first window is on screen: no collection, unless the
// heap nears startMemoryLimit. The heap is then a few megabytes, and collecting each time
// it grew by a quarter meant some twenty collections, each stopping the start for
// milliseconds, before the window showed.
func startMemory() {
	if os.Getenv("GOGC") == "" && os.Getenv("GOMEMLIMIT") == "" {
		debug.SetGCPercent(-1)
		debug.SetMemoryLimit(startMemoryLimit)
	}
}

const startMemoryLimit = 256 << 20

// windowMemory puts the window's rule for memory in place, once it is on screen.
func windowMemory() {
	if os.Getenv("GOGC") == "" {
		debug.SetGCPercent(guiGCPercent)
	}
	if os.Getenv("GOMEMLIMIT") == "" {
		debug.SetMemoryLimit(guiMemoryLimit)
	}
}

// runGUI opens the desktop app on the data file.
func runGUI(e env, args []string) error {
	fs := newFlags("leadbridge")
	path := fs.String("db", "", "the database file (default: in your data folder)")
	if err := noPositional(fs, args); err != nil {
		return err
	}
	startMemory()
	if *path == "" {
		p, err := defaultDBPath()
		if err != nil {
			return err
		}
		*path = p
	}
	if dir, err := os.UserCacheDir(); err == nil {
		if err := ui.UseBundledFonts(dir); err != nil {
			fyne.LogError("names in some scripts may show as boxes", err)
		}
	}
	a := desktopApp(app.NewWithID(appID))
	a.SetIcon(fyne.NewStaticResource("icon.png", resources.Icon))
	quitOnSignal(a)
	release, err := acquire(*path)
	if err != nil {
		ui.NewStartupError(a, err, nil).ShowAndRun()
		return err
	}
	defer release()
	s := &session{app: a, path: *path, opts: store.Options{Actor: actor(), Now: e.now, HoldsLock: true}, ui: ui.Options{Now: e.now, Version: version}}
	if !store.NeedsCheck(*path) {
		s.db, s.err = store.Open(*path, s.opts)
		s.show()
		s.run()
		return s.end()
	}
	// The full check of a file changed elsewhere reads all of it: show that it runs,
	// then the app (or why the data was refused) in its place.
	checking := ui.NewChecking(a)
	s.opening = make(chan struct{})
	go func() {
		defer close(s.opening)
		s.db, s.err = store.Open(*path, s.opts)
		fyne.Do(func() {
			if s.ended.Load() {
				return
			}
			s.show()
			checking.Close()
		})
	}()
	checking.Show()
	windowMemory()
	s.run()
	return s.end()
}

// acquire takes the single-instance lock for the data file at path, unless the file is
// one Leadbridge refuses to keep its data in.
func acquire(path string) (release func(), err error) {
	if err := datafile.CheckLocal(path); err != nil {
		return nil, err
	}
	return lock.Acquire(path)
}

// session is one run of the desktop app on a data file: the data it opened, or why it
// could not, and the way back when a backup can put that right.
type session struct {
	app  fyne.App
	path string
	opts store.Options
	ui   ui.Options

	db       *store.DB
	err      error
	recovery *recovery

	opening chan struct{} // closed once the data is opened, when that runs beside the app
	ended   atomic.Bool   // the app has quit: show nothing more
}

// show shows the app's window on the opened data, fitted to the screen, or the window
// saying why the data was refused, offering its backup when one would put it right.
func (s *session) show() {
	if s.err != nil {
		s.recovery = newRecovery(s.path, s.err, s.opts, s.ui)
		var offer *ui.Recovery
		if s.recovery != nil {
			offer = &s.recovery.Recovery
		}
		ui.NewStartupError(s.app, s.err, offer).Show()
		windowMemory()
		return
	}
	gui := ui.New(s.app, s.db, s.ui)
	showFitted(gui)
	windowMemory()
	// Only now that the window is on screen, the work that grows with the data.
	gui.Launch()
}

// run runs the app until it quits. A panic in the run loop, such as Fyne's own when it
// shuts down on a system that had no file watch left to give it, must not keep the data
// from being closed as on any other exit: the data is closed, then the panic goes on to
// be logged and reported.
func (s *session) run() {
	defer func() {
		if r := recover(); r != nil {
			_ = s.end() // what is reported is the panic
			panic(r)
		}
	}()
	s.app.Run()
}

// end closes the data once the app has quit, first waiting for it to open when that ran
// beside the app. It returns why the data was refused, unless a backup was restored in
// its place and the app ran on that.
func (s *session) end() error {
	s.ended.Store(true)
	if s.opening != nil {
		<-s.opening
	}
	switch {
	case s.db != nil:
		return s.db.Close()
	case s.recovery != nil && s.recovery.restored != nil:
		return s.recovery.restored.Close()
	}
	return s.err
}

// recovery puts the newest backup in place of a data file refused as damaged, and keeps
// the restored data to close when the app ends.
type recovery struct {
	ui.Recovery
	restored *store.DB
}

// newRecovery returns the way back from err, the refusal of the data file at path: its
// newest backup, opened with opts and shown with app. It returns nil when a backup would
// not put the file right or there is none.
func newRecovery(path string, err error, opts store.Options, app ui.Options) *recovery {
	if !store.Restorable(err) {
		return nil
	}
	bs, lerr := store.ListBackups(path)
	if lerr != nil {
		fyne.LogError("list backups", lerr)
	}
	if len(bs) == 0 {
		return nil
	}
	r := &recovery{Recovery: ui.Recovery{Backup: bs[0], App: app}}
	r.Restore = func() (ui.Store, talent.Restored, error) {
		db, res, err := store.RestoreFile(path, bs[0].Path, opts)
		if db == nil {
			return nil, res, err
		}
		if err != nil {
			// Only the audit entry failed: the data is restored and open.
			fyne.LogError("record the restore", err)
		}
		r.restored = db
		return db, res, nil
	}
	return r
}

// quitOnSignal closes the app cleanly on SIGTERM or Ctrl+C in a terminal, so the data is
// checkpointed into one file as on a normal exit.
func quitOnSignal(a fyne.App) {
	sig := make(chan os.Signal, 1)
	signal.Notify(sig, os.Interrupt, syscall.SIGTERM)
	go func() {
		<-sig
		fyne.Do(a.Quit)
	}()
}
