package ui

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"leadbridge/internal/datafile"
	"leadbridge/internal/store"
	"leadbridge/internal/talent"
)

// backupMadeAt makes one of Leadbridge's own backups of the data file at path as if on
// day, through a second handle on the file with its clock set there, and returns it.
func backupMadeAt(t *testing.T, path string, day time.Time) string {
	t.Helper()
	db, err := store.Open(path, store.Options{Actor: "Owner", Now: func() time.Time { return day }})
	if err != nil {
		t.Fatalf("open store: %v", err)
	}
	backup, err := db.AutoBackup(context.Background())
	if cerr := db.Close(); err == nil {
		err = cerr
	}
	if err != nil || backup == "" {
		t.Fatalf("AutoBackup() = %q, %v", backup, err)
	}
	return backup
}

// storedBackups lists the backups beside the test app's data file.
func storedBackups(t *testing.T, db *store.DB) []talent.BackupInfo {
	t.Helper()
	bs, err := db.Backups()
	if err != nil {
		t.Fatalf("Backups() = %v", err)
	}
	return bs
}

// dialogList finds the list in the topmost dialog.
func dialogList(t *testing.T, a *App) *widget.List {
	t.Helper()
	var found *widget.List
	walkObjects(a.win.Canvas().Overlays().Top(), func(o fyne.CanvasObject) {
		if l, ok := o.(*widget.List); ok && found == nil {
			found = l
		}
	})
	if found == nil {
		t.Fatalf("no list in the dialog; it shows:\n%s", overlayText(a))
	}
	return found
}

func TestBackups_FileMenu(t *testing.T) {
	t.Setenv("HOME", t.TempDir())
	a, _ := newTestApp(t)
	menuItem(t, a, "Back up now…").Action()
	wantDialog(t, a, "Back up now", "Another disk or a USB stick")
	dialogEntry(t, a, "Leadbridge backup 2026-03-16.db")
	tapDialogButton(t, a, "Cancel")
	menuItem(t, a, "Restore from a backup…").Action()
	wantDialog(t, a, "Restore from a backup", "Choose another file…")
}

func TestBackups_BackupPath(t *testing.T) {
	dir := filepath.Join("home", "zoë")
	for _, tc := range []struct{ folder, name, want, problem string }{
		{dir, "Leadbridge backup 2026-11-21.db", filepath.Join(dir, "Leadbridge backup 2026-11-21.db"), ""},
		{dir, "  before the audit  ", filepath.Join(dir, "before the audit.db"), ""},
		{dir, "Резерв 🌻.DB", filepath.Join(dir, "Резерв 🌻.DB"), ""},
		{dir, "notes.txt", filepath.Join(dir, "notes.txt.db"), ""},
		{dir, " ", "", "Give the backup a file name."},
		{dir, "../elsewhere.db", "", "cannot contain /"},
		{dir, `C:\backup.db`, "", "cannot contain /"},
		{dir, "..", "", "cannot contain /"},
		{"", "backup.db", "", "Choose the folder"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got, err := backupPath(tc.folder, tc.name)
			if got != tc.want {
				t.Errorf("backupPath(%q, %q) = %q, want %q", tc.folder, tc.name, got, tc.want)
			}
			if msg := talent.ErrorMessage(err); !strings.Contains(msg, tc.problem) || (tc.problem == "") != (err == nil) {
				t.Errorf("backupPath(%q, %q) error = %v, want one saying %q", tc.folder, tc.name, err, tc.problem)
			}
		})
	}
}

func TestBackups_BackUpNowDialog(t *testing.T) {
	home := t.TempDir()
	t.Setenv("HOME", home)
	a, _ := newTestApp(t)
	var chosen []string
	a.chooseBackupFile(func(path string) { chosen = append(chosen, path) })
	name := dialogEntry(t, a, "Leadbridge backup 2026-03-16.db")
	wantDialog(t, a, home)
	name.SetText("a/b")
	if !dialogButton(t, a, "Back up").Disabled() {
		t.Errorf("Back up is enabled with the file name %q", name.Text)
	}
	name.SetText("Sicherung Zoë")
	tapDialogButton(t, a, "Back up")
	if want := filepath.Join(home, "Sicherung Zoë.db"); len(chosen) != 1 || chosen[0] != want {
		t.Errorf("chosen = %q, want [%q]", chosen, want)
	}
	wantNoDialog(t, a)
}

func TestBackups_BackUpNow(t *testing.T) {
	a, db := newTestApp(t)
	addPerson(t, db, talent.Person{Name: "Zoë Ångström"})
	path := filepath.Join(t.TempDir(), "Leadbridge backup 2026-03-16.db")
	job := &backupJob{a: a, path: path}
	runJob(a, job.run, job.report)
	wantDialog(t, a, "Backup saved", path)

	copyDB := openStoreAt(t, path, testNow)
	people, err := copyDB.People(context.Background())
	if err != nil || len(people) != 1 || people[0].Name != "Zoë Ångström" {
		t.Errorf("the backup holds %v, %v; want Zoë Ångström", people, err)
	}
	s := openSettings(a)
	wantShown(t, s.view(), "Backed up the data to "+path)
}

