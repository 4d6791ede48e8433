package main

import (
	"os"
	"os/signal"
	"runtime/debug"
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
	a := desktopApp(app.NewWithID(appID))
	a.SetIcon(fyne.NewStaticResource("icon.png", resources.Icon))
	quitOnSignal(a)
	release, err := acquire(*path)
	if err != nil {
		ui.NewStartupError(a, err, nil).ShowAndRun()
		return err
	}
	defer release()
	opts := store.Options{Actor: actor(), Now: e.now, HoldsLock: true}
	db, err := store.Open(*path, opts)
	if err != nil {
		return recoverGUI(a, err, newRecovery(*path, err, opts, ui.Options{Now: e.now}))
	}
	gui := ui.New(a, db, ui.Options{Now: e.now})
	gui.BackUpDaily(db.AutoBackup)
	gui.Window().ShowAndRun()
	return db.Close()
}

// acquire takes the single-instance lock for the data file at path, unless the file is
// one Leadbridge refuses to keep its data in.
func acquire(path string) (release func(), err error) {
	if err := datafile.CheckLocal(path); err != nil {
		return nil, err
	}
	return lock.Acquire(path)
}

// recoverGUI shows why the data file was refused, offering r's restore when there is one.
// It returns err unless the data was restored and the app ran on it.
func recoverGUI(a fyne.App, err error, r *recovery) error {
	var offer *ui.Recovery
	if r != nil {
		offer = &r.Recovery
	}
	ui.NewStartupError(a, err, offer).ShowAndRun()
	if r != nil && r.restored != nil {
		return r.restored.Close()
	}
	return err
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
