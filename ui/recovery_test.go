package ui

import (
	"errors"
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

// backupOfMarch16 is the backup a recovery offers in these tests.
var backupOfMarch16 = talent.BackupInfo{Path: "leadbridge-2026-03-16.db", Made: testNow, Size: 40960}

// hasButton reports whether o holds a button with the given text.
func hasButton(o fyne.CanvasObject, text string) bool {
	found := false
	walkObjects(o, func(o fyne.CanvasObject) {
		if b, ok := inner(o).(*widget.Button); ok && b.Text == text {
			found = true
		}
	})
	return found
}

// windowTitled returns the open window with the title, or nil.
func windowTitled(fa fyne.App, title string) fyne.Window {
	for _, w := range fa.Driver().AllWindows() {
		if w.Title() == title {
			return w
		}
	}
	return nil
}

func TestRecovery_SaysWhyAndOffersARecovery(t *testing.T) {
	damaged := talent.Errorf(talent.EINVALID, "The data file leadbridge.db is damaged.")
	for _, tc := range []struct {
		name  string
		err   error
		r     *Recovery
		offer bool
	}{
		{"damaged, with a backup", damaged, &Recovery{Backup: backupOfMarch16}, true},
		{"damaged, without a backup", damaged, nil, false},
		{"in use", talent.Errorf(talent.ECONFLICT, "This data is already open in another copy of Leadbridge."), nil, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			fa := test.NewTempApp(t)
			w := NewStartupError(fa, tc.err, tc.r)
			t.Cleanup(w.Close)
			text := screenText(w.Content())
			if !strings.Contains(text, talent.ErrorMessage(tc.err)) {
				t.Errorf("the window shows:\n%s\nwant the reason %q", text, talent.ErrorMessage(tc.err))
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

func TestRecovery_RestoreOpensTheApp(t *testing.T) {
	fa := test.NewTempApp(t)
	db, err := store.Open(filepath.Join(t.TempDir(), "leadbridge.db"), store.Options{Actor: "Owner"})
	mustNoErr(t, err)
	t.Cleanup(func() { db.Close() })
	addPerson(t, db, talent.Person{Name: "Ελένη Παπαδοπούλου"})
	restored := talent.Restored{From: backupOfMarch16, SafetyCopy: "refused-leadbridge.db"}
	r := &Recovery{Backup: backupOfMarch16, App: Options{Now: func() time.Time { return testNow }},
		Restore: func() (Store, talent.Restored, error) { return db, restored, nil }}
	w := NewStartupError(fa, talent.Errorf(talent.EINVALID, "The data file is damaged."), r)
	test.Tap(findButton(t, w.Content(), "Restore the newest backup"))

	if windowTitled(fa, w.Title()) != nil {
		t.Errorf("the startup window is still open after the restore")
	}
	app := windowTitled(fa, "Leadbridge")
	if app == nil {
		t.Fatal("no app window opened after the restore")
	}
	t.Cleanup(app.Close)
	if got := screenText(app.Canvas().Overlays().Top()); !strings.Contains(got, restored.String()) {
		t.Errorf("the app window's dialog shows:\n%s\nwant what the restore did", got)
	}
	wantShown(t, app.Content(), "Bench strength")
	wantShown(t, app.Content(), "Ελένη Παπαδοπούλου") // the restored data, loaded
	// The app then begins as on any start: the day's backup is made.
	if n := len(storedBackups(t, db)); n != 1 {
		t.Errorf("%d backups after the app opened on the restored data, want the day's one", n)
	}
}

func TestRecovery_FailedRestoreSaysWhy(t *testing.T) {
	fa := test.NewTempApp(t)
	failed := talent.Errorf(talent.ESTORAGE, "The disk is full, so the backup was not restored.")
	r := &Recovery{Backup: backupOfMarch16, Restore: func() (Store, talent.Restored, error) { return nil, talent.Restored{}, failed }}
	w := NewStartupError(fa, errors.New("damaged"), r)
	t.Cleanup(w.Close)
	test.Tap(findButton(t, w.Content(), "Restore the newest backup"))

	if windowTitled(fa, "Leadbridge") != nil {
		t.Errorf("the app window opened although the restore failed")
	}
	if got := screenText(w.Canvas().Overlays().Top()); !strings.Contains(got, "The backup was not restored") || !strings.Contains(got, talent.ErrorMessage(failed)) {
		t.Errorf("the startup window's dialog shows:\n%s\nwant why the restore failed", got)
	}
}
