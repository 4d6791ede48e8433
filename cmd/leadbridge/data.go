package main

import (
	"cmp"
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"

	"leadbridge/internal/csvio"
	"leadbridge/internal/datafile"
	"leadbridge/internal/demo"
	"leadbridge/internal/store"
	"leadbridge/internal/talent"
)

// runDemo creates a new database holding a sample business.
func runDemo(e env, args []string) error {
	fs := newFlags("demo")
	path := fs.String("db", "", "the new database file")
	people := fs.Int("people", demo.DefaultPeople, "how many people the business has")
	if err := noPositional(fs, args); err != nil {
		return err
	}
	if err := need("demo", "db", *path); err != nil {
		return err
	}
	// Checked here as well as by the generator, which takes 0 to mean the default size.
	if err := demo.CheckPeople(*people); err != nil {
		return err
	}
	if err := refuseExisting(*path); err != nil {
		return err
	}
	db, closeDB, err := openStore(e, *path, true)
	if err != nil {
		return err
	}
	var sum demo.Summary
	err = db.Batch(context.Background(), func(ctx context.Context) error {
		sum, err = demo.Generate(ctx, db, demo.Options{People: *people, Today: e.now()})
		return err
	})
	if cerr := closeDB(); err == nil {
		err = cerr
	}
	if err != nil {
		removeDatabase(*path)
		return err
	}
	fmt.Fprintf(e.stdout, "%s\nOpen it with: leadbridge --db %s\n", sum, *path)
	return nil
}

// refuseExisting keeps the sample generator away from a file that may hold real data. A
// data file that holds nothing anyone entered, as a sample business stopped part-way
// leaves it, can be filled again.
func refuseExisting(path string) error {
	fi, err := os.Stat(path)
	if os.IsNotExist(err) && fileSize(path+"-wal") == 0 {
		return nil
	}
	if err == nil && !fi.IsDir() {
		unused, err := store.Unused(context.Background(), path)
		if err != nil || unused {
			return err
		}
	}
	return talent.Errorf(talent.ECONFLICT, "%s already exists; the sample business goes into a new file. Choose another name.", path)
}

// fileSize is the size of the file at path, 0 when there is none.
func fileSize(path string) int64 {
	if fi, err := os.Stat(path); err == nil {
		return fi.Size()
	}
	return 0
}

// removeDatabase deletes a database this command created and failed to fill.
func removeDatabase(path string) {
	for _, p := range append([]string{path}, datafile.Companions(path)...) {
		os.Remove(p)
	}
}

// runImport adds people from a spreadsheet: all rows or none.
func runImport(e env, args []string) error {
	if len(args) == 0 || args[0] != "staff" {
		return usagef("import needs what to import: import staff --db FILE PEOPLE.csv")
	}
	fs := newFlags("import staff")
	path := fs.String("db", "", "the database file")
	pos, err := parse(fs, args[1:])
	if err != nil {
		return err
	}
	if err := need("import staff", "db", *path); err != nil {
		return err
	}
	if len(pos) != 1 {
		return usagef("import staff needs exactly one CSV file.")
	}
	f, regular, err := openStaffFile(pos[0])
	if err != nil {
		return err
	}
	defer f.Close()
	made := newDataFile(*path)
	var rows []talent.StaffRow
	var readErr error
	read := func() { rows, readErr = csvio.ReadStaff(f) }
	done := make(chan struct{})
	if made != nil && regular {
		// Making a new data file waits mostly on the disk, so the spreadsheet is read
		// meanwhile; if it proves unreadable, the new file goes again. An existing file is
		// opened only for a spreadsheet known to be readable, since opening may upgrade it.
		go func() { defer close(done); read() }()
	} else {
		read()
		close(done)
		if readErr != nil {
			return readErr
		}
	}
	db, closeDB, err := openStore(e, *path, true)
	<-done
	if err == nil {
		defer closeDB()
	}
	if readErr != nil || err != nil {
		made.remove(closeDB)
		return cmp.Or(readErr, err)
	}
	n, err := db.ImportStaff(context.Background(), rows)
	if err != nil {
		made.remove(closeDB) // an import refused into a new file leaves no empty file behind
		return err
	}
	fmt.Fprintf(e.stdout, "Imported %d %s from %s.\n", n, talent.Plural(n, "person", "people"), pos[0])
	return closeDB()
}