func TestBackups_BackUpNowRefusesToOverwrite(t *testing.T) {
	a, _ := newTestApp(t)
	path := filepath.Join(t.TempDir(), "Leadbridge backup 2026-03-16.db")
	earlier := []byte("an earlier backup")
	mustNoErr(t, os.WriteFile(path, earlier, 0o600))
	job := &backupJob{a: a, path: path}
	runJob(a, job.run, job.report)
	wantDialog(t, a, "Please check", "already exists", "Choose a new file name")
	if got, _ := os.ReadFile(path); !bytes.Equal(got, earlier) {
		t.Errorf("the existing file now holds %q, want it untouched", got)
	}
}

func TestBackups_SizeText(t *testing.T) {
	for _, tc := range []struct {
		n    int64
		want string
	}{
		{1, "1 KB"},
		{1024, "1 KB"},
		{1025, "2 KB"},
		{500 * 1024, "500 KB"},
		{1024 * 1024, "1.0 MB"},
		{3*1024*1024 + 400*1024, "3.4 MB"},
	} {
		if got := sizeText(tc.n); got != tc.want {
			t.Errorf("sizeText(%d) = %q, want %q", tc.n, got, tc.want)
		}
	}
}

func TestBackups_RestoreFromListedBackup(t *testing.T) {
	a, db := newTestApp(t)
	zoe := addPerson(t, db, talent.Person{Name: "Zoë Ångström", JobTitle: "Engineer"})
	older := backupMadeAt(t, db.Path(), testNow.AddDate(0, 0, -9))
	newer := backupMadeAt(t, db.Path(), testNow.AddDate(0, 0, -4))
	addPerson(t, db, talent.Person{Name: "Дмитрий Иванов"})
	zoe.JobTitle = "Line lead"
	mustNoErr(t, db.UpdatePerson(context.Background(), &zoe))
	personPageOf(t, a, zoe.ID)

	a.restoreFromBackup()
	wantDialog(t, a, "Restore from a backup", "12 March 2026", "7 March 2026", "KB", "Choose another file…")
	list := dialogList(t, a)
	if list.Length() != 2 {
		t.Fatalf("the dialog lists %d backups, want 2", list.Length())
	}
	list.Select(0)
	wantDialog(t, a, "Restore this backup?", "The current data is backed up first, then replaced by the backup of 12 March 2026",
		filepath.Base(newer), "Changes made since then will be in the safety copy only.", "Restore")
	tapDialogButton(t, a, "Cancel")
	if n := peopleCount(t, db); n != 2 {
		t.Fatalf("cancelling the restore left %d people, want 2", n)
	}

	a.restoreFromBackup()
	dialogList(t, a).Select(0)
	tapDialogButton(t, a, "Restore")
	wantDialog(t, a, "Backup restored", "Restored the data from the backup made on 12 March 2026", "before-restore")
	if got := storedPerson(t, db, zoe.ID); got.JobTitle != "Engineer" || peopleCount(t, db) != 1 {
		t.Errorf("after the restore Zoë's job title is %q among %d people, want Engineer alone", got.JobTitle, peopleCount(t, db))
	}
	s := a.people()
	if s.page != nil {
		t.Errorf("after the restore People shows %T, want the list", s.page)
	}
	if got := strings.Join(shownNames(s), ", "); got != "Zoë Ångström" {
		t.Errorf("the list shows %q after the restore, want Zoë Ångström alone", got)
	}
	if bs := storedBackups(t, db); len(bs) != 3 || bs[2].Path != older {
		t.Errorf("backups after the restore = %+v, want the safety copy beside the two", bs)
	}
	wantShown(t, openSettings(a).view(), "Restored the data from the backup made 2026-03-12")
}

func TestBackups_RestoreWithoutBackups(t *testing.T) {
	a, _ := newTestApp(t)
	a.restoreFromBackup()
	wantDialog(t, a, "There are no backups in the backups folder yet.", "Choose another file…")
	if n := dialogList(t, a).Length(); n != 0 {
		t.Errorf("the dialog lists %d backups, want none", n)
	}
}

