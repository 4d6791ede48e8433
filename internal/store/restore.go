package store

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"time"

	"leadbridge/internal/datafile"
	"leadbridge/internal/talent"
)

// Restore replaces the data with the backup at backupPath. The backup is checked first (a
// whole Leadbridge data file that passes SQLite's integrity check and is not from a newer
// version) and copied beside the data file; then the current data is backed up into the
// backups folder, the copy takes the data file's place in one rename, and the file is
// opened again. db stays usable: calls made meanwhile wait, and afterwards see the
// restored data. The restore is recorded in the restored data's audit log.
func (db *DB) Restore(ctx context.Context, backupPath string) (talent.Restored, error) {
	if txFrom(ctx) != nil {
		return talent.Restored{}, errors.New("restore inside a batch")
	}
	from, staged, err := stage(ctx, backupPath, db.path)
	if err != nil {
		return talent.Restored{}, err
	}
	defer os.Remove(staged) // gone already once it has taken the data file's place
	safety, err := db.autoBackup(ctx, "before-restore")
	if err != nil {
		return talent.Restored{}, err
	}
	if err := db.swap(staged); err != nil {
		return talent.Restored{}, err
	}
	res := talent.Restored{From: from, SafetyCopy: safety}
	return res, db.auditRestore(ctx, res)
}

// swap closes the file, puts staged in its place and opens it again, holding the gate so
// that no transaction runs meanwhile.
func (db *DB) swap(staged string) error {
	db.gate.Lock()
	defer db.gate.Unlock()
	if err := db.closePool(); err != nil {
		return err
	}
	if err := replaceFile(staged, db.path); err != nil {
		return err
	}
	fresh, err := Open(db.path, db.options())
	if err != nil {
		return err
	}
	fresh.stmts.close() // prepared for fresh's pool, which db takes over with an empty cache
	db.db = fresh.db
	return nil
}

// RestoreFile restores the backup at backupPath over the data file at dbPath when that
// file is not open, and returns it opened: the way back from a file that Open refused as
// damaged or incomplete (see Restorable). A file that opens is restored as Restore does.
// A damaged one cannot be backed up, so it is moved into the backups folder as
// refused-<time>-<name>, in case someone can rescue something from it. Other refusals (not
// a Leadbridge file, a newer version, in use) come back unchanged and the file is left
// alone.
func RestoreFile(dbPath, backupPath string, opts Options) (*DB, talent.Restored, error) {
	ctx := context.Background()
	db, err := Open(dbPath, opts)
	if err == nil {
		res, err := db.Restore(ctx, backupPath)
		if err != nil {
			db.Close()
			return nil, talent.Restored{}, err
		}
		return db, res, nil
	}
	if !Restorable(err) {
		return nil, talent.Restored{}, err
	}
	if dbPath, err = filepath.Abs(dbPath); err != nil {
		return nil, talent.Restored{}, fmt.Errorf("resolve data file path: %w", err)
	}
	from, staged, err := stage(ctx, backupPath, dbPath)
	if err != nil {
		return nil, talent.Restored{}, err
	}
	defer os.Remove(staged)
	aside, err := moveAside(dbPath, opts)
	if err != nil {
		return nil, talent.Restored{}, err
	}
	if err := replaceFile(staged, dbPath); err != nil {
		return nil, talent.Restored{}, err
	}
	if db, err = Open(dbPath, opts); err != nil {
		return nil, talent.Restored{}, err
	}
	res := talent.Restored{From: from, SafetyCopy: aside}
	return db, res, db.auditRestore(ctx, res)
}

func (db *DB) auditRestore(ctx context.Context, r talent.Restored) error {
	return db.Audit(ctx, "restore", fmt.Sprintf("Restored the data from the backup made %s (%s); the data as it was before is in %s.",
		r.From.Made.UTC().Format("2006-01-02 15:04 UTC"), filepath.Base(r.From.Path), r.SafetyCopy))
}

// stage checks the backup at src and copies it into a private temporary file beside the
// data file at dbPath, flushed to disk and ready to be renamed into place. The check runs
// on the copy, so what is checked is exactly what will be used.
func stage(ctx context.Context, src, dbPath string) (talent.BackupInfo, string, error) {
	info, err := backupInfo(src)
	if err != nil {
		return talent.BackupInfo{}, "", err
	}
	if err := inspect(src); err != nil {
		if r := refusedFor(err); r == refusedDamaged || r == refusedForeign {
			return talent.BackupInfo{}, "", unusableBackup(src)
		}
		return talent.BackupInfo{}, "", err
	}
	staged, err := copyBeside(src, dbPath)
	if err != nil {
		return talent.BackupInfo{}, "", err
	}
	if !soundCopy(ctx, staged) {
		os.Remove(staged)
		return talent.BackupInfo{}, "", unusableBackup(src)
	}
	return info, staged, nil
}

