package store

import (
	"context"
	"database/sql"
	"fmt"
	"net/url"
	"path/filepath"
	"strings"
	"sync"
	"time"

	"leadbridge/internal/talent"

	_ "modernc.org/sqlite" // registers the "sqlite" driver
)

// Options configures a DB.
type Options struct {
	// Actor is who is using the app; it is stamped into every record's Meta.
	Actor string
	// Now returns the current time; nil means time.Now. Tests pass a fixed clock.
	Now func() time.Time
	// HoldsLock says the caller holds the single-instance lock for the file
	// (lock.Acquire), so any journal beside it is a crash's leftover rather than the
	// work of another copy of Leadbridge.
	HoldsLock bool
}

// DB is an open Leadbridge data file. It implements talent.Services, and looks after the
// file itself (talent.DataFileService) and the privacy of the people in it
// (talent.PrivacyService).
type DB struct {
	// gate is held for reading by every transaction and for writing while the file is
	// swapped for a backup, so a restore waits for work in progress and nothing runs on
	// the file while it changes.
	gate  sync.RWMutex
	db    *sql.DB
	path  string
	actor string
	now   func() time.Time
	// holdsLock is Options.HoldsLock, kept to open the file again after a restore.
	holdsLock bool
	stmts     stmtCache
}

var (
	_ talent.Services        = (*DB)(nil)
	_ talent.DataFileService = (*DB)(nil)
	_ talent.PrivacyService  = (*DB)(nil)
)

// Open opens the data file at path, creating it (and its folder) when missing, and brings
// its schema up to date. A file that is not a Leadbridge database, is cut short, is
// damaged, comes from a newer version, cannot be read or is kept locked by another program
// is refused with a *talent.Error and left untouched: not a byte of it changes and no
// -wal or -shm file appears beside it. Restorable tells which refusals a backup fixes.
func Open(path string, opts Options) (*DB, error) {
	ms, err := embeddedMigrations()
	if err != nil {
		return nil, err
	}
	return open(path, opts, ms)
}

func open(path string, opts Options, ms []migration) (*DB, error) {
	abs, err := filepath.Abs(path)
	if err != nil {
		return nil, fmt.Errorf("resolve data file path: %w", err)
	}
	if err := prepareFile(abs, len(ms)); err != nil {
		return nil, err
	}
	ctx := context.Background()
	checked, err := verify(ctx, abs, opts.HoldsLock)
	if err != nil {
		return nil, err
	}
	tighten(abs)
	sdb, err := sql.Open("sqlite", dsn(abs))
	if err != nil {
		return nil, fmt.Errorf("open data file: %w", err)
	}
	// The actor's name is stamped on records like any other name, so it is cleaned alike.
	db := &DB{db: sdb, path: abs, actor: talent.CleanName(opts.Actor), now: opts.Now, holdsLock: opts.HoldsLock}
	if db.now == nil {
		db.now = time.Now
	}
	if err := db.start(ctx, ms, checked); err != nil {
		sdb.Close()
		return nil, err
	}
	return db, nil
}

// options returns the options the DB was opened with, to open the file again.
func (db *DB) options() Options {
	return Options{Actor: db.actor, Now: db.now, HoldsLock: db.holdsLock}
}

// start checks the opened file, unless verify has, and migrates it.
func (db *DB) start(ctx context.Context, ms []migration, checked bool) error {
	if !checked {
		if err := db.quickCheck(ctx); err != nil {
			return err
		}
	}
	if err := db.claimWrites(ctx); err != nil {
		return err
	}
	v, err := db.userVersion(ctx)
	if err != nil {
		return err
	}
	// The header check ran before SQLite could replay a write-ahead log, so look again.
	if v > len(ms) {
		return newerVersion(v, len(ms))
	}
	if err := db.migrate(ctx, ms, v); err != nil {
		return err
	}
	return db.markOwn(ctx)
}

// markOwn sets the application ID on a file last opened by a version that did not set
// it, so later opens can tell a Leadbridge file from its header alone. A file made or
// upgraded now was marked by migrate, in its transaction.
func (db *DB) markOwn(ctx context.Context) error {
	var id int64
	if err := db.db.QueryRowContext(ctx, "PRAGMA application_id").Scan(&id); err != nil {
		return fmt.Errorf("read application id: %w", err)
	}
	if id == applicationID {
		return nil
	}
	if _, err := db.db.ExecContext(ctx, markOwnSQL); err != nil {
		return translate(fmt.Errorf("set application id: %w", err))
	}
	return nil
}

// markOwnSQL sets the application ID.
var markOwnSQL = fmt.Sprintf("PRAGMA application_id = %d", applicationID)

