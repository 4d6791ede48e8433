package ui

import (
	"context"
	"encoding/binary"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"leadbridge/internal/store"
	"leadbridge/internal/talent"
)

// hasButton reports whether o holds a button with the given text.
func hasButton(o fyne.CanvasObject, text string) bool {
	found := false
	walkObjects(o, func(o fyne.CanvasObject) {
		if b, ok := o.(*widget.Button); ok && b.Text == text {
			found = true
		}
	})
	return found
}

// damagedWithBackup makes a data file holding one person, optionally backs it up, and
// then damages it.
func damagedWithBackup(t *testing.T, backup bool) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), "leadbridge.db")
	db, err := store.Open(path, store.Options{Actor: "Owner", Now: func() time.Time { return testNow }})
	mustNoErr(t, err)
	addPerson(t, db, talent.Person{Name: "Ελένη Παπαδοπούλου"})
	if backup {
		_, err = db.AutoBackup(context.Background())
		mustNoErr(t, err)
	}
	mustNoErr(t, db.Close())
	b, err := os.ReadFile(path)
	mustNoErr(t, err)
	page := int(binary.BigEndian.Uint16(b[16:18]))
	for i := page; i < 2*page; i++ {
		b[i] = 0xA5
	}
	mustNoErr(t, os.WriteFile(path, b, 0o600))
	return path
}

func TestStartup_OffersRestoreForDamagedFile(t *testing.T) {
	for _, tc := range []struct {
		name   string
		backup bool
		offer  bool
	}{
		{"with a backup", true, true},
		{"without a backup", false, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			fa := test.NewTempApp(t)
			path := damagedWithBackup(t, tc.backup)
			_, err := store.Open(path, store.Options{})
			if !store.Restorable(err) {
				t.Fatalf("Open(damaged) = %v, want a refusal a backup fixes", err)
			}
			w := NewStartupError(fa, err, &Recovery{DBPath: path})
			t.Cleanup(w.Close)
			text := screenText(w.Content())
			if !strings.Contains(text, "is damaged") {
				t.Errorf("the window shows:\n%s\nwant it to say the file is damaged", text)
			}
			if got := hasButton(w.Content(), "Restore the newest backup"); got != tc.offer {
				t.Errorf("restore offered = %v, want %v; the window shows:\n%s", got, tc.offer, text)
			}
			if tc.offer && !strings.Contains(text, "The newest backup was made on 16 March 2026") {
				t.Errorf("the window shows:\n%s\nwant it to say when the backup was made", text)
			}
		})
	}
}

func TestStartup_NoRestoreForOtherRefusals(t *testing.T) {
	fa := test.NewTempApp(t)
	path := damagedWithBackup(t, true)
	for _, tc := range []struct {
		name string
		err  error
		r    *Recovery
	}{
		{"in use", talent.Errorf(talent.ECONFLICT, "This data is already open in another copy of Leadbridge."), nil},
		{"not ours", talent.Errorf(talent.EINVALID, "%s is not a Leadbridge data file.", path), &Recovery{DBPath: path}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			w := NewStartupError(fa, tc.err, tc.r)
			t.Cleanup(w.Close)
			text := screenText(w.Content())
			if !strings.Contains(text, talent.ErrorMessage(tc.err)) || hasButton(w.Content(), "Restore the newest backup") {
				t.Errorf("the window shows:\n%s\nwant the message and no restore", text)
			}
		})
	}
}

func TestStartup_RestoreOpensTheApp(t *testing.T) {
	fa := test.NewTempApp(t)
	path := damagedWithBackup(t, true)
	_, err := store.Open(path, store.Options{})
	var opened *store.DB
	r := &Recovery{DBPath: path, Store: store.Options{Actor: "Owner"}, App: Options{Now: func() time.Time { return testNow }},
		Opened: func(db *store.DB) { opened = db }}
	w := NewStartupError(fa, err, r)
	findButton(t, w.Content(), "Restore the newest backup")
	b, ok := r.newest(err)
	if !ok {
		t.Fatal("no backup to offer")
	}
	job := &recoveryJob{fa: fa, w: w, r: r, backup: b}
	runJob(t, job.run, job.report)
	if opened == nil {
		t.Fatal("the restored data was not handed back to close at exit")
	}
	t.Cleanup(func() { opened.Close() })
	if n := peopleCount(t, opened); n != 1 {
		t.Errorf("the restored data holds %d people, want 1", n)
	}
	appShown := false
	for _, win := range fa.Driver().AllWindows() {
		switch win.Title() {
		case w.Title():
			t.Errorf("the startup window is still open after the restore")
		case "Leadbridge":
			appShown = true
			t.Cleanup(win.Close)
			if got := screenText(win.Canvas().Overlays().Top()); !strings.Contains(got, "Restored the data from the backup made on 16 March 2026") {
				t.Errorf("the app window's dialog shows:\n%s\nwant what the restore did", got)
			}
		}
	}
	if !appShown {
		t.Errorf("no app window opened after the restore")
	}
	bs, err := store.ListBackups(path)
	mustNoErr(t, err)
	if len(bs) != 1 {
		t.Errorf("%d backups listed after restoring, want 1 (the damaged file is kept aside, not listed)", len(bs))
	}
}