// openStaffFile opens the spreadsheet to import, and says whether it is an ordinary file
// (rather than, say, a pipe, which can be read only once and may never end).
func openStaffFile(name string) (f *os.File, regular bool, err error) {
	f, err = os.Open(name)
	if err != nil {
		if os.IsNotExist(err) {
			return nil, false, talent.Errorf(talent.EINVALID, "The file %s does not exist.", name)
		}
		return nil, false, talent.Errorf(talent.EINVALID, "Leadbridge cannot read %s: %v.", name, err)
	}
	fi, err := f.Stat()
	if err != nil {
		f.Close()
		return nil, false, talent.Errorf(talent.EINVALID, "Leadbridge cannot read %s: %v.", name, err)
	}
	// Opening a folder succeeds; only reading it fails, with an error meant for no one.
	if fi.IsDir() {
		f.Close()
		return nil, false, talent.Errorf(talent.EINVALID, "%s is a folder, not a spreadsheet. Give the path of the CSV file itself.", name)
	}
	return f, fi.Mode().IsRegular(), nil
}

// newFile is a data file a command is about to make, with the folders that are to be
// made for it, so that a command that fails can leave none of them behind.
type newFile struct {
	path    string
	folders []string // deepest first
}

// newDataFile returns the data file at path as one still to be made, or nil when
// something is there already.
func newDataFile(path string) *newFile {
	if _, err := os.Lstat(path); !os.IsNotExist(err) {
		return nil
	}
	n := &newFile{path: path}
	if abs, err := filepath.Abs(path); err == nil {
		for dir := filepath.Dir(abs); dir != filepath.Dir(dir); dir = filepath.Dir(dir) {
			if _, err := os.Lstat(dir); !os.IsNotExist(err) {
				break
			}
			n.folders = append(n.folders, dir)
		}
	}
	return n
}

// remove closes the data file, when closeDB is not nil, and deletes it with the folders
// made for it. A folder that holds anything else stays. Without closeDB the command never
// opened the file, which may then be another program's, so only empty folders go.
func (n *newFile) remove(closeDB func() error) {
	if n == nil {
		return
	}
	if closeDB != nil {
		closeDB()
		removeDatabase(n.path)
	}
	for _, dir := range n.folders {
		os.Remove(dir)
	}
}

// exportStaff writes the active people to a spreadsheet.
func exportStaff(e env, args []string) error {
	fs := newFlags("export staff")
	path := fs.String("db", "", "the database file")
	out := fs.String("out", "", "the CSV file to write")
	if err := noPositional(fs, args); err != nil {
		return err
	}
	if err := need("export staff", "db", *path, "out", *out); err != nil {
		return err
	}
	db, closeDB, err := openStore(e, *path, false)
	if err != nil {
		return err
	}
	defer closeDB()
	people, err := db.People(context.Background())
	if err != nil {
		return err
	}
	action, detail := csvio.StaffAudit(people, *out)
	if err := writeExport(db, *out, action, detail, func(w io.Writer) error { return csvio.WriteStaff(w, people) }, nil); err != nil {
		return err
	}
	fmt.Fprintf(e.stdout, "Wrote %s.\n", *out)
	return closeDB()
}

// runBackup writes a consistent copy of the data to a new file.
func runBackup(e env, args []string) error {
	fs := newFlags("backup")
	path := fs.String("db", "", "the database file")
	out := fs.String("out", "", "the backup file to create")
	if err := noPositional(fs, args); err != nil {
		return err
	}
	if err := need("backup", "db", *path, "out", *out); err != nil {
		return err
	}
	db, closeDB, err := openStore(e, *path, false)
	if err != nil {
		return err
	}
	defer closeDB()
	if err := db.Backup(context.Background(), *out); err != nil {
		return err
	}
	fmt.Fprintf(e.stdout, "Backed up %s to %s.\n", *path, *out)
	return closeDB()
}

// runCheck reports integrity, schema version and record counts. It changes nothing, so
// it also reports on a file the other commands refuse as damaged.
func runCheck(e env, args []string) error {
	fs := newFlags("check")
	path := fs.String("db", "", "the database file")
	if err := noPositional(fs, args); err != nil {
		return err
	}
	if err := need("check", "db", *path); err != nil {
		return err
	}
	if err := mustExist(*path); err != nil {
		return err
	}
	rep, err := store.CheckFile(context.Background(), *path)
	if rep.Path != "" {
		fmt.Fprint(e.stdout, rep) // what was found, damaged or not
	}
	return err
}