// Path returns the absolute path of the data file.
func (db *DB) Path() string { return db.path }

// claimWrites makes sure no other program keeps the data file locked for writing,
// waiting as long as the busy timeout allows. Every save writes, so such a file is
// refused now rather than failing at the first save.
func (db *DB) claimWrites(ctx context.Context) error {
	tx, err := db.db.BeginTx(ctx, nil) // BEGIN IMMEDIATE, from the DSN
	if isBusy(err) {
		return inUse(db.path)
	} else if err != nil {
		return openError(db.path, err)
	}
	return tx.Rollback()
}

// Close folds the write-ahead log back into the data file, so that after a clean exit the
// data is one file again, and closes it.
func (db *DB) Close() error {
	db.gate.Lock()
	defer db.gate.Unlock()
	return db.closePool()
}

func (db *DB) closePool() error {
	db.stmts.close()
	_, cerr := db.db.Exec("PRAGMA wal_checkpoint(TRUNCATE)")
	if err := db.db.Close(); err != nil {
		return fmt.Errorf("close data file: %w", err)
	}
	if cerr != nil {
		return fmt.Errorf("checkpoint data file: %w", cerr)
	}
	writeStamp(db.path)
	return nil
}

// dsn builds the driver's data source name. The pragmas sit in the DSN so that every
// pooled connection gets them.
func dsn(path string) string {
	return fileURI(path) +
		"?_pragma=busy_timeout(5000)&_pragma=foreign_keys(1)&_pragma=journal_mode(WAL)" +
		"&_pragma=synchronous(FULL)&_pragma=secure_delete(1)&_pragma=temp_store(MEMORY)&_txlock=immediate"
}

// dsnImmutable reads a file that nothing else has open without creating the -wal and
// -shm files a read-only open of a WAL database leaves behind. It ignores any -wal file.
func dsnImmutable(path string) string { return fileURI(path) + "?mode=ro&immutable=1" }

// fileURI writes path as a SQLite URI, escaping the characters ('?', '#', '%', spaces
// and non-ASCII) that would otherwise end or change the path.
func fileURI(path string) string {
	p := filepath.ToSlash(path)
	if !strings.HasPrefix(p, "/") {
		p = "/" + p // a Windows drive letter must not read as a URI scheme
	}
	return "file:" + (&url.URL{Path: p}).EscapedPath()
}

func (db *DB) quickCheck(ctx context.Context) error {
	var res string
	err := db.db.QueryRowContext(ctx, "PRAGMA quick_check(1)").Scan(&res)
	if err != nil {
		return openError(db.path, err)
	}
	if res != "ok" {
		return damaged(db.path)
	}
	return nil
}

func (db *DB) userVersion(ctx context.Context) (int, error) {
	var v int
	if err := db.db.QueryRowContext(ctx, "PRAGMA user_version").Scan(&v); err != nil {
		return 0, fmt.Errorf("read schema version: %w", err)
	}
	return v, nil
}

// clock returns the current time as it is stored, so values round-trip exactly.
func (db *DB) clock() time.Time { return db.now().UTC().Truncate(time.Millisecond) }

// stampNew fills in the Meta of a record about to be created.
func (db *DB) stampNew(m *talent.Meta) {
	now := db.clock()
	*m = talent.Meta{CreatedBy: db.actor, CreatedAt: now, UpdatedBy: db.actor, UpdatedAt: now}
}

// stampUpdate fills in who changed a record and when; the creation fields come back
// from the row.
func (db *DB) stampUpdate(m *talent.Meta) {
	m.UpdatedBy, m.UpdatedAt = db.actor, db.clock()
}

// fileError describes a problem with the data file itself in words the user can act on.
func fileError(format string, args ...any) error {
	return talent.Errorf(talent.EINVALID, format, args...)
}

func newerVersion(file, known int) error {
	return refuse(refusedNewer, "This data file was made by a newer version of Leadbridge (schema %d; this version knows up to %d). Install the newer version to open it.", file, known)
}

func damaged(path string) error {
	return refuse(refusedDamaged, "The data file %s is damaged. %s", path, whatToDo(path))
}

// whatToDo tells the owner of a damaged or incomplete data file the way out that exists:
// restoring the newest backup when there is one, or starting a new file while keeping
// the old one for repair.
func whatToDo(path string) string {
	if bs, err := ListBackups(path); err == nil && len(bs) > 0 {
		return "Restore the newest backup (in the backups folder beside it) and open that instead."
	}
	return "There is no backup of it. Keep the file, which may still be repaired, and start Leadbridge with a new data file (--db NEW-FILE)."
}
