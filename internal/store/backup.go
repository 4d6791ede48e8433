package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"os"
	"path/filepath"

	"leadbridge/internal/datafile"
	"leadbridge/internal/talent"
)

// Backup writes a consistent copy of the data file to dst, readable by the user alone.
// dst must not exist yet, nor be one of the data file's own files or in its backups
// folder (datafile.CheckOutput). The copy is a snapshot taken by SQLite (never a copy of the live
// file, which may be mid-change), checked for integrity before it takes its final name;
// on any failure no file is left behind. It cannot run inside a Batch, whose writes it
// could not see.
func (db *DB) Backup(ctx context.Context, dst string) error {
	if err := datafile.CheckOutput(db.path, dst); err != nil {
		return err
	}
	return db.backupTo(ctx, dst)
}

// backupTo writes the checked snapshot to dst, which may lie in the backups folder: it
// serves Leadbridge's own backups as well as the user's.
func (db *DB) backupTo(ctx context.Context, dst string) error {
	if txFrom(ctx) != nil {
		return errors.New("backup inside a batch")
	}
	dst, err := filepath.Abs(dst)
	if err != nil {
		return fmt.Errorf("resolve backup path: %w", err)
	}
	if fileExists(dst) {
		return talent.Errorf(talent.ECONFLICT, "%s already exists. Choose a new file name for the backup.", dst)
	}
	// VACUUM INTO accepts an existing file only when it is empty; creating it first
	// gives it mode 0600, which the copy keeps.
	tmp, err := os.CreateTemp(filepath.Dir(dst), ".leadbridge-backup-*.tmp")
	if err != nil {
		return fileError("Leadbridge cannot write the backup in %s: %s.", filepath.Dir(dst), osReason(err))
	}
	tmpPath := tmp.Name()
	if err := tmp.Close(); err != nil {
		os.Remove(tmpPath)
		return fmt.Errorf("create backup file: %w", err)
	}
	if err := db.snapshot(ctx, tmpPath); err != nil {
		os.Remove(tmpPath)
		os.Remove(tmpPath + "-journal")
		return err
	}
	if err := os.Rename(tmpPath, dst); err != nil {
		os.Remove(tmpPath)
		return fileError("Leadbridge cannot name the backup %s: %s.", dst, osReason(err))
	}
	syncDir(filepath.Dir(dst))
	return db.update(ctx, func(tx *txn) error {
		return db.audit(ctx, tx, "backup", "Backed up the data to "+dst+".")
	})
}

// snapshot writes the database into the empty file at path, flushes it to disk and
// checks the copy.
func (db *DB) snapshot(ctx context.Context, path string) error {
	db.gate.RLock()
	_, err := db.db.ExecContext(ctx, "VACUUM INTO ?", path)
	db.gate.RUnlock()
	if err != nil {
		return translate(fmt.Errorf("write backup: %w", err))
	}
	if err := syncFile(path); err != nil {
		return fmt.Errorf("flush backup: %w", err)
	}
	return checkCopy(ctx, path)
}

// checkCopy runs integrity_check on a finished copy.
func checkCopy(ctx context.Context, path string) error {
	ok, err := integrityOK(ctx, path)
	if err != nil {
		return fmt.Errorf("check backup: %w", err)
	}
	if !ok {
		return talent.Errorf(talent.ESTORAGE, "The backup did not pass its integrity check, so it was not kept. Run leadbridge check on the data file.")
	}
	return nil
}

// integrityOK runs integrity_check on a file nothing else has open, read as immutable so
// the check can neither change it nor leave files beside it.
func integrityOK(ctx context.Context, path string) (bool, error) {
	c, err := sql.Open("sqlite", dsnImmutable(path))
	if err != nil {
		return false, err
	}
	defer c.Close()
	var res string
	if err := c.QueryRowContext(ctx, "PRAGMA integrity_check(1)").Scan(&res); err != nil {
		return false, err
	}
	return res == "ok", nil
}

func syncFile(path string) error {
	f, err := os.OpenFile(path, os.O_RDWR, 0)
	if err != nil {
		return err
	}
	if err := f.Sync(); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}

// syncDir makes a rename durable. Some systems cannot sync a folder; the rename has
// happened either way, so a failure here is not reported.
func syncDir(dir string) {
	if d, err := os.Open(dir); err == nil {
		d.Sync()
		d.Close()
	}
}
