package main

import (
	"context"
	byteorder "encoding/binary"
	"os"
	"path/filepath"
	"testing"
	"time"

	"leadbridge/internal/store"
	"leadbridge/internal/talent"
	"leadbridge/ui"
)

// guiNow is the clock of the data files made for these tests.
var guiNow = time.Date(2026, 3, 16, 9, 30, 0, 0, time.UTC)

// damagedWithBackup makes a data file holding one person, optionally backs it up, and
// then damages it.
func damagedWithBackup(t *testing.T, backup bool) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), "leadbridge.db")
	db, err := store.Open(path, store.Options{Actor: "Owner", Now: func() time.Time { return guiNow }})
	must(t, err)
	p := talent.Person{Name: "Ελένη Παπαδοπούλου", Status: talent.StatusActive}
	must(t, db.CreatePerson(context.Background(), &p))
	if backup {
		_, err = db.AutoBackup(context.Background())
		must(t, err)
	}
	must(t, db.Close())
	b, err := os.ReadFile(path)
	must(t, err)
	page := int(byteorder.BigEndian.Uint16(b[16:18]))
	for i := page; i < 2*page; i++ {
		b[i] = 0xA5
	}
	must(t, os.WriteFile(path, b, 0o600))
	return path
}

func must(t *testing.T, err error) {
	t.Helper()
	if err != nil {
		t.Fatalf("setup: %v", err)
	}
}

func TestNewRecovery_OnlyForADamagedFileWithABackup(t *testing.T) {
	withBackup, withoutBackup := damagedWithBackup(t, true), damagedWithBackup(t, false)
	for _, tc := range []struct {
		name  string
		path  string
		err   func(path string) error
		offer bool
	}{
		{"damaged, with a backup", withBackup, openErr, true},
		{"damaged, without a backup", withoutBackup, openErr, false},
		{"in use", withBackup, func(string) error {
			return talent.Errorf(talent.ECONFLICT, "This data is already open in another copy of Leadbridge.")
		}, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			r := newRecovery(tc.path, tc.err(tc.path), store.Options{}, ui.Options{})
			if got := r != nil; got != tc.offer {
				t.Fatalf("recovery offered = %v, want %v", got, tc.offer)
			}
			if tc.offer && !r.Backup.Made.Equal(guiNow) {
				t.Errorf("the backup offered was made %v, want %v", r.Backup.Made, guiNow)
			}
		})
	}
}

// openErr is why the data file at path does not open.
func openErr(path string) error {
	_, err := store.Open(path, store.Options{})
	return err
}

func TestNewRecovery_RestoreOpensTheBackup(t *testing.T) {
	path := damagedWithBackup(t, true)
	r := newRecovery(path, openErr(path), store.Options{Actor: "Owner"}, ui.Options{})
	if r == nil {
		t.Fatal("no recovery offered for a damaged file with a backup")
	}
	s, res, err := r.Restore()
	if err != nil {
		t.Fatalf("Restore() = %v", err)
	}
	if r.restored == nil || s != ui.Store(r.restored) {
		t.Fatal("the restored data is not kept to close when the app ends")
	}
	defer r.restored.Close()
	if !res.From.Made.Equal(guiNow) {
		t.Errorf("restored from the backup of %v, want %v", res.From.Made, guiNow)
	}
	people, err := r.restored.People(context.Background())
	if err != nil || len(people) != 1 {
		t.Errorf("the restored data holds %d people (%v), want 1", len(people), err)
	}
	bs, err := store.ListBackups(path)
	must(t, err)
	if len(bs) != 1 {
		t.Errorf("%d backups listed after restoring, want 1 (the damaged file is kept aside, not listed)", len(bs))
	}
}
