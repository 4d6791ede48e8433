package lock

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"

	"github.com/gofrs/flock"

	"leadbridge/internal/talent"
)

// Acquire takes the lock for the data file at dbPath: a separate file beside it, never
// the database itself (closing any handle on the database would drop SQLite's own locks).
// The operating system releases the lock when the process ends, even after a crash, so a
// lock is never left stale. Call release when done.
func Acquire(dbPath string) (release func(), err error) {
	if err := os.MkdirAll(filepath.Dir(dbPath), 0o700); err != nil {
		return nil, fmt.Errorf("create data folder: %w", err)
	}
	l := flock.New(dbPath+".lock", flock.SetPermissions(0o600))
	ok, err := l.TryLock()
	if err != nil {
		if errors.Is(err, os.ErrPermission) {
			return nil, talent.Errorf(talent.EINVALID, "Leadbridge cannot create its lock file beside %s: permission denied. Check that you can write to that folder.", dbPath)
		}
		return nil, fmt.Errorf("lock %s: %w", dbPath, err)
	}
	if !ok {
		return nil, talent.Errorf(talent.ECONFLICT, "This data (%s) is already open in another copy of Leadbridge. Close that copy first, then try again.", dbPath)
	}
	return func() { _ = l.Unlock() }, nil
}
