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

// OnlyUser reports whether no one but the user may read path: no permission bits for
// the group or others.
func OnlyUser(path string) (bool, error) {
	fi, err := os.Stat(path)
	if err != nil {
		return false, err
	}
	return fi.Mode().Perm()&0o077 == 0, nil
}
