package datafile

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"strings"

	"leadbridge/internal/talent"
)

// journals are the files SQLite keeps beside a database while it is open or after a
// crash; replacing one of them loses or corrupts data as surely as replacing the file.
var journals = []string{"-wal", "-shm", "-journal"}

// LockPath is the single-instance lock file beside the data file at db.
func LockPath(db string) string { return db + ".lock" }

// CheckedPath is the record, beside the data file at db, of the size and modification
// time the file had when Leadbridge last closed it, fully checked.
func CheckedPath(db string) string { return db + ".checked" }

// BackupDir is the folder that holds Leadbridge's backups of the data file at db.
func BackupDir(db string) string { return filepath.Join(filepath.Dir(db), "backups") }

// Companions lists the files that belong to the data file at db besides db itself:
// SQLite's journals, the lock and the record of its last check.
func Companions(db string) []string {
	list := make([]string, 0, len(journals)+2)
	for _, s := range journals {
		list = append(list, db+s)
	}
	return append(list, LockPath(db), CheckedPath(db))
}

// CheckOutput is the one rule for every file Leadbridge writes at the user's request
// (exports, backups, a person's data): it must not be the data file at db, one of its
// companions, or anything in its backups folder, and if something is already there it
// must be an ordinary file (never a folder, a link, a pipe or a device). Paths are
// compared after resolving links and "..", so no spelling of a path gets past it. It
// returns nil when out may be written (replacing an ordinary earlier export) and a
// *talent.Error saying why not otherwise; it changes nothing.
func CheckOutput(db, out string) error {
	target, err := resolve(out)
	if err != nil {
		return talent.Errorf(talent.EINVALID, "Leadbridge cannot use %s as a file to save to; choose another name.", out)
	}
	data, err := resolve(db)
	if err != nil {
		data = filepath.Clean(db)
	}
	for _, p := range append([]string{data}, Companions(data)...) {
		if fold(target) == fold(p) || sameFile(target, p) {
			return talent.Errorf(talent.EINVALID, "%s is Leadbridge's own data (%s). Saving over it would destroy the data, so nothing was written. Choose another file name.", out, filepath.Base(p))
		}
	}
	if inside(target, BackupDir(data)) {
		return talent.Errorf(talent.EINVALID, "%s is in Leadbridge's backups folder, which only Leadbridge writes to, so nothing was written. Choose another folder.", out)
	}
	fi, err := os.Lstat(out)
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return nil
	case err != nil:
		return talent.Errorf(talent.EINVALID, "Leadbridge cannot look at %s; check the name and that you may use its folder.", out)
	case fi.Mode()&fs.ModeSymlink != 0:
		return talent.Errorf(talent.EINVALID, "%s is a link to another file; saving would put a plain file in its place, so nothing was written. Save to the file it points to, or choose another name.", out)
	case fi.IsDir():
		return talent.Errorf(talent.EINVALID, "%s is a folder; give a file name to save to.", out)
	case !fi.Mode().IsRegular():
		return talent.Errorf(talent.EINVALID, "%s is not an ordinary file (it is a pipe, a device or a socket), so nothing was written. Choose another file name.", out)
	}
	return nil
}

// resolve makes path absolute and follows links through the part of it that exists, so
// that a path to a file not yet made still compares equal to its real location.
func resolve(path string) (string, error) {
	abs, err := filepath.Abs(path)
	if err != nil {
		return "", err
	}
	rest := ""
	for dir := abs; ; dir = filepath.Dir(dir) {
		if real, err := filepath.EvalSymlinks(dir); err == nil {
			return filepath.Join(real, rest), nil
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return abs, nil
		}
		rest = filepath.Join(filepath.Base(dir), rest)
	}
}

// fold puts a resolved path in the form the file system compares: case is ignored on
// Windows and macOS, whose usual file systems ignore it.
func fold(p string) string {
	if runtime.GOOS == "windows" || runtime.GOOS == "darwin" {
		return strings.ToLower(p)
	}
	return p
}

// sameFile reports whether two existing paths are one file (a hard link, say).
func sameFile(a, b string) bool {
	fa, err := os.Stat(a)
	if err != nil {
		return false
	}
	fb, err := os.Stat(b)
	return err == nil && os.SameFile(fa, fb)
}

// inside reports whether the resolved path lies in dir, or is dir itself.
func inside(path, dir string) bool {
	d, err := resolve(dir)
	if err != nil {
		return false
	}
	rel, err := filepath.Rel(fold(d), fold(path))
	if err != nil {
		return false
	}
	return rel == "." || (rel != ".." && !strings.HasPrefix(rel, ".."+string(filepath.Separator)))
}
