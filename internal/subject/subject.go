package subject

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"time"
	"unicode"

	"leadbridge/internal/csvio"
	"leadbridge/internal/datafile"
	"leadbridge/internal/talent"
)

// Result says what an export wrote.
type Result struct {
	Folder  string   // the folder holding the files
	Files   []string // their names, person.json first
	Records int
}

// String tells the user what was written, in plain words.
func (r Result) String() string {
	return fmt.Sprintf("Wrote %d %s in %d %s to %s.", r.Records, talent.Plural(r.Records, "record", "records"), len(r.Files), talent.Plural(len(r.Files), "file", "files"), r.Folder)
}

// Export reads everything held about a person from the data file at db, writes it into
// a new folder at or inside dir (see Write), and records the export in the audit log,
// with counts only. The audit entry is written only once the files are; when it cannot
// be, the files are removed, so no export exists that the log does not show.
func Export(ctx context.Context, svc talent.PrivacyService, personID int64, db, dir string, made time.Time) (Result, error) {
	d, err := svc.PersonData(ctx, personID)
	if err != nil {
		return Result{}, err
	}
	res, err := Write(db, dir, d, made)
	if err != nil {
		return Result{}, err
	}
	if err := svc.RecordExport(ctx, d); err != nil {
		os.RemoveAll(res.Folder)
		return Result{}, err
	}
	return res, nil
}

// Write writes d as person.json (every table, the person's own record first) and one CSV
// file per table that holds rows, named after the table.
//
// The files go into a new folder, so an export never overwrites or mixes with other
// files: dir itself when it does not exist yet, otherwise a new folder inside it named
// after the person and the date (a second export that day gets "(2)"). That lets a person
// pick their Documents folder and still get a tidy folder of their own. The folder is
// readable by the user alone (0700), as are the files (0600). Everything is written into
// a hidden temporary folder first and renamed into place when complete, so a failure
// leaves nothing behind. The folder is never one of the files of the data file at db nor
// inside its backups folder (datafile.CheckOutput).
func Write(db, dir string, d talent.PersonData, made time.Time) (Result, error) {
	if err := checkShape(d); err != nil {
		return Result{}, err
	}
	target, err := targetFolder(dir, d.Name, made)
	if err != nil {
		return Result{}, err
	}
	if err := datafile.CheckOutput(db, target); err != nil {
		return Result{}, err
	}
	parent := filepath.Dir(target)
	tmp, err := os.MkdirTemp(parent, ".leadbridge-export-*")
	if err != nil {
		return Result{}, cannotWrite(parent, err)
	}
	res := Result{Folder: target, Records: d.Records()}
	if res.Files, err = writeFiles(tmp, d, made); err != nil {
		os.RemoveAll(tmp)
		return Result{}, err
	}
	if err := os.Rename(tmp, target); err != nil {
		os.RemoveAll(tmp)
		return Result{}, cannotWrite(parent, err)
	}
	return res, nil
}

// checkShape makes sure d starts with the person's own record and that every row has a
// value for each column.
func checkShape(d talent.PersonData) error {
	if len(d.Tables) == 0 || d.Tables[0].Name != "people" || len(d.Tables[0].Rows) != 1 {
		return errors.New("person data without the person's own record")
	}
	for _, t := range d.Tables {
		for _, row := range t.Rows {
			if len(row) != len(t.Columns) {
				return fmt.Errorf("table %s has a row of %d values for %d columns", t.Name, len(row), len(t.Columns))
			}
		}
	}
	return nil
}

// targetFolder picks the new folder the export goes into.
func targetFolder(dir, name string, made time.Time) (string, error) {
	dir = filepath.Clean(dir)
	fi, err := os.Stat(dir)
	switch {
	case errors.Is(err, os.ErrNotExist):
		if _, perr := os.Stat(filepath.Dir(dir)); perr != nil {
			return "", talent.Errorf(talent.EINVALID, "The folder %s does not exist; create it or choose another place to save.", filepath.Dir(dir))
		}
		return dir, nil
	case err != nil:
		return "", cannotWrite(dir, err)
	case !fi.IsDir():
		return "", talent.Errorf(talent.EINVALID, "There is a file at %s; choose a folder to save the export in.", dir)
	}
	base := fmt.Sprintf("%s – personal data %s", safeName(name), talent.FormatDate(made))
	target := filepath.Join(dir, base)
	for i := 2; exists(target); i++ {
		target = filepath.Join(dir, fmt.Sprintf("%s (%d)", base, i))
	}
	return target, nil
}

func exists(path string) bool {
	_, err := os.Lstat(path)
	return err == nil
}

// safeName makes a person's name usable as a folder name on every system: characters
// that file systems forbid or treat specially become "_", and the result is never empty
// or hidden.
func safeName(name string) string {
	s := strings.Map(func(r rune) rune {
		if unicode.IsControl(r) || strings.ContainsRune(`/\:*?"<>|`, r) {
			return '_'
		}
		return r
	}, talent.CleanName(name))
	s = strings.TrimLeft(s, ". ")
	if len(s) > 120 { // leave room in a path for the date and the file names
		s = strings.ToValidUTF8(s[:120], "")
	}
	if s == "" {
		return "person"
	}
	return s
}

func cannotWrite(dir string, err error) error {
	if errors.Is(err, os.ErrPermission) {
		return talent.Errorf(talent.EINVALID, "Leadbridge may not write to %s; choose another folder.", dir)
	}
	return fmt.Errorf("write export in %s: %w", dir, err)
}

// writeFiles writes person.json and the CSV files into dir and returns their names.
func writeFiles(dir string, d talent.PersonData, made time.Time) ([]string, error) {
	doc, err := document(d, made)
	if err != nil {
		return nil, err
	}
	files := []string{"person.json"}
	if err := writeFile(filepath.Join(dir, files[0]), doc); err != nil {
		return nil, err
	}
	for _, t := range d.Tables {
		if len(t.Rows) == 0 {
			continue
		}
		name := t.Name + ".csv"
		b, err := tableCSV(t)
		if err != nil {
			return nil, err
		}
		if err := writeFile(filepath.Join(dir, name), b); err != nil {
			return nil, err
		}
		files = append(files, name)
	}
	return files, nil
}

func writeFile(path string, b []byte) error {
	f, err := os.OpenFile(path, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o600)
	if err != nil {
		return cannotWrite(filepath.Dir(path), err)
	}
	_, err = f.Write(b)
	if err == nil {
		err = f.Sync()
	}
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		return fmt.Errorf("write %s: %w", filepath.Base(path), err)
	}
	return nil
}

// tableCSV writes one table: a header row of column names, then the rows, safe to open
// in a spreadsheet. The JSON file keeps every value exactly as stored.
func tableCSV(t talent.DataTable) ([]byte, error) {
	var b bytes.Buffer
	if err := csvio.WriteTable(&b, t.Columns, t.Rows); err != nil {
		return nil, fmt.Errorf("write %s: %w", t.Name, err)
	}
	return b.Bytes(), nil
}