// backupInfo describes the file at path: when the name says it was made, for
// Leadbridge's own backups, otherwise when it was last written.
func backupInfo(path string) (talent.BackupInfo, error) {
	fi, err := os.Stat(path)
	if err != nil {
		return talent.BackupInfo{}, fileError("Leadbridge cannot read the backup %s: %s.", path, osReason(err))
	}
	if fi.IsDir() {
		return talent.BackupInfo{}, fileError("%s is a folder, not a backup. Choose a backup file inside it.", path)
	}
	info := talent.BackupInfo{Path: path, Made: fi.ModTime(), Size: fi.Size()}
	if m := ownBackup.FindStringSubmatch(filepath.Base(path)); m != nil {
		if made, err := parseStamp(m[1]); err == nil {
			info.Made = made
		}
	}
	return info, nil
}

func unusableBackup(path string) error {
	return fileError("%s cannot be restored: it is damaged, incomplete or not a Leadbridge data file. Choose another backup.", path)
}

// copyBeside copies src to a new private file in the data file's folder and flushes it.
func copyBeside(src, dbPath string) (string, error) {
	in, err := os.Open(src)
	if err != nil {
		return "", fileError("Leadbridge cannot read the backup %s: %s.", src, osReason(err))
	}
	defer in.Close()
	out, err := os.CreateTemp(filepath.Dir(dbPath), ".leadbridge-restore-*.tmp")
	if err != nil {
		return "", fileError("Leadbridge cannot write in %s: %s.", filepath.Dir(dbPath), osReason(err))
	}
	_, err = io.Copy(out, in)
	if err == nil {
		err = out.Sync()
	}
	if cerr := out.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		os.Remove(out.Name())
		return "", fileError("Leadbridge cannot copy the backup %s: %s.", src, osReason(err))
	}
	return out.Name(), nil
}

// soundCopy reports whether a staged copy passes the integrity check and holds
// Leadbridge's tables, not merely some SQLite database with a plausible version.
func soundCopy(ctx context.Context, path string) bool {
	ok, err := integrityOK(ctx, path)
	return err == nil && ok && checkOwnTables(path) == nil
}

// replaceFile puts staged in the place of the closed data file at path. A -wal file left
// from the old data would be replayed into the new, so they go first.
func replaceFile(staged, path string) error {
	for _, suffix := range []string{"-wal", "-shm"} {
		if err := os.Remove(path + suffix); err != nil && !errors.Is(err, os.ErrNotExist) {
			return fileError("Leadbridge cannot remove %s: %s.", path+suffix, osReason(err))
		}
	}
	if err := os.Rename(staged, path); err != nil {
		return fileError("Leadbridge cannot put the backup in place of %s: %s.", path, osReason(err))
	}
	syncDir(filepath.Dir(path))
	return nil
}

// moveAside moves a refused data file, with any -wal and -shm beside it, into the backups
// folder under a name that marks it as refused, and returns its new path.
func moveAside(path string, opts Options) (string, error) {
	dir := datafile.BackupDir(path)
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return "", fileError("Leadbridge cannot create the backups folder %s: %s.", dir, osReason(err))
	}
	now := time.Now
	if opts.Now != nil {
		now = opts.Now
	}
	made := now().UTC().Format(backupStamp)
	dst := filepath.Join(dir, "refused-"+made+"-"+filepath.Base(path))
	for i := 2; fileExists(dst); i++ {
		dst = filepath.Join(dir, fmt.Sprintf("refused-%s-%d-%s", made, i, filepath.Base(path)))
	}
	for _, suffix := range []string{"", "-wal", "-shm"} {
		err := os.Rename(path+suffix, dst+suffix)
		if err != nil && !(suffix != "" && errors.Is(err, os.ErrNotExist)) {
			return "", fileError("Leadbridge cannot move the damaged file %s aside: %s.", path+suffix, osReason(err))
		}
	}
	syncDir(dir)
	return dst, nil
}
