//go:build !windows

package datafile

import "os"

// MkdirPrivate makes the folder dir, and any parents it lacks, readable by the user alone
// (mode 0700) when it does not exist. An existing folder keeps its mode.
func MkdirPrivate(dir string) error { return os.MkdirAll(dir, 0o700) }

// CreatePrivate makes the new file path, readable by the user alone (mode 0600). It fails
// with an error satisfying errors.Is(err, fs.ErrExist) when something is already there.
func CreatePrivate(path string) (*os.File, error) {
	return os.OpenFile(path, os.O_RDWR|os.O_CREATE|os.O_EXCL, 0o600)
}
