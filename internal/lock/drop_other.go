//go:build !windows

package lock

import (
	"os"

	"github.com/gofrs/flock"
)

// drop releases the lock l and, when Acquire made its file, removes the file first, while
// still locked, so that no one else is left holding a lock on a removed file.
func drop(l *flock.Flock, made bool) {
	if made {
		os.Remove(l.Path())
	}
	_ = l.Unlock()
}
