package lock

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"sync"

	"github.com/gofrs/flock"

	"leadbridge/internal/datafile"
	"leadbridge/internal/talent"
)

// Acquire takes the lock for the data file at dbPath: a separate file beside it, never
// the database itself (closing any handle on the database would drop SQLite's own locks).
// The operating system releases the lock when the process ends, even after a crash, so a
// lock is never left stale. Call release when done: it also removes the lock file when
// Acquire made it, so a command leaves nothing behind that was not there before.
func Acquire(dbPath string) (release func(), err error) {
	if err := datafile.MkdirPrivate(filepath.Dir(dbPath)); err != nil {
		return nil, fmt.Errorf("create data folder: %w", err)
	}
	path := datafile.LockPath(dbPath)
	// Another holder may remove the file between our opening it and locking it, leaving
	// us a lock on a file nobody else will see; then take the lock again on the new one.
	for range 5 {
		_, statErr := os.Lstat(path)
		made := errors.Is(statErr, os.ErrNotExist)
		l := flock.New(path, flock.SetPermissions(0o600))
		ok, err := l.TryLock()
		if err != nil {
			if errors.Is(err, os.ErrPermission) {
				return nil, talent.Errorf(talent.EINVALID, "Leadbridge cannot create its lock file beside %s: permission denied. Check that you can write to that folder.", dbPath)
			}
			return nil, fmt.Errorf("lock %s: %w", dbPath, err)
		}
		if !ok {
			return nil, inUse(dbPath)
		}
		if !current(l) {
			_ = l.Unlock()
			continue
		}
		ours.Store(path, true)
		return func() {
			ours.Delete(path)
			drop(l, made)
		}, nil
	}
	return nil, inUse(dbPath)
}

// ours holds the lock files this process has locked: the operating system would report
// them as held, but by this copy of Leadbridge, not another.
var ours sync.Map

// Held reports whether another copy of Leadbridge holds the lock for the data file at
// dbPath right now. It creates nothing: without a lock file nobody holds it.
func Held(dbPath string) bool {
	path := datafile.LockPath(dbPath)
	if _, mine := ours.Load(path); mine {
		return false
	}
	if _, err := os.Stat(path); err != nil {
		return false
	}
	// A shared lock, which a read-only handle can take on Windows as well, is refused
	// while another copy holds the exclusive one.
	l := flock.New(path, flock.SetFlag(os.O_RDONLY))
	ok, err := l.TryRLock()
	if err != nil {
		return false
	}
	if ok {
		_ = l.Unlock()
	}
	return !ok
}

// current reports whether the locked file is still the one at its path.
func current(l *flock.Flock) bool {
	held, err := l.Stat()
	if err != nil {
		return false
	}
	now, err := os.Stat(l.Path())
	return err == nil && os.SameFile(held, now)
}

func inUse(dbPath string) error {
	return talent.Errorf(talent.ECONFLICT, "This data (%s) is already open in another copy of Leadbridge. Close that copy first, then try again.", dbPath)
}
