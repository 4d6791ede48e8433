package main

import (
	"os"
	"path/filepath"
	"testing"

	"fyne.io/fyne/v2"

	"leadbridge/internal/store"
)

// panicOnRun is an app whose run loop panics, as Fyne's does when it shuts down on a
// system that had no file watch left to give it.
type panicOnRun struct{ fyne.App }

func (panicOnRun) Run() { panic("the run loop failed") }

// TestSession_ClosesTheDataWhenTheAppPanics checks that a panic in the app's run loop
// still closes the data as a clean exit does, checkpointed and with the record of its
// last check, so the next start need not read it whole, and goes on to be reported.
func TestSession_ClosesTheDataWhenTheAppPanics(t *testing.T) {
	path := filepath.Join(t.TempDir(), "leadbridge.db")
	db, err := store.Open(path, store.Options{Actor: "Owner"})
	if err != nil {
		t.Fatal(err)
	}
	s := &session{app: panicOnRun{}, path: path, db: db}
	func() {
		defer func() {
			if r := recover(); r != "the run loop failed" {
				t.Errorf("recovered %v, want the run loop's panic passed on", r)
			}
		}()
		s.run()
	}()
	if store.NeedsCheck(path) {
		t.Error("the data was not closed: the next start would read all of it")
	}
	if fi, err := os.Stat(path + "-wal"); err == nil && fi.Size() > 0 {
		t.Errorf("the write-ahead log still holds %d bytes", fi.Size())
	}
}
