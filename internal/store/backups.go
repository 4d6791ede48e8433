package store

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"time"

	"leadbridge/internal/datafile"
	"leadbridge/internal/talent"
)

// Leadbridge keeps its own backups in a folder beside the data file: before every schema
// change, daily when the app starts, and before a restore. Only the newest keepBackups
// stay.
const (
	keepBackups = 10
	backupEvery = 24 * time.Hour
	// backupStamp is how a backup's name records when it was made, in UTC, so that the
	// name still tells the time after the file has been copied elsewhere.
	backupStamp = "2006-01-02T1504Z"
)

// ownBackup matches the names Leadbridge gives its backups; refusedFile matches a data
// file that was refused as damaged and moved aside by RestoreFile. Anything else in the
// folder is someone else's and is never listed, rotated or purged.
var (
	ownBackup   = regexp.MustCompile(`^leadbridge-(\d{4}-\d\d-\d\dT\d{4}Z)-[a-z0-9-]+\.db$`)
	refusedFile = regexp.MustCompile(`^refused-\d{4}-\d\d-\d\dT\d{4}Z-.+$`)
)

func parseStamp(s string) (time.Time, error) { return time.Parse(backupStamp, s) }

// ListBackups lists Leadbridge's own backups of the data file at dbPath, newest first.
// It needs no open data file, so it also serves when the file was refused.
func ListBackups(dbPath string) ([]talent.BackupInfo, error) {
	dir := datafile.BackupDir(dbPath)
	ents, err := os.ReadDir(dir)
	if errors.Is(err, fs.ErrNotExist) {
		return nil, nil
	} else if err != nil {
		return nil, fileError("Leadbridge cannot read the backups folder %s: %s.", dir, osReason(err))
	}
	type found struct {
		info talent.BackupInfo
		mod  time.Time // orders backups made within the same minute
	}
	var list []found
	for _, e := range ents {
		m := ownBackup.FindStringSubmatch(e.Name())
		if m == nil || !e.Type().IsRegular() {
			continue
		}
		made, err := parseStamp(m[1])
		fi, ierr := e.Info()
		if err != nil || ierr != nil {
			continue // a name that only looks like ours, or a file removed meanwhile
		}
		list = append(list, found{talent.BackupInfo{Path: filepath.Join(dir, e.Name()), Made: made, Size: fi.Size()}, fi.ModTime()})
	}
	sort.SliceStable(list, func(i, j int) bool {
		if !list[i].info.Made.Equal(list[j].info.Made) {
			return list[i].info.Made.After(list[j].info.Made)
		}
		return list[i].mod.After(list[j].mod)
	})
	out := make([]talent.BackupInfo, len(list))
	for i, f := range list {
		out[i] = f.info
	}
	return out, nil
}

// Backups lists Leadbridge's own backups of this data file, newest first.
func (db *DB) Backups() ([]talent.BackupInfo, error) { return ListBackups(db.path) }

// AutoBackup makes a backup in the backups folder when the newest one is more than a day
// old or there is none, and keeps the newest ten. The app calls it when it starts. It
// returns the new backup's path, or "" when a recent one exists.
func (db *DB) AutoBackup(ctx context.Context) (string, error) {
	bs, err := db.Backups()
	if err != nil {
		return "", err
	}
	// A backup dated in the future (the clock was wrong) must not stop daily backups.
	if len(bs) > 0 {
		if age := db.now().Sub(bs[0].Made); age >= 0 && age < backupEvery {
			return "", nil
		}
	}
	return db.autoBackup(ctx, "daily")
}

// autoBackup makes one of Leadbridge's own backups, named for when and why it was made,
// and then removes all but the newest keepBackups.
func (db *DB) autoBackup(ctx context.Context, reason string) (string, error) {
	dir := datafile.BackupDir(db.path)
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return "", fileError("Leadbridge cannot create the backups folder %s: %s.", dir, osReason(err))
	}
	base := filepath.Join(dir, "leadbridge-"+db.now().UTC().Format(backupStamp)+"-"+reason)
	dst := base + ".db"
	for i := 2; fileExists(dst); i++ {
		dst = fmt.Sprintf("%s-%d.db", base, i)
	}
	if err := db.backupTo(ctx, dst); err != nil {
		return "", err
	}
	bs, err := db.Backups()
	if err != nil {
		return dst, err
	}
	for _, b := range bs[min(len(bs), keepBackups):] {
		if err := removeBackup(b.Path); err != nil {
			return dst, err
		}
	}
	return dst, nil
}

// PurgeBackups removes every backup Leadbridge made of this data file (and any damaged
// file RestoreFile moved aside), so that what was erased survives in none of them, after
// first making one fresh backup of the current data, which it keeps. Backups written
// elsewhere with Backup are not touched: Leadbridge does not know where they are.
func (db *DB) PurgeBackups(ctx context.Context) (removed int, fresh string, err error) {
	if txFrom(ctx) != nil {
		return 0, "", errors.New("purge backups inside a batch")
	}
	if fresh, err = db.autoBackup(ctx, "after-purge"); err != nil {
		return 0, "", err
	}
	ents, err := os.ReadDir(datafile.BackupDir(db.path))
	if err != nil {
		return 0, fresh, fileError("Leadbridge cannot read the backups folder %s: %s.", datafile.BackupDir(db.path), osReason(err))
	}
	for _, e := range ents {
		path := filepath.Join(datafile.BackupDir(db.path), e.Name())
		if path == fresh || !e.Type().IsRegular() || !ownBackup.MatchString(e.Name()) && !refusedFile.MatchString(e.Name()) {
			continue
		}
		if err := removeBackup(path); err != nil {
			return removed, fresh, err
		}
		removed++
	}
	return removed, fresh, db.Audit(ctx, "purge backups", fmt.Sprintf("Removed %s and kept one fresh backup of the current data.", talent.Count(removed, "1 backup", "backups")))
}

// removeBackup overwrites a backup with zeros before removing it. On an ordinary disk
// that keeps its content from being read back by recovery tools; where the disk writes
// elsewhere (flash, copy-on-write file systems) it costs little and does no harm.
func removeBackup(path string) error {
	if f, err := os.OpenFile(path, os.O_WRONLY, 0); err == nil {
		if fi, err := f.Stat(); err == nil {
			zeros := make([]byte, 64<<10)
			for left := fi.Size(); left > 0; left -= int64(len(zeros)) {
				if _, err := f.Write(zeros[:min(left, int64(len(zeros)))]); err != nil {
					break
				}
			}
			f.Sync()
		}
		f.Close()
	}
	if err := os.Remove(path); err != nil && !errors.Is(err, fs.ErrNotExist) {
		return fileError("Leadbridge cannot remove the old backup %s: %s.", path, osReason(err))
	}
	return nil
}
