package main

import (
	"os"
	"os/signal"
	"runtime/debug"
	"syscall"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/app"

	"leadbridge/internal/lock"
	"leadbridge/internal/store"
	"leadbridge/resources"
	"leadbridge/ui"
)

// appID must match the ID in FyneApp.toml (a test checks it): Fyne keys preferences and
// the data folder of packaged builds by it.
const appID = "app.leadbridge.desktop"

// The window trades a little processor time for memory: by default Go lets its heap grow
// to twice what is live before collecting, which after loading 10,000 people showed as
// over 300 MB in use although about 45 MB was ever live. With these settings (GOGC and
// GOMEMLIMIT override them) it collects once the heap has grown by a quarter, and more
// often as it nears 64 MB; the limit is soft, so a larger business still opens. A
// collection of a heap this size takes a few milliseconds; launch time does not change.
const (
	guiGCPercent   = 25
	guiMemoryLimit = 64 << 20
)

// runGUI opens the desktop app on the data file.
func runGUI(e env, args []string) error {
	fs := newFlags("leadbridge")
	path := fs.String("db", "", "the database file (default: in your data folder)")
	if err := noPositional(fs, args); err != nil {
		return err
	}
	if *path == "" {
		p, err := defaultDBPath()
		if err != nil {
			return err
		}
		*path = p
	}
	if os.Getenv("GOGC") == "" {
		debug.SetGCPercent(guiGCPercent)
	}
	if os.Getenv("GOMEMLIMIT") == "" {
		debug.SetMemoryLimit(guiMemoryLimit)
	}
	a := app.NewWithID(appID)
	a.SetIcon(fyne.NewStaticResource("icon.png", resources.Icon))
	quitOnSignal(a)
	release, err := lock.Acquire(*path)
	if err != nil {
		ui.NewStartupError(a, err, nil).ShowAndRun()
		return err
	}
	defer release()
	opts := store.Options{Actor: actor(), Now: e.now, HoldsLock: true}
	db, err := store.Open(*path, opts)
	if err != nil {
		return recoverGUI(a, err, &ui.Recovery{DBPath: *path, Store: opts, App: ui.Options{Now: e.now}})
	}
	gui := ui.New(a, db, ui.Options{Now: e.now})
	gui.BackUpDaily(db.AutoBackup)
	gui.Window().ShowAndRun()
	return db.Close()
}

// recoverGUI shows why the data file was refused, offering to restore its newest backup
// when that would help. It returns err unless the data was restored and the app ran on it.
func recoverGUI(a fyne.App, err error, r *ui.Recovery) error {
	var restored *store.DB
	r.Opened = func(db *store.DB) { restored = db }
	ui.NewStartupError(a, err, r).ShowAndRun()
	if restored != nil {
		return restored.Close()
	}
	return err
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
