package fileout

import (
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"

	"leadbridge/internal/talent"
)

// Write creates path with what write produces. It writes to a private temporary file in
// the same folder and renames it into place only when everything succeeded, so readers
// see the whole file or none. Exports hold personal data, so the file is readable by the
// user alone. An existing file at path is replaced.
func Write(path string, write func(w io.Writer) error) (err error) {
	dir := filepath.Dir(path)
	if fi, err := os.Stat(dir); err != nil || !fi.IsDir() {
		return talent.Errorf(talent.EINVALID, "The folder %s does not exist; create it or choose another place to save.", dir)
	}
	if fi, err := os.Stat(path); err == nil && fi.IsDir() {
		return talent.Errorf(talent.EINVALID, "%s is a folder; give a file name to save to.", path)
	}
	tmp, err := os.CreateTemp(dir, "."+filepath.Base(path)+".*.tmp")
	if err != nil {
		if errors.Is(err, os.ErrPermission) {
			return talent.Errorf(talent.EINVALID, "Leadbridge may not write to %s; choose another folder.", dir)
		}
		return fmt.Errorf("create temporary file: %w", err)
	}
	defer func() {
		if err != nil {
			tmp.Close()
			os.Remove(tmp.Name())
		}
	}()
	if err = write(tmp); err != nil {
		return err
	}
	if err = tmp.Sync(); err != nil {
		return fmt.Errorf("flush %s: %w", path, err)
	}
	if err = tmp.Close(); err != nil {
		return fmt.Errorf("close %s: %w", path, err)
	}
	if err = os.Rename(tmp.Name(), path); err != nil {
		return fmt.Errorf("rename into %s: %w", path, err)
	}
	return nil
}
