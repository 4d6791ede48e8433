package lock

import (
	"os"

	"github.com/gofrs/flock"
)

// drop releases the lock l and then, when Acquire made its file, removes the file.
// Windows removes no file that is open, so the removal must come after the unlock, which
// closes it; a copy of Leadbridge that opened the file in between keeps it from being
// removed, so no one is left holding a lock on a removed file here either.
func drop(l *flock.Flock, made bool) {
	_ = l.Unlock()
	if made {
		os.Remove(l.Path())
	}
}