func TestBackups_RestoreRefusesUnusableFile(t *testing.T) {
	a, db := newTestApp(t)
	addPerson(t, db, talent.Person{Name: "محمد"})
	path := filepath.Join(t.TempDir(), "notes.db")
	mustNoErr(t, os.WriteFile(path, []byte("my meeting notes"), 0o600))
	b, err := fileBackupInfo(path)
	if err != nil || b.Size != 16 {
		t.Fatalf("fileBackupInfo() = %+v, %v", b, err)
	}
	a.confirmRestore(b)
	wantDialog(t, a, "replaced by the backup of", "notes.db")
	tapDialogButton(t, a, "Restore")
	wantDialog(t, a, "cannot be restored", "Choose another backup.")
	if n := peopleCount(t, db); n != 1 {
		t.Errorf("a refused restore left %d people, want 1", n)
	}
	if _, err := fileBackupInfo(filepath.Join(t.TempDir(), "gone.db")); !strings.Contains(talent.ErrorMessage(err), "cannot read") {
		t.Errorf("fileBackupInfo(missing) = %v, want a plain refusal", err)
	}
}

func TestBackups_Purge(t *testing.T) {
	a, db := newTestApp(t)
	older := backupMadeAt(t, db.Path(), testNow.AddDate(0, 0, -9))
	newer := backupMadeAt(t, db.Path(), testNow.AddDate(0, 0, -4))
	s := openSettings(a)
	test.Tap(s.purge)
	wantDialog(t, a, "Purge backups?", "This removes 2 backups in the backups folder", "not touched")
	tapDialogButton(t, a, "Cancel")
	if n := len(storedBackups(t, db)); n != 2 {
		t.Fatalf("cancelling left %d backups, want 2", n)
	}

	test.Tap(s.purge)
	tapDialogButton(t, a, "Purge backups")
	wantDialog(t, a, "Backups purged", "Removed 2 old backups.")
	bs := storedBackups(t, db)
	if len(bs) != 1 || bs[0].Path == older || bs[0].Path == newer {
		t.Errorf("backups after purging = %+v, want one fresh backup", bs)
	}
	for _, p := range []string{older, newer} {
		if _, err := os.Stat(p); !os.IsNotExist(err) {
			t.Errorf("%s is still there after purging (%v)", filepath.Base(p), err)
		}
	}
	wantShown(t, s.view(), "Removed 2 backups and kept one fresh backup", "1 backup is kept")
}

func TestBackups_DailyBackup(t *testing.T) {
	t.Run("made", func(t *testing.T) {
		a, db := newTestApp(t)
		a.BackUpDaily(db.AutoBackup)
		if n := len(storedBackups(t, db)); n != 1 {
			t.Errorf("%d backups after the daily backup, want 1", n)
		}
		wantNoDialog(t, a)
	})
	t.Run("failed", func(t *testing.T) {
		a, db := newTestApp(t)
		// A file where the backups folder should be: the folder cannot be made.
		mustNoErr(t, os.WriteFile(datafile.BackupDir(db.Path()), []byte("in the way"), 0o600))
		a.BackUpDaily(db.AutoBackup)
		wantDialog(t, a, "Today's backup was not made", "backups folder", "File > Back up now…")
		if n := peopleCount(t, db); n != 0 {
			t.Errorf("the failed backup changed the data: %d people", n)
		}
	})
}

func TestSettings_DataSafety(t *testing.T) {
	a, db := newTestApp(t)
	s := openSettings(a)
	wantShown(t, s.view(), "Data safety", "There is no backup yet.", "Back up now…", "Restore from a backup…", "Purge backups…",
		"migrate", "Schema brought to version")
	if v := newAuditView(a); v.empty.Hidden || v.empty.Text == "" {
		t.Errorf("an audit log with no entries shows no note saying so")
	}
	backupMadeAt(t, db.Path(), testNow.AddDate(0, 0, -4))
	s.refresh()
	wantShown(t, s.view(), "The newest was made on 12 March 2026", "1 backup is kept.")
	if !s.audit.empty.Hidden {
		t.Errorf("the audit log's empty note shows beside %d entries", len(s.audit.entries))
	}

	mustNoErr(t, db.Audit(context.Background(), "export person", "Exported 12 records."))
	s.refresh()
	if got := s.audit.entries[0].Action; got != "export person" {
		t.Errorf("the audit log starts with %q, want the newest entry", got)
	}
	s.audit.list.Select(0)
	wantShown(t, s.view(), "Owner · export person\nExported 12 records.")
}

func TestSettings_ImportIsAudited(t *testing.T) {
	a, db := newTestApp(t)
	importCSV(t, a, "name,team\nZoë Ångström,Assembly\nمحمد,Service\n")
	log, err := db.AuditLog(context.Background())
	mustNoErr(t, err)
	if n := len(log); n == 0 || log[n-1].Action != "import staff" || !strings.Contains(log[n-1].Detail, "2 people") {
		t.Errorf("audit log after importing = %+v, want it to end with the import of 2 people", log)
	}
	wantShown(t, openSettings(a).view(), "import staff")
}
