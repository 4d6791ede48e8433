package fileout

import (
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"

	"leadbridge/internal/datafile"
	"leadbridge/internal/talent"
)

// Write creates path with what write produces, from the data file at db. It writes to a
// private temporary file in the same folder and renames it into place only when
// everything succeeded, so readers see the whole file or none. Exports hold personal
// data, so the file is readable by the user alone. An ordinary file already at path (an
// earlier export) is replaced; the data file, its companions, its backups and anything
// that is not an ordinary file never are (datafile.CheckOutput).
//
// record is called once the file is complete and before it takes its name: it writes
// the export into the audit log. When it fails, the file is not kept, so no export
// exists that the log does not show.
func Write(db, path string, write func(w io.Writer) error, record func() error) (err error) {
	dir := filepath.Dir(path)
	if fi, err := os.Stat(dir); err != nil || !fi.IsDir() {
		return talent.Errorf(talent.EINVALID, "The folder %s does not exist; create it or choose another place to save.", dir)
	}
	if err := datafile.CheckOutput(db, path); err != nil {
		return err
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
	if err = record(); err != nil {
		return err
	}
	if err = os.Rename(tmp.Name(), path); err != nil {
		return fmt.Errorf("rename into %s: %w", path, err)
	}
	return nil
}
