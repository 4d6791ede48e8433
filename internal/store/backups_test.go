package store

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"leadbridge/internal/datafile"
	"leadbridge/internal/talent"
)

func TestAutoBackup(t *testing.T) {
	db, now := openClock(t)
	ctx := context.Background()
	addPerson(t, db, "Zoë Ångström")
	dir := datafile.BackupDir(db.Path())

	first, err := db.AutoBackup(ctx)
	if err != nil || first == "" {
		t.Fatalf("AutoBackup() with no backups = %q, %v; want a new backup", first, err)
	}
	if want := filepath.Join(dir, "leadbridge-2026-11-21T1330Z-daily.db"); first != want {
		t.Errorf("backup = %s, want %s", first, want)
	}
	if got := mode(t, dir); got != 0o700 {
		t.Errorf("backups folder mode = %o, want 700", got)
	}
	if got := mode(t, first); got != 0o600 {
		t.Errorf("backup mode = %o, want 600", got)
	}
	for _, step := range []struct {
		after time.Duration
		made  bool
	}{
		{23 * time.Hour, false},
		{24 * time.Hour, true},
		{1 * time.Minute, false},
		{-72 * time.Hour, true}, // the clock went back: a backup "from the future" does not count
	} {
		*now = now.Add(step.after)
		made, err := db.AutoBackup(ctx)
		must(t, err)
		if (made != "") != step.made {
			t.Errorf("AutoBackup() at %s = %q, want a backup: %v", now.Format(time.RFC3339), made, step.made)
		}
	}
	bs, err := db.Backups()
	must(t, err)
	if len(bs) != 3 {
		t.Fatalf("Backups() = %d, want 3", len(bs))
	}
	for i, b := range bs {
		if b.Size == 0 || b.Made.IsZero() || (i > 0 && b.Made.After(bs[i-1].Made)) {
			t.Errorf("Backups()[%d] = %+v, want newest first with size and date", i, b)
		}
	}
}

func TestAutoBackup_KeepsTheNewestTen(t *testing.T) {
	db, now := openClock(t)
	ctx := context.Background()
	dir := datafile.BackupDir(db.Path())
	must(t, os.MkdirAll(dir, 0o700))
	foreign := []string{"notes.txt", "leadbridge-copy.db", "leadbridge-2020-01-01T0000Z-Daily.db"}
	for _, name := range foreign {
		must(t, os.WriteFile(filepath.Join(dir, name), []byte("someone else's"), 0o600))
	}
	var made []string
	for range 13 {
		*now = now.Add(25 * time.Hour)
		p, err := db.AutoBackup(ctx)
		must(t, err)
		made = append(made, p)
	}
	bs, err := db.Backups()
	must(t, err)
	if len(bs) != keepBackups {
		t.Fatalf("Backups() = %d, want %d", len(bs), keepBackups)
	}
	for i, b := range bs {
		if want := made[len(made)-1-i]; b.Path != want {
			t.Errorf("Backups()[%d] = %s, want %s", i, filepath.Base(b.Path), filepath.Base(want))
		}
	}
	for _, name := range foreign {
		if !fileExists(filepath.Join(dir, name)) {
			t.Errorf("rotation removed %s, which Leadbridge did not make", name)
		}
	}
}

func TestListBackups_NoFolder(t *testing.T) {
	bs, err := ListBackups(filepath.Join(t.TempDir(), "leadbridge.db"))
	if err != nil || len(bs) != 0 {
		t.Errorf("ListBackups() without a folder = %v, %v; want none", bs, err)
	}
}

func TestPurgeBackups(t *testing.T) {
	db, now := openClock(t)
	ctx := context.Background()
	zoe := addPerson(t, db, zoeName)
	for range 3 {
		*now = now.Add(25 * time.Hour)
		_, err := db.AutoBackup(ctx)
		must(t, err)
	}
	dir := datafile.BackupDir(db.Path())
	refused := filepath.Join(dir, "refused-2026-11-20T0900Z-leadbridge.db")
	mine := filepath.Join(dir, "my own copy.db")
	for _, p := range []string{refused, mine} {
		must(t, os.WriteFile(p, []byte(zoeName), 0o600))
	}
	_, err := db.ErasePerson(ctx, zoe.ID)
	must(t, err)
	removed, fresh, err := db.PurgeBackups(ctx)
	if err != nil {
		t.Fatalf("PurgeBackups() = %v", err)
	}
	if removed != 4 {
		t.Errorf("removed = %d, want 3 backups and the refused file", removed)
	}
	bs, _ := db.Backups()
	if len(bs) != 1 || bs[0].Path != fresh || !strings.HasSuffix(fresh, "-after-purge.db") {
		t.Errorf("backups after purge = %+v, want only the fresh one %s", bs, fresh)
	}
	if fileExists(refused) || !fileExists(mine) {
		t.Errorf("after purge: refused file kept %v, own copy kept %v; want false, true", fileExists(refused), fileExists(mine))
	}
	if found := rawTraces(t, fresh, []string{zoeName}); len(found) > 0 {
		t.Errorf("the fresh backup holds %v", found)
	}
	log, _ := db.AuditLog(ctx)
	if last := log[len(log)-1]; last.Action != "purge backups" || !strings.Contains(last.Detail, "4 backups") {
		t.Errorf("last audit entry = %+v, want the purge with its count", last)
	}
}

func TestRemoveBackup_OverwritesFirst(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "leadbridge-2026-11-21T1330Z-daily.db")
	must(t, os.WriteFile(path, []byte(strings.Repeat(zoeName, 5000)), 0o600))
	// A second name for the same file shows what was on disk after the overwrite.
	link := filepath.Join(dir, "link")
	must(t, os.Link(path, link))
	must(t, removeBackup(path))
	if fileExists(path) {
		t.Fatalf("backup still exists")
	}
	raw, err := os.ReadFile(link)
	must(t, err)
	if strings.Contains(string(raw), "Zoë") || len(raw) != len(zoeName)*5000 {
		t.Errorf("content after removal: %d bytes, holds the name: %v", len(raw), strings.Contains(string(raw), "Zoë"))
	}
	wantCode(t, removeBackup(filepath.Join(dir, "missing")), "")
}

func TestBackup_RefusedInsideBatch(t *testing.T) {
	db := openTest(t)
	err := db.Batch(context.Background(), func(ctx context.Context) error {
		return db.Backup(ctx, filepath.Join(t.TempDir(), "x.db"))
	})
	if talent.ErrorCode(err) != talent.EINTERNAL {
		t.Errorf("Backup() inside a batch = %v, want an internal error", err)
	}
}
